import { APPLICANT_TYPES } from './programs.ts';

/**
 * Interview practice words: the question bank's record types (the bank itself is data in
 * interview/bank/, in our own words), practice ratings and card phases, and the analyser's answer
 * report. Codes and types only.
 */

export const INTERVIEW_THEMES = [
  'opening',
  'motivation',
  'img',
  'behavioural',
  'situational',
  'academic',
  'questions-to-ask',
  'improper-questions',
] as const;
export type InterviewTheme = (typeof INTERVIEW_THEMES)[number];

export const QUESTION_TYPES = [
  'narrative',
  'motivation',
  'img',
  'red-flag',
  'logistics',
  'behavioural',
  'situational',
  'academic',
  'ask-program',
  'improper',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** ACGME core competencies. */
export const COMPETENCIES = [
  'patient-care',
  'medical-knowledge',
  'practice-based-learning',
  'interpersonal-communication',
  'professionalism',
  'systems-based-practice',
] as const;
export type Competency = (typeof COMPETENCIES)[number];

/** Red-flag codes the analyser can raise; docs/interview-red-flags.md documents each trigger. */
export const RED_FLAG_CODES = [
  'criticises-home-country',
  'overpraises-us',
  'money-or-prestige',
  'personal-reason-as-main-motive',
  'blames-others',
  'excuse-for-scores',
  'evasive-about-weakness',
  'generic-answer',
  'we-instead-of-i',
  'demanding-visa-talk',
  'solicits-rank-information',
  'sounds-memorised',
  'overlong-explanation',
] as const;
export type RedFlagCode = (typeof RED_FLAG_CODES)[number];

/**
 * Who a question is for: every applicant, or one applicant type of the NRMP's (vocabulary/programs.ts:
 * a US-citizen or permanent-resident IMG, or a non-US IMG).
 */
export const QUESTION_AUDIENCES = ['all', ...APPLICANT_TYPES] as const;
export type QuestionAudience = (typeof QUESTION_AUDIENCES)[number];

/**
 * Facts of the applicant's profile that make a question apply (a mock interview asks it only
 * then): a failed USMLE attempt, a visa to sponsor, graduation three or more years ago.
 */
export const QUESTION_CONDITIONS = ['failed-attempt', 'needs-visa', 'graduated-years-ago'] as const;
export type QuestionCondition = (typeof QUESTION_CONDITIONS)[number];

/** Target answer duration (seconds). Words are derived at 130 words per minute. */
export interface TimeBand {
  readonly minSeconds: number;
  readonly maxSeconds: number;
}

export interface TalkingPoint {
  readonly id: string;
  /** Short label shown in the report, e.g. "Concrete US clinical experience". */
  readonly label: string;
  /** One sentence of guidance. */
  readonly guidance: string;
  /** Lower-case words or phrases (single or multi-word) whose presence shows the point is covered. */
  readonly synonyms: readonly string[];
  /** An optional point adds to an answer but its absence is not counted as missing. */
  readonly optional?: boolean;
}

/**
 * One honest way to answer a question whose right points depend on the applicant's situation
 * (visa: no visa needed, green card pending, J-1 only, H-1B preferred; a gap: illness, caregiving…).
 * The analyser judges an answer against the path it takes (`cues`), or the question's own points.
 */
export interface AnswerPath {
  readonly id: string;
  readonly label: string;
  readonly guidance: string;
  /** Lower-case phrases that show the answer takes this path. */
  readonly cues: readonly string[];
  readonly talkingPoints: readonly TalkingPoint[];
  /** An original sample answer for this path, written for a fictional applicant. */
  readonly sampleAnswer: string;
}

/** A question-specific pitfall: phrases or patterns that should trip a red flag on this question. */
export interface Pitfall {
  readonly code: RedFlagCode;
  readonly description: string;
  /** Lower-case phrases that trigger it on this question (in addition to the analyser's global lexicon). */
  readonly phrases: readonly string[];
}

/** Scheduler priority for new cards: 1 = IMG core, 2 = narrative/fit, 3 = behavioural, 4 = situational, 5 = other. */
export const QUESTION_PRIORITIES = [1, 2, 3, 4, 5] as const;
export type QuestionPriority = (typeof QUESTION_PRIORITIES)[number];

export interface InterviewQuestion {
  /** Stable kebab-case id (e.g. `img-why-us`). Never renamed once shipped. */
  readonly id: string;
  readonly theme: InterviewTheme;
  readonly type: QuestionType;
  readonly prompt: string;
  readonly audience: QuestionAudience;
  /** Ask it in a mock interview only when the profile shows all of these (absent = always). */
  readonly askWhen?: readonly QuestionCondition[];
  /** Situations with their own talking points and sample answer (absent = one way to answer). */
  readonly paths?: readonly AnswerPath[];
  /** Other ways interviewers phrase the same question. */
  readonly alternatives: readonly string[];
  readonly competencies: readonly Competency[];
  readonly timeBand: TimeBand;
  /** Why programs ask it. */
  readonly whyAsked: string;
  /** 3–5 points a strong answer covers. */
  readonly talkingPoints: readonly TalkingPoint[];
  readonly pitfalls: readonly Pitfall[];
  /** An original sample answer, written for a fictional applicant. */
  readonly sampleAnswer: string;
  /** Behavioural questions are analysed for STAR structure. */
  readonly star: boolean;
  readonly priority: QuestionPriority;
}

// --- Practice scheduling (interview/schedule.ts) -------------------------------------------------

/** The user's (or the analyser's suggested) rating of an attempt, FSRS's four grades. */
export const PRACTICE_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type PracticeRating = (typeof PRACTICE_RATINGS)[number];

export const CARD_PHASES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardPhase = (typeof CARD_PHASES)[number];

/** The stored form of one practice card: plain JSON, dates as ISO-8601 UTC strings. */
export interface PracticeCardState {
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly phase: CardPhase;
  readonly lastReview: string | null;
}

// --- The answer report (interview/analyse/) ------------------------------------------------------

/** Traffic-light level of a delivery metric (docs/sources.md#speaking-rate-norms, #disfluency-norms). */
export const LEVELS = ['green', 'amber', 'red'] as const;
export type Level = (typeof LEVELS)[number];

export const TIME_BAND_VERDICTS = ['short', 'ok', 'long'] as const;
export type TimeBandVerdict = (typeof TIME_BAND_VERDICTS)[number];

export type SuggestedRating = PracticeRating;

export const DIRECTIONS = ['better', 'worse', 'same'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Measured speaking time, or estimated from the words. */
export const SECONDS_SOURCES = ['measured', 'estimated'] as const;
export type SecondsSource = (typeof SECONDS_SOURCES)[number];

/** Filled pauses (um, uh) or lexical/discourse fillers (you know, like, basically). */
export const FILLER_KINDS = ['filled-pause', 'discourse'] as const;
export type FillerKind = (typeof FILLER_KINDS)[number];

export const STAR_CHECK_CODES = [
  'no-specific-situation',
  'no-clear-result',
  'mostly-we',
  'long-setup',
  'short-action',
  'short-result',
] as const;
export type StarCheckCode = (typeof STAR_CHECK_CODES)[number];

/** Whether the global lexicon/heuristics or the question's own pitfall list raised a red flag. */
export const RED_FLAG_SOURCES = ['analyser', 'question'] as const;
export type RedFlagSource = (typeof RED_FLAG_SOURCES)[number];

export const PRIORITY_CODES = [
  ...RED_FLAG_CODES,
  'missing-talking-points',
  'star-structure',
  'time-band',
  'pace',
  'fillers',
  'hedges',
  'repeated-words',
  'empty-answer',
  'well-done',
] as const;
export type PriorityCode = (typeof PRIORITY_CODES)[number];

export interface PhraseCount {
  readonly phrase: string;
  readonly count: number;
}

export interface FillerCount extends PhraseCount {
  readonly kind: FillerKind;
}

export interface TalkingPointResult {
  readonly id: string;
  readonly label: string;
  readonly covered: boolean;
  /** The sentence of the answer that covers the point. */
  readonly evidence: string | null;
  /** The synonym that matched. */
  readonly matched: string | null;
  /** Optional points are reported but never counted as missing (absent in older reports). */
  readonly optional?: boolean;
}

export interface StarPart {
  readonly present: boolean;
  readonly evidence: string | null;
}

export interface StarCheck {
  readonly code: StarCheckCode;
  readonly message: string;
  readonly evidence: string | null;
}

export interface StarReport {
  readonly situation: StarPart;
  readonly task: StarPart;
  readonly action: StarPart;
  readonly result: StarPart;
  readonly learning: StarPart;
  /** I/me/my in action sentences. */
  readonly iCount: number;
  /** we/us/our in action sentences. */
  readonly weCount: number;
  /** iCount / (iCount + weCount), or null when neither occurs. */
  readonly iWeRatio: number | null;
  /** Share of words per part (0–1), a rough guide for balance, not a score. */
  readonly proportions: {
    readonly setup: number;
    readonly action: number;
    readonly resultAndLearning: number;
  };
  readonly checks: readonly StarCheck[];
}

export interface RedFlagHit {
  readonly code: RedFlagCode;
  /** The sentence (or an excerpt of it) that triggered the check; null only when nothing was said. */
  readonly evidence: string | null;
  /** What the answer says and the advice, without the title (shown once, as the heading). */
  readonly message: string;
  readonly source: RedFlagSource;
  /** How many sentences triggered it. */
  readonly occurrences: number;
}

export interface Specificity {
  readonly numbers: number;
  readonly namedEntities: number;
  readonly concreteExamples: number;
  readonly numbersPer100Words: number;
  readonly namedEntitiesPer100Words: number;
  readonly concreteExamplesPer100Words: number;
  /** Up to ten specifics found, in order of appearance ("Lagos", "30 percent", "for example"). */
  readonly specifics: readonly string[];
}

export interface ProgramFit {
  readonly mentioned: readonly string[];
  readonly missing: readonly string[];
}

export interface Priority {
  readonly code: PriorityCode;
  readonly title: string;
  readonly detail: string;
  /** Quoted from the answer; null when the priority is about something missing. */
  readonly evidence: string | null;
}

export interface MetricDelta {
  readonly previous: number | null;
  readonly current: number | null;
  /** current − previous, or null when either is not measured. */
  readonly delta: number | null;
  readonly direction: Direction;
}

export interface AttemptComparison {
  readonly wordCount: MetricDelta;
  readonly fillersPer100Words: MetricDelta;
  readonly talkingPointsCovered: MetricDelta;
  readonly redFlags: MetricDelta;
}

export interface Comparison {
  /** Earlier attempts at the same question that were compared. */
  readonly attempts: number;
  readonly last: AttemptComparison;
  readonly best: AttemptComparison;
}

/** The analyser's checklist in the shape the scheduler's `suggestRating()` takes. */
export interface ReportChecklist {
  readonly redFlags: number;
  readonly missingCoreTalkingPoints: number;
  readonly timeOutOfBand: boolean;
  readonly allGreen: boolean;
}

export interface AnswerReport {
  readonly schemaVersion: 1;
  readonly questionId: string;
  readonly wordCount: number;
  readonly sentenceCount: number;
  /** Seconds at `estimatedWordsPerMinute` (130 by default). */
  readonly estimatedSeconds: number;
  /** The seconds judged against the band: measured when given, else estimated. */
  readonly seconds: number;
  readonly secondsSource: SecondsSource;
  readonly targetSeconds: { readonly min: number; readonly max: number };
  readonly timeBand: TimeBandVerdict;
  /** Only when speaking seconds were given. */
  readonly wordsPerMinute: number | null;
  readonly paceLevel: Level | null;
  readonly fillersMeasured: boolean;
  /** All fillers per 100 words; null when filled pauses were not measured. */
  readonly fillersPer100Words: number | null;
  /** Lexical fillers only (you know, like, basically): they survive ASR, so always counted. */
  readonly discourseFillersPer100Words: number;
  readonly fillerLevel: Level | null;
  readonly fillers: readonly FillerCount[];
  readonly hedges: readonly PhraseCount[];
  readonly hedgesPer100Words: number;
  /** The answer path judged against (a question's `paths`); null or absent = the question's own points. */
  readonly path?: { readonly id: string; readonly label: string } | null;
  readonly talkingPoints: readonly TalkingPointResult[];
  readonly talkingPointsCovered: number;
  readonly star: StarReport | null;
  readonly redFlags: readonly RedFlagHit[];
  readonly specificity: Specificity;
  readonly repeatedWords: readonly PhraseCount[];
  /** Only when program keywords were given. */
  readonly programFit: ProgramFit | null;
  /** One or two things to work on first (or one positive note). */
  readonly priorities: readonly Priority[];
  readonly comparison: Comparison | null;
  readonly checklist: ReportChecklist;
  readonly suggestedRating: SuggestedRating;
}
