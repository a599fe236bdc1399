import type { CreateInstanceRequest } from '@matchready/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';

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
  queryFn: ({ signal }) => call(endpoints.listInstances, { signal }),
});

export const instanceQuery = (id: string) =>
  queryOptions({
    queryKey: matchKeys.instance(id),
    queryFn: ({ signal }) => call(endpoints.getInstance, { params: { id }, signal }),
  });

export const runsQuery = (instanceId: string) =>
  queryOptions({
    queryKey: matchKeys.runs(instanceId),
    queryFn: ({ signal }) => call(endpoints.listRuns, { params: { id: instanceId }, signal }),
  });

export const runQuery = (runId: string) =>
  queryOptions({
    queryKey: matchKeys.run(runId),
    queryFn: ({ signal }) => call(endpoints.getRun, { params: { id: runId }, signal }),
    // A run never changes once made.
    staleTime: Number.POSITIVE_INFINITY,
  });

export const explainQuery = (runId: string, applicantId: string) =>
  queryOptions({
    queryKey: matchKeys.explain(runId, applicantId),
    queryFn: ({ signal }) =>
      call(endpoints.explainRun, { params: { id: runId, applicantId }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const fetchSample = () => call(endpoints.sampleInstance);

export function useCreateInstance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateInstanceRequest) => call(endpoints.createInstance, { body: input }),
    onSuccess: ({ instance }) => {
      client.setQueryData(matchKeys.instance(instance.id), { instance });
      return client.invalidateQueries({ queryKey: matchKeys.instances });
    },
  });
}

export function useDeleteInstance() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(endpoints.deleteInstance, { params: { id } }),
    onSuccess: (_, id) => {
      // Drop it from the cached list at once, so the list never shows a deleted instance.
      client.setQueryData(instancesQuery.queryKey, (list) =>
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
    mutationFn: () => call(endpoints.createRun, { params: { id: instanceId } }),
    onSuccess: ({ run }) => {
      client.setQueryData(matchKeys.run(run.id), { run });
      return client.invalidateQueries({ queryKey: matchKeys.runs(instanceId) });
    },
  });
}
