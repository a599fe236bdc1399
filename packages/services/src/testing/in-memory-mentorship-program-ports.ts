import type {
  MentorshipProgramRecord,
  ProgramDraftRecord,
  ProgramParticipant,
  ProgramRule,
  PublishedPair,
} from '../mentorship-programs/mentorship-program-domain.ts';
import type { MentorshipProgramRepository } from '../mentorship-programs/mentorship-program-ports.ts';
import { createInMemoryProgramInvitations } from './in-memory-program-invitations.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ruleKey = (r: Pick<ProgramRule, 'kind' | 'mentee' | 'mentor'>) =>
  JSON.stringify([r.kind, r.mentee, r.mentor]);

/** In-memory fake of the mentorship program repository (passes the same suite as the database). */
export function createInMemoryMentorshipProgramRepository(): MentorshipProgramRepository {
  const programs = new Map<string, MentorshipProgramRecord>();
  const people = new Map<string, ProgramParticipant[]>();
  const rules = new Map<string, ProgramRule[]>();
  const drafts = new Map<string, ProgramDraftRecord>();
  /** Draft id → heartbeat (kept beside the record, as the column is beside the row). */
  const heartbeats = new Map<string, string>();
  const pairs = new Map<string, PublishedPair[]>();
  const of = <T>(map: Map<string, T[]>, id: string): T[] => {
    let list = map.get(id);
    if (!list) {
      list = [];
      map.set(id, list);
    }
    return list;
  };
  const structured = <T>(value: T): T => structuredClone(value);

  return {
    ...createInMemoryProgramInvitations(programs, people, pairs),
    async createProgram(program) {
      programs.set(program.id, structured(program));
    },
    async updateProgram(id, update) {
      const program = programs.get(id);
      if (program) programs.set(id, structured({ ...program, ...update }));
    },
    findProgram: async (id) => structured(programs.get(id) ?? null),
    listPrograms: async (organisationId) =>
      [...programs.values()]
        .filter((p) => p.organisationId === organisationId)
        .sort((a, b) => cmp(b.createdAt, a.createdAt) || cmp(a.id, b.id))
        .map(structured),
    async counts(programId) {
      const list = people.get(programId) ?? [];
      return {
        mentors: list.filter((p) => p.role === 'mentor').length,
        mentees: list.filter((p) => p.role === 'mentee').length,
        published: (pairs.get(programId) ?? []).length,
      };
    },
    async addParticipants(programId, added) {
      const list = of(people, programId);
      const taken = new Set(list.map((p) => `${p.role}:${p.personId}`));
      const fresh = new Set<string>();
      for (const p of added) {
        const key = `${p.role}:${p.personId}`;
        if (taken.has(key) || fresh.has(key)) return 'duplicate';
        fresh.add(key);
      }
      list.push(...added.map(structured));
      return 'ok';
    },
    listParticipants: async (programId) =>
      [...(people.get(programId) ?? [])]
        .sort((a, b) => cmp(a.role, b.role) || a.position - b.position)
        .map(structured),
    async addRules(programId, added) {
      const list = of(rules, programId);
      for (const rule of added)
        if (!list.some((r) => ruleKey(r) === ruleKey(rule))) list.push(structured(rule));
    },
    async removeRule(programId, rule) {
      const list = of(rules, programId);
      const index = list.findIndex((r) => ruleKey(r) === ruleKey(rule));
      if (index < 0) return false;
      list.splice(index, 1);
      return true;
    },
    listRules: async (programId) =>
      [...(rules.get(programId) ?? [])]
        .sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(ruleKey(a), ruleKey(b)))
        .map(structured),
    async createDraftIfIdle(draft) {
      const busy = [...drafts.values()].some(
        (d) => d.programId === draft.programId && (d.status === 'queued' || d.status === 'running'),
      );
      if (busy) return 'busy';
      drafts.set(draft.id, structured(draft));
      heartbeats.set(draft.id, draft.createdAt);
      return 'ok';
    },
    async updateDraft(id, update) {
      const draft = drafts.get(id);
      if (draft) drafts.set(id, structured({ ...draft, ...update }));
    },
    findDraft: async (id) => structured(drafts.get(id) ?? null),
    listDrafts: async (programId) =>
      [...drafts.values()]
        .filter((d) => d.programId === programId)
        .sort((a, b) => cmp(b.createdAt, a.createdAt) || cmp(b.id, a.id))
        .map(({ result, ...d }) => ({
          ...structured(d),
          matched: result?.matched ?? null,
          total: result?.total ?? null,
        })),
    async publish(programId, added, draft) {
      const list = of(pairs, programId);
      if (list.some((p) => p.draftId !== draft.id && p.publishedAt >= draft.createdAt))
        return 'stale';
      const taken = new Set(list.map((p) => p.mentee));
      const fresh = added.filter((p) => !taken.has(p.mentee));
      list.push(...fresh.map(structured));
      return { published: fresh.length };
    },
    listPublished: async (programId) =>
      [...(pairs.get(programId) ?? [])].sort((a, b) => cmp(a.mentee, b.mentee)).map(structured),
    async refreshDraftHeartbeats(ids, at) {
      for (const id of ids) if (drafts.has(id)) heartbeats.set(id, at);
    },
    async failAbandonedDrafts(error, cutoff, at) {
      let n = 0;
      for (const [id, d] of drafts) {
        if (d.status !== 'queued' && d.status !== 'running') continue;
        const beat = heartbeats.get(id);
        if (beat !== undefined && beat > cutoff) continue;
        drafts.set(id, { ...d, status: 'failed', error, finishedAt: at });
        n++;
      }
      return n;
    },
  };
}
