import type { Issue } from '@matchready/core';
import { parseCommandArgs } from '../args.ts';
import type { CliContext, Command } from '../command.ts';
import { CliError } from '../errors.ts';

const usage = `Usage: matchready users create-admin --email EMAIL [--password PASSWORD] [--name NAME]

Creates a site admin (site admins cannot sign up in the web app). Without --password, the
password is read from standard input: typed without echo at a terminal, or the first line of
piped input (safer than --password, which shows up in the shell history and process list).

Uses the same database as the server: DATABASE_URL (postgres://…), otherwise SQLite in
DATA_DIR (default ./data, relative to the current directory).

Exit codes: 0 created · 1 unexpected error · 2 invalid input or the email is taken`;

/** Reads one line from stdin: hidden at a terminal, else the first line of the input. */
export async function readPassword(
  input: NodeJS.ReadStream,
  prompt: (text: string) => void,
): Promise<string> {
  if (!input.isTTY) {
    let text = '';
    for await (const chunk of input) {
      text += String(chunk);
      if (text.includes('\n')) break;
    }
    return text.split(/\r?\n/)[0] ?? '';
  }
  prompt('Password (not shown): ');
  input.setRawMode(true);
  input.resume();
  return new Promise((resolve, reject) => {
    let password = '';
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\u0003') {
          done();
          reject(new CliError('invalid-input', 'users: cancelled'));
          return;
        }
        if (char === '\r' || char === '\n') {
          done();
          prompt('\n');
          resolve(password);
          return;
        }
        password = char === '\u007f' ? password.slice(0, -1) : password + char;
      }
    };
    const done = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
    };
    input.on('data', onData);
  });
}

interface Schema<T> {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { message: string }[] } };
}

function check<T>(value: unknown, schema: Schema<T>, field: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues: Issue[] = parsed.error.issues.map((issue) => ({
    code: 'invalid',
    path: [field],
    message: issue.message,
  }));
  throw new CliError('invalid-input', `users: invalid --${field}`, issues);
}

async function createAdmin(args: readonly string[], context: CliContext, stdin: NodeJS.ReadStream) {
  const { values } = parseCommandArgs('users create-admin', args, {
    email: { type: 'string' },
    password: { type: 'string' },
    name: { type: 'string' },
  });
  if (values.email === undefined) {
    throw new CliError('invalid-input', 'users create-admin: --email is required');
  }
  // Loaded here, not at the top: `users --help` needs neither zod nor the database stack.
  const { emailSchema, passwordSchema } = await import('@matchready/contract');
  const email = check<string>(values.email, emailSchema, 'email');
  const password = check<string>(
    values.password ?? (await readPassword(stdin, context.stderr)),
    passwordSchema,
    'password',
  );
  const { createSiteAdmin } = await import('./users-admin.ts');
  const user = await createSiteAdmin(
    { email, password, ...(values.name ? { displayName: values.name } : {}) },
    { env: process.env, cwd: context.cwd },
  );
  context.stdout(`Created site admin ${user.email} (${user.id}).\n`);
}

/** `users` has one subcommand today; more (list, reset-password) can join `create-admin`. */
export function createUsersCommand(stdin: NodeJS.ReadStream = process.stdin): Command {
  return {
    usage,
    run: async (args, context) => {
      const [subcommand, ...rest] = args;
      if (subcommand !== 'create-admin') {
        throw new CliError(
          'invalid-input',
          `users: ${subcommand === undefined ? 'missing' : `unknown`} subcommand${subcommand === undefined ? '' : ` "${subcommand}"`} (expected create-admin; see "matchready users --help")`,
        );
      }
      await createAdmin(rest, context, stdin);
    },
  };
}
