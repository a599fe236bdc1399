// The labelled evaluation set is well-formed, and the analyser meets its targets on it
// (decision 036: ≥ 0.9 precision and ≥ 0.8 recall on red flags, ≥ 0.8 recall on talking points).
// The labels are hand-written; a regression in the analyser fails here.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyseAnswer } from '../analyse/report.ts';
import { findQuestion } from '../bank/index.ts';
import { EVAL_SET, evaluateAnalyser, SCORED_FLAGS } from './index.ts';

const caseSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+-\d{3}$/),
  questionId: z.string(),
  answer: z.string().trim().min(20),
  flags: z.array(z.enum(SCORED_FLAGS)),
  points: z.array(z.string()),
  path: z.string().optional(),
});
const fileSchema = z.strictObject({ questionId: z.string(), cases: z.array(caseSchema).min(10) });

const ALL_CASES = EVAL_SET.flatMap((file) => file.cases);

describe('the interview evaluation set', () => {
  it('holds at least 200 distinct answers across at least 8 IMG questions', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(200);
    expect(new Set(ALL_CASES.map((c) => c.answer)).size).toBe(ALL_CASES.length);
    expect(new Set(ALL_CASES.map((c) => c.id)).size).toBe(ALL_CASES.length);
    expect(new Set(EVAL_SET.map((f) => f.questionId)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(EVAL_SET.map((f) => [f.questionId, f] as const))('%s is well-formed', (_id, file) => {
    expect(fileSchema.safeParse(file).error?.issues ?? []).toEqual([]);
    const question = findQuestion(file.questionId);
    expect(question, `unknown question ${file.questionId}`).toBeDefined();
    const problems: string[] = [];
    for (const c of file.cases) {
      if (c.questionId !== file.questionId) problems.push(`${c.id}: question ${c.questionId}`);
      const path = c.path === undefined ? null : question?.paths?.find((p) => p.id === c.path);
      if (path === undefined) problems.push(`${c.id}: unknown path ${c.path}`);
      const points = (path ?? question)?.talkingPoints.map((p) => p.id) ?? [];
      for (const point of c.points) {
        if (!points.includes(point)) problems.push(`${c.id}: unknown point ${point}`);
      }
      if (new Set(c.points).size !== c.points.length) problems.push(`${c.id}: repeated point`);
    }
    expect(problems).toEqual([]);
  });

  it('labels every scored flag at least once and both clean and flagged answers', () => {
    const labelled = new Set(ALL_CASES.flatMap((c) => c.flags));
    for (const code of SCORED_FLAGS) expect(labelled.has(code), code).toBe(true);
    expect(ALL_CASES.filter((c) => c.flags.length === 0).length).toBeGreaterThan(100);
  });
});

describe('the analyser on the evaluation set', () => {
  it('meets the targets: flags precision ≥ 0.9 and recall ≥ 0.8, points recall ≥ 0.8', () => {
    const result = evaluateAnalyser(EVAL_SET, findQuestion, (question, answer) =>
      analyseAnswer({ question, answer }),
    );
    expect(result.cases).toBe(ALL_CASES.length);
    expect(result.flags.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.flags.overall.recall).toBeGreaterThanOrEqual(0.8);
    expect(result.points.overall.recall).toBeGreaterThanOrEqual(0.8);
    // No single flag may be far off even when the overall figure is fine.
    for (const [code, score] of Object.entries(result.flags.byCode)) {
      expect(score.recall ?? 1, code).toBeGreaterThanOrEqual(0.6);
      expect(score.precision ?? 1, code).toBeGreaterThanOrEqual(0.6);
    }
  }, 120_000);
});

describe('evaluateAnalyser', () => {
  const question = findQuestion('img-why-us');
  if (question === undefined) throw new Error('img-why-us is missing');
  const file = {
    questionId: 'img-why-us',
    cases: [
      {
        id: 'x-001',
        questionId: 'img-why-us',
        answer: 'a',
        flags: ['money-or-prestige'],
        points: ['goals'],
      },
    ],
  };
  const report = (flags: string[], covered: string[]) =>
    ({
      ...analyseAnswer({ question, answer: 'I like it.' }),
      redFlags: flags.map((code) => ({
        code,
        evidence: null,
        message: '',
        source: 'analyser',
        occurrences: 1,
      })),
      talkingPoints: question.talkingPoints.map((p) => ({
        id: p.id,
        label: p.label,
        covered: covered.includes(p.id),
        evidence: null,
        matched: null,
      })),
    }) as ReturnType<typeof analyseAnswer>;

  it('counts hits, extras and misses by hand-computed example', () => {
    const result = evaluateAnalyser([file], findQuestion, () =>
      report(['money-or-prestige', 'overpraises-us'], ['goals', 'experience']),
    );
    expect(result.flags.overall).toEqual({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 0,
      precision: 0.5,
      recall: 1,
    });
    expect(result.points.overall.precision).toBe(0.5);
    expect(result.points.overall.recall).toBe(1);
    expect(result.mismatches).toEqual([
      { caseId: 'x-001', kind: 'flag', key: 'overpraises-us', error: 'extra' },
      { caseId: 'x-001', kind: 'point', key: 'img-why-us/default/experience', error: 'extra' },
    ]);
  });

  it('ignores flags outside the scored set and reports a miss', () => {
    const result = evaluateAnalyser([file], findQuestion, () => report(['generic-answer'], []));
    expect(result.flags.overall.falseNegatives).toBe(1);
    expect(result.flags.overall.falsePositives).toBe(0);
    expect(result.points.overall.recall).toBe(0);
  });
});
