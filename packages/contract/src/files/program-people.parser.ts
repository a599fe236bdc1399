import type { ProgramParticipantRole } from '@matchready/core/vocabulary';
import { capIssues, type FileIssue, fileFailure, readCsvRows } from './file-text.ts';
import {
  MAX_PEOPLE_PER_FILE,
  PEOPLE_FILE_COLUMNS,
  type ProgramMenteeRow,
  type ProgramMentorRow,
  programMenteeRowSchema,
  programMentorRowSchema,
} from './program-people.schema.ts';

/** A parsed person and the CSV line it came from (services name the line in later checks). */
export type Located<T> = T & { readonly line: number };

export type PeopleFile =
  | { readonly role: 'mentor'; readonly people: Located<ProgramMentorRow>[] }
  | { readonly role: 'mentee'; readonly people: Located<ProgramMenteeRow>[] };

/** On failure, `total` counts every problem, also those past the listed 100. */
export type PeopleFileResult =
  | ({ readonly ok: true } & PeopleFile)
  | { readonly ok: false; readonly issues: readonly FileIssue[]; readonly total: number };

function cellValue(kind: string, cell: string): unknown {
  const s = cell.trim();
  if (kind === 'list')
    return s === ''
      ? []
      : s
          .split(';')
          .map((part) => part.trim())
          .filter((part) => part !== '');
  if (s === '') return null;
  if (kind === 'integer') return /^-?\d+$/.test(s) ? Number(s) : s;
  if (kind === 'boolean') {
    const v = s.toLowerCase();
    return v === 'true' || v === 'yes' ? true : v === 'false' || v === 'no' ? false : s;
  }
  return s;
}

/**
 * A mentors or mentees CSV (docs/mentorship-program-files.md): every bad row is reported by line
 * (at most 100 listed, then a count), and a file with any bad row yields nobody.
 */
export function parsePeopleCsv(role: ProgramParticipantRole, content: string): PeopleFileResult {
  const one = (failure: { issues: FileIssue[] }) => ({
    ok: false as const,
    issues: failure.issues,
    total: 1,
  });
  const read = readCsvRows(content, { trim: false, commentAnywhere: false });
  if (!read.ok) return { ok: false, issues: read.issues, total: read.issues.length };
  const [header, ...rows] = read.rows;
  if (header === undefined)
    return one(fileFailure('empty-file', [], 'The file has no header row.'));
  const known = PEOPLE_FILE_COLUMNS[role];
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const problems = [
    ...names.filter((n) => !known.some(([c]) => c === n)).map((n) => `unknown column "${n}"`),
    ...known.filter(([c]) => !names.includes(c)).map(([c]) => `missing column "${c}"`),
    ...names.filter((n, i) => names.indexOf(n) !== i).map((n) => `column "${n}" appears twice`),
  ];
  if (problems.length > 0)
    return one(
      fileFailure(
        'csv-header',
        ['line', header.line],
        `Line ${header.line}: ${problems.join('; ')} (the ${role}s file has the columns ${known.map(([c]) => c).join(', ')})`,
      ),
    );
  if (rows.length === 0) return one(fileFailure('empty-file', [], `The file lists no ${role}s.`));
  if (rows.length > MAX_PEOPLE_PER_FILE)
    return one(
      fileFailure('too-many-people', [], `A file lists at most ${MAX_PEOPLE_PER_FILE} ${role}s.`),
    );
  const schema = role === 'mentor' ? programMentorRowSchema : programMenteeRowSchema;
  const issues: FileIssue[] = [];
  const people: Located<ProgramMentorRow | ProgramMenteeRow>[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    if (cells.length !== names.length) {
      issues.push({
        code: 'invalid-row',
        path: ['line', line],
        message: `Line ${line}: expected ${names.length} columns, found ${cells.length}`,
      });
      continue;
    }
    const values: Record<string, unknown> = {};
    const raw: Record<string, string> = {};
    for (const [column, key, kind] of known) {
      const cell = cells[names.indexOf(column)] ?? '';
      raw[key] = cell;
      values[key] = cellValue(kind, cell);
    }
    const parsed = schema.safeParse(values);
    const errors: string[] = [];
    if (!parsed.success) {
      const reported = new Set<string>();
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]);
        if (reported.has(key)) continue;
        reported.add(key);
        const column = known.find(([, k]) => k === key)?.[0] ?? key;
        errors.push(
          issue.message === 'is required'
            ? `${column} is required`
            : `${column} ${issue.message} (got "${raw[key] ?? ''}")`,
        );
      }
    } else {
      const first = seen.get(parsed.data.id);
      if (first !== undefined) errors.push(`id ${parsed.data.id} is already used on line ${first}`);
      else seen.set(parsed.data.id, line);
    }
    if (errors.length > 0 || !parsed.success)
      issues.push({
        code: 'invalid-row',
        path: ['line', line],
        message: `Line ${line}: ${errors.join('; ')}`,
      });
    else people.push({ ...parsed.data, line });
  }
  if (issues.length > 0) return { ok: false, issues: capIssues(issues), total: issues.length };
  return role === 'mentor'
    ? { ok: true, role, people: people as Located<ProgramMentorRow>[] }
    : { ok: true, role, people: people as Located<ProgramMenteeRow>[] };
}
