import {
  ANSWER_TIPS,
  dueQuestions,
  findQuestion,
  INTERVIEW_THEMES,
  type InterviewQuestion,
  type InterviewTheme,
  newCardState,
  nextNewQuestions,
  type PracticeRating,
  QUESTION_BANK,
  rateAttempt,
} from '@matchready/core/interview';
import type { User } from '../account/account-domain.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import {
  type AnswerInput,
  analyseAttempt,
  questionInBody,
  redFlagAdvice,
  withoutUser,
} from './interview-attempt.ts';
import type {
  InterviewAttemptRecord,
  PracticeCard,
  PracticeCardRecord,
} from './interview-domain.ts';
import type { InterviewAttemptRepository, PracticeCardRepository } from './interview-ports.ts';
import { interviewProgress } from './interview-progress.ts';
import { THEME_LABELS } from './interview-themes.ts';

/** New questions suggested per rolling day (capping new cards per day, as FSRS schedulers do; docs/sources.md#ts-fsrs). */
export const NEW_QUESTIONS_PER_DAY = 5;
const UPCOMING_LIMIT = 10;
const DAY_MS = 86_400_000;

export interface InterviewServiceDeps {
  readonly interviewAttempts: InterviewAttemptRepository;
  readonly practiceCards: PracticeCardRepository;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

export type InterviewService = ReturnType<typeof createInterviewService>;

const summary = ({
  id,
  theme,
  type,
  prompt,
  competencies,
  timeBand,
  star,
  priority,
}: InterviewQuestion) => ({
  id,
  theme,
  type,
  prompt,
  competencies,
  timeBand,
  star,
  priority,
});

const withoutOwner = ({ userId: _u, ...card }: PracticeCardRecord): PracticeCard => card;

const attemptView = (attempt: InterviewAttemptRecord) => ({
  attempt: withoutUser(attempt),
  report: attempt.report,
  redFlagDocs: redFlagAdvice(attempt.report.redFlags.map((flag) => flag.code)),
});

export function createInterviewService(deps: InterviewServiceDeps) {
  const { interviewAttempts, practiceCards, clock } = deps;

  /** The attempt when `user` made it; anyone else gets not-found (existence is not leaked). */
  async function ownAttempt(user: User, id: string): Promise<InterviewAttemptRecord> {
    const attempt = await interviewAttempts.findById(id);
    if (!attempt || attempt.userId !== user.id) throw notFound('Interview attempt');
    return attempt;
  }

  function scheduled(card: PracticeCardRecord) {
    const question = findQuestion(card.questionId);
    return question
      ? [
          {
            questionId: card.questionId,
            prompt: question.prompt,
            theme: question.theme,
            dueAt: card.dueAt,
            phase: card.state.phase,
          },
        ]
      : [];
  }

  return {
    listQuestions(theme?: InterviewTheme) {
      return {
        questions: QUESTION_BANK.filter((q) => theme === undefined || q.theme === theme).map(
          summary,
        ),
        themes: INTERVIEW_THEMES.map((t) => ({
          theme: t,
          label: THEME_LABELS[t],
          count: QUESTION_BANK.filter((q) => q.theme === t).length,
        })),
      };
    },

    getQuestion(id: string) {
      const question = findQuestion(id);
      if (!question) throw notFound('Interview question');
      return {
        question,
        redFlagDocs: redFlagAdvice(question.pitfalls.map((p) => p.code)),
        tips: ANSWER_TIPS,
      };
    },

    /** Saves and analyses an answer outside any mock interview. */
    async createAttempt(user: User, input: AnswerInput) {
      const question = questionInBody(input.questionId);
      const attempt = await analyseAttempt(deps, user, question, input, null);
      await interviewAttempts.create(attempt);
      return attemptView(attempt);
    },

    /** Newest first. */
    async listAttempts(user: User, questionId?: string) {
      const attempts = await interviewAttempts.listByUser(
        user.id,
        questionId === undefined ? {} : { questionId },
      );
      return attempts.reverse().map((a) => ({
        id: a.id,
        questionId: a.questionId,
        createdAt: a.createdAt,
        source: a.source,
        rating: a.rating,
        mockId: a.mockId,
        wordCount: a.report.wordCount,
        seconds: a.report.seconds,
        talkingPointsCovered: a.report.talkingPointsCovered,
        talkingPointsTotal: a.report.talkingPoints.length,
        redFlags: a.report.redFlags.map((flag) => flag.code),
        suggestedRating: a.report.suggestedRating,
      }));
    },

    async getAttempt(user: User, id: string) {
      return attemptView(await ownAttempt(user, id));
    },

    /** Self-rates an attempt (once) and schedules its question with FSRS. */
    async rate(user: User, attemptId: string, rating: PracticeRating): Promise<PracticeCard> {
      const attempt = await ownAttempt(user, attemptId);
      const conflict = new AppError('conflict', 'This attempt is already rated');
      if (attempt.rating !== null) throw conflict;
      const now = clock.now();
      const existing = await practiceCards.find(user.id, attempt.questionId);
      const next = rateAttempt(existing?.state ?? newCardState(now), rating, now);
      const card: PracticeCardRecord = {
        userId: user.id,
        questionId: attempt.questionId,
        state: next.state,
        dueAt: next.due.toISOString(),
        createdAt: existing?.createdAt ?? now.toISOString(),
        updatedAt: now.toISOString(),
      };
      const saved = await interviewAttempts.rate({
        attemptId,
        rating,
        ratedAt: now.toISOString(),
        card,
      });
      if (saved === 'already-rated') throw conflict;
      return withoutOwner(card);
    },

    /** Cards due now, the next ones coming due, and new questions within today's cap. */
    async due(user: User) {
      const now = clock.now();
      const [cards, counts] = await Promise.all([
        practiceCards.listByUser(user.id),
        interviewAttempts.countByQuestion(user.id),
      ]);
      const byId = new Map(cards.map((card) => [card.questionId, card]));
      const dueIds = dueQuestions(cards, now);
      const upcoming = cards
        .filter((card) => Date.parse(card.dueAt) > now.getTime())
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.questionId.localeCompare(b.questionId))
        .slice(0, UPCOMING_LIMIT);
      const startedToday = cards.filter(
        (card) => Date.parse(card.createdAt) > now.getTime() - DAY_MS,
      ).length;
      const seen = new Set([...byId.keys(), ...counts.keys()]);
      const fresh = nextNewQuestions(
        QUESTION_BANK,
        seen,
        Math.max(0, NEW_QUESTIONS_PER_DAY - startedToday),
      );
      return {
        due: dueIds.flatMap((id) => {
          const card = byId.get(id);
          return card ? scheduled(card) : [];
        }),
        upcoming: upcoming.flatMap(scheduled),
        newQuestions: fresh.map(summary),
      };
    },

    async progress(user: User) {
      return interviewProgress(QUESTION_BANK, await interviewAttempts.listByUser(user.id));
    },
  };
}
