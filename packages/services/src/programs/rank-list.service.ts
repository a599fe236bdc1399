import type { User } from '../account/account-domain.ts';
import type { ProfileRepository } from '../account/account-ports.ts';
import { ownedBy } from '../shared/ownership.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import {
  assertInCatalogue,
  entryProgramIds,
  type NotedProgram,
  type ProgramNote,
  type RankListRecord,
  type RankListSummary,
  withAssessments,
  withPrograms,
} from './program-domain.ts';
import type { CatalogueReader, RankListRepository } from './program-ports.ts';
import { nextMatchYear } from './program-profile.ts';

export interface RankListDeps {
  readonly rankLists: RankListRepository;
  /** For each entry's eligibility, tier and chance under the current profile. */
  readonly profiles: ProfileRepository;
  readonly catalogue: CatalogueReader;
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
  const { rankLists, catalogue, clock, ids, profiles } = deps;

  const own = async (user: User, id: string): Promise<RankListRecord> =>
    ownedBy(await rankLists.findById(id), user.id, 'Rank list');

  const view = async ({ ownerId, ...list }: RankListRecord): Promise<RankListView> => ({
    ...list,
    entries: withAssessments(
      withPrograms(list.entries, await catalogue.byIds(entryProgramIds(list.entries))),
      await profiles.find(ownerId),
      nextMatchYear(clock.now()),
    ),
  });

  const clean = (input: RankListInput) => ({
    name: input.name.trim(),
    entries: input.entries.map((e) => ({ programId: e.programId, note: e.note.trim() })),
  });

  return {
    list: (user: User): Promise<RankListSummary[]> => rankLists.listByOwner(user.id),

    async create(user: User, input: RankListInput): Promise<RankListView> {
      assertInCatalogue(input.entries, await catalogue.byIds(entryProgramIds(input.entries)));
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
      assertInCatalogue(input.entries, await catalogue.byIds(entryProgramIds(input.entries)));
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
