import type { InterviewQuestion, RedFlagCode } from '../question.ts';
import type { Thresholds } from './thresholds.ts';

/** Traffic-light level of a delivery metric (research notes §3.2, §3.3). */
export type Level = 'green' | 'amber' | 'red';
export type TimeBandVerdict = 'short' | 'ok' | 'long';
export type SuggestedRating = 'again' | 'hard' | 'good' | 'easy';
export type Direction = 'better' | 'worse' | 'same';

export interface AnalyseInput {
  readonly question: InterviewQuestion;
  /** The answer as typed or transcribed. It is never modified. */
  readonly answer: string;
  /** Measured speaking time; when absent, time is estimated from words at `estimatedWordsPerMinute`. */
  readonly speakingSeconds?: number;
  /** Earlier reports of this user, oldest first; only those for the same question are compared. */
  readonly previousAttempts?: readonly AnswerReport[];
  /** `false` when the transcript came from ASR that strips "um"/"uh": filled pauses are then "not measured". */
  readonly fillersMeasured?: boolean;
  /** Lower-case words or phrases of the user's program profile (tracks, clinics, city, mission words). */
  readonly programKeywords?: readonly string[];
  readonly thresholds?: Partial<Thresholds>;
}

export interface PhraseCount {
  readonly phrase: string;
  readonly count: number;
}

export interface FillerCount extends PhraseCount {
  /** Filled pauses (um, uh) or lexical/discourse fillers (you know, like, basically). */
  readonly kind: 'filled-pause' | 'discourse';
}

export interface TalkingPointResult {
  readonly id: string;
  readonly label: string;
  readonly covered: boolean;
  /** The sentence of the answer that covers the point. */
  readonly evidence: string | null;
  /** The synonym that matched. */
  readonly matched: string | null;
}

export interface StarPart {
  readonly present: boolean;
  readonly evidence: string | null;
}

export type StarCheckCode =
  | 'no-specific-situation'
  | 'no-clear-result'
  | 'mostly-we'
  | 'long-setup'
  | 'short-action'
  | 'short-result';

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
  /** "Check this" wording describing what the answer says, plus advice. */
  readonly message: string;
  /** Whether the global lexicon/heuristics or the question's own pitfall list triggered it. */
  readonly source: 'analyser' | 'question';
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

export type PriorityCode =
  | RedFlagCode
  | 'missing-talking-points'
  | 'star-structure'
  | 'time-band'
  | 'pace'
  | 'fillers'
  | 'hedges'
  | 'repeated-words'
  | 'empty-answer'
  | 'well-done';

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
  readonly secondsSource: 'measured' | 'estimated';
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
