import { ERROR_STATUS, type ErrorBody, type ErrorCode } from '@matchready/contract';
import { capIssues } from '@matchready/contract/files';
import { isAppError } from '@matchready/services';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import type { Logger } from '../logger.ts';

type Issue = NonNullable<ErrorBody['error']['issues']>[number];

/**
 * Every error body lists at most 100 issues and then one `more-issues` issue with the count, so
 * no input can make an error answer grow with it (issue 12).
 */
export const errorBody = (
  code: ErrorCode,
  message: string,
  issues?: readonly Issue[],
): ErrorBody => ({
  error: {
    code,
    message,
    ...(issues && issues.length > 0 ? { issues: capIssues(issues) } : {}),
  },
});

export const sendError = (
  c: Context,
  code: ErrorCode,
  message: string,
  issues?: readonly Issue[],
) => c.json(errorBody(code, message, issues), ERROR_STATUS[code] as ContentfulStatusCode);

export const zodIssues = (error: ZodError): Issue[] =>
  error.issues.map((issue) => ({
    code: issue.code,
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.message,
  }));

const HTTP_CODES: Readonly<Record<number, ErrorCode>> = {
  400: 'invalid-input',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  429: 'rate-limited',
};

const isPayloadTooLarge = (error: Error): boolean =>
  (isAppError(error) && error.code === 'payload-too-large') ||
  (error instanceof HTTPException && error.status === 413);

/** The one error handler: transport-neutral codes → statuses, never a stack trace. */
export function createErrorHandler(logger: Logger) {
  return (error: Error, c: Context) => {
    // The body was not read: the connection cannot carry another request (issue 12).
    if (isPayloadTooLarge(error)) c.header('Connection', 'close');
    if (isAppError(error)) {
      const seconds = error.details.retryAfterSeconds;
      if (error.code === 'rate-limited' && seconds !== undefined)
        c.header('Retry-After', String(seconds));
      const issues = error.details.issues?.map((issue) => ({ ...issue, path: [...issue.path] }));
      return sendError(c, error.code, error.message, issues);
    }
    if (error instanceof ZodError) {
      return sendError(c, 'invalid-input', 'The request is not valid', zodIssues(error));
    }
    if (error instanceof HTTPException) {
      const code = HTTP_CODES[error.status] ?? 'internal';
      const messages: Partial<Record<ErrorCode, string>> = {
        forbidden: 'Cross-site request rejected',
        'payload-too-large': 'The request body is too large',
      };
      return sendError(c, code, messages[code] ?? error.message);
    }
    logger.error('unhandled error', {
      method: c.req.method,
      path: c.req.path,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    return sendError(c, 'internal', 'Something went wrong on our side. Please try again.');
  };
}
