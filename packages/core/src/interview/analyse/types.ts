import type { AnswerReport, InterviewQuestion } from '../../vocabulary/interview.ts';
import type { Thresholds } from './thresholds.ts';

// The report's record types are vocabulary (the contract describes them): vocabulary/interview.ts.

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
  /** One of the question's answer paths; when absent the answer's own cues choose (paths.ts). */
  readonly pathId?: string;
}
