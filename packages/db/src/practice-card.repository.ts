import type { PracticeCardState } from '@matchready/core/interview';
import type { PracticeCardRecord, PracticeCardRepository } from '@matchready/services';
import type { Kysely, Selectable } from 'kysely';
import type { Database, InterviewCardsTable } from './schema.ts';

const toCard = (row: Selectable<InterviewCardsTable>): PracticeCardRecord => ({
  userId: row.user_id,
  questionId: row.question_id,
  state: JSON.parse(row.state) as PracticeCardState,
  dueAt: row.due_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Cards are written by the attempt repository's `rate` (with the rating, in one transaction). */
export function createPracticeCardRepository(db: Kysely<Database>): PracticeCardRepository {
  return {
    async find(userId, questionId) {
      const row = await db
        .selectFrom('interview_cards')
        .selectAll()
        .where('user_id', '=', userId)
        .where('question_id', '=', questionId)
        .executeTakeFirst();
      return row ? toCard(row) : null;
    },

    async listByUser(userId) {
      const rows = await db
        .selectFrom('interview_cards')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('due_at')
        .orderBy('question_id')
        .execute();
      return rows.map(toCard);
    },
  };
}
