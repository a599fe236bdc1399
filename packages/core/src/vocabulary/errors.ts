/** A problem found in input: machine code, path into the input, human message (like zod's issues). */
export interface Issue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * Transport-neutral error codes: the one list. The contract builds its error schema from it,
 * services throw AppError with one of them, the server maps each to an HTTP status and the CLI
 * to an exit code.
 */
export const ERROR_CODES = [
  'invalid-input',
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'rate-limited',
  'payload-too-large',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
