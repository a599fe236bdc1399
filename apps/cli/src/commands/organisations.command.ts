import type { OrganisationAdminService } from '@matchready/services';
import { parseCommandArgs } from '../args.ts';
import type { CliContext, Command } from '../command.ts';
import { CliError } from '../errors.ts';

const usage = `Usage: matchready organisations list [--json]
       matchready organisations approve <id|name>
       matchready organisations revoke <id|name> --reason TEXT

Organisation admins can import programs, run mentorship programs and verify mentors only once
a site admin approves their organisation (in the web app's Admin page, or here).

  list      every organisation, waiting for approval first: status, id, name, created,
            admins' emails, members, imported programs, mentorship programs
  approve   approve by id, or by name when only one organisation has it (any case)
  revoke    withdraw the approval; the reason is shown to the organisation's admins

Uses the same database as the server: DATABASE_URL (postgres://…), otherwise SQLite in
DATA_DIR (default ./data, relative to the current directory).

Exit codes: 0 done · 1 unexpected error · 2 invalid input, unknown or ambiguous organisation`;

type Change = { approved: true } | { approved: false; reason: string };

async function withOrganisations<T>(
  context: CliContext,
  work: (service: OrganisationAdminService) => Promise<T>,
): Promise<T> {
  // Loaded here: `organisations --help` needs neither the services nor the database stack.
  const [{ createOrganisationAdminService }, { systemAdapters, withDatabase }] = await Promise.all([
    import('@matchready/services'),
    import('../database.ts'),
  ]);
  return withDatabase({ env: process.env, cwd: context.cwd }, (repositories) =>
    work(createOrganisationAdminService({ ...repositories, ...systemAdapters })),
  );
}

async function list(args: readonly string[], context: CliContext): Promise<void> {
  const { values, positionals } = parseCommandArgs('organisations list', args, {
    json: { type: 'boolean' },
  });
  if (positionals.length > 0)
    throw new CliError('invalid-input', `organisations list: unexpected "${positionals[0]}"`);
  const organisations = await withOrganisations(context, (service) => service.list(null));
  if (values.json) {
    const rows = organisations.map((o) => ({
      id: o.organisation.id,
      name: o.organisation.name,
      createdAt: o.organisation.createdAt,
      status: o.status,
      ...o.approval,
      adminEmails: o.adminEmails,
      members: o.members,
      programs: o.programs,
      mentorshipPrograms: o.mentorshipPrograms,
    }));
    context.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  if (organisations.length === 0) {
    context.stdout('No organisations yet.\n');
    return;
  }
  for (const o of organisations) {
    const reason = o.approval.revokedReason ? ` (${o.approval.revokedReason})` : '';
    context.stdout(
      `${o.status.padEnd(9)}${o.organisation.id}  ${o.organisation.name}${reason}\n` +
        `         created ${o.organisation.createdAt.slice(0, 10)} · admins ${o.adminEmails.join(', ') || '—'} · ` +
        `${o.members} member(s) · ${o.programs} program(s) · ${o.mentorshipPrograms} mentorship program(s)\n`,
    );
  }
}

async function change(
  verb: 'approve' | 'revoke',
  args: readonly string[],
  context: CliContext,
): Promise<void> {
  const { values, positionals } = parseCommandArgs(`organisations ${verb}`, args, {
    reason: { type: 'string' },
  });
  const [target, extra] = positionals;
  if (target === undefined || target.trim() === '' || extra !== undefined)
    throw new CliError(
      'invalid-input',
      `organisations ${verb}: give one organisation id or name (quote a name with spaces)`,
    );
  let update: Change;
  if (verb === 'approve') {
    if (values.reason !== undefined)
      throw new CliError('invalid-input', 'organisations approve: --reason is for revoke');
    update = { approved: true };
  } else {
    if (values.reason === undefined || values.reason.trim() === '')
      throw new CliError('invalid-input', 'organisations revoke: --reason TEXT is required');
    update = { approved: false, reason: values.reason };
  }
  const done = await withOrganisations(context, (service) =>
    service.setApprovalByIdOrName(target, update),
  );
  context.stdout(
    `${verb === 'approve' ? 'Approved' : 'Revoked'} ${done.organisation.name} (${done.organisation.id}).\n`,
  );
}

/** `matchready organisations list|approve|revoke` (decision 040). */
export const organisationsCommand: Command = {
  usage,
  async run(args, context) {
    const [subcommand, ...rest] = args;
    if (subcommand === 'list') return list(rest, context);
    if (subcommand === 'approve' || subcommand === 'revoke')
      return change(subcommand, rest, context);
    throw new CliError(
      'invalid-input',
      `organisations: ${subcommand === undefined ? 'missing subcommand' : `unknown subcommand "${subcommand}"`} (expected list, approve or revoke; see "matchready organisations --help")`,
    );
  },
};
