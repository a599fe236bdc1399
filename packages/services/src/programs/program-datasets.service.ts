import type { User } from '../account/account-domain.ts';
import type { OrganisationRepository } from '../account/account-ports.ts';
import { requireApprovedOrganisation } from '../organisations/organisation-approval.ts';
import { forbidden, notFound } from '../shared/app-error.ts';
import type { OwnedDataset } from './program-domain.ts';
import type { ProgramCatalogueRepository } from './program-ports.ts';

export interface ProgramDatasetServiceDeps {
  readonly catalogue: Pick<ProgramCatalogueRepository, 'listOwnedDatasets' | 'deleteOwnedDataset'>;
  readonly organisations: Pick<OrganisationRepository, 'findApproval'>;
}

export type ProgramDatasetService = ReturnType<typeof createProgramDatasetService>;

/** The owner scope an organisation admin's imports carry (decision 033). */
const ownerOf = (actor: User): string =>
  actor.organisationId === null ? `user:${actor.id}` : `org:${actor.organisationId}`;

/**
 * An organisation's own datasets in the shared catalogue: listed for its admins, and deleted by
 * an admin of an approved organisation (decision 040). Only rows with the organisation's owner
 * scope are ever touched, so the sample and other organisations' programs cannot go.
 */
export function createProgramDatasetService(deps: ProgramDatasetServiceDeps) {
  return {
    async listMine(actor: User): Promise<OwnedDataset[]> {
      if (actor.role !== 'organisation-admin')
        throw forbidden('Only organisation admins have their own datasets');
      return deps.catalogue.listOwnedDatasets(ownerOf(actor));
    },

    async deleteMine(actor: User, dataset: string): Promise<{ deleted: number }> {
      const organisationId = await requireApprovedOrganisation(deps.organisations, actor);
      const deleted = await deps.catalogue.deleteOwnedDataset(`org:${organisationId}`, dataset);
      if (deleted === 0) throw notFound(`Dataset "${dataset}" of your organisation`);
      return { deleted };
    },
  };
}
