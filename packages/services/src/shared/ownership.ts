import { notFound } from './app-error.ts';

/**
 * The record when `userId` owns it. Anyone else gets not-found, exactly as for an id that does
 * not exist, so another user's ids are not leaked.
 */
export function ownedBy<T extends { readonly ownerId: string }>(
  record: T | null,
  userId: string,
  what: string,
): T {
  if (!record || record.ownerId !== userId) throw notFound(what);
  return record;
}
