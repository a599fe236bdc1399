// Two real server processes on one PostgreSQL (issue 12, decision 044): the recurring jobs run
// once per slot between them and every queued mail is sent once, whichever process picks it up,
// including mail queued before they started (as a crashed process would leave it).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createArgon2Hasher, createRepositories, openTestPostgresDatabase } from '@matchready/db';
import { createServices, type OutboxMessage, type User } from '@matchready/services';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_LIMIT } from '../compose.ts';
import { sessionTokens, uuidIds } from '../security.adapter.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const DAY = 86_400_000;
const RECURRING = [
  'abandoned-runs',
  'purge-sessions',
  'mentorship-requests',
  'daily-digest',
  'program-pulse-reminders',
];
const APPLICANTS = 12;

let database: Awaited<ReturnType<typeof openTestPostgresDatabase>>;
let observer: PgBoss | undefined;
const servers: Server[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'matchready-two-servers-'));

beforeAll(async () => {
  database = await openTestPostgresDatabase();
});

afterAll(async () => {
  for (const server of servers) server.child.kill('SIGKILL');
  await observer?.stop({ graceful: false });
  await database?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every use case on the test's database, at a clock of the test's choosing; mail is dropped. */
function servicesAt(at: Date) {
  return createServices({
    ...createRepositories(database.db),
    passwords: createArgon2Hasher({ memoryCost: 64, timeCost: 1, parallelism: 1 }),
    tokens: sessionTokens,
    clock: { now: () => at },
    ids: uuidIds,
    sessionTtlMs: 60 * 60 * 1000,
    signInLimit: SIGN_IN_LIMIT,
    instanceLimits: { maxApplicants: 10, maxPrograms: 10 },
    elapsed: () => 0,
    mailer: { send: async () => {} },
    publicOrigin: 'http://localhost',
  });
}

async function signUp(at: Date, name: string, role: 'applicant' | 'mentor'): Promise<User> {
  const email = `${name}@example.org`;
  const result = await servicesAt(at).auth.signUp({
    email,
    password: 'a long password',
    displayName: name,
    role,
  });
  return result.user;
}

async function mentor(name: string): Promise<User> {
  const user = await signUp(new Date(Date.now() - 30 * DAY), name, 'mentor');
  await servicesAt(new Date(Date.now() - 30 * DAY)).mentorship.mentors.save(user, {
    specialties: ['Internal Medicine'],
    institution: 'Example General Hospital',
    state: 'OH',
    role: 'attending',
    mentorTypes: ['clinical'],
    imgCountry: null,
    languages: ['English'],
    timeZone: 'America/New_York',
    capacity: 3,
    acceptingRequests: true,
    helpsWith: 'Interviews',
    availability: [],
  });
  return user;
}

/** Applicants with an interview yesterday (a digest is due), one stale request, one to nudge. */
async function seed() {
  const now = new Date();
  const yesterday = new Date(now.getTime() - DAY).toISOString().slice(0, 10);
  const { timeline } = createRepositories(database.db);
  const applicants: User[] = [];
  for (let i = 0; i < APPLICANTS; i += 1) {
    const applicant = await signUp(now, `applicant${i}`, 'applicant');
    await servicesAt(now).timeline.addInterview(applicant, {
      program: `Synthetic Internal Medicine ${i}`,
      date: yesterday,
    });
    // Due a minute ago, as after a first reminder that waited for its morning: this test runs on
    // the real clock, and a never-sent reminder only goes out at once between 07:00 and 12:00.
    await timeline.markDigestSent(
      applicant.id,
      new Date(now.getTime() - 60_000).toISOString(),
      null,
      null,
    );
    applicants.push(applicant);
  }
  const [stale, waiting] = [await mentor('mentor-stale'), await mentor('mentor-waiting')];
  const [late, patient] = [
    await signUp(new Date(now.getTime() - 30 * DAY), 'mentee-late', 'applicant'),
    await signUp(new Date(now.getTime() - 30 * DAY), 'mentee-patient', 'applicant'),
  ];
  await servicesAt(new Date(now.getTime() - 20 * DAY)).mentorship.requests.create(late, {
    mentorId: stale.id,
    message: 'Could you help with my rank list?',
  });
  await servicesAt(new Date(now.getTime() - 6 * DAY)).mentorship.requests.create(patient, {
    mentorId: waiting.id,
    message: 'Could you review my personal statement?',
  });
  return { applicants, late, waiting, everyone: [...applicants, stale, waiting, late, patient] };
}

interface Server {
  readonly name: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exit: Promise<number | null>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** Polls `condition` every 250 ms; fails naming `what` after a generous deadline. */
async function eventually(what: string, condition: () => Promise<boolean>, seconds = 120) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${what}\n${servers.map((s) => `--- ${s.name}\n${s.output()}`).join('\n')}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function startServer(name: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: join(dataDir, name),
      LOG_LEVEL: 'debug',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  const server = { name, child, output: () => text, exit };
  servers.push(server);
  await eventually(`${name} to answer /api/health`, async () => {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${text}`);
    try {
      return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
    } catch {
      return false; // not listening yet
    }
  });
  return server;
}

/** A pg-boss client with no workers and no maintenance: the test's hands on the queue. */
async function queueClient(): Promise<PgBoss> {
  if (!observer) {
    observer = new PgBoss({ connectionString: database.url, supervise: false, schedule: false });
    observer.on('error', () => {});
    await observer.start();
  }
  return observer;
}

/** Mail jobs stored while no server runs, as a process that crashed after queueing leaves them. */
async function leaveMailBehind(count: number): Promise<string[]> {
  const boss = await queueClient();
  await boss.createQueue('send-mail', { name: 'send-mail' });
  const addresses: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const to = `left-behind${i}@example.org`;
    await boss.send('send-mail', {
      to,
      subject: 'Queued before a crash',
      text: 'This mail was queued by a process that then stopped.',
      kind: 'mentorship-request',
    });
    addresses.push(to);
  }
  return addresses;
}

async function jobs(): Promise<{ name: string; state: string; slot: string | null }[]> {
  const { rows } = await (await queueClient())
    .getDb()
    .executeSql(
      'SELECT name, state, singleton_on::text AS slot FROM pgboss.job WHERE name = ANY($1)',
      [[...RECURRING, 'send-mail']],
    );
  return rows as { name: string; state: string; slot: string | null }[];
}

/** The `job ran` debug lines of one server's log: which job, which slot, which pg-boss job. */
function runsIn(output: string): { job: string; slot?: string; id: string }[] {
  return output
    .split('\n')
    .map((line) => / DEBUG job ran (\{.*\})$/.exec(line)?.[1])
    .filter((json): json is string => json !== undefined)
    .map((json) => JSON.parse(json) as { job: string; slot?: string; id: string });
}

describe('two server processes on one PostgreSQL', () => {
  it('run each scheduled job once per slot and send each queued mail once', async () => {
    const people = await seed();
    const leftBehind = await leaveMailBehind(3);
    const outbox = createRepositories(database.db).outbox;
    const mailTo = async (user: Pick<User, 'email'>): Promise<OutboxMessage[]> =>
      outbox.listForRecipient(user.email, 100);

    await Promise.all([startServer('server-a'), startServer('server-b')]);

    await eventually(
      'the digests, the expiry notice, the nudge and the mail left behind',
      async () => {
        for (const email of leftBehind) if ((await mailTo({ email })).length === 0) return false;
        for (const applicant of people.applicants)
          if (!(await mailTo(applicant)).some((m) => m.kind === 'daily-digest')) return false;
        if (!(await mailTo(people.late)).some((m) => m.kind === 'mentorship-request-expired'))
          return false;
        return (await mailTo(people.waiting)).some((m) => m.kind === 'mentorship-request-nudge');
      },
    );
    await eventually('every job to be finished', async () => {
      const all = await jobs();
      return (
        RECURRING.every((name) => all.some((j) => j.name === name)) &&
        all.every((j) => j.state === 'completed')
      );
    });

    for (const server of servers) server.child.kill('SIGTERM');
    for (const server of servers) {
      expect(await server.exit, server.output()).toBe(0);
      expect(server.output()).toContain('job queue stopped');
    }

    // Mail: one digest per applicant and day, one expiry notice, one nudge, each mail queued
    // before the servers started sent once.
    const recipients = [...people.everyone, ...leftBehind.map((email) => ({ email }))];
    const mail = (await Promise.all(recipients.map(mailTo))).flat();
    const perDay = new Map<string, number>();
    for (const m of mail) {
      const key = `${m.to} ${m.kind} ${m.createdAt.slice(0, 10)}`;
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
    expect([...perDay.values()].every((n) => n === 1)).toBe(true);
    expect(mail.filter((m) => m.kind === 'mentorship-request-expired')).toHaveLength(1);
    expect(mail.filter((m) => m.kind === 'mentorship-request-nudge')).toHaveLength(1);
    expect(mail.filter((m) => m.subject === 'Queued before a crash').map((m) => m.to)).toEqual(
      expect.arrayContaining(leftBehind),
    );
    expect(mail.filter((m) => m.subject === 'Queued before a crash')).toHaveLength(3);

    // Runs, from both logs: each recurring slot by one process, each mail job by one process.
    const runs = servers.flatMap((s) => runsIn(s.output()));
    for (const name of RECURRING) {
      const slots = runs.filter((r) => r.job === name).map((r) => r.slot);
      expect(slots.length, name).toBeGreaterThan(0);
      expect(new Set(slots).size, name).toBe(slots.length);
      expect(slots.every((s) => typeof s === 'string')).toBe(true);
    }
    const mailRuns = runs.filter((r) => r.job === 'send-mail').map((r) => r.id);
    expect(new Set(mailRuns).size).toBe(mailRuns.length);
    expect(mailRuns).toHaveLength(mail.length);
    // The job table agrees: one job per recurring slot, one completed job per mail.
    const table = await jobs();
    for (const name of RECURRING) {
      const slots = table.filter((j) => j.name === name).map((j) => j.slot);
      expect(new Set(slots).size).toBe(slots.length);
    }
    expect(table.filter((j) => j.name === 'send-mail')).toHaveLength(mail.length);
  });
});
