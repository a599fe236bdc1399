// One report for a whole mock interview, from the reports of its answers (no feedback is shown
// between questions: docs/sources.md#chollet-2022-feedback-timing). Pure; O(answers × priorities).
import {
  type InterviewQuestion,
  type Priority,
  RED_FLAG_CODES,
  RED_FLAG_DOCS,
  type RedFlagCode,
} from '@matchready/core/interview';
import type {
  InterviewAttemptRecord,
  MockPlanItem,
  MockQuestionResult,
  MockSummary,
} from './interview-domain.ts';

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (values: readonly number[]) =>
  values.length === 0 ? null : round1(values.reduce((a, b) => a + b, 0) / values.length);
const isRedFlag = (code: string): code is RedFlagCode =>
  (RED_FLAG_CODES as readonly string[]).includes(code);

function questionResult(
  item: MockPlanItem,
  question: InterviewQuestion | undefined,
  attempt: InterviewAttemptRecord | undefined,
): MockQuestionResult {
  const report = attempt?.report;
  return {
    questionId: item.questionId,
    prompt: question?.prompt ?? item.questionId,
    attemptId: attempt?.id ?? null,
    wordCount: report?.wordCount ?? 0,
    seconds: report?.seconds ?? 0,
    timeBand: report?.timeBand ?? null,
    talkingPointsCovered: report?.talkingPointsCovered ?? 0,
    talkingPointsTotal: question?.talkingPoints.length ?? 0,
    redFlags: report?.redFlags.map(({ code, evidence }) => ({ code, evidence })) ?? [],
    fillersPer100Words: report?.fillersPer100Words ?? null,
    wordsPerMinute: report?.wordsPerMinute ?? null,
    suggestedRating: report?.suggestedRating ?? null,
    priority: report?.priorities[0] ?? null,
  };
}

/** The two most common things to work on; red flags before everything else, then frequency. */
function overallPriorities(answered: readonly InterviewAttemptRecord[]) {
  const byCode = new Map<
    string,
    { first: Priority; questionId: string; count: number; order: number }
  >();
  for (const attempt of answered) {
    for (const priority of attempt.report.priorities) {
      if (priority.code === 'well-done') continue;
      const seen = byCode.get(priority.code);
      if (seen) seen.count += 1;
      else
        byCode.set(priority.code, {
          first: priority,
          questionId: attempt.questionId,
          count: 1,
          order: byCode.size,
        });
    }
  }
  const ranked = [...byCode.values()].sort(
    (a, b) =>
      Number(isRedFlag(b.first.code)) - Number(isRedFlag(a.first.code)) ||
      b.count - a.count ||
      a.order - b.order,
  );
  if (ranked.length === 0) {
    const praise = answered
      .flatMap((a) => a.report.priorities.map((p) => ({ p, questionId: a.questionId })))
      .find(({ p }) => p.code === 'well-done');
    return praise
      ? [
          {
            title: praise.p.title,
            detail: praise.p.detail,
            evidence: praise.p.evidence,
            questionId: praise.questionId,
          },
        ]
      : [];
  }
  return ranked.slice(0, 2).map(({ first, questionId, count }) => ({
    title: count > 1 ? `${first.title} (${count} answers)` : first.title,
    detail: first.detail,
    evidence: first.evidence,
    questionId,
  }));
}

export function summariseMock(
  plan: readonly MockPlanItem[],
  attempts: readonly InterviewAttemptRecord[],
  findQuestion: (id: string) => InterviewQuestion | undefined,
): MockSummary {
  const byQuestion = new Map(attempts.map((a) => [a.questionId, a]));
  const questions = plan.map((item) =>
    questionResult(item, findQuestion(item.questionId), byQuestion.get(item.questionId)),
  );
  const answered = plan.flatMap((item) => byQuestion.get(item.questionId) ?? []);

  const flagged = new Map<RedFlagCode, string[]>();
  for (const attempt of answered) {
    for (const flag of attempt.report.redFlags) {
      const ids = flagged.get(flag.code) ?? [];
      if (!ids.includes(attempt.questionId)) ids.push(attempt.questionId);
      flagged.set(flag.code, ids);
    }
  }
  const redFlags = [...flagged.entries()]
    .map(([code, questionIds], order) => ({ code, questionIds, order }))
    .sort((a, b) => b.questionIds.length - a.questionIds.length || a.order - b.order)
    .map(({ code, questionIds }) => ({
      code,
      title: RED_FLAG_DOCS[code].title,
      advice: RED_FLAG_DOCS[code].advice,
      questionIds,
    }));

  const timeBands = { short: 0, ok: 0, long: 0 };
  for (const attempt of answered) timeBands[attempt.report.timeBand] += 1;
  const pointsAsked = questions
    .filter((q) => q.attemptId !== null)
    .reduce((sum, q) => sum + q.talkingPointsTotal, 0);
  const pointsCovered = questions.reduce((sum, q) => sum + q.talkingPointsCovered, 0);

  return {
    answered: answered.length,
    total: plan.length,
    questions,
    redFlags,
    timeBands,
    averages: {
      wordsPerMinute: mean(answered.flatMap((a) => a.report.wordsPerMinute ?? [])),
      fillersPer100Words: mean(answered.flatMap((a) => a.report.fillersPer100Words ?? [])),
      talkingPointCoverage:
        pointsAsked === 0 ? null : Math.round((pointsCovered / pointsAsked) * 100) / 100,
    },
    priorities: overallPriorities(answered),
  };
}
