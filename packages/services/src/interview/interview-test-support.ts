import type { User } from '../account/account-domain.ts';
import { AppError } from '../shared/app-error.ts';

/** Shared by the interview service tests. */
export const applicant = (id: string): User => ({
  id,
  email: `${id}@example.org`,
  displayName: id,
  role: 'applicant',
  createdAt: '2025-01-01T00:00:00.000Z',
  organisationId: null,
  isDemo: false,
});

/** Money and prestige as the motive, and sweeping criticism of the home system (34 words). */
export const WEAK_WHY_US =
  'I want to train in the US because the salary is much higher and the programs are prestigious. ' +
  'The hospitals in Nigeria are corrupt and backward, so there is no future for me there.';

/** Structured training, US clinical experience and a long-term goal, told with respect (60 words). */
export const STRONG_WHY_US =
  'I chose US residency because its structured curriculum and daily feedback will make me a safer physician. ' +
  'During my observership in Chicago I saw how teams review every admission together. ' +
  'I am grateful for my training in Lagos, which taught me so much about careful examination. ' +
  'My long-term goal is a nephrology fellowship and a dialysis program for underserved patients.';

export async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error('expected an AppError');
  return {
    code: error.code,
    issues: error.details.issues?.map((issue) => [issue.path, issue.message]),
  };
}
