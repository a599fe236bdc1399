import type { AnswerReport, PracticeRating } from '@matchready/core/interview';
import type {
  AnswerSource,
  InterviewAttemptRecord,
  InterviewAttemptRepository,
} from '@matchready/services';
import type { Kysely, Selectable } from 'kysely';
import { isUniqueViolation } from './database.ts';
import type { Database, InterviewAttemptsTable } from './schema.ts';

const toAttempt = (row: Selectable<InterviewAttemptsTable>): InterviewAttemptRecord => ({
  id: row.id,
  userId: row.user_id,
  questionId: row.question_id,
  answer: row.answer,
  speakingSeconds: row.speaking_seconds === null ? null : Number(row.speaking_seconds),
  fillersMeasured: Number(row.fillers_measured) === 1,
  source: row.source as AnswerSource,
  report: JSON.parse(row.report) as AnswerReport,
  rating: row.rating as PracticeRating | null,
  ratedAt: row.rated_at,
  mockId: row.mock_id,
  createdAt: row.created_at,
});

export function createInterviewAttemptRepository(db: Kysely<Database>): InterviewAttemptRepository {
  return {
    async create(attempt) {
      try {
        await db
          .insertInto('interview_attempts')
          .values({
            id: attempt.id,
            user_id: attempt.userId,
            question_id: attempt.questionId,
            answer: attempt.answer,
            speaking_seconds: attempt.speakingSeconds,
            fillers_measured: attempt.fillersMeasured ? 1 : 0,
            source: attempt.source,
            report: JSON.stringify(attempt.report),
            rating: attempt.rating,
            rated_at: attempt.ratedAt,
            mock_id: attempt.mockId,
            created_at: attempt.createdAt,
          })
          .execute();
        return 'created';
      } catch (error) {
        if (isUniqueViolation(error)) return 'duplicate';
        throw error;
      }
    },

    async findById(id) {
      const row = await db
        .selectFrom('interview_attempts')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toAttempt(row) : null;
    },

    async listByUser(userId, filter = {}) {
      let query = db.selectFrom('interview_attempts').selectAll().where('user_id', '=', userId);
      if (filter.questionId !== undefined)
        query = query.where('question_id', '=', filter.questionId);
      if (filter.mockId !== undefined) query = query.where('mock_id', '=', filter.mockId);
      const rows = await query.orderBy('created_at').orderBy('id').execute();
      return rows.map(toAttempt);
    },

    async countByQuestion(userId) {
      const rows = await db
        .selectFrom('interview_attempts')
        .select((eb) => ['question_id', eb.fn.countAll().as('attempts')])
        .where('user_id', '=', userId)
        .groupBy('question_id')
        .execute();
      return new Map(rows.map((row) => [row.question_id, Number(row.attempts)]));
    },

    rate({ attemptId, rating, ratedAt, card }) {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('interview_attempts')
          .set({ rating, rated_at: ratedAt })
          .where('id', '=', attemptId)
          .where('rating', 'is', null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) return 'already-rated' as const;
        const values = {
          state: JSON.stringify(card.state),
          due_at: card.dueAt,
          updated_at: card.updatedAt,
        };
        await trx
          .insertInto('interview_cards')
          .values({
            user_id: card.userId,
            question_id: card.questionId,
            created_at: card.createdAt,
            ...values,
          })
          .onConflict((oc) => oc.columns(['user_id', 'question_id']).doUpdateSet(values))
          .execute();
        return 'rated' as const;
      });
    },
  };
}
