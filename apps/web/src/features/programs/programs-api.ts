import type {
  CalculatorResponse,
  CatalogueResponse,
  CreateSimulationRequest,
  ProgramImportRequest,
  ProgramImportResponse,
  ProgramListResponse,
  ProgramsMetaResponse,
  RankListRequest,
  RankListResponse,
  RankListsResponse,
  SavedListRequest,
  SavedListResponse,
  SimulationListResponse,
  SimulationResponse,
} from '@matchready/contract';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

const enc = encodeURIComponent;

/** `{ a: 1, b: undefined, c: [] }` → `?a=1` (empty values are left out). */
export function queryString(params: Readonly<Record<string, string | number | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

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
  queryFn: ({ signal }) => api.get<ProgramsMetaResponse>('/api/programs/meta', { signal }),
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
    queryFn: ({ signal }) =>
      api.get<ProgramListResponse>(`/api/programs/list${queryString({ ...params })}`, { signal }),
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
    queryFn: ({ signal }) =>
      api.get<CatalogueResponse>(`/api/programs/catalogue${queryString({ ...params })}`, {
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const savedListQuery = queryOptions({
  queryKey: programKeys.savedList,
  queryFn: ({ signal }) => api.get<SavedListResponse>('/api/programs/my-list', { signal }),
});

export function useSaveList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SavedListRequest) =>
      api.put<SavedListResponse>('/api/programs/my-list', input),
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
    queryFn: ({ signal }) =>
      api.get<CalculatorResponse>(`/api/programs/calculator${queryString({ ...params })}`, {
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const rankListsQuery = queryOptions({
  queryKey: programKeys.rankLists,
  queryFn: ({ signal }) => api.get<RankListsResponse>('/api/programs/rank-lists', { signal }),
});

export const rankListQuery = (id: string) =>
  queryOptions({
    queryKey: programKeys.rankList(id),
    queryFn: ({ signal }) =>
      api.get<RankListResponse>(`/api/programs/rank-lists/${enc(id)}`, { signal }),
  });

export function useCreateRankList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RankListRequest) =>
      api.post<RankListResponse>('/api/programs/rank-lists', input),
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
      api.put<RankListResponse>(`/api/programs/rank-lists/${enc(id)}`, input),
    onSuccess: (saved) => {
      client.setQueryData(programKeys.rankList(id), saved);
      return client.invalidateQueries({ queryKey: programKeys.rankLists });
    },
  });
}

export function useDeleteRankList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<unknown>(`/api/programs/rank-lists/${enc(id)}`),
    onSuccess: (_, id) => {
      client.removeQueries({ queryKey: programKeys.rankList(id) });
      return client.invalidateQueries({ queryKey: programKeys.rankLists });
    },
  });
}

export function useStartSimulation() {
  return useMutation({
    mutationFn: (input: CreateSimulationRequest) =>
      api.post<SimulationResponse>('/api/programs/simulations', input),
  });
}

export const simulationsQuery = queryOptions({
  queryKey: ['programs', 'simulations'] as const,
  queryFn: ({ signal }) => api.get<SimulationListResponse>('/api/programs/simulations', { signal }),
});

/** Polls every 600 ms until the simulation is done or failed. */
export const simulationQuery = (id: string) =>
  queryOptions({
    queryKey: programKeys.simulation(id),
    queryFn: ({ signal }) =>
      api.get<SimulationResponse>(`/api/programs/simulations/${enc(id)}`, { signal }),
    refetchInterval: (query) => {
      const status = query.state.data?.simulation.status;
      return status === 'done' || status === 'failed' ? false : 600;
    },
  });

export function useImportPrograms() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProgramImportRequest) =>
      api.post<ProgramImportResponse>('/api/programs/imports', input),
    onSuccess: () => client.invalidateQueries({ queryKey: programKeys.all }),
  });
}

export const exportUrl = (format: 'csv' | 'json') => `/api/programs/export?format=${format}`;
export const savedListCsvUrl = '/api/programs/my-list/csv';
