import type { OrganisationRepository, ProfileRepository } from '../account/account-ports.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import { createCatalogueReader } from './catalogue-reader.ts';
import { createInProcessSimulationRunner } from './in-process-simulation-runner.ts';
import { createProgramCatalogueService } from './program-catalogue.service.ts';
import { createProgramDatasetService } from './program-datasets.service.ts';
import { createProgramListService } from './program-list.service.ts';
import type { ProgramPorts, SimulationRunner } from './program-ports.ts';
import { createRankListService } from './rank-list.service.ts';
import { createSavedProgramListService } from './saved-program-list.service.ts';
import { createSimulationService } from './simulation.service.ts';

export interface ProgramServicesDeps {
  readonly programs: ProgramPorts;
  readonly profiles: ProfileRepository;
  /** Whether an organisation admin's organisation is approved (decision 040). */
  readonly organisations: Pick<OrganisationRepository, 'findApproval'>;
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
  const { clock, ids, profiles, organisations } = deps;
  const { catalogue: repository, savedLists, rankLists, simulations } = deps.programs;
  const catalogue = createCatalogueReader(repository);
  return {
    catalogue: createProgramCatalogueService({
      catalogue: repository,
      reader: catalogue,
      organisations,
      clock,
      ids,
    }),
    datasets: createProgramDatasetService({ catalogue: repository, organisations }),
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
