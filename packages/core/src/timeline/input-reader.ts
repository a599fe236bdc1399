// Reads untrusted JSON one field at a time, collecting an Issue (code, path, message naming the
// field) for everything wrong instead of stopping at the first problem. O(size of the input).
import type { Issue } from '../shared/result.ts';
import { isCalendarDate } from './calendar-date.ts';

export type Path = readonly (string | number)[];
export type Obj = Readonly<Record<string, unknown>>;

export const isObject = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** The field a path ends in, as the message names it: profile.visa → "visa". */
const label = (path: Path): string => {
  const last = path[path.length - 1];
  return typeof last === 'number' ? `${label(path.slice(0, -1))}[${last}]` : (last ?? 'input');
};

/** Collects issues while reading; each reader returns undefined when the value is absent or bad. */
export class Reader {
  readonly issues: Issue[] = [];

  bad(path: Path, code: string, message: string): undefined {
    this.issues.push({ code, path, message: `${label(path)} ${message}` });
    return undefined;
  }

  choice<T extends string>(obj: Obj, key: string, path: Path, values: readonly T[]): T | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
    return this.bad([...path, key], 'invalid-value', `must be one of ${values.join(', ')}`);
  }

  number(obj: Obj, key: string, path: Path, min: number, max: number, whole: boolean) {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    const kind = whole ? 'a whole number' : 'a number';
    if (typeof v !== 'number' || !Number.isFinite(v) || (whole && !Number.isInteger(v)))
      return this.bad([...path, key], 'invalid-type', `must be ${kind}`);
    if (v < min || v > max)
      return this.bad([...path, key], 'out-of-range', `must be from ${min} to ${max}`);
    return v;
  }

  boolean(obj: Obj, key: string, path: Path): boolean | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    return this.bad([...path, key], 'invalid-type', 'must be true or false');
  }

  text(obj: Obj, key: string, path: Path, max: number): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' || v.trim() === '')
      return this.bad([...path, key], 'invalid-type', 'must be a non-empty string');
    if (v.length > max) return this.bad([...path, key], 'too-long', `is at most ${max} characters`);
    return v.trim();
  }

  texts(obj: Obj, key: string, path: Path, maxItems: number, maxLength: number) {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list))
      return this.bad([...path, key], 'invalid-type', 'must be a list of strings');
    if (list.length > maxItems)
      return this.bad([...path, key], 'too-many', `has at most ${maxItems} entries`);
    const out: string[] = [];
    list.forEach((item, i) => {
      const at = [...path, key, i];
      if (typeof item !== 'string' || item.trim() === '')
        this.bad(at, 'invalid-type', 'must be a non-empty string');
      else if (item.length > maxLength)
        this.bad(at, 'too-long', `is at most ${maxLength} characters`);
      else out.push(item.trim());
    });
    return out;
  }

  date(obj: Obj, key: string, path: Path, required: boolean): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null)
      return required
        ? this.bad([...path, key], 'required', 'is required (YYYY-MM-DD)')
        : undefined;
    // A date-time keeps its date as written ("2027-01-12T09:00-05:00" → 2027-01-12).
    const date = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.slice(0, 10) : v;
    if (isCalendarDate(date)) return date;
    return this.bad([...path, key], 'invalid-date', 'must be a date written YYYY-MM-DD');
  }
}
