import { ERROR_CODES, type ErrorCode } from '@matchready/core/vocabulary';
import { AppError } from '@matchready/services';
import { describe, expect, it } from 'vitest';
import type { CliContext } from './command.ts';
import { CliError, errorCodeOf, exitCodes } from './errors.ts';
import { runCli } from './run.ts';

/** Runs a one-command registry whose command throws `error`; returns the exit code and stderr. */
async function failWith(error: unknown) {
  let stderr = '';
  const context: CliContext = {
    cwd: '/',
    stdout: () => {},
    stderr: (text) => {
      stderr += text;
    },
  };
  const registry = {
    boom: {
      summary: 'fails',
      load: async () => ({
        usage: 'boom',
        run: async () => {
          throw error;
        },
      }),
    },
  };
  return { code: await runCli(registry, ['boom'], context), stderr };
}

describe('exit codes', () => {
  it('gives every shared error code an exit code, and nothing else', () => {
    expect(Object.keys(exitCodes).sort()).toEqual([...ERROR_CODES].sort());
  });

  it.each<[ErrorCode, number]>([
    ['internal', 1],
    ['invalid-input', 2],
    ['not-found', 2],
    ['conflict', 2],
    ['payload-too-large', 2],
    ['forbidden', 3],
    ['unauthenticated', 3],
    ['rate-limited', 4],
  ])('a service failing with %s exits %i with one line', async (code, exit) => {
    const run = await failWith(new AppError(code, `it failed (${code})`));
    expect(run.code).toBe(exit);
    const prefix = code === 'internal' ? 'matchready: unexpected error: ' : 'matchready: ';
    expect(run.stderr).toBe(`${prefix}it failed (${code})\n`);
  });

  it('prints a CliError with one line per issue', async () => {
    const error = new CliError('invalid-input', 'bad file', [
      { code: 'x', path: ['programs', 0, 'id'], message: 'Empty.' },
    ]);
    expect(await failWith(error)).toEqual({
      code: 2,
      stderr: 'matchready: bad file\n  programs[0].id: Empty.\n',
    });
  });

  it('treats anything without a shared code as a bug: internal, exit 1, no stack trace', async () => {
    expect(errorCodeOf(Object.assign(new Error('gone'), { code: 'ENOENT' }))).toBe('internal');
    expect(errorCodeOf('a string')).toBe('internal');
    const run = await failWith(new TypeError('x is undefined'));
    expect(run).toEqual({ code: 1, stderr: 'matchready: unexpected error: x is undefined\n' });
  });
});
