/**
 * Small field checks for untrusted JSON (CLI files, imports): each adds issues with the path of
 * the field and returns the value when it is good, so one pass reports every problem. Never throws.
 */
import type { Issue } from '../shared/result.ts';
import type { MentorshipInputIssueCode } from '../vocabulary/mentorship.ts';
import { isKnownTimeZone } from './time-zone.ts';

/** Most issues reported for one input: a broken 10,000-line file must not make a huge report. */
export const MAX_INPUT_ISSUES = 100;
export const MAX_TEXT_LENGTH = 200;
export const MAX_LIST_LENGTH = 50;

export type Path = readonly (string | number)[];
export type Rec = Readonly<Record<string, unknown>>;

export interface IssueList {
  readonly issues: Issue[];
  add(code: MentorshipInputIssueCode, path: Path, message: string): void;
}

export function createIssueList(): IssueList {
  const issues: Issue[] = [];
  return {
    issues,
    add(code, path, message) {
      if (issues.length < MAX_INPUT_ISSUES) {
        issues.push({ code, path: [...path], message });
      } else if (issues.length === MAX_INPUT_ISSUES) {
        issues.push({
          code: 'too-many-issues',
          path: [],
          message: `More than ${MAX_INPUT_ISSUES} problems; the rest are not listed.`,
        });
      }
    },
  };
}

export const describeValue = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'string'
        ? `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
        : typeof value === 'object'
          ? 'an object'
          : `${typeof value} ${String(value)}`;

export const isRecord = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function checkObject(value: unknown, path: Path, out: IssueList): Rec | null {
  if (isRecord(value)) return value;
  out.add('invalid-type', path, `Expected an object, got ${describeValue(value)}.`);
  return null;
}

function missing(value: unknown, path: Path, what: string, out: IssueList): boolean {
  if (value !== undefined) return false;
  out.add('required', path, `Missing: ${what}.`);
  return true;
}

export function checkText(value: unknown, path: Path, what: string, out: IssueList): string | null {
  if (missing(value, path, what, out)) return null;
  if (typeof value !== 'string') {
    out.add('invalid-type', path, `Expected ${what} as text, got ${describeValue(value)}.`);
    return null;
  }
  if (value.trim() === '') {
    out.add('invalid-value', path, `${capitalise(what)} must not be empty.`);
    return null;
  }
  if (value.length > MAX_TEXT_LENGTH) {
    out.add('too-long', path, `${capitalise(what)} is longer than ${MAX_TEXT_LENGTH} characters.`);
    return null;
  }
  return value;
}

export function checkBoolean(
  value: unknown,
  path: Path,
  what: string,
  out: IssueList,
): boolean | null {
  if (missing(value, path, what, out)) return null;
  if (typeof value === 'boolean') return value;
  out.add('invalid-type', path, `Expected true or false for ${what}, got ${describeValue(value)}.`);
  return null;
}

export function checkCount(
  value: unknown,
  path: Path,
  what: string,
  out: IssueList,
  max: number,
): number | null {
  if (missing(value, path, what, out)) return null;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    out.add(
      'invalid-type',
      path,
      `Expected a whole number for ${what}, got ${describeValue(value)}.`,
    );
    return null;
  }
  if (value < 0 || value > max) {
    out.add(
      'invalid-value',
      path,
      `${capitalise(what)} must be between 0 and ${max}, got ${value}.`,
    );
    return null;
  }
  return value;
}

/** A list of texts; with `allowed`, each must be one of those codes. */
export function checkTextList<T extends string>(
  value: unknown,
  path: Path,
  what: string,
  out: IssueList,
  allowed?: readonly T[],
): T[] | null {
  if (missing(value, path, what, out)) return null;
  if (!Array.isArray(value)) {
    out.add('invalid-type', path, `Expected a list of ${what}, got ${describeValue(value)}.`);
    return null;
  }
  if (value.length > MAX_LIST_LENGTH) {
    out.add('too-long', path, `At most ${MAX_LIST_LENGTH} ${what}, got ${value.length}.`);
    return null;
  }
  const items: T[] = [];
  let good = true;
  value.forEach((item: unknown, i) => {
    const text = checkText(item, [...path, i], `each of the ${what}`, out);
    if (text === null) {
      good = false;
    } else if (allowed !== undefined && !allowed.includes(text as T)) {
      good = false;
      out.add(
        'invalid-value',
        [...path, i],
        `Unknown ${what.replace(/s$/, '')} ${JSON.stringify(text)}; use one of ${allowed.join(', ')}.`,
      );
    } else {
      items.push(text as T);
    }
  });
  return good ? items : null;
}

export function checkTimeZone(value: unknown, path: Path, out: IssueList): string | null {
  const zone = checkText(value, path, 'an IANA time zone', out);
  if (zone === null) return null;
  if (isKnownTimeZone(zone)) return zone;
  out.add(
    'unknown-time-zone',
    path,
    `${JSON.stringify(zone)} is not a known IANA time zone; use a name such as "America/Chicago" or "Asia/Kolkata".`,
  );
  return null;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
