import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import type { MatchProblemJson } from '@matchready/contract';
import { parseProblem } from '@matchready/core';
import { warmUpAnalyser } from '@matchready/core/interview';
import {
  createArgon2Hasher,
  createRepositories,
  migrateToLatest,
  openDatabase,
} from '@matchready/db';
import { seedDemo } from '@matchready/services';
import pkg from '../package.json' with { type: 'json' };
import { createApp } from './app.ts';
import { composeMailer, composeServices } from './compose.ts';
import { type Config, loadConfig } from './config.ts';
import { housekeepingJobs } from './jobs/housekeeping.jobs.ts';
import { mailerFor } from './jobs/mail.jobs.ts';
import { startJobQueue } from './jobs/start-job-queue.ts';
import { createLogger, type Logger } from './logger.ts';
import { startPrograms } from './programs-startup.ts';
import { systemClock, uuidIds } from './security.adapter.ts';

// apps/server/src/main.ts and the bundle apps/server/dist/main.js are both two levels below apps/.
const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const SAMPLE_FILE = fromHere('../../../examples/sample-instance.json');
const WEB_DIST = fromHere('../../web/dist');

async function readSample(logger: Logger): Promise<MatchProblemJson | null> {
  try {
    const parsed = parseProblem(JSON.parse(await readFile(SAMPLE_FILE, 'utf8')));
    if (parsed.ok) return parsed.value;
    logger.warn('the bundled sample instance is not valid; GET /api/match/sample answers 404');
  } catch {
    logger.warn(`no sample instance at ${SAMPLE_FILE}; GET /api/match/sample answers 404`);
  }
  return null;
}

function displayUrl(config: Config, port: number): string {
  if (config.publicOrigin) return config.publicOrigin;
  const local = ['127.0.0.1', 'localhost', '::1', '0.0.0.0', '::'].includes(config.host);
  return `http://${local ? 'localhost' : config.host}:${port}`;
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: { demo: { type: 'boolean' }, port: { type: 'string' } },
  });
  const loaded = loadConfig({
    ...env,
    ...(values.port !== undefined ? { PORT: values.port } : {}),
    ...(values.demo ? { MATCHREADY_DEMO: '1' } : {}),
  });
  if (!loaded.ok) {
    process.stderr.write(`matchready: ${loaded.message}\n`);
    process.exit(2);
  }
  const config = loaded.config;
  const logger = createLogger(config.logLevel);
  const database = openDatabase({ url: config.databaseUrl, sqliteFile: config.sqliteFile });
  await migrateToLatest(database.db);
  const repos = createRepositories(database.db);
  const passwords = createArgon2Hasher();
  // pg-boss on PostgreSQL (several processes share the work), in process on SQLite (044).
  const jobs = await startJobQueue({
    database: database.kind,
    databaseUrl: config.databaseUrl,
    logger,
  });
  const mail = { smtpUrl: config.smtpUrl, from: config.mailFrom };
  const services = composeServices(repos, {
    sessionTtlMs: config.sessionTtlMs,
    passwords,
    logger,
    mail,
    mailer: await mailerFor(jobs, composeMailer(repos, { mail })),
    linkOrigin: config.linkOrigin,
  });
  const sampleInstance = await readSample(logger);

  const lines: string[] = await startPrograms(services, logger, database.kind);
  if (config.demo) {
    if (!sampleInstance) throw new Error(`--demo needs the sample instance at ${SAMPLE_FILE}`);
    const seeded = await seedDemo(
      { ...repos, passwords, clock: systemClock, ids: uuidIds },
      sampleInstance,
    );
    lines.push(`Demo accounts (password "${seeded.password}"; demo data is labelled in the app):`);
    for (const account of seeded.accounts)
      lines.push(`  ${account.role.padEnd(20)}${account.email}`);
  }

  // Session purge, mentorship request expiry and nudges, the daily digest, abandoned background
  // runs (decisions 039, 044, 051).
  for (const job of housekeepingJobs(services)) await jobs.schedule(job);

  const webDistDir = config.webDistDir ?? WEB_DIST;
  const webApp = existsSync(join(webDistDir, 'index.html'));
  const app = createApp({
    services,
    logger,
    version: pkg.version,
    sampleInstance,
    publicOrigin: config.publicOrigin,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    webDistDir,
    mail: { smtp: config.smtpUrl !== undefined, demo: config.demo },
    linkOrigin: config.linkOrigin,
  });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const where =
      database.kind === 'sqlite' ? `SQLite at ${config.sqliteFile}` : 'PostgreSQL (DATABASE_URL)';
    process.stdout.write(
      [
        `MatchReady ${pkg.version} is running at ${displayUrl(config, info.port)}`,
        `  Database: ${where}`,
        `  API: ${displayUrl(config, info.port)}/api (OpenAPI at /api/openapi.json)`,
        webApp
          ? `  Web app: ${webDistDir}`
          : '  Web app: not built yet (npm run build -w apps/web); the API works without it',
        ...lines,
        'Press Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
    // Load the NLP model now rather than on the first practice answer (~0.2–0.5 s once).
    setImmediate(warmUpAnalyser);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'EADDRINUSE'
        ? `port ${config.port} is already in use (set PORT or --port)`
        : error.message;
    process.stderr.write(`matchready: cannot start the server: ${reason}\n`);
    void jobs
      .stop()
      .then(() => database.close())
      .finally(() => process.exit(1));
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, shutting down`);
    setTimeout(() => process.exit(1), 10_000).unref();
    server.close(() => {
      void jobs
        .stop()
        .then(() => logger.info('job queue stopped'))
        .then(() => database.close())
        .finally(() => process.exit(0));
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2), process.env).catch((error: unknown) => {
  process.stderr.write(`matchready: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
