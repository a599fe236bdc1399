import { z } from 'zod';

/**
 * The environment variables of the server and the CLI (docs/deployment.md), parsed once at
 * start-up. The CLI's database commands read the database part with the same rules as the
 * server, so both open the same database.
 */

const DURATION = /^(\d+)\s*(s|m|h|d)?$/;
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** "7d", "12h", "45m", "3600s" or plain seconds. */
export const durationSchema = z
  .string()
  .trim()
  .regex(DURATION, 'use a duration like 7d, 12h, 45m or seconds')
  .transform((value) => {
    const [, amount, unit] = DURATION.exec(value) as RegExpExecArray;
    return Number(amount) * UNIT_MS[(unit ?? 's') as keyof typeof UNIT_MS];
  })
  .refine((ms) => ms >= 60_000, 'must be at least one minute');

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

/** Where the data lives: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR. */
export const databaseEnvironmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave it unset for SQLite)')
    .optional(),
  /** Relative to the working directory. */
  DATA_DIR: z.string().trim().min(1).default('./data'),
});

export const serverEnvironmentSchema = databaseEnvironmentSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  /** Loopback by default: MatchReady holds sensitive data; expose it through an HTTPS proxy. */
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  SESSION_TTL: durationSchema.default(7 * UNIT_MS.d),
  /** Take the client address from X-Forwarded-For (only behind a proxy that sets it). */
  TRUST_PROXY: flag.default(false),
  /** The public URL, e.g. https://match.example.org: https makes session cookies Secure. */
  PUBLIC_ORIGIN: z
    .url('must be a URL such as https://match.example.org')
    .transform((value) => new URL(value).origin)
    .optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  MATCHREADY_DEMO: flag.default(false),
  /**
   * Outgoing mail server, e.g. smtp://user:pass@mail.example.org:587 or smtps://…:465. Unset:
   * mail goes to the outbox in the database, shown in the app (docs/email.md).
   */
  SMTP_URL: z
    .string()
    .trim()
    .regex(
      /^smtps?:\/\/[^\s]+$/,
      'must be an smtp:// or smtps:// URL (leave it unset for the outbox)',
    )
    .optional(),
  /** The From of every mail: an address, optionally with a name (`MatchReady <no-reply@…>`). */
  MAIL_FROM: z
    .string()
    .trim()
    .regex(
      /^[^<>@\s]+@[^<>@\s]+$|^[^<>]*<[^<>@\s]+@[^<>@\s]+>$/,
      'must be an email address, e.g. MatchReady <no-reply@match.example.org>',
    )
    .default('MatchReady <no-reply@localhost>'),
  /** Where the built web app lives (default: apps/web/dist next to the server). */
  WEB_DIST_DIR: z.string().trim().min(1).optional(),
});
export type ServerEnvironment = z.output<typeof serverEnvironmentSchema>;

export type EnvironmentResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

/**
 * Parses `env` with one of the schemas above. A variable set to the empty string counts as
 * unset (deployment tools often write `DATABASE_URL=`). An invalid variable gives one line
 * naming every problem.
 */
export function readEnvironment<S extends z.ZodType>(
  schema: S,
  env: Readonly<Record<string, string | undefined>>,
): EnvironmentResult<z.output<S>> {
  const set = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = schema.safeParse(set);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  return { ok: false, message: `invalid configuration: ${problems.join('; ')}` };
}
