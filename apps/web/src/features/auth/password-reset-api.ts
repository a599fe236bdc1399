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
    // The reset mail is written after the answer (so timing does not reveal known addresses):
    // keep asking until it is there, even while the tab is in the background.
    refetchInterval: 2000,
    refetchIntervalInBackground: true,
  });

export const outboxQuery = queryOptions({
  queryKey: ['outbox'],
  queryFn: ({ signal }) => call(endpoints.listOutbox, { signal }),
});
