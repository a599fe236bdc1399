import { ApiError } from '../../lib/api.ts';
import { IssuesList } from './issues-list.tsx';

/** Shows why the server refused an instance: its message and every issue with its path. */
export function CreateError({ error }: { readonly error: unknown }) {
  if (!error) return null;
  if (error instanceof ApiError) {
    return (
      <IssuesList
        title="The instance was not saved"
        message={error.message}
        issues={error.issues}
      />
    );
  }
  return (
    <IssuesList
      title="The instance was not saved"
      message={error instanceof Error ? error.message : 'Something went wrong.'}
      issues={[]}
    />
  );
}
