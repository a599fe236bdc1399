import type { Issue } from '../vocabulary/errors.ts';

export type { Issue };

/** Expected failures come back as values; programmer errors throw via invariant(). */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(issues: readonly Issue[]): Result<T> => ({ ok: false, issues });

/** Formats a path the way users read it: programs[3].ranking[0]. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}
