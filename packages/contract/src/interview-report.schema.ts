import { z } from 'zod';

/**
 * The offline analyser's report (`AnswerReport` in @matchready/core/interview) as the API sends
 * it. The contract cannot import the core, so the shape is restated here; the server's typed
 * handlers fail to compile if the two drift apart.
 */

/** Red-flag codes; docs/interview-red-flags.md documents each trigger. */
export const INTERVIEW_RED_FLAG_CODES = [
  'criticises-home-country',
  'overpraises-us',
  'money-or-prestige',
  'personal-reason-as-main-motive',
  'blames-others',
  'excuse-for-scores',
  'evasive-about-weakness',
  'generic-answer',
  'we-instead-of-i',
  'demanding-visa-talk',
  'solicits-rank-information',
  'sounds-memorised',
  'overlong-explanation',
] as const;
export const redFlagCodeSchema = z.enum(INTERVIEW_RED_FLAG_CODES);
export type RedFlagCode = z.infer<typeof redFlagCodeSchema>;

export const PRACTICE_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export const practiceRatingSchema = z.enum(PRACTICE_RATINGS, {
  error: 'Rating must be again, hard, good or easy',
});
export type PracticeRating = z.infer<typeof practiceRatingSchema>;

const level = z.enum(['green', 'amber', 'red']);
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
  checks: z.array(
    z.object({
      code: z.enum([
        'no-specific-situation',
        'no-clear-result',
        'mostly-we',
        'long-setup',
        'short-action',
        'short-result',
      ]),
      message: z.string(),
      evidence,
    }),
  ),
});

export const redFlagHitSchema = z.object({
  code: redFlagCodeSchema,
  evidence,
  message: z.string(),
  source: z.enum(['analyser', 'question']),
  occurrences: count,
});
export type RedFlagHit = z.infer<typeof redFlagHitSchema>;

export const PRIORITY_CODES = [
  ...INTERVIEW_RED_FLAG_CODES,
  'missing-talking-points',
  'star-structure',
  'time-band',
  'pace',
  'fillers',
  'hedges',
  'repeated-words',
  'empty-answer',
  'well-done',
] as const;

export const prioritySchema = z.object({
  code: z.enum(PRIORITY_CODES),
  title: z.string(),
  detail: z.string(),
  evidence,
});
export type Priority = z.infer<typeof prioritySchema>;

const metricDelta = z.object({
  previous: z.number().nullable(),
  current: z.number().nullable(),
  delta: z.number().nullable(),
  direction: z.enum(['better', 'worse', 'same']),
});
const attemptComparison = z.object({
  wordCount: metricDelta,
  fillersPer100Words: metricDelta,
  talkingPointsCovered: metricDelta,
  redFlags: metricDelta,
});

export const talkingPointResultSchema = z.object({
  id: z.string(),
  label: z.string(),
  covered: z.boolean(),
  evidence,
  matched: z.string().nullable(),
});

export const answerReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    questionId: z.string(),
    wordCount: count,
    sentenceCount: count,
    estimatedSeconds: z.number(),
    seconds: z.number(),
    secondsSource: z.enum(['measured', 'estimated']),
    targetSeconds: z.object({ min: z.number(), max: z.number() }),
    timeBand: z.enum(['short', 'ok', 'long']),
    wordsPerMinute: z.number().nullable(),
    paceLevel: level.nullable(),
    fillersMeasured: z.boolean(),
    fillersPer100Words: z.number().nullable(),
    discourseFillersPer100Words: z.number(),
    fillerLevel: level.nullable(),
    fillers: z.array(phraseCount.extend({ kind: z.enum(['filled-pause', 'discourse']) })),
    hedges: z.array(phraseCount),
    hedgesPer100Words: z.number(),
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
  .meta({ id: 'AnswerReport' });
export type AnswerReport = z.infer<typeof answerReportSchema>;

/** What a red flag means and what to try instead (from the core's RED_FLAG_DOCS). */
export const redFlagDocSchema = z.object({
  code: redFlagCodeSchema,
  title: z.string(),
  advice: z.string(),
});
export type RedFlagDoc = z.infer<typeof redFlagDocSchema>;
