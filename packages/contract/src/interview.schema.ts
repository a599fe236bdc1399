import {
  CARD_PHASES,
  COMPETENCIES,
  type InterviewQuestion as CoreInterviewQuestion,
  INTERVIEW_THEMES,
  type PracticeCardState,
  QUESTION_AUDIENCES,
  QUESTION_CONDITIONS,
  QUESTION_PRIORITIES,
  QUESTION_TYPES,
} from '@matchready/core/vocabulary';
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.schema.ts';
import { describes } from './core-record.ts';
import {
  answerReportSchema,
  practiceRatingSchema,
  redFlagCodeSchema,
  redFlagDocSchema,
} from './interview-report.schema.ts';

export const interviewThemeSchema = z.enum(INTERVIEW_THEMES, {
  error: `Theme must be one of ${INTERVIEW_THEMES.join(', ')}`,
});
export type InterviewTheme = z.infer<typeof interviewThemeSchema>;

const questionType = z.enum(QUESTION_TYPES);
const competency = z.enum(COMPETENCIES);

/** Bank ids are stable kebab-case (`img-why-us`). */
export const questionIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Question ids are lower-case words joined by hyphens')
  .max(80);
export const questionParamsSchema = z.object({ id: questionIdSchema });

const timeBandSchema = z.object({ minSeconds: z.number(), maxSeconds: z.number() });

const questionSummarySchema = z.object({
  id: questionIdSchema,
  theme: interviewThemeSchema,
  type: questionType,
  prompt: z.string(),
  competencies: z.array(competency),
  timeBand: timeBandSchema,
  star: z.boolean(),
  priority: z.literal(QUESTION_PRIORITIES),
});

const talkingPointSchema = z.object({
  id: z.string(),
  label: z.string(),
  guidance: z.string(),
  synonyms: z.array(z.string()),
  optional: z.boolean().optional(),
});

/** A bank question with its guidance. The UI shows the sample answer only after an attempt. */
const interviewQuestionSchema = describes<CoreInterviewQuestion>()(
  questionSummarySchema
    .extend({
      alternatives: z.array(z.string()),
      whyAsked: z.string(),
      audience: z.enum(QUESTION_AUDIENCES),
      askWhen: z.array(z.enum(QUESTION_CONDITIONS)).optional(),
      talkingPoints: z.array(talkingPointSchema),
      paths: z
        .array(
          z.object({
            id: z.string(),
            label: z.string(),
            guidance: z.string(),
            cues: z.array(z.string()),
            talkingPoints: z.array(talkingPointSchema),
            sampleAnswer: z.string(),
          }),
        )
        .optional(),
      pitfalls: z.array(
        z.object({
          code: redFlagCodeSchema,
          description: z.string(),
          phrases: z.array(z.string()),
        }),
      ),
      sampleAnswer: z.string(),
    })
    .meta({ id: 'InterviewQuestion' }),
);
export type InterviewQuestion = z.infer<typeof interviewQuestionSchema>;

export const listQuestionsQuerySchema = z.object({ theme: interviewThemeSchema.optional() });

export const questionListResponseSchema = z.object({
  questions: z.array(questionSummarySchema),
  themes: z.array(z.object({ theme: interviewThemeSchema, label: z.string(), count: z.int() })),
});
export type QuestionListResponse = z.infer<typeof questionListResponseSchema>;

export const questionResponseSchema = z.object({
  question: interviewQuestionSchema,
  /** Title and advice for each red flag the question's pitfalls name. */
  redFlagDocs: z.array(redFlagDocSchema),
  /** Advice for every question (pause before you answer…). */
  tips: z.array(z.object({ id: z.string(), title: z.string(), text: z.string() })),
});
export type QuestionResponse = z.infer<typeof questionResponseSchema>;

const ANSWER_SOURCES = ['typed', 'speech'] as const;
const answerSourceSchema = z.enum(ANSWER_SOURCES, {
  error: 'Source must be typed or speech',
});
export type AnswerSource = z.infer<typeof answerSourceSchema>;

/** A 3-minute answer is about 500 words; this leaves room for long typed drafts. */
export const MAX_ANSWER_CHARACTERS = 10_000;

/** One answer, typed or transcribed (and possibly edited) in the browser. */
export const answerInputSchema = z.object({
  answer: z
    .string()
    .max(MAX_ANSWER_CHARACTERS, `Answers are at most ${MAX_ANSWER_CHARACTERS} characters`)
    .refine((text) => text.trim().length > 0, 'Type or say your answer first'),
  /** Measured speaking time; without it, time is estimated from the words. */
  speakingSeconds: z.number().positive().max(1800, 'At most 30 minutes').optional(),
  source: answerSourceSchema,
  /** False when speech recognition strips "um"/"uh"; defaults to false for speech, true for typed. */
  fillersMeasured: z.boolean().optional(),
});

export const createAttemptRequestSchema = answerInputSchema.extend({
  questionId: questionIdSchema,
});
export type CreateAttemptRequest = z.infer<typeof createAttemptRequestSchema>;

export const interviewAttemptSchema = z
  .object({
    id: idSchema,
    questionId: questionIdSchema,
    answer: z.string(),
    speakingSeconds: z.number().nullable(),
    fillersMeasured: z.boolean(),
    source: answerSourceSchema,
    report: answerReportSchema,
    rating: practiceRatingSchema.nullable(),
    ratedAt: timestampSchema.nullable(),
    mockId: idSchema.nullable(),
    createdAt: timestampSchema,
  })
  .meta({ id: 'InterviewAttempt' });

const attemptListItemSchema = z.object({
  id: idSchema,
  questionId: questionIdSchema,
  createdAt: timestampSchema,
  source: answerSourceSchema,
  rating: practiceRatingSchema.nullable(),
  mockId: idSchema.nullable(),
  wordCount: z.int(),
  seconds: z.number(),
  talkingPointsCovered: z.int(),
  talkingPointsTotal: z.int(),
  redFlags: z.array(redFlagCodeSchema),
  suggestedRating: practiceRatingSchema,
});
export type AttemptListItem = z.infer<typeof attemptListItemSchema>;

export const listAttemptsQuerySchema = z.object({ questionId: questionIdSchema.optional() });

export const attemptListResponseSchema = z.object({ attempts: z.array(attemptListItemSchema) });
export type AttemptListResponse = z.infer<typeof attemptListResponseSchema>;

export const attemptResponseSchema = z.object({
  attempt: interviewAttemptSchema,
  report: answerReportSchema,
  /** Title and advice for each red flag in the report. */
  redFlagDocs: z.array(redFlagDocSchema),
});
export type AttemptResponse = z.infer<typeof attemptResponseSchema>;

export const rateAttemptRequestSchema = z.object({ rating: practiceRatingSchema });

const cardPhase = z.enum(CARD_PHASES);

/** FSRS state of one (user × question) practice card. */
const practiceCardStateSchema = describes<PracticeCardState>()(
  z.object({
    due: timestampSchema,
    stability: z.number(),
    difficulty: z.number(),
    scheduledDays: z.number(),
    learningSteps: z.number(),
    reps: z.int(),
    lapses: z.int(),
    phase: cardPhase,
    lastReview: timestampSchema.nullable(),
  }),
);

export const practiceCardSchema = z
  .object({
    questionId: questionIdSchema,
    state: practiceCardStateSchema,
    dueAt: timestampSchema,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .meta({ id: 'PracticeCard' });

export const rateAttemptResponseSchema = z.object({ card: practiceCardSchema });
export type RateAttemptResponse = z.infer<typeof rateAttemptResponseSchema>;

const scheduledQuestion = z.object({
  questionId: questionIdSchema,
  prompt: z.string(),
  theme: interviewThemeSchema,
  dueAt: timestampSchema,
  phase: cardPhase,
});

export const dueResponseSchema = z.object({
  /** Cards due now, most overdue first. */
  due: z.array(scheduledQuestion),
  /** The next cards coming due, soonest first (at most 10). */
  upcoming: z.array(scheduledQuestion),
  /** Questions never practised, IMG core first, within today's cap on new questions. */
  newQuestions: z.array(questionSummarySchema),
});
export type DueResponse = z.infer<typeof dueResponseSchema>;

const trendPointSchema = z.object({
  attemptId: idSchema,
  createdAt: timestampSchema,
  wordCount: z.int(),
  fillersPer100Words: z.number().nullable(),
  wordsPerMinute: z.number().nullable(),
  talkingPointsCovered: z.int(),
  redFlags: z.int(),
});

export const progressResponseSchema = z.object({
  totalAttempts: z.int(),
  themes: z.array(
    z.object({
      theme: interviewThemeSchema,
      label: z.string(),
      attempts: z.int(),
      questionsPractised: z.int(),
      questionsInBank: z.int(),
    }),
  ),
  coverage: z.object({ practised: z.int(), total: z.int() }),
  /** One entry per practised question, most recently practised first; points oldest first. */
  questions: z.array(
    z.object({
      questionId: questionIdSchema,
      prompt: z.string(),
      theme: interviewThemeSchema,
      talkingPointsTotal: z.int(),
      points: z.array(trendPointSchema),
    }),
  ),
});
export type ProgressResponse = z.infer<typeof progressResponseSchema>;
