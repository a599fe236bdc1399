import type { NextStep } from '@matchready/core/timeline';
import type { ProfileRepository, UserRepository } from '../account/account-ports.ts';
import type { PracticeCardRepository } from '../interview/interview-ports.ts';
import { overdueMentorshipOf } from '../mentorship/mentorship-due.ts';
import type { MentorshipPorts } from '../mentorship/mentorship-ports.ts';
import type { Mailer } from '../shared/ports.ts';
import { digestSentAt, firstDigestWait } from './timeline-domain.ts';
import { applicantZone, duePracticeCount, loadTimeline, nextStepsOf } from './timeline-plan.ts';
import type { TimelineRepository } from './timeline-ports.ts';

/** Recipients handled per call; the job calls again while `more` is true. */
export const DIGEST_BATCH = 200;

export interface DigestDeps {
  readonly timeline: TimelineRepository;
  readonly users: UserRepository;
  readonly profiles: ProfileRepository;
  readonly practiceCards: PracticeCardRepository;
  readonly mailer: Mailer;
  readonly publicOrigin: string;
  /** Overdue mentorship meetings and action items are in the digest too. */
  readonly mentorship: MentorshipPorts;
}

export interface DigestRun {
  readonly sent: number;
  /** Recipients looked at with nothing to say (no mail, still marked for today). */
  readonly quiet: number;
  /** First-time recipients outside their morning, scheduled for the next 07:00 there. */
  readonly waiting: number;
  readonly more: boolean;
}

export function digestMail(origin: string, name: string, steps: readonly NextStep[]) {
  return {
    subject: `MatchReady: ${steps.length === 1 ? 'one thing' : `${steps.length} things`} to do next`,
    text: [
      `Hello ${name},`,
      '',
      'What is most urgent on your MatchReady timeline:',
      '',
      ...steps.map((s) => `- ${s.message}`),
      '',
      `Your timeline: ${origin}/timeline`,
      `Turn this daily email off on your account page: ${origin}/account`,
    ].join('\n'),
  };
}

export type DigestService = ReturnType<typeof createDigestService>;

export function createDigestService(deps: DigestDeps) {
  return {
    /**
     * Sends the digest to each applicant who has it on and whose next one is due: once a day, from
     * 07:00 in their zone (the one they chose, else their mentoring preferences', else UTC;
     * decision 053). Marking comes first, so two runs never send twice; a mail that then fails
     * is skipped until the next morning rather than repeated.
     */
    async sendDueDigests(now: Date): Promise<DigestRun> {
      const recipients = await deps.timeline.listDigestRecipients(now.toISOString(), DIGEST_BATCH);
      let sent = 0;
      let quiet = 0;
      let waiting = 0;
      for (const recipient of recipients) {
        const zone = await applicantZone(deps, recipient.userId, recipient.timeZone);
        if (recipient.nextDigestAt === null) {
          // A first reminder waits for the applicant's morning, like every later one.
          const wait = firstDigestWait(now, zone);
          if (wait !== undefined) {
            if (await deps.timeline.markDigestSent(recipient.userId, wait, null, null)) waiting++;
            continue;
          }
        }
        const { day, next } = digestSentAt(now, zone);
        if (
          !(await deps.timeline.markDigestSent(recipient.userId, next, recipient.nextDigestAt, day))
        )
          continue;
        const user = await deps.users.findById(recipient.userId);
        if (!user) continue;
        const [state, due, mentorship] = await Promise.all([
          // Days are counted from the applicant's date there, not the server's (decision 053).
          loadTimeline(deps, user.id, now, zone),
          duePracticeCount(deps.practiceCards, user.id, now),
          overdueMentorshipOf(deps, user, now),
        ]);
        // Far-off actions fill "what's next" on a quiet day; a daily email about them would nag.
        const steps = nextStepsOf(state.plan, due, mentorship).filter(
          (s) => s.reason !== 'upcoming',
        );
        if (steps.length === 0) {
          quiet++;
          continue;
        }
        const mail = digestMail(deps.publicOrigin, user.displayName, steps);
        await deps.mailer.send({ to: user.email, ...mail, kind: 'daily-digest' });
        sent++;
      }
      return { sent, quiet, waiting, more: recipients.length === DIGEST_BATCH };
    },
  };
}
