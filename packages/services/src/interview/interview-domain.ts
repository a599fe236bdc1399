import type {
  AnswerReport,
  PracticeCardState,
  PracticeRating,
  Priority,
  RedFlagCode,
  TimeBandVerdict,
} from '@matchready/core/interview';

/** Interview practice as the services speak it; repositories map rows to these and back. */

export type AnswerSource = 'typed' | 'speech';

/** One answer to one bank question, with the analyser's report. Private to its author. */
export interface InterviewAttemptRecord {
  readonly id: string;
  readonly userId: string;
  readonly questionId: string;
  /** As typed or transcribed (and edited) by the user; never modified. */
  readonly answer: string;
  readonly speakingSeconds: number | null;
  readonly fillersMeasured: boolean;
  readonly source: AnswerSource;
  readonly report: AnswerReport;
  /** The self-rating that scheduled the question, once given. */
  readonly rating: PracticeRating | null;
  readonly ratedAt: string | null;
  /** The mock interview the answer was given in, if any. */
  readonly mockId: string | null;
  readonly createdAt: string;
}

export type InterviewAttempt = Omit<InterviewAttemptRecord, 'userId'>;

/** The FSRS card of one (user × question). */
export interface PracticeCardRecord {
  readonly userId: string;
  readonly questionId: string;
  readonly state: PracticeCardState;
  /** Same instant as `state.due`, kept as a column for "due now" queries. */
  readonly dueAt: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type PracticeCard = Omit<PracticeCardRecord, 'userId'>;

export type MockFormat = 'img' | 'behavioural' | 'aamc' | 'mixed';

/** One question of a mock and its timers, fixed when the mock starts. */
export interface MockPlanItem {
  readonly questionId: string;
  readonly readSeconds: number;
  readonly answerSeconds: number;
  /** AAMC style: the answer stops at the limit; otherwise the timer only informs. */
  readonly hardStop: boolean;
}

export interface MockQuestionResult {
  readonly questionId: string;
  readonly prompt: string;
  readonly attemptId: string | null;
  readonly wordCount: number;
  readonly seconds: number;
  readonly timeBand: TimeBandVerdict | null;
  readonly talkingPointsCovered: number;
  readonly talkingPointsTotal: number;
  readonly redFlags: readonly { readonly code: RedFlagCode; readonly evidence: string | null }[];
  readonly fillersPer100Words: number | null;
  readonly wordsPerMinute: number | null;
  readonly suggestedRating: PracticeRating | null;
  readonly priority: Priority | null;
}

export interface MockSummary {
  readonly answered: number;
  readonly total: number;
  readonly questions: readonly MockQuestionResult[];
  readonly redFlags: readonly {
    readonly code: RedFlagCode;
    readonly title: string;
    readonly advice: string;
    readonly questionIds: readonly string[];
  }[];
  readonly timeBands: { readonly short: number; readonly ok: number; readonly long: number };
  readonly averages: {
    readonly wordsPerMinute: number | null;
    readonly fillersPer100Words: number | null;
    readonly talkingPointCoverage: number | null;
  };
  readonly priorities: readonly {
    readonly title: string;
    readonly detail: string;
    readonly evidence: string | null;
    readonly questionId: string | null;
  }[];
}

export interface MockInterviewRecord {
  readonly id: string;
  readonly userId: string;
  readonly format: MockFormat;
  readonly plan: readonly MockPlanItem[];
  readonly summary: MockSummary | null;
  readonly startedAt: string;
  readonly completedAt: string | null;
}

/** A mock with the answers given so far, in the order they were given. */
export interface MockInterviewState extends MockInterviewRecord {
  readonly answers: readonly { readonly questionId: string; readonly attemptId: string }[];
}
