import type { User } from '../account/account-domain.ts';
import type { ProfileRepository } from '../account/account-ports.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import { createInProcessSimulationRunner } from './in-process-simulation-runner.ts';
import { createProgramCatalogueService } from './program-catalogue.service.ts';
import type {
  ProgramImport,
  RankListRecord,
  SavedProgramList,
  SimulationRecord,
} from './program-domain.ts';
import { createProgramListService } from './program-list.service.ts';
import type {
  ProgramCatalogueRepository,
  RankListRepository,
  SavedProgramListRepository,
  SimulationRepository,
  SimulationRunner,
} from './program-ports.ts';
import { createRankListService } from './rank-list.service.ts';
import { createSavedProgramListService } from './saved-program-list.service.ts';
import { createSimulationService } from './simulation.service.ts';

/** The program features' repositories (packages/db: createProgramRepositories). */
export interface ProgramPorts {
  readonly catalogue: ProgramCatalogueRepository;
  readonly savedLists: SavedProgramListRepository;
  readonly rankLists: RankListRepository;
  readonly simulations: SimulationRepository;
}

export interface ProgramServicesDeps {
  readonly programs: ProgramPorts;
  readonly profiles: ProfileRepository;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Worker threads in the server; in-process (one at a time) when left out. */
  readonly simulationRunner?: SimulationRunner | undefined;
}

export type ProgramServices = ReturnType<typeof createProgramServices>;

/** Catalogue, list builder and calculator, saved list, rank lists and simulations, wired together. */
export function createProgramServices(deps: ProgramServicesDeps) {
  const { clock, ids, profiles } = deps;
  const ports = deps.programs;
  const catalogue = createProgramCatalogueService({ catalogue: ports.catalogue, clock, ids });
  const lists = createProgramListService({ profiles, catalogue, clock });
  const rankLists = createRankListService({ rankLists: ports.rankLists, catalogue, clock, ids });
  return {
    catalogue,
    lists,
    savedList: createSavedProgramListService({
      savedLists: ports.savedLists,
      catalogue,
      lists,
      clock,
    }),
    rankLists,
    simulations: createSimulationService({
      simulations: ports.simulations,
      rankListService: rankLists,
      catalogue,
      profiles,
      runner: deps.simulationRunner ?? createInProcessSimulationRunner(),
      clock,
      ids,
    }),
  };
}

/** The applicant's program data, for the account export (catalogue records are not personal). */
export interface ProgramDataExport {
  readonly savedList: SavedProgramList | null;
  readonly rankLists: Omit<RankListRecord, 'ownerId'>[];
  readonly simulations: Omit<SimulationRecord, 'ownerId'>[];
  /** Imports this user made into the shared catalogue. */
  readonly programImports: ProgramImport[];
}

export async function exportProgramData(
  ports: ProgramPorts,
  user: User,
): Promise<ProgramDataExport> {
  const [savedList, rankLists, simulations, imports] = await Promise.all([
    ports.savedLists.find(user.id),
    ports.rankLists.listRecordsByOwner(user.id),
    ports.simulations.listRecordsByOwner(user.id),
    ports.catalogue.listImports(),
  ]);
  return {
    savedList,
    rankLists: rankLists.map(({ ownerId: _o, ...list }) => list),
    simulations: simulations.map(({ ownerId: _o, ...simulation }) => simulation),
    programImports: imports.filter((i) => i.importedBy === user.id),
  };
}
