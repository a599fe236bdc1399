import {
  ASSIGNMENT_MODES,
  COMPATIBILITY_FACTORS,
  MENTOR_TYPES,
  PROGRAM_DRAFT_REASONS,
  PROGRAM_DRAFT_STATUSES,
  PROGRAM_INVITATION_STATUSES,
  PROGRAM_PARTICIPANT_ROLES,
  PROGRAM_RULE_KINDS,
  PULSE_QUESTIONS,
  type PulseQuestion,
  UNMATCHED_REASONS,
} from '@matchready/core/vocabulary';
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.schema.ts';

/** Organisation mentorship programs (issue 10; docs/mentorship-programs.md). */

/** People files are capped at 5 MB (10,000 rows fit easily); bigger uploads get 413. */
export const MAX_PEOPLE_IMPORT_BODY_BYTES = 6 * 1024 * 1024;

const date = z.iso.date({ error: 'Dates are written YYYY-MM-DD' });
const personIdSchema = z.string().min(1).max(64);

/** Whole numbers 0–100 per factor (the core's MAX_FACTOR_WEIGHT); a factor left out keeps its weight. */
const weight = z.int('A weight is a whole number').min(0).max(100);
export const programWeightsSchema = z.object(
  Object.fromEntries(COMPATIBILITY_FACTORS.map((f) => [f, weight])) as Record<
    (typeof COMPATIBILITY_FACTORS)[number],
    typeof weight
  >,
);

const settingsFields = {
  startsOn: date.nullable().optional(),
  endsOn: date.nullable().optional(),
  weights: programWeightsSchema.partial().optional(),
  mode: z.enum(ASSIGNMENT_MODES).optional(),
  minimumScore: z.number().min(0).max(600).nullable().optional(),
};

export const createMentorshipProgramRequestSchema = z.object({
  name: z.string().trim().min(1, 'Give the program a name').max(120),
  ...settingsFields,
});
export const updateMentorshipProgramRequestSchema = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  ...settingsFields,
});

export const mentorshipProgramSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    weights: programWeightsSchema,
    mode: z.enum(ASSIGNMENT_MODES),
    minimumScore: z.number().nullable(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .meta({ id: 'MentorshipProgram' });

export const mentorshipProgramsResponseSchema = z.object({
  programs: z.array(mentorshipProgramSchema),
});
export const mentorshipProgramResponseSchema = z.object({
  program: mentorshipProgramSchema.extend({
    counts: z.object({
      mentors: z.int().min(0),
      mentees: z.int().min(0),
      published: z.int().min(0),
    }),
  }),
});

export const programIdParamsSchema = z.object({ id: idSchema });
export const programDraftParamsSchema = z.object({ id: idSchema, draftId: idSchema });
export const programRoleParamsSchema = z.object({ role: z.enum(PROGRAM_PARTICIPANT_ROLES) });
export const programRuleParamsSchema = z.object({
  id: idSchema,
  kind: z.enum(PROGRAM_RULE_KINDS),
  mentee: personIdSchema,
  mentor: personIdSchema,
});

export const importProgramPeopleRequestSchema = z.object({
  role: z.enum(PROGRAM_PARTICIPANT_ROLES),
  content: z.string().min(1, 'The file is empty'),
});
export const importProgramPeopleResponseSchema = z.object({ imported: z.int().min(0) });

const personFields = {
  personId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  specialties: z.array(z.string()),
  mentorTypes: z.array(z.enum(MENTOR_TYPES)),
  languages: z.array(z.string()),
  timeZone: z.string(),
  /** Invitation state (decision 046): accepted people have linked a MatchReady account. */
  status: z.enum(PROGRAM_INVITATION_STATUSES),
  invitedAt: timestampSchema.nullable(),
  /** When the person last corrected their own details; null when as imported. */
  editedAt: timestampSchema.nullable(),
};
export const programPeopleResponseSchema = z.object({
  mentors: z.array(
    z.object({ ...personFields, imgCountry: z.string().nullable(), capacity: z.int().min(0) }),
  ),
  mentees: z.array(
    z.object({
      ...personFields,
      country: z.string(),
      wantsImgMentor: z.boolean(),
      goals: z.array(z.string()),
    }),
  ),
});

export const programRuleRequestSchema = z.object({
  kind: z.enum(PROGRAM_RULE_KINDS),
  mentee: personIdSchema,
  mentor: personIdSchema,
});
export const programRulesResponseSchema = z.object({
  rules: z.array(programRuleRequestSchema.extend({ createdAt: timestampSchema })),
});

export const programDraftSchema = z
  .object({
    id: idSchema,
    status: z.enum(PROGRAM_DRAFT_STATUSES),
    reason: z.enum(PROGRAM_DRAFT_REASONS),
    settings: z.object({
      mode: z.enum(ASSIGNMENT_MODES),
      minimumScore: z.number().nullable(),
      weights: programWeightsSchema,
    }),
    matched: z.int().min(0).nullable(),
    total: z.number().nullable(),
    error: z.string().nullable(),
    createdAt: timestampSchema,
    finishedAt: timestampSchema.nullable(),
  })
  .meta({ id: 'ProgramDraft' });

export const programDraftResponseSchema = z.object({ draft: programDraftSchema });
export const programDraftsResponseSchema = z.object({ drafts: z.array(programDraftSchema) });

export const programDraftReviewResponseSchema = z.object({
  draft: programDraftSchema.extend({
    /** How optimality is known, in one sentence (null until solved). */
    certificate: z.string().nullable(),
    minScore: z.number().nullable(),
    pairs: z.array(
      z.object({
        mentee: z.string(),
        menteeName: z.string(),
        mentor: z.string(),
        mentorName: z.string(),
        score: z.number(),
        pinned: z.boolean(),
        published: z.boolean(),
        factors: z.array(
          z.object({ factor: z.enum(COMPATIBILITY_FACTORS), contribution: z.number() }),
        ),
      }),
    ),
    unmatched: z.array(
      z.object({ mentee: z.string(), menteeName: z.string(), reason: z.enum(UNMATCHED_REASONS) }),
    ),
  }),
});

export const programSwapRequestSchema = z.object({
  mentee: personIdSchema,
  mentor: personIdSchema,
});

export const programDiffQuerySchema = z.object({ against: idSchema });
const pairRef = z.object({ mentee: z.string(), mentor: z.string() });
export const programDiffResponseSchema = z.object({
  added: z.array(pairRef),
  removed: z.array(pairRef),
  changed: z.array(z.object({ mentee: z.string(), from: z.string(), to: z.string() })),
});

export const programPublishResponseSchema = z.object({
  published: z.int().min(0),
  /** Of those, pairs whose two people accepted their invitations: now relationships in both trackers. */
  linked: z.int().min(0),
  /** The other new pairs: they become relationships when both people have accepted. */
  awaitingAcceptance: z.int().min(0),
});

const pulseSide = z.object({
  answers: z.int().min(0),
  averages: z
    .object(
      Object.fromEntries(PULSE_QUESTIONS.map((q) => [q, z.number()])) as Record<
        PulseQuestion,
        z.ZodNumber
      >,
    )
    .nullable(),
});

export const programReportResponseSchema = z.object({
  mentees: z.int().min(0),
  mentors: z.int().min(0),
  matched: z.int().min(0),
  matchedShare: z.number().min(0).max(1),
  capacity: z.int().min(0),
  averageScore: z.number().nullable(),
  distribution: z.array(z.object({ from: z.number(), to: z.number(), pairs: z.int().min(0) })),
  invitations: z.object({
    notInvited: z.int().min(0),
    invited: z.int().min(0),
    accepted: z.int().min(0),
    edited: z.int().min(0),
  }),
  activity: z.object({
    /** Pairs whose two people accepted: their relationship's tracker logs meetings. */
    tracked: z.int().min(0),
    meetings: z.int().min(0),
    /** Pairs published 8+ weeks ago with no meeting held in the last 8 weeks. */
    flagged: z.int().min(0),
    pairs: z.array(
      z.object({
        mentee: z.string(),
        menteeName: z.string(),
        mentor: z.string(),
        mentorName: z.string(),
        score: z.number(),
        publishedAt: timestampSchema,
        tracked: z.boolean(),
        meetings: z.int().min(0),
        lastMeetingAt: timestampSchema.nullable(),
        noRecentMeeting: z.boolean(),
      }),
    ),
  }),
  /** The 3-month pulse survey per side, aggregated; comments carry no names (decision 047). */
  pulse: z.object({
    mentee: pulseSide,
    mentor: pulseSide,
    comments: z.array(z.object({ role: z.enum(PROGRAM_PARTICIPANT_ROLES), comment: z.string() })),
  }),
});

export type MentorshipProgram = z.infer<typeof mentorshipProgramSchema>;
export type MentorshipProgramResponse = z.infer<typeof mentorshipProgramResponseSchema>;
export type MentorshipProgramsResponse = z.infer<typeof mentorshipProgramsResponseSchema>;
export type ProgramPeopleResponse = z.infer<typeof programPeopleResponseSchema>;
export type ProgramRulesResponse = z.infer<typeof programRulesResponseSchema>;
export type ProgramDraft = z.infer<typeof programDraftSchema>;
export type ProgramDraftResponse = z.infer<typeof programDraftResponseSchema>;
export type ProgramDraftsResponse = z.infer<typeof programDraftsResponseSchema>;
export type ProgramDraftReviewResponse = z.infer<typeof programDraftReviewResponseSchema>;
export type ProgramDiffResponse = z.infer<typeof programDiffResponseSchema>;
export type ProgramReportResponse = z.infer<typeof programReportResponseSchema>;
export type ProgramWeights = z.infer<typeof programWeightsSchema>;
