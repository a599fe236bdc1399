import {
  api,
  type CatalogueResponse,
  type EndpointDefinition,
  pathFor,
  type RankListResponse,
  type SimulationResponse,
} from '@matchready/contract';
import type { Agent } from '../test-app.ts';

/** What a programs matrix entry needs of the party whose resources it addresses. */
export interface ProgramsTarget {
  readonly rankListId: string;
  readonly simulationId: string;
}

interface Entry {
  readonly scoped: boolean;
  request(target: ProgramsTarget): { path: string; body?: unknown };
}

const plain = (endpoint: EndpointDefinition, body?: unknown) => () => ({
  path: endpoint.path,
  ...(body === undefined ? {} : { body }),
});
const rankList = (endpoint: EndpointDefinition, body?: unknown) => (t: ProgramsTarget) => ({
  path: pathFor(endpoint, { id: t.rankListId }),
  ...(body === undefined ? {} : { body }),
});
let imported = 0;

/** The programs endpoints' rows of the authorization matrix (authorization.routes.test.ts). */
export const PROGRAMS_MATRIX = {
  programsMeta: { scoped: false, request: plain(api.programsMeta) },
  searchCatalogue: { scoped: false, request: plain(api.searchCatalogue) },
  buildProgramList: { scoped: false, request: plain(api.buildProgramList) },
  getSavedList: { scoped: false, request: plain(api.getSavedList) },
  putSavedList: { scoped: false, request: plain(api.putSavedList, { entries: [] }) },
  exportSavedList: { scoped: false, request: plain(api.exportSavedList) },
  calculateMatch: {
    scoped: false,
    request: () => ({
      path: `${api.calculateMatch.path}?specialty=internal-medicine&ranks=5&type=non-us-img`,
    }),
  },
  listRankLists: { scoped: false, request: plain(api.listRankLists) },
  createRankList: {
    scoped: false,
    request: plain(api.createRankList, { name: 'New list', entries: [] }),
  },
  getRankList: { scoped: true, request: rankList(api.getRankList) },
  updateRankList: {
    scoped: true,
    request: rankList(api.updateRankList, { name: 'Renamed', entries: [] }),
  },
  deleteRankList: { scoped: true, request: rankList(api.deleteRankList) },
  createSimulation: {
    scoped: false,
    request: (t: ProgramsTarget) => ({
      path: api.createSimulation.path,
      body: { rankListId: t.rankListId, runs: 1, competitors: 0 },
    }),
  },
  listSimulations: { scoped: false, request: plain(api.listSimulations) },
  getSimulation: {
    scoped: true,
    request: (t: ProgramsTarget) => ({
      path: pathFor(api.getSimulation, { id: t.simulationId }),
    }),
  },
  importPrograms: {
    scoped: false,
    request: () => ({
      path: api.importPrograms.path,
      body: {
        format: 'csv',
        content: `id,name,specialty\nMATRIX-${++imported},Matrix program,Internal Medicine\n`,
      },
    }),
  },
  exportPrograms: { scoped: false, request: plain(api.exportPrograms) },
} as const satisfies Record<string, Entry>;

/**
 * Gives an applicant a profile, a one-program rank list and a finished-or-running one-run
 * simulation, as the matrix's targets (the catalogue must hold an Internal Medicine program).
 * Other roles own none of these.
 */
export async function programsParty(agent: Agent, applicant: boolean): Promise<ProgramsTarget> {
  if (!applicant) return { rankListId: 'none', simulationId: 'none' };
  const profile = await agent.put(api.putProfile.path, {
    applicantType: 'non-us-img',
    graduationYear: 2022,
    visaNeed: 'j1',
    step2Score: 245,
    specialties: ['Internal Medicine'],
  });
  if (profile.status !== 200) throw new Error(`profile failed: ${profile.text}`);
  const found = await agent.get(
    `${api.searchCatalogue.path}?specialty=internal-medicine&pageSize=1`,
  );
  const program = (found.body as CatalogueResponse).programs[0];
  if (!program) throw new Error('the matrix needs a seeded catalogue');
  const created = await agent.post(api.createRankList.path, {
    name: 'Mine',
    entries: [{ programId: program.id, note: 'private note' }],
  });
  if (created.status !== 201) throw new Error(`rank list failed: ${created.text}`);
  const rankListId = (created.body as RankListResponse).rankList.id;
  const simulation = await agent.post(api.createSimulation.path, {
    rankListId,
    runs: 1,
    competitors: 0,
  });
  if (simulation.status !== 202) throw new Error(`simulation failed: ${simulation.text}`);
  return { rankListId, simulationId: (simulation.body as SimulationResponse).simulation.id };
}
