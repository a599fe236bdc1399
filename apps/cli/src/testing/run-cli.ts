import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/matchready.js', import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns the real `matchready` bin with node, as a user would run it; `input` is piped to stdin. */
export function runCli(
  args: readonly string[],
  cwd: string,
  input?: string | Buffer,
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { cwd, maxBuffer: 1 << 26, env: { ...process.env, MATCHREADY_DEBUG: '' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** True when the text contains a JavaScript stack-trace line ("    at fn (file:1:2)"). */
export const hasStackTrace = (text: string): boolean => /^\s+at .+/m.test(text);
