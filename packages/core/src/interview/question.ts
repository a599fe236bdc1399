/** The interview question bank's types. The bank itself is data in ./bank/ (our own words). */

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
}

/** A question-specific pitfall: phrases or patterns that should trip a red flag on this question. */
export interface Pitfall {
  readonly code: RedFlagCode;
  readonly description: string;
  /** Lower-case phrases that trigger it on this question (in addition to the analyser's global lexicon). */
  readonly phrases: readonly string[];
}

export interface InterviewQuestion {
  /** Stable kebab-case id (e.g. `img-why-us`). Never renamed once shipped. */
  readonly id: string;
  readonly theme: InterviewTheme;
  readonly type: QuestionType;
  readonly prompt: string;
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
  /** Scheduler priority for new cards: 1 = IMG core, 2 = narrative/fit, 3 = behavioural, 4 = situational, 5 = other. */
  readonly priority: 1 | 2 | 3 | 4 | 5;
}
