import type { PracticeRating } from '@matchready/core/interview';
import type {
  InterviewAttemptRecord,
  MockInterviewRecord,
  MockInterviewState,
  MockSummary,
  PracticeCardRecord,
} from './interview-domain.ts';

/** Ports of interview practice; packages/db implements them. Every row is private to its user. */

export interface AttemptFilter {
  readonly questionId?: string;
  readonly mockId?: string;
}

export interface InterviewAttemptRepository {
  /** 'duplicate' when the attempt's mock already has an answer to its question. */
  create(attempt: InterviewAttemptRecord): Promise<'created' | 'duplicate'>;
  findById(id: string): Promise<InterviewAttemptRecord | null>;
  /** The user's attempts, oldest first. */
  listByUser(userId: string, filter?: AttemptFilter): Promise<InterviewAttemptRecord[]>;
  /** How many attempts the user made at each question they have tried. */
  countByQuestion(userId: string): Promise<Map<string, number>>;
  /**
   * Records the self-rating and saves the question's card, in one transaction.
   * 'already-rated' (and nothing saved) when the attempt has a rating.
   */
  rate(input: {
    readonly attemptId: string;
    readonly rating: PracticeRating;
    readonly ratedAt: string;
    readonly card: PracticeCardRecord;
  }): Promise<'rated' | 'already-rated'>;
}

export interface PracticeCardRepository {
  find(userId: string, questionId: string): Promise<PracticeCardRecord | null>;
  /** The user's cards, soonest due first. */
  listByUser(userId: string): Promise<PracticeCardRecord[]>;
}

export interface MockInterviewRepository {
  create(mock: MockInterviewRecord): Promise<void>;
  /** With the answers given so far (attempts whose mock it is). */
  findById(id: string): Promise<MockInterviewState | null>;
  /** Newest first. */
  listByUser(userId: string): Promise<MockInterviewState[]>;
  /** Saves the summary; false (and nothing saved) when the mock was already completed. */
  complete(id: string, summary: MockSummary, completedAt: string): Promise<boolean>;
}
