import {
  analyseAnswer,
  findQuestion,
  type InterviewQuestion,
  RED_FLAG_DOCS,
  type RedFlagCode,
} from '@matchready/core/interview';
import type { User } from '../account/account-domain.ts';
import { invalidInput } from '../shared/app-error.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import type { AnswerSource, InterviewAttempt, InterviewAttemptRecord } from './interview-domain.ts';
import type { InterviewAttemptRepository } from './interview-ports.ts';

/** One answer as the user sends it (typed, or transcribed and edited in the browser). */
export interface AnswerInput {
  readonly questionId: string;
  readonly answer: string;
  readonly speakingSeconds?: number | undefined;
  readonly source: AnswerSource;
  /** Defaults to false for speech (recognisers strip "um"/"uh") and true for typed answers. */
  readonly fillersMeasured?: boolean | undefined;
}

export interface RedFlagAdvice {
  readonly code: RedFlagCode;
  readonly title: string;
  readonly advice: string;
}

export const redFlagAdvice = (codes: Iterable<RedFlagCode>): RedFlagAdvice[] =>
  [...new Set(codes)].map((code) => ({
    code,
    title: RED_FLAG_DOCS[code].title,
    advice: RED_FLAG_DOCS[code].advice,
  }));

export const withoutUser = ({ userId: _u, ...attempt }: InterviewAttemptRecord): InterviewAttempt =>
  attempt;

/** A bank question named in a request body; an unknown id is invalid input on that field. */
export function questionInBody(id: string): InterviewQuestion {
  const question = findQuestion(id);
  if (!question) {
    throw invalidInput('Unknown interview question', [
      {
        code: 'unknown-question',
        path: ['questionId'],
        message: `No question "${id}" in the bank`,
      },
    ]);
  }
  return question;
}

export interface AnalyseAttemptDeps {
  readonly interviewAttempts: InterviewAttemptRepository;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/**
 * Analyses an answer against the question, compared with the user's earlier attempts at it
 * (oldest first), and returns the record to save. The caller saves it.
 */
export async function analyseAttempt(
  deps: AnalyseAttemptDeps,
  user: User,
  question: InterviewQuestion,
  input: AnswerInput,
  mockId: string | null,
): Promise<InterviewAttemptRecord> {
  const earlier = await deps.interviewAttempts.listByUser(user.id, { questionId: question.id });
  const fillersMeasured = input.fillersMeasured ?? input.source === 'typed';
  const report = analyseAnswer({
    question,
    answer: input.answer,
    ...(input.speakingSeconds === undefined ? {} : { speakingSeconds: input.speakingSeconds }),
    previousAttempts: earlier.map((attempt) => attempt.report),
    fillersMeasured,
  });
  return {
    id: deps.ids.newId(),
    userId: user.id,
    questionId: question.id,
    answer: input.answer,
    speakingSeconds: input.speakingSeconds ?? null,
    fillersMeasured,
    source: input.source,
    report,
    rating: null,
    ratedAt: null,
    mockId,
    createdAt: deps.clock.now().toISOString(),
  };
}
