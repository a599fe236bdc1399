import { MAX_INSTANCE_APPLICANTS, MAX_INSTANCE_PROGRAMS } from '@matchready/contract';
import { createArgon2Hasher, type Repositories } from '@matchready/db';
import {
  type AttemptLimits,
  createOutboxMailer,
  createServices,
  type Mailer,
  type PasswordHasher,
  type Services,
} from '@matchready/services';
import { createWorkerAssignmentRunner } from './assignment/assignment-runner.ts';
import { meetingCalendar } from './calendar/meeting-ics.ts';
import type { Logger } from './logger.ts';
import { createSmtpMailer } from './mail/smtp-mailer.ts';
import { sessionTokens, systemClock, uuidIds } from './security.adapter.ts';
import { createWorkerSimulationRunner } from './simulation/simulation-pool.ts';
import { createWorkerMatchEngine } from './workers/match-engine.ts';
import { createWorkerPool, type WorkerPool } from './workers/worker-pool.ts';

/** Sign-in: 5 failures per email and client address in 15 minutes, then 429. */
export const SIGN_IN_LIMIT = { maxFailures: 5, windowMs: 15 * 60 * 1000 } as const;

export interface ComposeOptions {
  readonly sessionTtlMs: number;
  /** Tests pass a cheaper hasher; production uses argon2id with OWASP parameters. */
  readonly passwords?: PasswordHasher;
  /** Sign-in, confirmation and sign-up limits (decision 032); defaults when left out. */
  readonly attemptLimits?: Partial<AttemptLimits>;
  /** Where worker-thread failures of simulations are reported. */
  readonly logger?: Logger;
  /** SMTP when `smtpUrl` is set; otherwise (and by default) the database outbox. */
  readonly mail?: { readonly smtpUrl?: string | undefined; readonly from: string };
  /** Where links in mail point (Config.linkOrigin). */
  readonly linkOrigin?: string;
  /** The Mailer to use instead of the configured adapter (mail through the job queue, 044). */
  readonly mailer?: Mailer;
  /** The one worker pool for CPU-heavy work (decision 042); made here when not given. */
  readonly pool?: WorkerPool;
}

/** The mailer the configuration asks for (decision 030). */
export function composeMailer(repos: Repositories, options: Pick<ComposeOptions, 'mail'>): Mailer {
  const smtpUrl = options.mail?.smtpUrl;
  if (smtpUrl) return createSmtpMailer({ url: smtpUrl, from: options.mail?.from ?? '' });
  return createOutboxMailer({ outbox: repos.outbox, clock: systemClock, ids: uuidIds });
}

/** The server's composition root: repositories and adapters in, services out. */
export function composeServices(repos: Repositories, options: ComposeOptions): Services {
  const pool =
    options.pool ??
    createWorkerPool({
      onError: (error) => options.logger?.error('worker task failed', { error: error.message }),
    });
  return createServices({
    ...repos,
    passwords: options.passwords ?? createArgon2Hasher(),
    tokens: sessionTokens,
    clock: systemClock,
    ids: uuidIds,
    sessionTtlMs: options.sessionTtlMs,
    signInLimit: SIGN_IN_LIMIT,
    attemptLimits: options.attemptLimits,
    instanceLimits: { maxApplicants: MAX_INSTANCE_APPLICANTS, maxPrograms: MAX_INSTANCE_PROGRAMS },
    elapsed: () => performance.now(),
    mailer: options.mailer ?? composeMailer(repos, options),
    meetingInvite: meetingCalendar,
    publicOrigin: options.linkOrigin ?? 'http://localhost',
    onMailError: (error) =>
      options.logger?.error('mail not sent', {
        error: error instanceof Error ? error.message : String(error),
      }),
    simulationRunner: createWorkerSimulationRunner({ pool }),
    assignmentRunner: createWorkerAssignmentRunner({ pool }),
    matchEngine: createWorkerMatchEngine(pool),
  });
}
