import { checkOutreach } from '@matchready/core/mentorship';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { readStdinText } from '../stdin.ts';

/** 64 KiB: a first message is 200 words (about 1.5 KB); anything near this is a wrong file. */
export const OUTREACH_MAX_BYTES = 65_536;

const usage = `Usage: matchready outreach check < message.txt

Reads a first message to a mentor from standard input and prints the offline checker's report as
JSON: {"wordCount","paragraphs","sentences","ready","issues":[{"code","message","evidence"}]}.
An empty "issues" list means ready to send. Issue codes (docs/outreach-issues.md):
no-introduction, no-connection, no-specific-ask, big-first-ask, too-long, generic-greeting,
no-time-respect. "evidence" quotes the message verbatim, or is null when something is missing.
Nothing is stored and nothing leaves the machine.

Unreadable input exits 2: nothing but white space, more than ${OUTREACH_MAX_BYTES} bytes, bytes that
are not UTF-8, or NUL bytes (a binary file).

Exit codes: 0 checked (whatever the issues) · 1 unexpected error · 2 invalid arguments or unreadable input`;

/** `stdin` is a parameter so the command can be run in process with another stream. */
export function createOutreachCommand(stdin: NodeJS.ReadStream = process.stdin): Command {
  return {
    usage,
    async run(args, context) {
      const [sub, ...rest] = args;
      if (sub !== 'check') {
        throw new CliError(
          'invalid-input',
          sub === undefined
            ? 'outreach: expected "check" (see "matchready outreach --help")'
            : `outreach: unknown subcommand "${sub}" (expected "check")`,
        );
      }
      const { positionals } = parseCommandArgs('outreach', rest, {});
      if (positionals.length > 0) {
        throw new CliError(
          'invalid-input',
          `outreach check: unexpected argument "${positionals[0]}" (the message is read from standard input)`,
        );
      }
      if (stdin.isTTY) context.stderr('Type or paste your message, then press Ctrl-D.\n');
      const text = await readStdinText(stdin, {
        command: 'outreach check',
        maxBytes: OUTREACH_MAX_BYTES,
      });
      context.stdout(`${JSON.stringify(checkOutreach(text), null, 2)}\n`);
    },
  };
}
