import type { Issue } from '@matchready/core';
import { ERROR_CODES, type ErrorCode } from '@matchready/core/vocabulary';

export type { ErrorCode };

/**
 * Every shared error code (the core's one list) and its exit code; a new code fails the type
 * check here until it is given one. 1: our fault · 2: fix the input or arguments · 3: not
 * allowed · 4: try again later. Documented in docs/instance-format.md ("Exit codes").
 */
export const exitCodes: Readonly<Record<ErrorCode, number>> = {
  internal: 1,
  'invalid-input': 2,
  'not-found': 2,
  conflict: 2,
  'payload-too-large': 2,
  forbidden: 3,
  unauthenticated: 3,
  'rate-limited': 4,
};

/** An expected failure: printed as one line (plus one line per issue), never with a stack trace. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: readonly Issue[] = [],
  ) {
    super(message);
  }
}

const isErrorCode = (code: unknown): code is ErrorCode =>
  (ERROR_CODES as readonly unknown[]).includes(code);

/**
 * Errors from other layers (services, db) that carry one of the shared codes map the same way;
 * anything else is a bug: `internal`.
 */
export function errorCodeOf(error: unknown): ErrorCode {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (isErrorCode(code)) return code;
  }
  return 'internal';
}
