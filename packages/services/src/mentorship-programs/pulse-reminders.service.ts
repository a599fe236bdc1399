import type { UserRepository } from '../account/account-ports.ts';
import type { Mailer } from '../shared/ports.ts';
import type { MentorshipProgramRepository } from './mentorship-program-ports.ts';
import { pulseOpensAt } from './program-invitation-domain.ts';

/** People handled per call; the job calls again while `more` is true. */
export const PULSE_REMINDER_BATCH = 200;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Three calendar months are never shorter than 89 days: a safe bound for the query. */
const SHORTEST_PULSE_WAIT_DAYS = 88;

export interface PulseReminderDeps {
  readonly mentorshipPrograms: MentorshipProgramRepository;
  readonly users: UserRepository;
  readonly mailer: Mailer;
  /** Where links in mail point (the web app). */
  readonly publicOrigin: string;
  readonly onMailError?: ((error: unknown) => void) | undefined;
}

export function pulseOpenMail(origin: string, programName: string) {
  return {
    subject: `Your 3-month check-in for “${programName}” is open`,
    text: [
      `Three months ago you were paired in the mentorship program “${programName}”.`,
      '',
      'How is it going? Three quick questions (1 to 5) and an optional comment, once. Your',
      'answers go to the organisation that runs the program, never to the person you are paired',
      'with.',
      '',
      `Answer it on My programs: ${origin}/my-programs`,
    ].join('\n'),
  };
}

export type PulseReminderService = ReturnType<typeof createPulseReminderService>;

/**
 * Tells each person linked to an account, once, that their program's pulse survey has opened
 * (3 calendar months after their first published pair; decision 047). The person is recorded
 * before the mail is sent, so two servers never both send it; a mail that fails is not retried.
 */
export function createPulseReminderService(deps: PulseReminderDeps) {
  const repo = deps.mentorshipPrograms;
  return {
    async sendDue(now: Date): Promise<{ sent: number; more: boolean }> {
      const bound = new Date(now.getTime() - SHORTEST_PULSE_WAIT_DAYS * DAY_MS).toISOString();
      const candidates = await repo.listPulseReminderCandidates(bound, PULSE_REMINDER_BATCH);
      const at = now.toISOString();
      let sent = 0;
      for (const candidate of candidates) {
        // Earliest first pair first: once one is not open yet, none after it is.
        if (pulseOpensAt(candidate.firstPublishedAt) > at) return { sent, more: false };
        if (!(await repo.claimPulseReminder(candidate, at))) continue;
        const user = await deps.users.findById(candidate.userId);
        if (!user) continue;
        const mail = pulseOpenMail(deps.publicOrigin, candidate.programName);
        try {
          await deps.mailer.send({ to: user.email, ...mail, kind: 'program-pulse-open' });
          sent++;
        } catch (error) {
          deps.onMailError?.(error);
        }
      }
      return { sent, more: candidates.length === PULSE_REMINDER_BATCH };
    },
  };
}
