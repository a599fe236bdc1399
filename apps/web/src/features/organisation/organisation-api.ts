import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';

export const organisationKeys = {
  mine: ['organisation'] as const,
  // Under 'programs': a program import (which invalidates ['programs']) refreshes the list too.
  datasets: ['programs', 'organisation-datasets'] as const,
};

/** The admin's organisation, its member count and whether a site admin approved it. */
export const organisationQuery = queryOptions({
  queryKey: organisationKeys.mine,
  queryFn: ({ signal }) => call(endpoints.getOrganisation, { signal }),
});

export const datasetsQuery = queryOptions({
  queryKey: organisationKeys.datasets,
  queryFn: ({ signal }) => call(endpoints.listOrganisationDatasets, { signal }),
});

export function useDeleteDataset() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (dataset: string) =>
      call(endpoints.deleteOrganisationDataset, { query: { dataset } }),
    // The catalogue (and with it this list) changed for everyone reading it.
    onSuccess: () => client.invalidateQueries({ queryKey: ['programs'] }),
  });
}
