import { api, pathFor } from '@matchready/contract';
import type { Agent } from '../test-app.ts';

/** What the organisation-admin matrix entries need of a party. */
export interface OrganisationAdminTarget {
  /** The party's own organisation; null for roles without one. */
  readonly organisationId: string | null;
}

interface Entry {
  readonly scoped: boolean;
  request(target: OrganisationAdminTarget): { path: string; body?: unknown };
}

/** The dataset each organisation-admin party imports, so that deleting it answers 200. */
export const MATRIX_DATASET = 'Matrix dataset';

let spare: string | undefined;
/**
 * The organisation a party without one (site admin, applicant, mentor) tries to approve: a
 * real one, so a site admin's 200 is a real approval and the others' 403 a real refusal.
 */
export const useSpareOrganisation = (id: string) => {
  spare = id;
};

let imported = 0;

/**
 * Organisation approval and datasets (decision 040). An organisation admin "approving" its own
 * organisation gets 403 like every non-site-admin.
 */
export const ORGANISATION_ADMIN_MATRIX = {
  adminListOrganisations: {
    scoped: false,
    request: () => ({ path: api.adminListOrganisations.path }),
  },
  setOrganisationApproval: {
    scoped: false,
    request: (t: OrganisationAdminTarget) => {
      const id = t.organisationId ?? spare;
      if (id === undefined) throw new Error('call useSpareOrganisation first');
      return { path: pathFor(api.setOrganisationApproval, { id }), body: { approved: true } };
    },
  },
  listOrganisationDatasets: {
    scoped: false,
    request: () => ({ path: api.listOrganisationDatasets.path }),
  },
  deleteOrganisationDataset: {
    scoped: false,
    request: () => ({
      path: `${api.deleteOrganisationDataset.path}?dataset=${encodeURIComponent(MATRIX_DATASET)}`,
    }),
  },
} as const satisfies Record<string, Entry>;

/**
 * An organisation admin's organisation (approved by `approve`) with one imported dataset; other
 * roles have none.
 */
export async function organisationAdminParty(
  agent: Agent,
  approve: ((agent: Agent) => Promise<string>) | null,
): Promise<OrganisationAdminTarget> {
  if (approve === null) return { organisationId: null };
  const organisationId = await approve(agent);
  const n = ++imported;
  const reply = await agent.post(api.importPrograms.path, {
    format: 'csv',
    dataset: MATRIX_DATASET,
    content: `id,name,specialty\nMATRIX-ORG-${n}-A,Matrix org program,Internal Medicine\nMATRIX-ORG-${n}-B,Matrix org program,Pediatrics\n`,
  });
  if (reply.status !== 201) throw new Error(`dataset import failed: ${reply.text}`);
  return { organisationId };
}
