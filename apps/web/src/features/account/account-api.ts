import type { ChangePasswordRequest, DeleteAccountRequest } from '@matchready/contract';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';

export const useChangePassword = () =>
  useMutation({
    mutationFn: (input: ChangePasswordRequest) => call(endpoints.changePassword, { body: input }),
  });

export const useDeleteAccount = () =>
  useMutation({
    mutationFn: (input: DeleteAccountRequest) =>
      call(endpoints.deleteAccount, { body: input, skipAuthRedirect: true }),
  });

/** Fetches the export and hands it to the browser as a file download. */
export const useExportAccount = () =>
  useMutation({
    mutationFn: async () => {
      const data = await call(endpoints.exportAccount);
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `matchready-export-${data.exportedAt.slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return data;
    },
  });
