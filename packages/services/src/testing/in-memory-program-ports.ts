import type {
  CatalogueProgram,
  OwnedDataset,
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
export function createInMemoryProgramPorts(
  emailOf: (userId: string) => string | null = () => null,
) {
  const programs = new Map<
    string,
    CatalogueProgram & { updatedAt: string; importedBy: string | null }
  >();
  const imports: ProgramImport[] = [];
  const owners = new Map<string, string | null>();
  const saved = new Map<string, SavedProgramList>();
  const ranks = new Map<string, RankListRecord>();
  const sims = new Map<string, SimulationRecord>();
  /** Simulation id → heartbeat (kept beside the record, as the column is beside the row). */
  const heartbeats = new Map<string, string>();

  const ports: ProgramPorts = {
    catalogue: {
      stamp: async () => ({
        count: programs.size,
        changedAt: [...programs.values()].reduce<string | null>(
          (max, p) => (max === null || p.updatedAt > max ? p.updatedAt : max),
          null,
        ),
      }),
      listAll: async () =>
        [...programs.values()].sort(byId).map(({ updatedAt: _u, importedBy: _b, ...p }) => p),
      importBatch: async (batch, list, scope = { owner: null, restricted: false }) => {
        const existing = list.filter((p) => programs.has(p.id));
        const refused = scope.restricted
          ? existing.filter((p) => (owners.get(p.id) ?? null) !== scope.owner).map((p) => p.id)
          : [];
        if (refused.length > 0) return { replaced: 0, refused: refused.sort() };
        const replaced = existing.length;
        imports.push({ ...batch, replaced });
        for (const p of list) {
          programs.set(p.id, { ...p, updatedAt: batch.importedAt, importedBy: batch.importedBy });
          owners.set(p.id, scope.owner);
        }
        return { replaced };
      },
      listImports: async () =>
        imports.slice().sort((a, b) => cmp(b.importedAt, a.importedAt) || byId(a, b)),
      listOwnedDatasets: async (owner) => {
        const byDataset = new Map<string, OwnedDataset>();
        for (const p of programs.values()) {
          if (owners.get(p.id) !== owner) continue;
          const d = byDataset.get(p.dataset);
          const email = p.importedBy === null ? null : emailOf(p.importedBy);
          const importedBy = new Set(d?.importedBy ?? []);
          if (email !== null) importedBy.add(email);
          byDataset.set(p.dataset, {
            dataset: p.dataset,
            programs: (d?.programs ?? 0) + 1,
            firstImportedAt:
              d && cmp(d.firstImportedAt, p.updatedAt) < 0 ? d.firstImportedAt : p.updatedAt,
            lastImportedAt:
              d && cmp(d.lastImportedAt, p.updatedAt) > 0 ? d.lastImportedAt : p.updatedAt,
            importedBy: [...importedBy].sort(cmp),
          });
        }
        return [...byDataset.values()].sort((a, b) => cmp(a.dataset, b.dataset));
      },
      deleteOwnedDataset: async (owner, dataset) => {
        let deleted = 0;
        for (const [id, p] of programs) {
          if (owners.get(id) !== owner || p.dataset !== dataset) continue;
          programs.delete(id);
          owners.delete(id);
          deleted++;
        }
        return deleted;
      },
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
        heartbeats.set(s.id, s.updatedAt);
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
      refreshHeartbeats: async (ids, at) => {
        for (const id of ids) if (sims.has(id)) heartbeats.set(id, at);
      },
      failAbandoned: async (error, cutoff, now) => {
        let n = 0;
        for (const s of sims.values()) {
          if (s.status !== 'queued' && s.status !== 'running') continue;
          const beat = heartbeats.get(s.id);
          if (beat !== undefined && beat > cutoff) continue;
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
      for (const [key, s] of sims)
        if (s.ownerId === id) {
          sims.delete(key);
          heartbeats.delete(key);
        }
      for (const [key, p] of programs)
        if (p.importedBy === id) programs.set(key, { ...p, importedBy: null });
      imports.forEach((batch, i) => {
        if (batch.importedBy === id) imports[i] = { ...batch, importedBy: null };
      });
    },
  };
}
