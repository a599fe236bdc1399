import { DEFAULT_COMPATIBILITY_WEIGHTS } from '@matchready/core/mentorship';
import type { AssignmentResult } from '@matchready/core/vocabulary';
import { expect, it } from 'vitest';
import type {
  MentorshipProgramRecord,
  ProgramDraftRecord,
  ProgramParticipant,
} from '../mentorship-programs/mentorship-program-domain.ts';
import type { RepositoryPorts } from '../services.ts';
import { programInvitationsRepositorySuite } from './program-invitations.repository-suite.ts';
import { newUser } from './repository-fixtures.ts';

const ORG = '00000000-0000-4000-8000-0000000000aa';
const AT = '2026-01-05T10:00:00.000Z';

export const programRecord = (id: string, createdAt = AT): MentorshipProgramRecord => ({
  id,
  organisationId: ORG,
  name: `Program ${id}`,
  startsOn: '2026-02-01',
  endsOn: null,
  weights: { ...DEFAULT_COMPATIBILITY_WEIGHTS, language: 0 },
  mode: 'fair',
  minimumScore: 12.5,
  createdAt,
  updatedAt: createdAt,
});

export const mentorRecord = (
  programId: string,
  personId: string,
  position: number,
): ProgramParticipant => ({
  role: 'mentor',
  programId,
  personId,
  name: `Mentor ${personId}`,
  email: `${personId.toLowerCase()}@example.org`,
  specialties: ['Internal Medicine'],
  mentorTypes: ['career', 'cultural'],
  languages: ['English', 'Arabic'],
  timeZone: 'America/Chicago',
  imgCountry: null,
  capacity: 2,
  position,
  createdAt: AT,
  userId: null,
  invitedAt: null,
  editedAt: null,
});

export const menteeRecord = (
  programId: string,
  personId: string,
  position: number,
): ProgramParticipant => ({
  role: 'mentee',
  programId,
  personId,
  name: `Mentee ${personId}`,
  email: null,
  specialties: ['Internal Medicine'],
  mentorTypes: ['career'],
  languages: ['English'],
  timeZone: 'Africa/Cairo',
  country: 'Egypt',
  wantsImgMentor: true,
  goals: ['Two US letters'],
  position,
  createdAt: AT,
  userId: null,
  invitedAt: null,
  editedAt: null,
});

const result: AssignmentResult = {
  mode: 'total',
  assignments: { E1: 'M1' },
  pairs: [{ mentee: 'E1', mentor: 'M1', score: 80, pinned: false }],
  total: 80,
  matched: 1,
  minScore: 80,
  optimal: true,
  certificate: {
    mode: 'total',
    total: {
      method: 'lp-duality',
      scale: 1,
      multiplier: 2,
      bonus: 1,
      atLeast: null,
      mentorPrices: {},
      objective: 161,
      bound: 161,
    },
  },
  unmatched: [],
};

const draft = (id: string, programId: string, createdAt: string): ProgramDraftRecord => ({
  id,
  programId,
  status: 'queued',
  reason: 'solve',
  settings: { mode: 'total', minimumScore: null, weights: DEFAULT_COMPATIBILITY_WEIGHTS },
  result: null,
  error: null,
  createdAt,
  finishedAt: null,
});

/** Creates the organisation (with its admin) that the suite's programs belong to. */
async function organisation(ports: RepositoryPorts) {
  await ports.users.create(newUser(1, { role: 'organisation-admin' }), {
    id: ORG,
    name: 'IMG Society',
    createdAt: AT,
  });
}

/** What every implementation of the mentorship program repository must do. */
export function mentorshipProgramsRepositorySuite(ports: () => RepositoryPorts): void {
  it('stores programs with every field and lists an organisation’s newest first', async () => {
    const repo = ports().mentorshipPrograms;
    await organisation(ports());
    await repo.createProgram(programRecord('p1'));
    await repo.createProgram(programRecord('p2', '2026-01-06T10:00:00.000Z'));
    expect(await repo.findProgram('p1')).toEqual(programRecord('p1'));
    expect(await repo.findProgram('nope')).toBeNull();
    expect((await repo.listPrograms(ORG)).map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(await repo.listPrograms('another-org')).toEqual([]);
    await repo.updateProgram('p1', {
      name: 'Renamed',
      minimumScore: null,
      mode: 'total',
      updatedAt: '2026-01-07T00:00:00.000Z',
    });
    expect(await repo.findProgram('p1')).toEqual({
      ...programRecord('p1'),
      name: 'Renamed',
      minimumScore: null,
      mode: 'total',
      updatedAt: '2026-01-07T00:00:00.000Z',
    });
  });

  it('adds people all or nothing and refuses an id already in the program', async () => {
    const repo = ports().mentorshipPrograms;
    await organisation(ports());
    await repo.createProgram(programRecord('p1'));
    const people = [
      mentorRecord('p1', 'M1', 1),
      mentorRecord('p1', 'M2', 2),
      menteeRecord('p1', 'E1', 1),
    ];
    expect(await repo.addParticipants('p1', people)).toBe('ok');
    // Same id, other role: allowed; same id, same role: nothing of the batch is written.
    expect(
      await repo.addParticipants('p1', [menteeRecord('p1', 'M1', 2), mentorRecord('p1', 'M2', 3)]),
    ).toBe('duplicate');
    expect(await repo.listParticipants('p1')).toEqual([people[2], people[0], people[1]]);
    expect(await repo.counts('p1')).toEqual({ mentors: 2, mentees: 1, published: 0 });
  });

  it('keeps rules once each and removes them', async () => {
    const repo = ports().mentorshipPrograms;
    await organisation(ports());
    await repo.createProgram(programRecord('p1'));
    const pin = { kind: 'pin' as const, mentee: 'E1', mentor: 'M1', createdAt: AT };
    const forbid = { kind: 'forbid' as const, mentee: 'E1', mentor: 'M2', createdAt: AT };
    await repo.addRules('p1', [pin, forbid]);
    await repo.addRules('p1', [pin]);
    expect(await repo.listRules('p1')).toEqual([forbid, pin]);
    expect(await repo.removeRule('p1', { kind: 'pin', mentee: 'E1', mentor: 'M1' })).toBe(true);
    expect(await repo.removeRule('p1', { kind: 'pin', mentee: 'E1', mentor: 'M1' })).toBe(false);
    expect(await repo.listRules('p1')).toEqual([forbid]);
  });

  it('allows one unfinished draft per program and stores results', async () => {
    const repo = ports().mentorshipPrograms;
    await organisation(ports());
    await repo.createProgram(programRecord('p1'));
    await repo.createProgram(programRecord('p2'));
    expect(await repo.createDraftIfIdle(draft('d1', 'p1', AT))).toBe('ok');
    expect(await repo.createDraftIfIdle(draft('d2', 'p1', '2026-01-05T10:00:01.000Z'))).toBe(
      'busy',
    );
    expect(await repo.createDraftIfIdle(draft('d3', 'p2', AT))).toBe('ok');
    await repo.updateDraft('d1', {
      status: 'done',
      result,
      finishedAt: '2026-01-05T10:00:02.000Z',
    });
    expect(await repo.findDraft('d1')).toEqual({
      ...draft('d1', 'p1', AT),
      status: 'done',
      result,
      finishedAt: '2026-01-05T10:00:02.000Z',
    });
    expect(await repo.createDraftIfIdle(draft('d2', 'p1', '2026-01-05T10:00:03.000Z'))).toBe('ok');
    const listed = await repo.listDrafts('p1');
    expect(listed.map((d) => [d.id, d.matched, d.total])).toEqual([
      ['d2', null, null],
      ['d1', 1, 80],
    ]);
    expect(listed[0]).not.toHaveProperty('result');
    const restart = '2026-01-05T11:00:00.000Z';
    expect(await repo.failAbandonedDrafts('restarted', restart, restart)).toBe(2);
    expect((await repo.findDraft('d2'))?.status).toBe('failed');
    expect((await repo.findDraft('d1'))?.status).toBe('done');
  });

  it('fails only unfinished drafts whose heartbeat is at or before the cut-off', async () => {
    const repo = ports().mentorshipPrograms;
    await organisation(ports());
    for (const id of ['p1', 'p2', 'p3', 'p4']) await repo.createProgram(programRecord(id));
    await repo.createDraftIfIdle(draft('gone', 'p1', AT));
    await repo.createDraftIfIdle(draft('alive', 'p2', AT));
    await repo.createDraftIfIdle(draft('done', 'p3', AT));
    await repo.createDraftIfIdle(draft('other', 'p4', AT));
    await repo.updateDraft('gone', { status: 'running' });
    await repo.updateDraft('alive', { status: 'running' });
    const finishedAt = '2026-01-05T10:01:00.000Z';
    await repo.updateDraft('done', { status: 'done', result, finishedAt });
    await repo.refreshDraftHeartbeats([], '2026-01-05T10:09:00.000Z'); // nothing held: no-op
    await repo.refreshDraftHeartbeats(['alive'], '2026-01-05T10:05:00.000Z');

    const at = '2026-01-05T10:05:30.000Z';
    expect(await repo.failAbandonedDrafts('gone away', '2026-01-05T10:03:00.000Z', at)).toBe(2);
    expect(await repo.findDraft('gone')).toMatchObject({
      status: 'failed',
      error: 'gone away',
      finishedAt: at,
    });
    expect((await repo.findDraft('other'))?.status).toBe('failed');
    expect(await repo.findDraft('alive')).toMatchObject({ status: 'running', error: null });
    expect(await repo.findDraft('done')).toEqual({
      ...draft('done', 'p3', AT),
      status: 'done',
      result,
      finishedAt,
    });
    // The live draft still keeps its program busy; once its lease is past, it is failed too.
    expect(await repo.createDraftIfIdle(draft('second', 'p2', at))).toBe('busy');
    expect(await repo.failAbandonedDrafts('gone away', '2026-01-05T10:05:00.000Z', at)).toBe(1);
    expect(await repo.createDraftIfIdle(draft('second', 'p2', at))).toBe('ok');
  });

  it('publishes a mentee once and refuses a stale draft', async () => {
    const repo = ports().mentorshipPrograms;
    await organisation(ports());
    await repo.createProgram(programRecord('p1'));
    const pair = (mentee: string, mentor: string, publishedAt: string, draftId = 'd1') => ({
      programId: 'p1',
      mentee,
      mentor,
      score: 61.5,
      draftId,
      publishedAt,
    });
    const first = '2026-01-05T12:00:00.000Z';
    const d1 = { id: 'd1', createdAt: AT };
    expect(
      await repo.publish('p1', [pair('E1', 'M1', first), pair('E2', 'M1', first)], d1),
    ).toEqual({
      published: 2,
    });
    // Publishing its own draft again adds nobody (E1 and E2 have pairs) and is not stale.
    expect(await repo.publish('p1', [pair('E1', 'M1', '2026-01-05T12:30:00.000Z')], d1)).toEqual({
      published: 0,
    });
    // Another draft made before (or at) that publish may not publish any more.
    const d2 = { id: 'd2', createdAt: first };
    expect(await repo.publish('p1', [pair('E3', 'M2', '2026-01-05T13:00:00.000Z', 'd2')], d2)).toBe(
      'stale',
    );
    // A newer draft publishes only the mentees without a pair; E1 keeps M1.
    const later = '2026-01-05T14:00:00.000Z';
    const d3 = { id: 'd3', createdAt: '2026-01-05T12:00:00.001Z' };
    expect(
      await repo.publish('p1', [pair('E1', 'M2', later, 'd3'), pair('E3', 'M2', later, 'd3')], d3),
    ).toEqual({ published: 1 });
    expect((await repo.listPublished('p1')).map((p) => [p.mentee, p.mentor, p.score])).toEqual([
      ['E1', 'M1', 61.5],
      ['E2', 'M1', 61.5],
      ['E3', 'M2', 61.5],
    ]);
    expect((await repo.counts('p1')).published).toBe(3);
  });

  programInvitationsRepositorySuite(ports, async () => {
    const repo = ports().mentorshipPrograms;
    await organisation(ports());
    await repo.createProgram(programRecord('p1'));
    await repo.addParticipants('p1', [
      mentorRecord('p1', 'M1', 1),
      mentorRecord('p1', 'M2', 2),
      menteeRecord('p1', 'E1', 1),
      menteeRecord('p1', 'E2', 2),
    ]);
  });
}
