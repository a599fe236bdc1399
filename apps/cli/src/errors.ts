import type { Issue } from '@matchready/core';

/** Transport-neutral error codes (DESIGN.md "The edges"); the server maps the same codes to HTTP. */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'unexpected';

/** 1: our fault · 2: fix the input or arguments · 3: not allowed. Documented in docs/instance-format.md. */
export const exitCodes: Readonly<Record<ErrorCode, number>> = {
  unexpected: 1,
  'invalid-input': 2,
  'not-found': 2,
  conflict: 2,
  forbidden: 3,
  unauthenticated: 3,
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

/** Errors from other layers (services, db) that carry one of the shared codes map the same way. */
export function errorCodeOf(error: unknown): ErrorCode {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string' && Object.hasOwn(exitCodes, code)) return code as ErrorCode;
  }
  return 'unexpected';
}
