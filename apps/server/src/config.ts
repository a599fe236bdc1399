import { resolve } from 'node:path';
import {
  readEnvironment,
  type ServerEnvironment,
  serverEnvironmentSchema,
} from '@matchready/contract/environment';
import { sqliteFileIn } from '@matchready/db';

export type LogLevel = ServerEnvironment['LOG_LEVEL'];

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
  /** Mail: SMTP when smtpUrl is set, else the database outbox. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  /** The origin links in mail point to: PUBLIC_ORIGIN, else this server's local address. */
  readonly linkOrigin: string;
}

const LOCAL_HOSTS = ['127.0.0.1', 'localhost', '::1', '0.0.0.0', '::'];

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/**
 * Parses the environment once (the contract's schema, shared with the CLI); an invalid variable
 * gives one line naming every problem.
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  cwd = process.cwd(),
): ConfigResult {
  const parsed = readEnvironment(serverEnvironmentSchema, env);
  if (!parsed.ok) return parsed;
  const e = parsed.value;
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
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM,
      linkOrigin:
        e.PUBLIC_ORIGIN ??
        `http://${LOCAL_HOSTS.includes(e.HOST) ? 'localhost' : e.HOST}:${e.PORT}`,
    },
  };
}
