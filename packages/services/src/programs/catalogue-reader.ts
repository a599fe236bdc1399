import type { CatalogueProgram } from './program-domain.ts';
import type {
  CatalogueReader,
  CatalogueSnapshot,
  ProgramCatalogueRepository,
} from './program-ports.ts';

/**
 * The shared catalogue kept in memory and re-read when the repository's stamp (count, last
 * change) says it changed, so an import by the CLI while the server runs is seen on the next
 * request. One reader is shared by every program service of a process.
 */
export function createCatalogueReader(repository: ProgramCatalogueRepository): CatalogueReader {
  let snapshot: CatalogueSnapshot | null = null;

  async function current(): Promise<CatalogueSnapshot> {
    const { count, changedAt } = await repository.stamp();
    const stamp = `${count}|${changedAt ?? ''}`;
    if (snapshot?.stamp === stamp) return snapshot;
    const programs = await repository.listAll();
    snapshot = { stamp, programs, byId: new Map(programs.map((p) => [p.id, p])) };
    return snapshot;
  }

  return {
    snapshot: current,
    all: async () => (await current()).programs,
    async byIds(wanted) {
      const { byId } = await current();
      const found = new Map<string, CatalogueProgram>();
      for (const id of wanted) {
        const program = byId.get(id);
        if (program) found.set(id, program);
      }
      return found;
    },
  };
}
