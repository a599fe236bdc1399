import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { integerOption, parseCommandArgs } from '../args.ts';
import type { CliContext, Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { REPO_ROOT, SERVER_DIR } from '../paths.ts';

const usage = `Usage: matchready serve [--port N] [--demo]

Starts the MatchReady web app and API (http://localhost:3000 by default) in the foreground;
Ctrl+C stops it. Uses apps/server/dist/main.js when built (npm run build -w apps/server),
otherwise runs apps/server/src/main.ts through tsx.

Options:
      --port N   port to listen on (default: PORT or 3000)
      --demo     add labelled demo accounts and a sample instance (idempotent)

Environment: PORT, HOST, DATABASE_URL (postgres://…; SQLite in DATA_DIR otherwise), DATA_DIR,
SESSION_TTL, PUBLIC_ORIGIN, TRUST_PROXY, LOG_LEVEL (docs/deployment.md).

Exit codes: 0 stopped · 1 the server failed · 2 invalid arguments or configuration`;

// Apps never import each other (docs/decisions/004): the server runs as a child process.
const serverDir = SERVER_DIR;

const SOURCES = [
  'apps/server/src',
  'packages/contract/src',
  'packages/services/src',
  'packages/db/src',
  'packages/core/src',
];

/** Newest modification time among the files the bundle is built from. */
function newestSource(): number {
  const root = REPO_ROOT;
  let newest = 0;
  for (const dir of SOURCES) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile())
        newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/**
 * The bundle when it has been built and is newer than every source it contains; otherwise the
 * sources through tsx's loader (a stale bundle would run yesterday's code).
 */
export function serverCommand(context?: CliContext): readonly string[] {
  const bundle = `${serverDir}dist/main.js`;
  if (existsSync(bundle)) {
    if (statSync(bundle).mtimeMs >= newestSource()) return [bundle];
    context?.stderr(
      'serve: apps/server/dist is older than the sources, running the sources (rebuild: npm run build -w apps/server)\n',
    );
  }
  return ['--import', import.meta.resolve('tsx'), `${serverDir}src/main.ts`];
}

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function runServer(args: readonly string[], context: CliContext): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...serverCommand(context), ...args], {
      cwd: context.cwd,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Decoded as streams, so a character split across chunks is not garbled.
    child.stdout.setEncoding('utf8').on('data', (text: string) => context.stdout(text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => context.stderr(text));
    let signalled = false;
    const forward = (signal: NodeJS.Signals) => {
      signalled = true;
      child.kill(signal);
    };
    for (const signal of FORWARDED) process.on(signal, forward);
    child.on('error', reject);
    child.on('close', (code) => {
      for (const signal of FORWARDED) process.off(signal, forward);
      // Stopped by a signal we forwarded: a normal stop.
      resolve(code ?? (signalled ? 0 : 1));
    });
  });
}

export const serveCommand: Command = {
  usage,
  run: async (args, context) => {
    const { values, positionals } = parseCommandArgs('serve', args, {
      port: { type: 'string' },
      demo: { type: 'boolean', default: false },
    });
    if (positionals.length > 0) {
      throw new CliError('invalid-input', `serve: unexpected argument "${positionals[0]}"`);
    }
    const port =
      values.port === undefined
        ? undefined
        : integerOption('port', values.port, 0, { max: 65_535 });
    const code = await runServer(
      [...(port === undefined ? [] : ['--port', String(port)]), ...(values.demo ? ['--demo'] : [])],
      context,
    );
    if (code === 2)
      throw new CliError('invalid-input', 'serve: the server did not start (see above)');
    if (code !== 0)
      throw new CliError('internal', `serve: the server stopped with exit code ${code}`);
  },
};
