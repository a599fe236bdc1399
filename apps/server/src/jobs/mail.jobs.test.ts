import type { Mailer, OutgoingMail } from '@matchready/services';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../logger.ts';
import { createInProcessJobQueue } from './in-process-job-queue.adapter.ts';
import type { JobQueue, OneOffJob } from './job-queue.ts';
import { createQueuedMailer, mailerFor, SEND_MAIL_JOB, sendMailJob } from './mail.jobs.ts';

function recordingMailer() {
  const sent: OutgoingMail[] = [];
  const mailer: Mailer = {
    async send(mail) {
      sent.push(mail);
    },
  };
  return { sent, mailer };
}

/** A queue that only records what is queued, like a pg-boss whose workers are elsewhere. */
function recordingQueue() {
  const queued: { name: string; data: object }[] = [];
  const handled: OneOffJob<unknown>[] = [];
  const queue: JobQueue = {
    kind: 'pg-boss',
    schedule: async () => {},
    handle: async (job) => {
      handled.push(job as OneOffJob<unknown>);
    },
    enqueue: async (name, data) => {
      queued.push({ name, data });
    },
    stop: async () => {},
  };
  return { queue, queued, handled };
}

const digest: OutgoingMail = {
  to: 'amina@example.org',
  subject: 'MatchReady: one thing to do next',
  text: 'Send a thank-you note',
  kind: 'daily-digest',
};

describe('mail through the job queue', () => {
  it('queues mail instead of sending it, but sends password resets at once', async () => {
    const { sent, mailer } = recordingMailer();
    const { queue, queued } = recordingQueue();
    const queuedMailer = createQueuedMailer(queue, mailer);
    await queuedMailer.send(digest);
    await queuedMailer.send({
      to: 'amina@example.org',
      subject: 'Reset your MatchReady password',
      text: 'https://match.example.org/reset-password?token=secret',
      kind: 'password-reset',
    });
    expect(queued).toEqual([{ name: SEND_MAIL_JOB, data: digest }]);
    expect(sent.map((m) => m.kind)).toEqual(['password-reset']);
  });

  it('the worker checks a queued mail and hands it to the adapter', async () => {
    const { sent, mailer } = recordingMailer();
    const job = sendMailJob(mailer);
    await job.run(job.parse({ ...digest, html: '<p>Send a thank-you note</p>' }));
    expect(sent).toEqual([{ ...digest, html: '<p>Send a thank-you note</p>' }]);
    expect(() => job.parse({ to: 'amina@example.org', text: 'no subject or kind' })).toThrow();
    expect(() => job.parse({ ...digest, bcc: 'someone@example.org' })).toThrow();
  });

  it('keeps a meeting invite attached through the queue (decision 048)', async () => {
    const { sent, mailer } = recordingMailer();
    const { queue, queued } = recordingQueue();
    const booking: OutgoingMail = {
      ...digest,
      kind: 'mentorship-booking',
      attachments: [
        { filename: 'meeting.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' },
      ],
    };
    await createQueuedMailer(queue, mailer).send(booking);
    expect(queued).toEqual([{ name: SEND_MAIL_JOB, data: booking }]);
    // What pg-boss hands back is the stored JSON: the worker must accept it whole.
    const stored = JSON.parse(JSON.stringify(queued[0]?.data));
    await sendMailJob(mailer).run(sendMailJob(mailer).parse(stored));
    expect(sent).toEqual([booking]);
  });

  it('uses the queue only when it keeps jobs: pg-boss yes, in process no', async () => {
    const { sent, mailer } = recordingMailer();
    const durable = recordingQueue();
    const viaQueue = await mailerFor(durable.queue, mailer);
    expect(durable.handled.map((j) => j.name)).toEqual([SEND_MAIL_JOB]);
    await viaQueue.send(digest);
    expect(durable.queued).toHaveLength(1);
    expect(sent).toEqual([]);

    const inProcess = createInProcessJobQueue({ logger: silentLogger });
    expect(await mailerFor(inProcess, mailer)).toBe(mailer);
    await inProcess.stop();
  });
});
