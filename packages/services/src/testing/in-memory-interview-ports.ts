import type {
  InterviewAttemptRecord,
  MockInterviewRecord,
  PracticeCardRecord,
} from '../interview/interview-domain.ts';
import type {
  InterviewAttemptRepository,
  MockInterviewRepository,
  PracticeCardRepository,
} from '../interview/interview-ports.ts';

/** In-memory fakes of the interview ports, for service tests (see in-memory-ports.ts). */
export function createInMemoryInterviewPorts() {
  const attemptRows = new Map<string, InterviewAttemptRecord>();
  const cardRows = new Map<string, PracticeCardRecord>();
  const mockRows = new Map<string, MockInterviewRecord>();
  const cardKey = (userId: string, questionId: string) => `${userId}\u0000${questionId}`;
  // Code-unit order, as the databases' binary collation sorts ids and ISO timestamps.
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const byCreated = (a: InterviewAttemptRecord, b: InterviewAttemptRecord) =>
    cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id);

  const withAnswers = (mock: MockInterviewRecord) => ({
    ...mock,
    answers: [...attemptRows.values()]
      .filter((a) => a.mockId === mock.id)
      .sort(byCreated)
      .map((a) => ({ questionId: a.questionId, attemptId: a.id })),
  });

  const interviewAttempts: InterviewAttemptRepository = {
    create: async (attempt) => {
      const duplicate = [...attemptRows.values()].some(
        (a) =>
          attempt.mockId !== null &&
          a.mockId === attempt.mockId &&
          a.questionId === attempt.questionId,
      );
      if (duplicate) return 'duplicate';
      attemptRows.set(attempt.id, attempt);
      return 'created';
    },
    findById: async (id) => attemptRows.get(id) ?? null,
    listByUser: async (userId, filter = {}) =>
      [...attemptRows.values()]
        .filter(
          (a) =>
            a.userId === userId &&
            (filter.questionId === undefined || a.questionId === filter.questionId) &&
            (filter.mockId === undefined || a.mockId === filter.mockId),
        )
        .sort(byCreated),
    countByQuestion: async (userId) => {
      const counts = new Map<string, number>();
      for (const a of attemptRows.values()) {
        if (a.userId === userId) counts.set(a.questionId, (counts.get(a.questionId) ?? 0) + 1);
      }
      return counts;
    },
    rate: async ({ attemptId, rating, ratedAt, card }) => {
      const attempt = attemptRows.get(attemptId);
      if (!attempt || attempt.rating !== null) return 'already-rated';
      attemptRows.set(attemptId, { ...attempt, rating, ratedAt });
      // A card is made once: later ratings replace its state but keep when it was first made.
      const key = cardKey(card.userId, card.questionId);
      const existing = cardRows.get(key);
      cardRows.set(key, existing ? { ...card, createdAt: existing.createdAt } : card);
      return 'rated';
    },
  };

  const practiceCards: PracticeCardRepository = {
    find: async (userId, questionId) => cardRows.get(cardKey(userId, questionId)) ?? null,
    listByUser: async (userId) =>
      [...cardRows.values()]
        .filter((c) => c.userId === userId)
        .sort((a, b) => cmp(a.dueAt, b.dueAt) || cmp(a.questionId, b.questionId)),
  };

  const mockInterviews: MockInterviewRepository = {
    create: async (mock) => {
      mockRows.set(mock.id, mock);
    },
    findById: async (id) => {
      const mock = mockRows.get(id);
      return mock ? withAnswers(mock) : null;
    },
    listByUser: async (userId) =>
      [...mockRows.values()]
        .filter((m) => m.userId === userId)
        .sort((a, b) => cmp(b.startedAt, a.startedAt) || cmp(a.id, b.id))
        .map(withAnswers),
    complete: async (id, summary, completedAt) => {
      const mock = mockRows.get(id);
      if (!mock || mock.completedAt !== null) return false;
      mockRows.set(id, { ...mock, summary, completedAt });
      return true;
    },
  };

  return {
    interviewAttempts,
    practiceCards,
    mockInterviews,
    /** What deleting the user cascades to in the database. */
    deleteUser(userId: string) {
      for (const [key, a] of attemptRows) if (a.userId === userId) attemptRows.delete(key);
      for (const [key, c] of cardRows) if (c.userId === userId) cardRows.delete(key);
      for (const [key, m] of mockRows) if (m.userId === userId) mockRows.delete(key);
    },
    interviewStores: { attemptRows, cardRows, mockRows },
  };
}
