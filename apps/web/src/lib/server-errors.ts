import { ApiError } from './api.ts';

export interface ServerErrorSplit {
  /** Form path → message, for issues that point at a field the form shows. */
  readonly fieldErrors: Record<string, string>;
  /** Everything else, as one sentence for an alert above the form (null when nothing is left). */
  readonly formError: string | null;
}

/** Splits a failed request's issues between form fields and a form-level alert. */
export function splitServerErrors(error: unknown, fields: readonly string[]): ServerErrorSplit {
  if (!(error instanceof ApiError)) {
    return {
      fieldErrors: {},
      formError: error instanceof Error ? error.message : 'Something went wrong.',
    };
  }
  const fieldErrors: Record<string, string> = {};
  const rest: string[] = [];
  for (const issue of error.issues) {
    const head = issue.segments[0];
    const key = issue.segments.join('.');
    if (typeof head === 'string' && fields.includes(head)) {
      if (!(key in fieldErrors)) fieldErrors[key] = issue.message;
    } else {
      rest.push(issue.message);
    }
  }
  const mappedAll = error.issues.length > 0 && rest.length === 0;
  const formError = mappedAll ? null : [error.message, ...rest].join(' ');
  return { fieldErrors, formError };
}
