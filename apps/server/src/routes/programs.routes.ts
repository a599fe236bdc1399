import { api, SYNTHETIC_SAMPLE_NOTICE } from '@matchready/contract';
import { programExportFile, savedListFile } from '@matchready/contract/files';
import type { ProgramListView } from '@matchready/services';
import { programsFromUpload } from '../http/files.ts';
import type { RouteDeps } from './deps.ts';

/** The list view in the contract's shape: the core profile under contract names. */
const listResponse = ({ profile, ...view }: ProgramListView) => ({
  ...view,
  profile: {
    applicantType: profile.applicantType,
    step2: profile.step2,
    failedAttempts: profile.failedAttempts,
    graduationYear: profile.graduationYear,
    yearsSinceGraduation: profile.yearsSinceGraduation,
    visa: profile.visa,
    step3: profile.step3,
    usceMonths: profile.usceMonths,
    researchItems: profile.researchItems ?? null,
    ecfmgCertified: profile.ecfmgCertifiedByRankDeadline ?? null,
    specialties: [...profile.specialties],
    unknownSpecialties: profile.unknownSpecialties,
    states: [...profile.states],
  },
  syntheticNotice: SYNTHETIC_SAMPLE_NOTICE,
});

export function registerProgramRoutes({ router, services }: RouteDeps): void {
  const { catalogue, lists, savedList, rankLists, simulations } = services.programs;

  router.mount(api.programsMeta, async () => ({
    ...(await catalogue.meta()),
    syntheticNotice: SYNTHETIC_SAMPLE_NOTICE,
  }));
  router.mount(api.searchCatalogue, ({ query }) => catalogue.search(query));
  router.mount(api.buildProgramList, async ({ auth, query }) =>
    listResponse(await lists.build(auth.user, query)),
  );
  router.mount(api.calculateMatch, ({ query }) => ({ estimate: lists.calculate(query) }));

  router.mount(api.getSavedList, async ({ auth }) => ({ list: await savedList.get(auth.user) }));
  router.mount(api.putSavedList, async ({ auth, body }) => ({
    list: await savedList.save(auth.user, body.entries),
  }));
  router.mount(api.exportSavedList, async ({ auth }) =>
    savedListFile(await savedList.export(auth.user)),
  );

  router.mount(api.listRankLists, async ({ auth }) => ({
    rankLists: await rankLists.list(auth.user),
  }));
  router.mount(api.createRankList, async ({ auth, body }) => ({
    rankList: await rankLists.create(auth.user, body),
  }));
  router.mount(api.getRankList, async ({ auth, params }) => ({
    rankList: await rankLists.get(auth.user, params.id),
  }));
  router.mount(api.updateRankList, async ({ auth, params, body }) => ({
    rankList: await rankLists.update(auth.user, params.id, body),
  }));
  router.mount(api.deleteRankList, async ({ auth, params }) => {
    await rankLists.remove(auth.user, params.id);
    return undefined;
  });

  router.mount(api.createSimulation, async ({ auth, body }) => ({
    simulation: await simulations.create(auth.user, body),
  }));
  router.mount(api.listSimulations, async ({ auth }) => ({
    simulations: await simulations.list(auth.user),
  }));
  router.mount(api.getSimulation, async ({ auth, params }) => ({
    simulation: await simulations.get(auth.user, params.id),
  }));

  router.mount(api.importPrograms, ({ auth, body }) =>
    catalogue.import(auth.user, programsFromUpload(body)),
  );
  router.mount(api.exportPrograms, async ({ query }) =>
    programExportFile(query.format, await catalogue.export(query.dataset)),
  );
}
