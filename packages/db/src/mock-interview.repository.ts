import type {
  MockFormat,
  MockInterviewRepository,
  MockInterviewState,
  MockPlanItem,
  MockSummary,
} from '@matchready/services';
import type { Kysely, Selectable } from 'kysely';
import type { Database, InterviewMocksTable } from './schema.ts';

type Answers = MockInterviewState['answers'];

const toMock = (row: Selectable<InterviewMocksTable>, answers: Answers): MockInterviewState => ({
  id: row.id,
  userId: row.user_id,
  format: row.format as MockFormat,
  plan: JSON.parse(row.plan) as MockPlanItem[],
  summary: row.summary === null ? null : (JSON.parse(row.summary) as MockSummary),
  startedAt: row.started_at,
  completedAt: row.completed_at,
  answers,
});

export function createMockInterviewRepository(db: Kysely<Database>): MockInterviewRepository {
  /** Answers per mock, in the order given. */
  async function answersOf(mockIds: readonly string[]): Promise<Map<string, Answers>> {
    const answers = new Map<string, { questionId: string; attemptId: string }[]>();
    if (mockIds.length === 0) return answers;
    const rows = await db
      .selectFrom('interview_attempts')
      .select(['id', 'question_id', 'mock_id'])
      .where('mock_id', 'in', [...mockIds])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    for (const row of rows) {
      if (row.mock_id === null) continue;
      const list = answers.get(row.mock_id) ?? [];
      list.push({ questionId: row.question_id, attemptId: row.id });
      answers.set(row.mock_id, list);
    }
    return answers;
  }

  return {
    async create(mock) {
      await db
        .insertInto('interview_mocks')
        .values({
          id: mock.id,
          user_id: mock.userId,
          format: mock.format,
          plan: JSON.stringify(mock.plan),
          summary: mock.summary === null ? null : JSON.stringify(mock.summary),
          started_at: mock.startedAt,
          completed_at: mock.completedAt,
        })
        .execute();
    },

    async findById(id) {
      const row = await db
        .selectFrom('interview_mocks')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      return toMock(row, (await answersOf([row.id])).get(row.id) ?? []);
    },

    async listByUser(userId) {
      const rows = await db
        .selectFrom('interview_mocks')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('started_at', 'desc')
        .orderBy('id')
        .execute();
      const answers = await answersOf(rows.map((row) => row.id));
      return rows.map((row) => toMock(row, answers.get(row.id) ?? []));
    },

    async complete(id, summary, completedAt) {
      const result = await db
        .updateTable('interview_mocks')
        .set({ summary: JSON.stringify(summary), completed_at: completedAt })
        .where('id', '=', id)
        .where('completed_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
