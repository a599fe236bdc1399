import { formatPath } from '@matchready/core';
import type { CliContext, CommandEntry } from './command.ts';
import { CliError, errorCodeOf, exitCodes } from './errors.ts';

export type CommandRegistry = Readonly<Record<string, CommandEntry>>;

function usage(commands: CommandRegistry): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length)) + 2;
  const list = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`);
  return [
    'Usage: matchready <command> [options]',
    '',
    'Commands:',
    ...list,
    '',
    'Run "matchready <command> --help" for its options.',
  ].join('\n');
}

/** Runs one command and returns the exit code. Expected failures print one line per message. */
export async function runCli(
  commands: CommandRegistry,
  argv: readonly string[],
  context: CliContext,
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    context.stdout(`${usage(commands)}\n`);
    return 0;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (entry === undefined) {
    context.stderr(`matchready: unknown command "${name}"\n\n${usage(commands)}\n`);
    return exitCodes['invalid-input'];
  }
  try {
    const command = await entry.load();
    if (args.includes('--help') || args.includes('-h')) {
      context.stdout(`${command.usage}\n`);
      return 0;
    }
    await command.run(args, context);
    return 0;
  } catch (error) {
    const code = errorCodeOf(error);
    const message = error instanceof Error ? error.message : String(error);
    const firstLine = message.split('\n')[0] ?? '';
    const lines = [`matchready: ${code === 'internal' ? 'unexpected error: ' : ''}${firstLine}`];
    if (error instanceof CliError) {
      for (const issue of error.issues) lines.push(`  ${formatPath(issue.path)}: ${issue.message}`);
    }
    if (code === 'internal' && process.env.MATCHREADY_DEBUG && error instanceof Error) {
      lines.push(error.stack ?? '');
    }
    context.stderr(`${lines.join('\n')}\n`);
    return exitCodes[code];
  }
}
