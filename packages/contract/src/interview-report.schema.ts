import {
  type AnswerReport as CoreAnswerReport,
  DIRECTIONS,
  FILLER_KINDS,
  LEVELS,
  PRACTICE_RATINGS,
  PRIORITY_CODES,
  RED_FLAG_CODES,
  RED_FLAG_SOURCES,
  SECONDS_SOURCES,
  STAR_CHECK_CODES,
  TIME_BAND_VERDICTS,
} from '@matchready/core/vocabulary';
import { z } from 'zod';
import { describes } from './core-record.ts';

/** The offline analyser's report (`AnswerReport`, core vocabulary) as the API sends it. */

/** Red-flag codes; docs/interview-red-flags.md documents each trigger. */
export const redFlagCodeSchema = z.enum(RED_FLAG_CODES);

export const practiceRatingSchema = z.enum(PRACTICE_RATINGS, {
  error: 'Rating must be again, hard, good or easy',
});
export type PracticeRating = z.infer<typeof practiceRatingSchema>;

export const timeBandVerdictSchema = z.enum(TIME_BAND_VERDICTS);

const level = z.enum(LEVELS);
const count = z.int().min(0);
const evidence = z.string().nullable();
const phraseCount = z.object({ phrase: z.string(), count });

const starPart = z.object({ present: z.boolean(), evidence });

const starSchema = z.object({
  situation: starPart,
  task: starPart,
  action: starPart,
  result: starPart,
  learning: starPart,
  iCount: count,
  weCount: count,
  iWeRatio: z.number().nullable(),
  proportions: z.object({ setup: z.number(), action: z.number(), resultAndLearning: z.number() }),
  checks: z.array(z.object({ code: z.enum(STAR_CHECK_CODES), message: z.string(), evidence })),
});

const redFlagHitSchema = z.object({
  code: redFlagCodeSchema,
  evidence,
  message: z.string(),
  source: z.enum(RED_FLAG_SOURCES),
  occurrences: count,
});

export const prioritySchema = z.object({
  code: z.enum(PRIORITY_CODES),
  title: z.string(),
  detail: z.string(),
  evidence,
});

const metricDelta = z.object({
  previous: z.number().nullable(),
  current: z.number().nullable(),
  delta: z.number().nullable(),
  direction: z.enum(DIRECTIONS),
});
const attemptComparison = z.object({
  wordCount: metricDelta,
  fillersPer100Words: metricDelta,
  talkingPointsCovered: metricDelta,
  redFlags: metricDelta,
});

const talkingPointResultSchema = z.object({
  id: z.string(),
  label: z.string(),
  covered: z.boolean(),
  evidence,
  matched: z.string().nullable(),
  optional: z.boolean().optional(),
});

export const answerReportSchema = describes<CoreAnswerReport>()(
  z
    .object({
      schemaVersion: z.literal(1),
      questionId: z.string(),
      wordCount: count,
      sentenceCount: count,
      estimatedSeconds: z.number(),
      seconds: z.number(),
      secondsSource: z.enum(SECONDS_SOURCES),
      targetSeconds: z.object({ min: z.number(), max: z.number() }),
      timeBand: timeBandVerdictSchema,
      wordsPerMinute: z.number().nullable(),
      paceLevel: level.nullable(),
      fillersMeasured: z.boolean(),
      fillersPer100Words: z.number().nullable(),
      discourseFillersPer100Words: z.number(),
      fillerLevel: level.nullable(),
      fillers: z.array(phraseCount.extend({ kind: z.enum(FILLER_KINDS) })),
      hedges: z.array(phraseCount),
      hedgesPer100Words: z.number(),
      path: z.object({ id: z.string(), label: z.string() }).nullable().optional(),
      talkingPoints: z.array(talkingPointResultSchema),
      talkingPointsCovered: count,
      star: starSchema.nullable(),
      redFlags: z.array(redFlagHitSchema),
      specificity: z.object({
        numbers: count,
        namedEntities: count,
        concreteExamples: count,
        numbersPer100Words: z.number(),
        namedEntitiesPer100Words: z.number(),
        concreteExamplesPer100Words: z.number(),
        specifics: z.array(z.string()),
      }),
      repeatedWords: z.array(phraseCount),
      programFit: z
        .object({ mentioned: z.array(z.string()), missing: z.array(z.string()) })
        .nullable(),
      priorities: z.array(prioritySchema),
      comparison: z
        .object({ attempts: count, last: attemptComparison, best: attemptComparison })
        .nullable(),
      checklist: z.object({
        redFlags: count,
        missingCoreTalkingPoints: count,
        timeOutOfBand: z.boolean(),
        allGreen: z.boolean(),
      }),
      suggestedRating: practiceRatingSchema,
    })
    .meta({ id: 'AnswerReport' }),
);
export type AnswerReport = z.infer<typeof answerReportSchema>;

/** What a red flag means and what to try instead (from the core's RED_FLAG_DOCS). */
export const redFlagDocSchema = z.object({
  code: redFlagCodeSchema,
  title: z.string(),
  advice: z.string(),
});
export type RedFlagDoc = z.infer<typeof redFlagDocSchema>;
