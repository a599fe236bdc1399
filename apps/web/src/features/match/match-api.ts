import type {
  CreateInstanceRequest,
  ExplanationResponse,
  InstanceListResponse,
  InstanceResponse,
  MatchProblemJson,
  RunListResponse,
  RunResponse,
} from '@matchready/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

const enc = encodeURIComponent;

export const matchKeys = {
  all: ['match'] as const,
  instances: ['match', 'instances'] as const,
  instance: (id: string) => ['match', 'instances', id] as const,
  runs: (instanceId: string) => ['match', 'instances', instanceId, 'runs'] as const,
  run: (runId: string) => ['match', 'runs', runId] as const,
  explain: (runId: string, applicantId: string) =>
    ['match', 'runs', runId, 'explain', applicantId] as const,
};

export const instancesQuery = queryOptions({
  queryKey: matchKeys.instances,
  queryFn: ({ signal }) => api.get<InstanceListResponse>('/api/match/instances', { signal }),
});

export const instanceQuery = (id: string) =>
  queryOptions({
    queryKey: matchKeys.instance(id),
    queryFn: ({ signal }) =>
      api.get<InstanceResponse>(`/api/match/instances/${enc(id)}`, { signal }),
  });

export const runsQuery = (instanceId: string) =>
  queryOptions({
    queryKey: matchKeys.runs(instanceId),
    queryFn: ({ signal }) =>
      api.get<RunListResponse>(`/api/match/instances/${enc(instanceId)}/runs`, { signal }),
  });

export const runQuery = (runId: string) =>
  queryOptions({
    queryKey: matchKeys.run(runId),
    queryFn: ({ signal }) => api.get<RunResponse>(`/api/match/runs/${enc(runId)}`, { signal }),
    // A run never changes once made.
    staleTime: Number.POSITIVE_INFINITY,
  });

export const explainQuery = (runId: string, applicantId: string) =>
  queryOptions({
    queryKey: matchKeys.explain(runId, applicantId),
    queryFn: ({ signal }) =>
      api.get<ExplanationResponse>(`/api/match/runs/${enc(runId)}/explain/${enc(applicantId)}`, {
        signal,
      }),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const fetchSample = () => api.get<MatchProblemJson>('/api/match/sample');

export function useCreateInstance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateInstanceRequest) =>
      api.post<InstanceResponse>('/api/match/instances', input),
    onSuccess: ({ instance }) => {
      client.setQueryData(matchKeys.instance(instance.id), { instance });
      return client.invalidateQueries({ queryKey: matchKeys.instances });
    },
  });
}

export function useDeleteInstance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<unknown>(`/api/match/instances/${enc(id)}`),
    onSuccess: (_, id) => {
      // Drop it from the cached list at once, so the list never shows a deleted instance.
      client.setQueryData<InstanceListResponse>(matchKeys.instances, (list) =>
        list ? { instances: list.instances.filter((item) => item.id !== id) } : list,
      );
      client.removeQueries({ queryKey: matchKeys.instance(id) });
      client.removeQueries({ queryKey: matchKeys.runs(id) });
      return client.invalidateQueries({ queryKey: matchKeys.instances });
    },
  });
}

export function useCreateRun(instanceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<RunResponse>(`/api/match/instances/${enc(instanceId)}/runs`, {}),
    onSuccess: ({ run }) => {
      client.setQueryData(matchKeys.run(run.id), { run });
      return client.invalidateQueries({ queryKey: matchKeys.runs(instanceId) });
    },
  });
}
