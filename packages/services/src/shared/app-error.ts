import type { Issue } from '@matchready/core';
import type { ErrorCode } from '@matchready/core/vocabulary';

/** The core's one list of error codes: the server maps them to HTTP statuses, the CLI to exit codes. */
export type AppErrorCode = ErrorCode;

export interface AppErrorDetails {
  readonly issues?: readonly Issue[];
  /** For `rate-limited`: when the caller may try again. */
  readonly retryAfterSeconds?: number;
}

/** An expected failure of a use case. Anything else that is thrown is a bug. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

export const notFound = (what: string): AppError =>
  new AppError('not-found', `${what} was not found`);

export const invalidInput = (message: string, issues: readonly Issue[]): AppError =>
  new AppError('invalid-input', message, { issues });

export const forbidden = (message = 'You are not allowed to do this'): AppError =>
  new AppError('forbidden', message);
