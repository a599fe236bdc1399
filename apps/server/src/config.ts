import { resolve } from 'node:path';
import { sqliteFileIn } from '@matchready/db';
import { z } from 'zod';

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
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  /** Loopback by default: MatchReady holds sensitive data; expose it through an HTTPS proxy. */
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave it unset for SQLite)')
    .optional(),
  DATA_DIR: z.string().trim().min(1).default('./data'),
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
  /** Where the built web app lives (default: apps/web/dist next to this app). */
  WEB_DIST_DIR: z.string().trim().min(1).optional(),
});

export type LogLevel = z.infer<typeof envSchema>['LOG_LEVEL'];

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly sqliteFile: string;
  readonly sessionTtlMs: number;
  readonly trustProxy: boolean;
  readonly publicOrigin: string | undefined;
  /** Cookies get Secure and the __Host- prefix when the public origin is https. */
  readonly secureCookies: boolean;
  readonly logLevel: LogLevel;
  readonly demo: boolean;
  readonly webDistDir: string | undefined;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Parses the environment once; an invalid variable gives one line naming every problem. */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  cwd = process.cwd(),
): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    return { ok: false, message: `invalid configuration: ${problems.join('; ')}` };
  }
  const e = parsed.data;
  const dataDir = resolve(cwd, e.DATA_DIR);
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      databaseUrl: e.DATABASE_URL,
      dataDir,
      sqliteFile: sqliteFileIn(dataDir),
      sessionTtlMs: e.SESSION_TTL,
      trustProxy: e.TRUST_PROXY,
      publicOrigin: e.PUBLIC_ORIGIN,
      secureCookies: e.PUBLIC_ORIGIN?.startsWith('https://') ?? false,
      logLevel: e.LOG_LEVEL,
      demo: e.MATCHREADY_DEMO,
      webDistDir: e.WEB_DIST_DIR === undefined ? undefined : resolve(cwd, e.WEB_DIST_DIR),
    },
  };
}
