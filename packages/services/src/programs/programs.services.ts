import type { ProfileRepository } from '../account/account-ports.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import { createCatalogueReader } from './catalogue-reader.ts';
import { createInProcessSimulationRunner } from './in-process-simulation-runner.ts';
import { createProgramCatalogueService } from './program-catalogue.service.ts';
import { createProgramListService } from './program-list.service.ts';
import type { ProgramPorts, SimulationRunner } from './program-ports.ts';
import { createRankListService } from './rank-list.service.ts';
import { createSavedProgramListService } from './saved-program-list.service.ts';
import { createSimulationService } from './simulation.service.ts';

export interface ProgramServicesDeps {
  readonly programs: ProgramPorts;
  readonly profiles: ProfileRepository;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Worker threads in the server; in-process (one at a time) when left out. */
  readonly simulationRunner?: SimulationRunner | undefined;
}

export type ProgramServices = ReturnType<typeof createProgramServices>;

/**
 * The programs module's use cases, each given the ports it needs. They share one in-memory
 * catalogue reader, and none calls another.
 */
export function createProgramServices(deps: ProgramServicesDeps) {
  const { clock, ids, profiles } = deps;
  const { catalogue: repository, savedLists, rankLists, simulations } = deps.programs;
  const catalogue = createCatalogueReader(repository);
  return {
    catalogue: createProgramCatalogueService({
      catalogue: repository,
      reader: catalogue,
      clock,
      ids,
    }),
    lists: createProgramListService({ profiles, catalogue, clock }),
    savedList: createSavedProgramListService({ savedLists, catalogue, profiles, clock }),
    rankLists: createRankListService({ rankLists, catalogue, clock, ids, profiles }),
    simulations: createSimulationService({
      simulations,
      rankLists,
      catalogue,
      profiles,
      runner: deps.simulationRunner ?? createInProcessSimulationRunner(),
      clock,
      ids,
    }),
  };
}
