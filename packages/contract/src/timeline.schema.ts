import {
  MILESTONE_CATEGORIES,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  type Milestone,
  NEXT_STEP_ORIGINS,
  NEXT_STEP_REASONS,
  type NextStep,
  TASK_KINDS,
  TIMELINE_FIRST_SEASON,
  TIMELINE_LAST_SEASON,
} from '@matchready/core/vocabulary';
import { z } from 'zod';
import { calendarDateSchema, idSchema, timestampSchema } from './common.schema.ts';
import { describes } from './core-record.ts';

export const seasonSchema = z
  .int('The season is a Match year such as 2027')
  .min(TIMELINE_FIRST_SEASON, `Seasons from ${TIMELINE_FIRST_SEASON} are supported`)
  .max(TIMELINE_LAST_SEASON, `Seasons up to ${TIMELINE_LAST_SEASON} are supported`);

const sourceRefSchema = z.object({ id: z.string(), title: z.string(), url: z.string() });

export const milestoneSchema = describes<Milestone>()(
  z
    .object({
      id: z.string(),
      title: z.string(),
      due: z.string(),
      status: z.enum(MILESTONE_STATUSES),
      kind: z.enum(MILESTONE_KINDS),
      category: z.enum(MILESTONE_CATEGORIES),
      dependsOn: z.array(z.string()),
      source: sourceRefSchema.nullable(),
      derived: z.boolean(),
      rule: z.string().nullable(),
      detail: z.string(),
    })
    .meta({ id: 'Milestone' }),
);

export const nextStepSchema = describes<NextStep>()(
  z.object({
    origin: z.enum(NEXT_STEP_ORIGINS),
    id: z.string(),
    title: z.string(),
    due: z.string().nullable(),
    reason: z.enum(NEXT_STEP_REASONS),
    message: z.string(),
  }),
);

const trimmed = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${label} cannot be blank`)
    .max(max, `${label} is at most ${max} characters`);

export const taskInputSchema = z.object({
  kind: z.enum(TASK_KINDS),
  title: trimmed('The title', 120).nullish(),
  due: calendarDateSchema,
  done: z.boolean().optional(),
  detail: z.string().trim().max(1000, 'Notes are at most 1,000 characters').nullish(),
});
export type TaskInput = z.infer<typeof taskInputSchema>;

export const interviewInputSchema = z.object({
  program: trimmed('The program', 160),
  date: calendarDateSchema,
  interviewers: z
    .array(trimmed('An interviewer name', 120))
    .max(10, 'At most 10 interviewers')
    .optional(),
  detail: z.string().trim().max(300, 'One thing discussed: at most 300 characters').nullish(),
  thankYouSent: z.boolean().optional(),
});
export type InterviewInput = z.infer<typeof interviewInputSchema>;

export const timelineTaskSchema = z
  .object({
    id: idSchema,
    kind: z.enum(TASK_KINDS),
    title: z.string().nullable(),
    due: z.string(),
    done: z.boolean(),
    detail: z.string().nullable(),
    createdAt: timestampSchema,
  })
  .meta({ id: 'TimelineTask' });
export type TimelineTask = z.infer<typeof timelineTaskSchema>;

export const timelineInterviewSchema = z
  .object({
    id: idSchema,
    program: z.string(),
    date: z.string(),
    interviewers: z.array(z.string()),
    detail: z.string().nullable(),
    thankYouSent: z.boolean(),
    createdAt: timestampSchema,
  })
  .meta({ id: 'TimelineInterview' });
export type TimelineInterview = z.infer<typeof timelineInterviewSchema>;

export const timelineSettingsSchema = z.object({
  season: z.int().nullable(),
  digestEnabled: z.boolean(),
  completed: z.array(z.string()),
  calendarFeed: z.boolean(),
  /** IANA zone the daily reminder follows (from 07:00 there); null = none chosen. */
  timeZone: z.string().nullable(),
});

export const timelineSettingsInputSchema = z.object({
  /** null = follow the current season. */
  season: seasonSchema.nullable(),
  digestEnabled: z.boolean(),
  completed: z.array(z.string().max(200)).max(200, 'At most 200 ticked milestones'),
  /** IANA zone for the daily reminder (checked by the server); left out keeps the stored one. */
  timeZone: z.string().min(1).max(64).nullable().optional(),
});
export type TimelineSettingsInput = z.infer<typeof timelineSettingsInputSchema>;

export const timelineResponseSchema = z.object({
  season: z.int(),
  today: z.string(),
  milestones: z.array(milestoneSchema),
  tasks: z.array(timelineTaskSchema),
  interviews: z.array(timelineInterviewSchema),
  settings: timelineSettingsSchema,
  /** False until the profile answers the applicant type and the visa plan. */
  profileComplete: z.boolean(),
});
export type TimelineResponse = z.infer<typeof timelineResponseSchema>;

export const taskResponseSchema = z.object({ task: timelineTaskSchema });
export const interviewResponseSchema = z.object({ interview: timelineInterviewSchema });
export const nextStepsResponseSchema = z.object({ steps: z.array(nextStepSchema) });
export type NextStepsResponse = z.infer<typeof nextStepsResponseSchema>;

/** The secret feed URL: shown once, when made (only its hash is stored). */
export const calendarFeedResponseSchema = z.object({ url: z.string() });
export const calendarTokenParamsSchema = z.object({
  token: z.string().min(20).max(100),
});

/** The timeline's part of the account export. */
export const timelineExportSchema = z.object({
  settings: timelineSettingsSchema.nullable(),
  tasks: z.array(timelineTaskSchema),
  interviews: z.array(timelineInterviewSchema),
});
