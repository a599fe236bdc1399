import type { ProgramParticipantRole, PulseQuestion } from '@matchready/core/vocabulary';
import type {
  ProgramInvitationRecord,
  ProgramInvitationRepository,
  ProgramParticipant,
} from '@matchready/services';
import type { Kysely, Selectable } from 'kysely';
import type {
  MentorshipProgramInvitationsTable,
  MentorshipProgramPeopleTable,
} from './mentorship-program-tables.ts';
import type { Database } from './schema.ts';

type PersonRow = Selectable<MentorshipProgramPeopleTable>;

/** Thrown inside the accept transaction to roll it back when the person is someone else's. */
class Taken extends Error {}

const toInvitation = (
  row: Selectable<MentorshipProgramInvitationsTable>,
): ProgramInvitationRecord => ({
  tokenHash: row.token_hash,
  programId: row.program_id,
  role: row.role as ProgramParticipantRole,
  personId: row.person_id,
  email: row.email,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
});

interface PulseJson {
  readonly scores: Record<PulseQuestion, number>;
  readonly comment: string | null;
}

/**
 * The invitation half of the program repository (decision 046): tokens, linking a person to an
 * account, self-edited details and pulse answers. `toPerson` is the program repository's mapper.
 */
export function createProgramInvitationMethods(
  db: Kysely<Database>,
  toPerson: (row: PersonRow) => ProgramParticipant,
): ProgramInvitationRepository {
  const person = (
    trx: Kysely<Database>,
    p: { programId: string; role: string; personId: string },
  ) =>
    trx
      .selectFrom('mentorship_program_people')
      .selectAll()
      .where('program_id', '=', p.programId)
      .where('role', '=', p.role)
      .where('person_id', '=', p.personId);

  /** After a refused accept: is the account already another person of that program and role? */
  async function linkedElsewhere(tokenHash: string, userId: string): Promise<boolean> {
    const invitation = await db
      .selectFrom('mentorship_program_invitations')
      .select(['program_id', 'role', 'person_id'])
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!invitation) return false;
    const other = await db
      .selectFrom('mentorship_program_people')
      .select('person_id')
      .where('program_id', '=', invitation.program_id)
      .where('role', '=', invitation.role)
      .where('user_id', '=', userId)
      .where('person_id', '<>', invitation.person_id)
      .executeTakeFirst();
    return other !== undefined;
  }

  return {
    async createInvitations(invitations) {
      if (invitations.length === 0) return;
      await db.transaction().execute(async (trx) => {
        for (const i of invitations) {
          await trx
            .deleteFrom('mentorship_program_invitations')
            .where('program_id', '=', i.programId)
            .where('role', '=', i.role)
            .where('person_id', '=', i.personId)
            .where('used_at', 'is', null)
            .execute();
          await trx
            .insertInto('mentorship_program_invitations')
            .values({
              token_hash: i.tokenHash,
              program_id: i.programId,
              role: i.role,
              person_id: i.personId,
              email: i.email,
              created_at: i.createdAt,
              expires_at: i.expiresAt,
              used_at: i.usedAt,
            })
            .execute();
          await trx
            .updateTable('mentorship_program_people')
            .set({ invited_at: i.createdAt })
            .where('program_id', '=', i.programId)
            .where('role', '=', i.role)
            .where('person_id', '=', i.personId)
            .execute();
        }
      });
    },

    async findInvitation(tokenHash) {
      const row = await db
        .selectFrom('mentorship_program_invitations')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row ? toInvitation(row) : null;
    },

    async acceptInvitation(tokenHash, userId, at) {
      try {
        return await db.transaction().execute(async (trx) => {
          // Using the token first serialises two accepts of one link: only one sees used_at null.
          const used = await trx
            .updateTable('mentorship_program_invitations')
            .set({ used_at: at })
            .where('token_hash', '=', tokenHash)
            .where('used_at', 'is', null)
            .where('expires_at', '>', at)
            .returning(['program_id', 'role', 'person_id'])
            .executeTakeFirst();
          if (!used) return { status: 'invalid' as const };
          const ref = { programId: used.program_id, role: used.role, personId: used.person_id };
          const row = await person(trx, ref).executeTakeFirst();
          if (!row) return { status: 'invalid' as const };
          // Linked only while unlinked (or already to this account); the unique index on
          // (program, role, user) refuses a second person for the same account.
          const linked = await trx
            .updateTable('mentorship_program_people')
            .set({ user_id: userId })
            .where('program_id', '=', ref.programId)
            .where('role', '=', ref.role)
            .where('person_id', '=', ref.personId)
            .where((eb) => eb.or([eb('user_id', 'is', null), eb('user_id', '=', userId)]))
            .executeTakeFirst();
          if (Number(linked.numUpdatedRows) === 0) throw new Taken();
          return { status: 'accepted' as const, person: toPerson({ ...row, user_id: userId }) };
        });
      } catch (error) {
        // Rolled back whole, so the link stays usable for the account it belongs with.
        if (error instanceof Taken || (await linkedElsewhere(tokenHash, userId)))
          return { status: 'taken' as const };
        throw error;
      }
    },

    async listLinkedPeople(userId) {
      const rows = await db
        .selectFrom('mentorship_program_people')
        .innerJoin(
          'mentorship_programs',
          'mentorship_programs.id',
          'mentorship_program_people.program_id',
        )
        .selectAll('mentorship_program_people')
        .where('mentorship_program_people.user_id', '=', userId)
        .orderBy('mentorship_programs.created_at')
        .orderBy('mentorship_program_people.program_id')
        .orderBy('mentorship_program_people.role')
        .execute();
      return rows.map(toPerson);
    },

    async updateDetails(ref, details, at) {
      return db.transaction().execute(async (trx) => {
        const row = await person(trx, ref).executeTakeFirst();
        if (!row) return false;
        const { role: _r, ...fields } = details;
        const { capacity, ...profile } =
          'capacity' in fields ? fields : { ...fields, capacity: null };
        await trx
          .updateTable('mentorship_program_people')
          .set({
            profile: JSON.stringify({ ...(JSON.parse(row.profile) as object), ...profile }),
            ...(capacity === null ? {} : { capacity }),
            edited_at: at,
          })
          .where('program_id', '=', ref.programId)
          .where('role', '=', ref.role)
          .where('person_id', '=', ref.personId)
          .execute();
        return true;
      });
    },

    async addPulseAnswer(a) {
      const row = {
        id: a.id,
        program_id: a.programId,
        role: a.role,
        person_id: a.personId,
        answers: JSON.stringify({ scores: a.scores, comment: a.comment } satisfies PulseJson),
        answered_at: a.answeredAt,
      };
      const inserted = await db
        .insertInto('mentorship_program_pulse')
        .values(row)
        .onConflict((oc) => oc.columns(['program_id', 'role', 'person_id']).doNothing())
        .returning('id')
        .executeTakeFirst();
      return inserted ? 'ok' : 'duplicate';
    },

    async listPulseAnswers(programId) {
      const rows = await db
        .selectFrom('mentorship_program_pulse')
        .selectAll()
        .where('program_id', '=', programId)
        .orderBy('answered_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => {
        const json = JSON.parse(r.answers) as PulseJson;
        return {
          id: r.id,
          programId: r.program_id,
          role: r.role as ProgramParticipantRole,
          personId: r.person_id,
          scores: json.scores,
          comment: json.comment,
          answeredAt: r.answered_at,
        };
      });
    },

    async listPulseReminderCandidates(publishedBy, limit) {
      const rows = await db
        .selectFrom('mentorship_program_people as p')
        .innerJoin('mentorship_programs as prog', 'prog.id', 'p.program_id')
        .innerJoin('mentorship_program_pairs as pair', (join) =>
          join
            .onRef('pair.program_id', '=', 'p.program_id')
            .on((eb) =>
              eb.or([
                eb.and([
                  eb('p.role', '=', 'mentee'),
                  eb('pair.mentee_id', '=', eb.ref('p.person_id')),
                ]),
                eb.and([
                  eb('p.role', '=', 'mentor'),
                  eb('pair.mentor_id', '=', eb.ref('p.person_id')),
                ]),
              ]),
            ),
        )
        .select((eb) => [
          'p.program_id',
          'prog.name',
          'p.role',
          'p.person_id',
          'p.user_id',
          eb.fn.min('pair.published_at').as('first_published_at'),
        ])
        .where('p.user_id', 'is not', null)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('mentorship_program_pulse as a')
                .select('a.id')
                .whereRef('a.program_id', '=', 'p.program_id')
                .whereRef('a.role', '=', 'p.role')
                .whereRef('a.person_id', '=', 'p.person_id'),
            ),
          ),
        )
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('mentorship_program_pulse_reminders as r')
                .select('r.sent_at')
                .whereRef('r.program_id', '=', 'p.program_id')
                .whereRef('r.role', '=', 'p.role')
                .whereRef('r.person_id', '=', 'p.person_id'),
            ),
          ),
        )
        .groupBy(['p.program_id', 'prog.name', 'p.role', 'p.person_id', 'p.user_id'])
        .having((eb) => eb.fn.min('pair.published_at'), '<=', publishedBy)
        .orderBy('first_published_at')
        .orderBy('p.program_id')
        .orderBy('p.role')
        .orderBy('p.person_id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        programId: r.program_id,
        role: r.role as ProgramParticipantRole,
        personId: r.person_id,
        programName: r.name,
        userId: r.user_id as string,
        firstPublishedAt: String(r.first_published_at),
      }));
    },

    async claimPulseReminder(person, at) {
      const inserted = await db
        .insertInto('mentorship_program_pulse_reminders')
        .values({
          program_id: person.programId,
          role: person.role,
          person_id: person.personId,
          sent_at: at,
        })
        .onConflict((oc) => oc.columns(['program_id', 'role', 'person_id']).doNothing())
        .returning('sent_at')
        .executeTakeFirst();
      return inserted !== undefined;
    },
  };
}
