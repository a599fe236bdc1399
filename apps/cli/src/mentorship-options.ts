import { type CompatibilityWeights, parseWeights } from '@matchready/core/mentorship';
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
