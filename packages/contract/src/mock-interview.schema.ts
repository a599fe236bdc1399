import { z } from 'zod';
import { idSchema, timestampSchema } from './common.schema.ts';
import { answerInputSchema, interviewThemeSchema, questionIdSchema } from './interview.schema.ts';
import {
  practiceRatingSchema,
  prioritySchema,
  redFlagCodeSchema,
  timeBandVerdictSchema,
} from './interview-report.schema.ts';

/** IMG set, behavioural set, AAMC-style (30 s to read, 3 min hard cap), or a mix of themes. */
const MOCK_FORMATS = ['img', 'behavioural', 'aamc', 'mixed'] as const;
const mockFormatSchema = z.enum(MOCK_FORMATS, {
  error: 'Format must be img, behavioural, aamc or mixed',
});
export type MockFormat = z.infer<typeof mockFormatSchema>;

export const MAX_MOCK_QUESTIONS = 10;

export const createMockRequestSchema = z.object({
  format: mockFormatSchema,
  count: z
    .int('Choose a whole number of questions')
    .min(1, 'Choose at least 1 question')
    .max(MAX_MOCK_QUESTIONS, `Choose at most ${MAX_MOCK_QUESTIONS} questions`),
});
export type CreateMockRequest = z.infer<typeof createMockRequestSchema>;

const mockQuestionSchema = z.object({
  questionId: questionIdSchema,
  prompt: z.string(),
  theme: interviewThemeSchema,
  /** Time to read and think before the answer timer starts. */
  readSeconds: z.int(),
  /** The answer timer. */
  answerSeconds: z.int(),
  /** AAMC style: recording stops at the limit. Otherwise the timer informs and does not cut off. */
  hardStop: z.boolean(),
  /** The answer given in this mock, once there is one. */
  attemptId: idSchema.nullable(),
});

const mockQuestionResultSchema = z.object({
  questionId: questionIdSchema,
  prompt: z.string(),
  attemptId: idSchema.nullable(),
  wordCount: z.int(),
  seconds: z.number(),
  timeBand: timeBandVerdictSchema.nullable(),
  talkingPointsCovered: z.int(),
  talkingPointsTotal: z.int(),
  redFlags: z.array(z.object({ code: redFlagCodeSchema, evidence: z.string().nullable() })),
  fillersPer100Words: z.number().nullable(),
  wordsPerMinute: z.number().nullable(),
  suggestedRating: practiceRatingSchema.nullable(),
  /** The analyser's first priority for this answer. */
  priority: prioritySchema.nullable(),
});

/** One report for the whole mock (no feedback is shown between its questions). */
const mockSummarySchema = z.object({
  answered: z.int(),
  total: z.int(),
  questions: z.array(mockQuestionResultSchema),
  /** Red flags across the mock, most frequent first. */
  redFlags: z.array(
    z.object({
      code: redFlagCodeSchema,
      title: z.string(),
      advice: z.string(),
      questionIds: z.array(questionIdSchema),
    }),
  ),
  timeBands: z.object({ short: z.int(), ok: z.int(), long: z.int() }),
  averages: z.object({
    wordsPerMinute: z.number().nullable(),
    fillersPer100Words: z.number().nullable(),
    /** Talking points covered / talking points asked, over the answered questions (0–1). */
    talkingPointCoverage: z.number().nullable(),
  }),
  /** One or two things to work on first across the whole mock. */
  priorities: z.array(
    z.object({
      title: z.string(),
      detail: z.string(),
      evidence: z.string().nullable(),
      questionId: questionIdSchema.nullable(),
    }),
  ),
});
export type MockSummary = z.infer<typeof mockSummarySchema>;

export const mockInterviewSchema = z
  .object({
    id: idSchema,
    format: mockFormatSchema,
    label: z.string(),
    questions: z.array(mockQuestionSchema),
    startedAt: timestampSchema,
    completedAt: timestampSchema.nullable(),
    summary: mockSummarySchema.nullable(),
  })
  .meta({ id: 'MockInterview' });
export type MockInterview = z.infer<typeof mockInterviewSchema>;

export const mockResponseSchema = z.object({ mock: mockInterviewSchema });
export type MockResponse = z.infer<typeof mockResponseSchema>;

export const mockListResponseSchema = z.object({
  mocks: z.array(
    mockInterviewSchema.omit({ summary: true, questions: true }).extend({
      questionCount: z.int(),
      answered: z.int(),
    }),
  ),
});
export type MockListResponse = z.infer<typeof mockListResponseSchema>;

export const mockAnswerRequestSchema = answerInputSchema.extend({ questionId: questionIdSchema });
export type MockAnswerRequest = z.infer<typeof mockAnswerRequestSchema>;
