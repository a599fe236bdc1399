import type { User } from '../account/account-domain.ts';
import { notFound } from '../shared/app-error.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import type { ProgramCatalogueService } from './program-catalogue.service.ts';
import type { ProgramNote, RankListRecord, RankListSummary } from './program-domain.ts';
import type { RankListRepository } from './program-ports.ts';
import { checkProgramIds, type NotedProgram, withPrograms } from './saved-program-list.service.ts';

export interface RankListDeps {
  readonly rankLists: RankListRepository;
  readonly catalogue: ProgramCatalogueService;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

export interface RankListInput {
  readonly name: string;
  readonly entries: readonly ProgramNote[];
}

export interface RankListView {
  readonly id: string;
  readonly name: string;
  readonly entries: readonly NotedProgram[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type RankListService = ReturnType<typeof createRankListService>;

/** Rank order lists: programs that interviewed the applicant, most preferred first. Private. */
export function createRankListService(deps: RankListDeps) {
  const { rankLists, catalogue, clock, ids } = deps;

  /** The list when `user` owns it; anyone else gets not-found (existence is not leaked). */
  async function own(user: User, id: string): Promise<RankListRecord> {
    const list = await rankLists.findById(id);
    if (!list || list.ownerId !== user.id) throw notFound('Rank list');
    return list;
  }

  const view = async ({ ownerId: _owner, ...list }: RankListRecord): Promise<RankListView> => ({
    ...list,
    entries: await withPrograms(catalogue, list.entries),
  });

  const clean = (input: RankListInput) => ({
    name: input.name.trim(),
    entries: input.entries.map((e) => ({ programId: e.programId, note: e.note.trim() })),
  });

  return {
    own,
    list: (user: User): Promise<RankListSummary[]> => rankLists.listByOwner(user.id),

    async create(user: User, input: RankListInput): Promise<RankListView> {
      await checkProgramIds(catalogue, input.entries);
      const now = clock.now().toISOString();
      const record: RankListRecord = {
        id: ids.newId(),
        ownerId: user.id,
        ...clean(input),
        createdAt: now,
        updatedAt: now,
      };
      await rankLists.create(record);
      return view(record);
    },

    async get(user: User, id: string): Promise<RankListView> {
      return view(await own(user, id));
    },

    async update(user: User, id: string, input: RankListInput): Promise<RankListView> {
      const existing = await own(user, id);
      await checkProgramIds(catalogue, input.entries);
      const record = { ...existing, ...clean(input), updatedAt: clock.now().toISOString() };
      await rankLists.update(record);
      return view(record);
    },

    async remove(user: User, id: string): Promise<void> {
      await own(user, id);
      await rankLists.delete(id);
    },
  };
}
