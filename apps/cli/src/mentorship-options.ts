import { assignmentScoreSchema } from '@matchready/contract/files';
import { type CompatibilityWeights, parseWeights } from '@matchready/core/mentorship';
import { ASSIGNMENT_MODES, type AssignmentMode } from '@matchready/core/vocabulary';
import type { CliContext } from './command.ts';
import { CliError } from './errors.ts';
import { readJsonFile } from './io.ts';

/** `--now`: an ISO-8601 instant with a zone (Z or ±hh:mm); absent → the current time. */
export function instantOption(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const ok = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value);
  const date = new Date(value);
  if (!ok || Number.isNaN(date.getTime()))
    throw new CliError(
      'invalid-input',
      `--now must be an ISO-8601 instant such as 2027-01-15T12:00:00Z, got "${value}"`,
    );
  return date;
}

/** A weights JSON file (`{"specialty":40,…}`), every bad key named with the file. */
export async function readWeightsFile(
  file: string,
  context: CliContext,
): Promise<CompatibilityWeights> {
  const parsed = parseWeights(await readJsonFile(file, context), [`${file}: weights`]);
  if (!parsed.ok)
    throw new CliError('invalid-input', `"${file}" is not a valid weights file:`, parsed.issues);
  return parsed.value;
}

/** `--min-score N`: written like a score in S.csv (a decimal with a dot, at most 6 places). */
export function minScoreOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = assignmentScoreSchema.safeParse(value.trim());
  if (parsed.success) return parsed.data;
  const reason = parsed.error.issues[0]?.message.replace(/^score/, '--min-score');
  throw new CliError('invalid-input', reason ?? `--min-score: invalid number "${value}"`);
}

/** `--mode`: total (default) or fair. */
export function modeOption(value: string | undefined): AssignmentMode {
  if (value === undefined) return 'total';
  if ((ASSIGNMENT_MODES as readonly string[]).includes(value)) return value as AssignmentMode;
  throw new CliError('invalid-input', `--mode must be total or fair, got "${value}"`);
}

export const RULE_OPTIONS = {
  forbid: { type: 'string' },
  pin: { type: 'string' },
  mode: { type: 'string' },
  'min-score': { type: 'string' },
} as const;
