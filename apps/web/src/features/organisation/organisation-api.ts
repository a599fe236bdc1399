import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';

export const organisationKeys = {
  mine: ['organisation'] as const,
  datasets: ['organisation', 'datasets'] as const,
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
    // The catalogue and its datasets changed for everyone reading them.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: organisationKeys.datasets }),
        client.invalidateQueries({ queryKey: ['programs'] }),
      ]),
  });
}
