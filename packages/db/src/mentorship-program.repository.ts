import type { CompatibilityWeights } from '@matchready/core/mentorship';
import type {
  AssignmentMode,
  AssignmentResult,
  ProgramDraftReason,
  ProgramDraftStatus,
  ProgramRuleKind,
} from '@matchready/core/vocabulary';
import type {
  DraftSettings,
  MentorshipProgramRecord,
  MentorshipProgramRepository,
  ProgramDraftRecord,
  ProgramParticipant,
  PublishedPair,
} from '@matchready/services';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type {
  MentorshipProgramDraftsTable,
  MentorshipProgramPeopleTable,
  MentorshipProgramsTable,
} from './mentorship-program-tables.ts';
import { createProgramInvitationMethods } from './program-invitation.repository.ts';
import type { Database } from './schema.ts';

/** Rows per INSERT: 13 columns × 400 stays under both databases' parameter limits. */
const CHUNK = 400;
const UNFINISHED = ['queued', 'running'];

const toProgram = (row: Selectable<MentorshipProgramsTable>): MentorshipProgramRecord => ({
  id: row.id,
  organisationId: row.organisation_id,
  name: row.name,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  weights: JSON.parse(row.weights) as CompatibilityWeights,
  mode: row.mode as AssignmentMode,
  minimumScore: row.minimum_score === null ? null : Number(row.minimum_score),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

function toPersonRow(p: ProgramParticipant): Insertable<MentorshipProgramPeopleTable> {
  const {
    programId,
    role,
    personId,
    name,
    email,
    position,
    createdAt,
    userId,
    invitedAt,
    editedAt,
    ...profile
  } = p;
  const { capacity, ...rest } = 'capacity' in profile ? profile : { ...profile, capacity: null };
  return {
    program_id: programId,
    role,
    person_id: personId,
    name,
    email,
    user_id: userId,
    capacity,
    profile: JSON.stringify(rest),
    position,
    created_at: createdAt,
    invited_at: invitedAt,
    edited_at: editedAt,
  };
}

const toPerson = (row: Selectable<MentorshipProgramPeopleTable>): ProgramParticipant =>
  ({
    ...(JSON.parse(row.profile) as object),
    role: row.role,
    programId: row.program_id,
    personId: row.person_id,
    name: row.name,
    email: row.email,
    position: Number(row.position),
    createdAt: row.created_at,
    userId: row.user_id,
    invitedAt: row.invited_at,
    editedAt: row.edited_at,
    ...(row.role === 'mentor' ? { capacity: Number(row.capacity) } : {}),
  }) as ProgramParticipant;

type DraftRow = Selectable<MentorshipProgramDraftsTable>;
const draftBase = (row: Omit<DraftRow, 'result' | 'heartbeat_at'>) => ({
  id: row.id,
  programId: row.program_id,
  status: row.status as ProgramDraftStatus,
  reason: row.reason as ProgramDraftReason,
  settings: JSON.parse(row.settings) as DraftSettings,
  error: row.error,
  createdAt: row.created_at,
  finishedAt: row.finished_at,
});

export function createMentorshipProgramRepository(
  db: Kysely<Database>,
): MentorshipProgramRepository {
  const invitations = createProgramInvitationMethods(db, toPerson);
  const unfinished = (programId: string) =>
    db
      .selectFrom('mentorship_program_drafts')
      .select('id')
      .where('program_id', '=', programId)
      .where('status', 'in', UNFINISHED)
      .executeTakeFirst();

  return {
    ...invitations,
    async createProgram(p) {
      await db
        .insertInto('mentorship_programs')
        .values({
          id: p.id,
          organisation_id: p.organisationId,
          name: p.name,
          starts_on: p.startsOn,
          ends_on: p.endsOn,
          weights: JSON.stringify(p.weights),
          mode: p.mode,
          minimum_score: p.minimumScore,
          created_at: p.createdAt,
          updated_at: p.updatedAt,
        })
        .execute();
    },

    async updateProgram(id, u) {
      await db
        .updateTable('mentorship_programs')
        .set({
          ...(u.name === undefined ? {} : { name: u.name }),
          ...(u.startsOn === undefined ? {} : { starts_on: u.startsOn }),
          ...(u.endsOn === undefined ? {} : { ends_on: u.endsOn }),
          ...(u.weights === undefined ? {} : { weights: JSON.stringify(u.weights) }),
          ...(u.mode === undefined ? {} : { mode: u.mode }),
          ...(u.minimumScore === undefined ? {} : { minimum_score: u.minimumScore }),
          updated_at: u.updatedAt,
        })
        .where('id', '=', id)
        .execute();
    },

    async findProgram(id) {
      const row = await db
        .selectFrom('mentorship_programs')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toProgram(row) : null;
    },

    async listPrograms(organisationId) {
      const rows = await db
        .selectFrom('mentorship_programs')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toProgram);
    },

    async counts(programId) {
      const people = await db
        .selectFrom('mentorship_program_people')
        .select(['role', (eb) => eb.fn.countAll().as('n')])
        .where('program_id', '=', programId)
        .groupBy('role')
        .execute();
      const pairs = await db
        .selectFrom('mentorship_program_pairs')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('program_id', '=', programId)
        .executeTakeFirstOrThrow();
      const of = (role: string) => Number(people.find((r) => r.role === role)?.n ?? 0);
      return { mentors: of('mentor'), mentees: of('mentee'), published: Number(pairs.n) };
    },

    async addParticipants(programId, people) {
      const clash = async (trx: Kysely<Database>) => {
        for (const role of ['mentor', 'mentee']) {
          const ids = people.filter((p) => p.role === role).map((p) => p.personId);
          if (new Set(ids).size !== ids.length) return true;
          for (let i = 0; i < ids.length; i += CHUNK) {
            const found = await trx
              .selectFrom('mentorship_program_people')
              .select('person_id')
              .where('program_id', '=', programId)
              .where('role', '=', role)
              .where('person_id', 'in', ids.slice(i, i + CHUNK))
              .executeTakeFirst();
            if (found) return true;
          }
        }
        return false;
      };
      try {
        return await db.transaction().execute(async (trx) => {
          if (await clash(trx)) return 'duplicate' as const;
          for (let i = 0; i < people.length; i += CHUNK)
            await trx
              .insertInto('mentorship_program_people')
              .values(people.slice(i, i + CHUNK).map(toPersonRow))
              .execute();
          return 'ok' as const;
        });
      } catch (error) {
        // A parallel import took an id between the check and the insert: the key refused it.
        if (await clash(db)) return 'duplicate';
        throw error;
      }
    },

    async listParticipants(programId) {
      const rows = await db
        .selectFrom('mentorship_program_people')
        .selectAll()
        .where('program_id', '=', programId)
        .orderBy('role')
        .orderBy('position')
        .execute();
      return rows.map(toPerson);
    },

    async addRules(programId, rules) {
      if (rules.length === 0) return;
      await db
        .insertInto('mentorship_program_rules')
        .values(
          rules.map((r) => ({
            program_id: programId,
            kind: r.kind,
            mentee_id: r.mentee,
            mentor_id: r.mentor,
            created_at: r.createdAt,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    },

    async removeRule(programId, rule) {
      const result = await db
        .deleteFrom('mentorship_program_rules')
        .where('program_id', '=', programId)
        .where('kind', '=', rule.kind)
        .where('mentee_id', '=', rule.mentee)
        .where('mentor_id', '=', rule.mentor)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async listRules(programId) {
      const rows = await db
        .selectFrom('mentorship_program_rules')
        .selectAll()
        .where('program_id', '=', programId)
        .orderBy('created_at')
        .orderBy('kind')
        .orderBy('mentee_id')
        .orderBy('mentor_id')
        .execute();
      return rows.map((r) => ({
        kind: r.kind as ProgramRuleKind,
        mentee: r.mentee_id,
        mentor: r.mentor_id,
        createdAt: r.created_at,
      }));
    },

    async createDraftIfIdle(d) {
      try {
        await db
          .insertInto('mentorship_program_drafts')
          .values({
            id: d.id,
            program_id: d.programId,
            status: d.status,
            reason: d.reason,
            settings: JSON.stringify(d.settings),
            matched: d.result?.matched ?? null,
            total: d.result?.total ?? null,
            result: d.result === null ? null : JSON.stringify(d.result),
            error: d.error,
            created_at: d.createdAt,
            finished_at: d.finishedAt,
            heartbeat_at: d.createdAt,
          })
          .execute();
        return 'ok';
      } catch (error) {
        // The partial unique index refuses a second unfinished draft of the program.
        if (await unfinished(d.programId)) return 'busy';
        throw error;
      }
    },

    async updateDraft(id, u) {
      await db
        .updateTable('mentorship_program_drafts')
        .set({
          ...(u.status === undefined ? {} : { status: u.status }),
          ...(u.error === undefined ? {} : { error: u.error }),
          ...(u.finishedAt === undefined ? {} : { finished_at: u.finishedAt }),
          ...(u.result === undefined
            ? {}
            : {
                result: u.result === null ? null : JSON.stringify(u.result),
                matched: u.result?.matched ?? null,
                total: u.result?.total ?? null,
              }),
        })
        .where('id', '=', id)
        .execute();
    },

    async findDraft(id) {
      const row = await db
        .selectFrom('mentorship_program_drafts')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      const draft: ProgramDraftRecord = {
        ...draftBase(row),
        result: row.result === null ? null : (JSON.parse(row.result) as AssignmentResult),
      };
      return draft;
    },

    async listDrafts(programId) {
      const rows = await db
        .selectFrom('mentorship_program_drafts')
        .select([
          'id',
          'program_id',
          'status',
          'reason',
          'settings',
          'matched',
          'total',
          'error',
          'created_at',
          'finished_at',
        ])
        .where('program_id', '=', programId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map((row) => ({
        ...draftBase(row),
        matched: row.matched === null ? null : Number(row.matched),
        total: row.total === null ? null : Number(row.total),
      }));
    },

    async publish(programId, pairs, draft) {
      return db.transaction().execute(async (trx) => {
        const later = await trx
          .selectFrom('mentorship_program_pairs')
          .select('mentee_id')
          .where('program_id', '=', programId)
          .where('draft_id', '<>', draft.id)
          .where('published_at', '>=', draft.createdAt)
          .executeTakeFirst();
        if (later) return 'stale' as const;
        let published = 0;
        for (let i = 0; i < pairs.length; i += CHUNK) {
          const rows = await trx
            .insertInto('mentorship_program_pairs')
            .values(
              pairs.slice(i, i + CHUNK).map((p: PublishedPair) => ({
                program_id: programId,
                mentee_id: p.mentee,
                mentor_id: p.mentor,
                score: p.score,
                draft_id: p.draftId,
                published_at: p.publishedAt,
              })),
            )
            .onConflict((oc) => oc.doNothing())
            .returning('mentee_id')
            .execute();
          published += rows.length;
        }
        return { published };
      });
    },

    async listPublished(programId) {
      const rows = await db
        .selectFrom('mentorship_program_pairs')
        .selectAll()
        .where('program_id', '=', programId)
        .orderBy('mentee_id')
        .execute();
      return rows.map((r) => ({
        programId: r.program_id,
        mentee: r.mentee_id,
        mentor: r.mentor_id,
        score: Number(r.score),
        draftId: r.draft_id,
        publishedAt: r.published_at,
      }));
    },

    async refreshDraftHeartbeats(ids, at) {
      if (ids.length === 0) return;
      await db
        .updateTable('mentorship_program_drafts')
        .set({ heartbeat_at: at })
        .where('id', 'in', [...ids])
        .execute();
    },

    async failAbandonedDrafts(error, cutoff, at) {
      const result = await db
        .updateTable('mentorship_program_drafts')
        .set({ status: 'failed', error, finished_at: at })
        .where('status', 'in', UNFINISHED)
        .where((eb) => eb.or([eb('heartbeat_at', 'is', null), eb('heartbeat_at', '<=', cutoff)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
