import type { User } from '../account/account-domain.ts';
import type {
  ProgramImport,
  RankListRecord,
  SavedProgramList,
  SimulationRecord,
} from './program-domain.ts';
import type { ProgramPorts } from './program-ports.ts';

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
