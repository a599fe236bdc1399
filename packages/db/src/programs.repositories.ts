import type { ProgramPorts } from '@matchready/services';
import type { Kysely } from 'kysely';
import { createProgramCatalogueRepository } from './program-catalogue.repository.ts';
import { createRankListRepository } from './rank-list.repository.ts';
import { createSavedProgramListRepository } from './saved-program-list.repository.ts';
import type { Database } from './schema.ts';
import { createSimulationRepository } from './simulation.repository.ts';

/** The program features' repositories, grouped as the services' ProgramPorts. */
export function createProgramRepositories(db: Kysely<Database>): ProgramPorts {
  return {
    catalogue: createProgramCatalogueRepository(db),
    savedLists: createSavedProgramListRepository(db),
    rankLists: createRankListRepository(db),
    simulations: createSimulationRepository(db),
  };
}
