import type {
  CreateSimulationRequest,
  ProgramImportRequest,
  RankListRequest,
  SavedListRequest,
} from '@matchready/contract';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call, urlFor } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';

export const programKeys = {
  all: ['programs'] as const,
  meta: ['programs', 'meta'] as const,
  list: (params: object) => ['programs', 'list', params] as const,
  catalogue: (params: object) => ['programs', 'catalogue', params] as const,
  savedList: ['programs', 'my-list'] as const,
  calculator: (params: object) => ['programs', 'calculator', params] as const,
  rankLists: ['programs', 'rank-lists'] as const,
  rankList: (id: string) => ['programs', 'rank-lists', id] as const,
  simulation: (id: string) => ['programs', 'simulations', id] as const,
};

export const metaQuery = queryOptions({
  queryKey: programKeys.meta,
  queryFn: ({ signal }) => call(endpoints.programsMeta, { signal }),
  staleTime: 5 * 60_000,
});

export interface ListParams {
  readonly specialty?: string | undefined;
  readonly state?: string | undefined;
  readonly tier?: string | undefined;
  readonly eligibility?: 'all' | 'eligible' | 'ineligible';
  readonly visa?: 'j1' | 'h1b' | undefined;
  readonly sort?: 'tier' | 'score' | 'name' | 'state';
  readonly page?: number;
  readonly pageSize?: number;
}

export const programListQuery = (params: ListParams) =>
  queryOptions({
    queryKey: programKeys.list(params),
    queryFn: ({ signal }) => call(endpoints.buildProgramList, { query: params, signal }),
    placeholderData: keepPreviousData,
  });

export interface CatalogueParams {
  readonly q?: string | undefined;
  readonly specialty?: string | undefined;
  readonly ids?: string | undefined;
  readonly page?: number;
  readonly pageSize?: number;
}

export const catalogueQuery = (params: CatalogueParams) =>
  queryOptions({
    queryKey: programKeys.catalogue(params),
    queryFn: ({ signal }) => call(endpoints.searchCatalogue, { query: params, signal }),
    placeholderData: keepPreviousData,
  });

export const savedListQuery = queryOptions({
  queryKey: programKeys.savedList,
  queryFn: ({ signal }) => call(endpoints.getSavedList, { signal }),
});

export function useSaveList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SavedListRequest) => call(endpoints.putSavedList, { body: input }),
    onSuccess: (saved) => client.setQueryData(programKeys.savedList, saved),
  });
}

export interface CalculatorParams {
  readonly specialty: string;
  readonly ranks: number;
  readonly type: 'non-us-img' | 'us-img';
  readonly step2?: number | undefined;
}

export const calculatorQuery = (params: CalculatorParams) =>
  queryOptions({
    queryKey: programKeys.calculator(params),
    queryFn: ({ signal }) => call(endpoints.calculateMatch, { query: params, signal }),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const rankListsQuery = queryOptions({
  queryKey: programKeys.rankLists,
  queryFn: ({ signal }) => call(endpoints.listRankLists, { signal }),
});

export const rankListQuery = (id: string) =>
  queryOptions({
    queryKey: programKeys.rankList(id),
    queryFn: ({ signal }) => call(endpoints.getRankList, { params: { id }, signal }),
  });

export function useCreateRankList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RankListRequest) => call(endpoints.createRankList, { body: input }),
    onSuccess: ({ rankList }) => {
      client.setQueryData(programKeys.rankList(rankList.id), { rankList });
      return client.invalidateQueries({ queryKey: programKeys.rankLists });
    },
  });
}

export function useUpdateRankList(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RankListRequest) =>
      call(endpoints.updateRankList, { params: { id }, body: input }),
    onSuccess: (saved) => {
      client.setQueryData(programKeys.rankList(id), saved);
      return client.invalidateQueries({ queryKey: programKeys.rankLists });
    },
  });
}

export function useDeleteRankList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(endpoints.deleteRankList, { params: { id } }),
    onSuccess: (_, id) => {
      client.removeQueries({ queryKey: programKeys.rankList(id) });
      return client.invalidateQueries({ queryKey: programKeys.rankLists });
    },
  });
}

export function useStartSimulation() {
  return useMutation({
    mutationFn: (input: CreateSimulationRequest) =>
      call(endpoints.createSimulation, { body: input }),
  });
}

export const simulationsQuery = queryOptions({
  queryKey: ['programs', 'simulations'] as const,
  queryFn: ({ signal }) => call(endpoints.listSimulations, { signal }),
});

/** Polls every 600 ms until the simulation is done or failed. */
export const simulationQuery = (id: string) =>
  queryOptions({
    queryKey: programKeys.simulation(id),
    queryFn: ({ signal }) => call(endpoints.getSimulation, { params: { id }, signal }),
    refetchInterval: (query) => {
      const status = query.state.data?.simulation.status;
      return status === 'done' || status === 'failed' ? false : 600;
    },
  });

export function useImportPrograms() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProgramImportRequest) => call(endpoints.importPrograms, { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: programKeys.all }),
  });
}

/** Downloads are links the browser follows itself (its own progress, the server's file name). */
export const exportUrl = (format: 'csv' | 'json') =>
  urlFor(endpoints.exportPrograms, { query: { format } });
export const savedListCsvUrl = urlFor(endpoints.exportSavedList);
