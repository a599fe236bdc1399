import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  COMPETENCIES,
  INTERVIEW_THEMES,
  type InterviewQuestion,
  QUESTION_AUDIENCES,
  QUESTION_CONDITIONS,
  QUESTION_TYPES,
  RED_FLAG_CODES,
} from '../../vocabulary/interview.ts';
import { findQuestion, QUESTION_BANK } from './index.ts';

const WORDS_PER_MINUTE = 130;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1);
const lowerCasePhrase = text.refine((s) => s === s.toLowerCase(), 'must be lower-case');

const talkingPointSchema = z.strictObject({
  id: z.string().regex(KEBAB),
  label: text,
  guidance: text,
  synonyms: z.array(lowerCasePhrase).min(4).max(10),
  optional: z.boolean().optional(),
});

const pathSchema = z.strictObject({
  id: z.string().regex(KEBAB),
  label: text,
  guidance: text,
  cues: z.array(lowerCasePhrase).min(2),
  talkingPoints: z.array(talkingPointSchema).min(2).max(5),
  sampleAnswer: text,
});

const questionSchema = z
  .strictObject({
    id: z.string().regex(KEBAB),
    theme: z.enum(INTERVIEW_THEMES),
    type: z.enum(QUESTION_TYPES),
    prompt: text,
    audience: z.enum(QUESTION_AUDIENCES),
    askWhen: z.array(z.enum(QUESTION_CONDITIONS)).min(1).optional(),
    paths: z.array(pathSchema).min(2).optional(),
    alternatives: z.array(text).min(2).max(4),
    competencies: z.array(z.enum(COMPETENCIES)).min(1),
    timeBand: z
      .strictObject({
        minSeconds: z.number().int().positive(),
        maxSeconds: z.number().int().positive(),
      })
      .refine((b) => b.minSeconds < b.maxSeconds, 'minSeconds must be below maxSeconds'),
    whyAsked: text,
    talkingPoints: z.array(talkingPointSchema).min(3).max(6),
    pitfalls: z
      .array(
        z.strictObject({
          code: z.enum(RED_FLAG_CODES),
          description: text,
          phrases: z.array(lowerCasePhrase).min(1),
        }),
      )
      .min(1),
    sampleAnswer: text,
    star: z.boolean(),
    priority: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  })
  .superRefine((q, ctx) => {
    const ids = q.talkingPoints.map((p) => p.id);
    if (new Set(ids).size !== ids.length) {
      ctx.addIssue({
        code: 'custom',
        message: 'talking-point ids repeat',
        path: ['talkingPoints'],
      });
    }
    const words = wordCount(q.sampleAnswer);
    const min = (q.timeBand.minSeconds / 60) * WORDS_PER_MINUTE;
    const max = ((q.timeBand.maxSeconds * 1.2) / 60) * WORDS_PER_MINUTE;
    if (words < min || words > max) {
      ctx.addIssue({
        code: 'custom',
        message: `sample answer has ${words} words, outside [${Math.ceil(min)}, ${Math.floor(max)}]`,
        path: ['sampleAnswer'],
      });
    }
    if (q.type === 'behavioural' && !q.star) {
      ctx.addIssue({ code: 'custom', message: 'behavioural questions need star', path: ['star'] });
    }
  });

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => w.length > 0).length;
}

function coveredPoints(q: InterviewQuestion): number {
  const answer = q.sampleAnswer.toLowerCase();
  return q.talkingPoints.filter((p) => p.synonyms.some((s) => answer.includes(s))).length;
}

describe('QUESTION_BANK', () => {
  it.each(QUESTION_BANK.map((q) => [q.id, q] as const))('%s matches the schema', (_id, q) => {
    const result = questionSchema.safeParse(q);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('holds at least 90 questions with unique ids', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(90);
    const ids = QUESTION_BANK.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has at least six questions in every theme, and the IMG theme deepest', () => {
    const counts = new Map(INTERVIEW_THEMES.map((t) => [t, 0]));
    for (const q of QUESTION_BANK) counts.set(q.theme, (counts.get(q.theme) ?? 0) + 1);
    for (const theme of INTERVIEW_THEMES) expect(counts.get(theme)).toBeGreaterThanOrEqual(6);
    const img = counts.get('img') ?? 0;
    for (const [theme, n] of counts) if (theme !== 'img') expect(img).toBeGreaterThan(n);
  });

  it('keeps the stable ids of the core IMG questions', () => {
    expect(findQuestion('img-why-us')?.prompt).toBe(
      'Why did you choose to pursue residency in the US?',
    );
    for (const id of [
      'img-why-abroad',
      'img-home-health-system',
      'img-visa-status',
      'img-low-score-or-gap',
    ]) {
      expect(findQuestion(id)?.theme, id).toBe('img');
      expect(findQuestion(id)?.priority, id).toBe(1);
    }
    expect(findQuestion('why-this-program')?.theme).toBe('motivation');
    expect(findQuestion('img-low-score-or-gap')?.type).toBe('red-flag');
  });

  it('marks every behavioural question for STAR analysis and only those', () => {
    for (const q of QUESTION_BANK) {
      expect(q.star, q.id).toBe(q.theme === 'behavioural');
      if (q.theme === 'behavioural') expect(q.type, q.id).toBe('behavioural');
    }
  });

  it('gives red-flag explanations IMG-core priority', () => {
    for (const q of QUESTION_BANK.filter((x) => x.type === 'red-flag')) {
      expect(q.priority, q.id).toBe(1);
    }
  });

  it('has synonyms realistic enough that each sample answer covers most of its own points', () => {
    const weak = QUESTION_BANK.filter((q) => coveredPoints(q) / q.talkingPoints.length < 0.6).map(
      (q) => `${q.id}: ${coveredPoints(q)}/${q.talkingPoints.length}`,
    );
    expect(weak).toEqual([]);
  });

  it('never trips its own pitfall phrases in its sample answer', () => {
    const hits = QUESTION_BANK.flatMap((q) => {
      const answer = q.sampleAnswer.toLowerCase();
      return q.pitfalls.flatMap((p) =>
        p.phrases.filter((phrase) => answer.includes(phrase)).map((phrase) => `${q.id}: ${phrase}`),
      );
    });
    expect(hits).toEqual([]);
  });

  it('does not ship the same sample answer twice or a prompt as its own alternative', () => {
    const answers = QUESTION_BANK.map((q) => q.sampleAnswer);
    expect(new Set(answers).size).toBe(answers.length);
    for (const q of QUESTION_BANK) expect(q.alternatives, q.id).not.toContain(q.prompt);
  });
});

describe('findQuestion', () => {
  it('finds a question by id and returns undefined for an unknown id', () => {
    expect(findQuestion('img-visa-status')?.id).toBe('img-visa-status');
    expect(findQuestion('no-such-question')).toBeUndefined();
  });
});
