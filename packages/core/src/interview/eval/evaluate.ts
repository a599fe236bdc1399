// Precision and recall of the answer analyser against the hand-labelled evaluation set
// (cases/*.json, decision 036). The expected labels were written by hand for each answer; this
// module only compares them with what analyseAnswer reports. Pure; O(cases × analysis).
import type { AnswerReport, InterviewQuestion, RedFlagCode } from '../../vocabulary/interview.ts';

/**
 * The red flags the set labels: judgements about content. The measured ones (generic-answer,
 * we-instead-of-i, sounds-memorised, overlong-explanation) depend on counts and timings that unit
 * tests pin down, and short labelled answers cannot exercise them fairly.
 */
export const SCORED_FLAGS = [
  'criticises-home-country',
  'overpraises-us',
  'money-or-prestige',
  'personal-reason-as-main-motive',
  'blames-others',
  'excuse-for-scores',
  'evasive-about-weakness',
  'demanding-visa-talk',
  'solicits-rank-information',
] as const satisfies readonly RedFlagCode[];

export interface EvalCase {
  readonly id: string;
  readonly questionId: string;
  /** A fictional applicant's answer, in our own words. */
  readonly answer: string;
  /** Scored red flags a careful reader would raise. */
  readonly flags: readonly string[];
  /** Talking points (of the path, when given) the answer covers. */
  readonly points: readonly string[];
  /** The question's answer path the answer takes; absent = the question's own points. */
  readonly path?: string;
}

export interface EvalFile {
  readonly questionId: string;
  readonly cases: readonly EvalCase[];
}

export interface Score {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** null when nothing was predicted (precision) or expected (recall). */
  readonly precision: number | null;
  readonly recall: number | null;
}

export interface Mismatch {
  readonly caseId: string;
  readonly kind: 'flag' | 'point' | 'path';
  /** The flag code, `question/path/point` key or path id. */
  readonly key: string;
  /** false negative (expected, not reported) or false positive (reported, not expected). */
  readonly error: 'missed' | 'extra';
}

export interface EvalResult {
  readonly cases: number;
  readonly flags: { readonly overall: Score; readonly byCode: Readonly<Record<string, Score>> };
  readonly points: { readonly overall: Score; readonly byPoint: Readonly<Record<string, Score>> };
  readonly pathAccuracy: number | null;
  readonly mismatches: readonly Mismatch[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(c: Counts): Score {
  return {
    truePositives: c.tp,
    falsePositives: c.fp,
    falseNegatives: c.fn,
    precision: c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn),
  };
}

function tally(
  table: Map<string, Counts>,
  overall: Counts,
  expected: ReadonlySet<string>,
  actual: ReadonlySet<string>,
  onMiss: (key: string, error: Mismatch['error']) => void,
): void {
  for (const key of new Set([...expected, ...actual])) {
    const counts = table.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    table.set(key, counts);
    if (expected.has(key) && actual.has(key)) {
      counts.tp += 1;
      overall.tp += 1;
    } else if (expected.has(key)) {
      counts.fn += 1;
      overall.fn += 1;
      onMiss(key, 'missed');
    } else {
      counts.fp += 1;
      overall.fp += 1;
      onMiss(key, 'extra');
    }
  }
}

const pointKey = (questionId: string, path: string | undefined, point: string): string =>
  `${questionId}/${path ?? 'default'}/${point}`;

/**
 * Runs `analyse` on every case and compares with the labels. `findQuestion` resolves the ids; a
 * case whose question is unknown is a programmer error (the set's test checks every id).
 */
export function evaluateAnalyser(
  files: readonly EvalFile[],
  findQuestion: (id: string) => InterviewQuestion | undefined,
  analyse: (question: InterviewQuestion, answer: string) => AnswerReport,
): EvalResult {
  const scored = new Set<string>(SCORED_FLAGS);
  const flagTable = new Map<string, Counts>(SCORED_FLAGS.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const pointTable = new Map<string, Counts>();
  const flagOverall: Counts = { tp: 0, fp: 0, fn: 0 };
  const pointOverall: Counts = { tp: 0, fp: 0, fn: 0 };
  const mismatches: Mismatch[] = [];
  let cases = 0;
  let pathRight = 0;
  let pathCases = 0;
  for (const file of files) {
    for (const c of file.cases) {
      const question = findQuestion(c.questionId);
      if (question === undefined) throw new Error(`eval case ${c.id}: unknown question`);
      cases += 1;
      const report = analyse(question, c.answer);
      const reported = new Set(report.redFlags.map((f) => f.code).filter((f) => scored.has(f)));
      tally(flagTable, flagOverall, new Set(c.flags), reported, (key, error) =>
        mismatches.push({ caseId: c.id, kind: 'flag', key, error }),
      );
      const actualPath = report.path?.id;
      if (question.paths !== undefined) {
        pathCases += 1;
        if (actualPath === c.path) pathRight += 1;
        else
          mismatches.push({
            caseId: c.id,
            kind: 'path',
            key: actualPath ?? 'default',
            error: 'extra',
          });
      }
      const expectedPoints = new Set(c.points.map((p) => pointKey(c.questionId, c.path, p)));
      const coveredPoints = new Set(
        report.talkingPoints
          .filter((p) => p.covered)
          .map((p) => pointKey(c.questionId, actualPath, p.id)),
      );
      tally(pointTable, pointOverall, expectedPoints, coveredPoints, (key, error) =>
        mismatches.push({ caseId: c.id, kind: 'point', key, error }),
      );
    }
  }
  const byKey = (table: Map<string, Counts>) =>
    Object.fromEntries(
      [...table].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, score(v)]),
    );
  return {
    cases,
    flags: { overall: score(flagOverall), byCode: byKey(flagTable) },
    points: { overall: score(pointOverall), byPoint: byKey(pointTable) },
    pathAccuracy: pathCases === 0 ? null : pathRight / pathCases,
    mismatches,
  };
}
