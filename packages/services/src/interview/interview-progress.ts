// Practice progress: attempts per theme, coverage of the bank and each question's trend of the
// report's measures. Pure; O(attempts + bank).
import {
  INTERVIEW_THEMES,
  type InterviewQuestion,
  type InterviewTheme,
} from '@matchready/core/interview';
import type { InterviewAttemptRecord } from './interview-domain.ts';
import { THEME_LABELS } from './interview-themes.ts';

export interface TrendPoint {
  readonly attemptId: string;
  readonly createdAt: string;
  readonly wordCount: number;
  readonly fillersPer100Words: number | null;
  readonly wordsPerMinute: number | null;
  readonly talkingPointsCovered: number;
  readonly redFlags: number;
}

export interface InterviewProgress {
  readonly totalAttempts: number;
  readonly themes: readonly {
    readonly theme: InterviewTheme;
    readonly label: string;
    readonly attempts: number;
    readonly questionsPractised: number;
    readonly questionsInBank: number;
  }[];
  readonly coverage: { readonly practised: number; readonly total: number };
  readonly questions: readonly {
    readonly questionId: string;
    readonly prompt: string;
    readonly theme: InterviewTheme;
    readonly talkingPointsTotal: number;
    readonly points: readonly TrendPoint[];
  }[];
}

/** `attempts` oldest first; attempts at questions no longer in the bank are left out. */
export function interviewProgress(
  bank: readonly InterviewQuestion[],
  attempts: readonly InterviewAttemptRecord[],
): InterviewProgress {
  const byId = new Map(bank.map((q) => [q.id, q]));
  const perQuestion = new Map<string, TrendPoint[]>();
  for (const attempt of attempts) {
    if (!byId.has(attempt.questionId)) continue;
    const { report } = attempt;
    const points = perQuestion.get(attempt.questionId) ?? [];
    points.push({
      attemptId: attempt.id,
      createdAt: attempt.createdAt,
      wordCount: report.wordCount,
      fillersPer100Words: report.fillersPer100Words,
      wordsPerMinute: report.wordsPerMinute,
      talkingPointsCovered: report.talkingPointsCovered,
      redFlags: report.redFlags.length,
    });
    perQuestion.set(attempt.questionId, points);
  }

  const themes = INTERVIEW_THEMES.map((theme) => {
    const inTheme = bank.filter((q) => q.theme === theme);
    const practised = inTheme.filter((q) => perQuestion.has(q.id));
    return {
      theme,
      label: THEME_LABELS[theme],
      attempts: practised.reduce((sum, q) => sum + (perQuestion.get(q.id)?.length ?? 0), 0),
      questionsPractised: practised.length,
      questionsInBank: inTheme.length,
    };
  });

  const lastAt = (points: readonly TrendPoint[]) => points.at(-1)?.createdAt ?? '';
  const questions = [...perQuestion.entries()]
    .sort(([, a], [, b]) => lastAt(b).localeCompare(lastAt(a)))
    .flatMap(([questionId, points]) => {
      const question = byId.get(questionId);
      if (!question) return [];
      return [
        {
          questionId,
          prompt: question.prompt,
          theme: question.theme,
          talkingPointsTotal: question.talkingPoints.length,
          points,
        },
      ];
    });

  return {
    totalAttempts: themes.reduce((sum, t) => sum + t.attempts, 0),
    themes,
    coverage: { practised: perQuestion.size, total: bank.length },
    questions,
  };
}
