import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** util.parseArgs in strict mode; its errors become one-line invalid-input errors. */
export function parseCommandArgs<const T extends Options>(
  command: string,
  args: readonly string[],
  options: T,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliError(
      'invalid-input',
      `${command}: ${message} (see "matchready ${command} --help")`,
    );
  }
}

/** An integer flag value within [min, max], or the fallback when the flag is absent. */
export function integerOption(
  name: string,
  value: string | undefined,
  fallback: number,
  { min = 0, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {},
): number {
  if (value === undefined) return fallback;
  const n = /^-?\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `${min}…${max}`;
    throw new CliError('invalid-input', `--${name} must be an integer ${range}, got "${value}"`);
  }
  return n;
}
