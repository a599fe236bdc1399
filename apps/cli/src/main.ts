import type { CliContext } from './command.ts';
import { commands } from './commands/index.ts';
import { runCli } from './run.ts';

// `matchready match big.json | head` closes the pipe early: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE')
    process.stderr.write(`matchready: cannot write output: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});

const processContext: CliContext = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** `matchready …`: runs one command of the registry and returns the exit code. */
export function main(argv: readonly string[], context: CliContext = processContext) {
  return runCli(commands, argv, context);
}
