import type {
  CatalogueProgram,
  ProgramImport,
  RankListRecord,
  SavedProgramList,
  SimulationRecord,
} from '../programs/program-domain.ts';
import type { ProgramPorts } from '../programs/program-ports.ts';

// Code-unit order, as the databases' binary collation sorts ids and ISO timestamps.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => cmp(a.id, b.id);
const newestFirst = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  cmp(b.createdAt, a.createdAt) || byId(a, b);

/** In-memory fakes of the program ports, for service tests (deleteUser mirrors the cascades). */
export function createInMemoryProgramPorts() {
  const programs = new Map<string, CatalogueProgram & { updatedAt: string }>();
  const imports: ProgramImport[] = [];
  const owners = new Map<string, string | null>();
  const saved = new Map<string, SavedProgramList>();
  const ranks = new Map<string, RankListRecord>();
  const sims = new Map<string, SimulationRecord>();

  const ports: ProgramPorts = {
    catalogue: {
      stamp: async () => ({
        count: programs.size,
        changedAt: [...programs.values()].reduce<string | null>(
          (max, p) => (max === null || p.updatedAt > max ? p.updatedAt : max),
          null,
        ),
      }),
      listAll: async () => [...programs.values()].sort(byId).map(({ updatedAt: _u, ...p }) => p),
      importBatch: async (batch, list, scope = { owner: null, restricted: false }) => {
        const existing = list.filter((p) => programs.has(p.id));
        const refused = scope.restricted
          ? existing.filter((p) => (owners.get(p.id) ?? null) !== scope.owner).map((p) => p.id)
          : [];
        if (refused.length > 0) return { replaced: 0, refused: refused.sort() };
        const replaced = existing.length;
        imports.push({ ...batch, replaced });
        for (const p of list) {
          programs.set(p.id, { ...p, updatedAt: batch.importedAt });
          owners.set(p.id, scope.owner);
        }
        return { replaced };
      },
      listImports: async () =>
        imports.slice().sort((a, b) => cmp(b.importedAt, a.importedAt) || byId(a, b)),
    },
    savedLists: {
      find: async (userId) => saved.get(userId) ?? null,
      save: async (userId, list) => {
        saved.set(userId, list);
      },
    },
    rankLists: {
      create: async (list) => {
        ranks.set(list.id, list);
      },
      update: async (list) => {
        ranks.set(list.id, list);
      },
      findById: async (id) => ranks.get(id) ?? null,
      listByOwner: async (ownerId) =>
        [...ranks.values()]
          .filter((r) => r.ownerId === ownerId)
          .sort(newestFirst)
          .map((r) => ({
            id: r.id,
            name: r.name,
            programs: r.entries.length,
            createdAt: r.createdAt,
            updatedAt: r.updatedAt,
          })),
      listRecordsByOwner: async (ownerId) =>
        [...ranks.values()].filter((r) => r.ownerId === ownerId).sort(newestFirst),
      delete: async (id) => {
        ranks.delete(id);
      },
    },
    simulations: {
      create: async (s) => {
        sims.set(s.id, s);
      },
      update: async (id, update) => {
        const s = sims.get(id);
        if (s) sims.set(id, { ...s, ...update });
      },
      findById: async (id) => sims.get(id) ?? null,
      listByOwner: async (ownerId) =>
        [...sims.values()]
          .filter((s) => s.ownerId === ownerId)
          .sort(newestFirst)
          .map(({ result: _r, ...s }) => s),
      listRecordsByOwner: async (ownerId) =>
        [...sims.values()].filter((s) => s.ownerId === ownerId).sort(newestFirst),
      countUnfinished: async (ownerId) =>
        [...sims.values()].filter(
          (s) => s.ownerId === ownerId && (s.status === 'queued' || s.status === 'running'),
        ).length,
      failUnfinished: async (error, now) => {
        let n = 0;
        for (const s of sims.values()) {
          if (s.status !== 'queued' && s.status !== 'running') continue;
          sims.set(s.id, { ...s, status: 'failed', error, updatedAt: now, finishedAt: now });
          n++;
        }
        return n;
      },
    },
  };

  return {
    programs: ports,
    deleteUser(id: string) {
      saved.delete(id);
      for (const [key, r] of ranks) if (r.ownerId === id) ranks.delete(key);
      for (const [key, s] of sims) if (s.ownerId === id) sims.delete(key);
      imports.forEach((batch, i) => {
        if (batch.importedBy === id) imports[i] = { ...batch, importedBy: null };
      });
    },
  };
}
