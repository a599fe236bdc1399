import type { User } from '../account/account-domain.ts';
import { withoutUser } from './interview-attempt.ts';
import type { InterviewAttempt, PracticeCard } from './interview-domain.ts';
import type {
  InterviewAttemptRepository,
  MockInterviewRepository,
  PracticeCardRepository,
} from './interview-ports.ts';
import { mockView } from './mock-view.ts';

export interface InterviewExport {
  readonly interviewAttempts: InterviewAttempt[];
  readonly practiceCards: PracticeCard[];
  readonly mockInterviews: ReturnType<typeof mockView>[];
}

export interface InterviewExportDeps {
  readonly interviewAttempts: InterviewAttemptRepository;
  readonly practiceCards: PracticeCardRepository;
  readonly mockInterviews: MockInterviewRepository;
}

/** Everything interview practice stores about the user, for the account export. */
export async function exportInterviewData(
  deps: InterviewExportDeps,
  user: User,
): Promise<InterviewExport> {
  const [attempts, cards, mocks] = await Promise.all([
    deps.interviewAttempts.listByUser(user.id),
    deps.practiceCards.listByUser(user.id),
    deps.mockInterviews.listByUser(user.id),
  ]);
  return {
    interviewAttempts: attempts.map(withoutUser),
    practiceCards: cards.map(({ userId: _u, ...card }) => card),
    mockInterviews: mocks.map(mockView),
  };
}
