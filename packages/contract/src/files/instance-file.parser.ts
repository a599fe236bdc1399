import { type FileIssue, type FileResult, readJsonText } from './file-text.ts';
import { locateCsvIssue, parseMatchCsv } from './match-csv.parser.ts';

/**
 * An uploaded match instance (POST/PUT /api/match/instances): MatchProblem JSON
 * (docs/instance-format.md) or the match CSV (docs/match-csv-format.md). This reads the file's
 * syntax; the shape and the NRMP rules are the engine's checks, which the match service runs
 * on `problem`. `locate` moves the engine's issues about an entry to the CSV line it came from.
 */
export type InstanceFile = FileResult<{
  problem: unknown;
  locate?: <I extends FileIssue>(issue: I) => I | FileIssue;
}>;

export function parseInstanceFile(format: 'json' | 'csv', content: string): InstanceFile {
  if (format === 'json') {
    const json = readJsonText(content);
    return json.ok ? { ok: true, problem: json.value } : json;
  }
  const csv = parseMatchCsv(content);
  if (!csv.ok) return csv;
  return { ok: true, problem: csv.problem, locate: (issue) => locateCsvIssue(issue, csv.lines) };
}
