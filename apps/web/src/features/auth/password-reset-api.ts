import type { PasswordResetConfirm } from '@matchready/contract';
import { queryOptions, useMutation } from '@tanstack/react-query';
import { call } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';

export const useRequestPasswordReset = () =>
  useMutation({
    mutationFn: (email: string) =>
      call(endpoints.requestPasswordReset, { body: { email }, skipAuthRedirect: true }),
  });

export const useConfirmPasswordReset = () =>
  useMutation({
    mutationFn: (body: PasswordResetConfirm) =>
      call(endpoints.confirmPasswordReset, { body, skipAuthRedirect: true }),
  });

/** Demo mode without SMTP: the outbox of the address a reset was asked for. */
export const demoOutboxQuery = (to: string) =>
  queryOptions({
    queryKey: ['demo-outbox', to],
    queryFn: ({ signal }) =>
      call(endpoints.listDemoOutbox, { query: { to }, signal, skipAuthRedirect: true }),
    refetchInterval: 2000,
  });

export const outboxQuery = queryOptions({
  queryKey: ['outbox'],
  queryFn: ({ signal }) => call(endpoints.listOutbox, { signal }),
});
