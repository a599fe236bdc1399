import { api, type MentorshipRequestView, pathFor } from '@matchready/contract';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestApp } from './test-app.ts';
import {
  decodeQuotedPrintable,
  type LoopbackSmtp,
  startLoopbackSmtp,
} from './testing/loopback-smtp.ts';
import { FIRST_MESSAGE, MENTEE_PREFERENCES, MENTOR_PROFILE } from './testing/mentorship-world.ts';

/**
 * The text/calendar part of a raw MIME message, decoded (nodemailer writes text attachments as
 * base64 or quoted-printable), or null when the mail has none.
 */
function calendarPart(raw: string): string | null {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/);
  const part = parts.find((p) => /^content-type:\s*text\/calendar/im.test(p));
  if (!part) return null;
  const [head = '', ...rest] = part.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n').replace(/\r?\n--[^\r\n]*--\s*$/, '');
  if (/content-transfer-encoding:\s*base64/i.test(head))
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return decodeQuotedPrintable(body);
}

describe('booking mail over real SMTP carries the calendar invite', () => {
  let smtp: LoopbackSmtp;
  /** The raw MIME of every message received, in order. */
  const received = () => smtp.received.map((mail) => mail.raw);
  let app: TestApp['app'];
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    const test = await createTestApp(
      { mail: { smtp: true, demo: false } },
      {
        attemptLimits: {},
        mail: { smtpUrl: smtp.url, from: 'MatchReady <no-reply@matchready.test>' },
      },
    );
    app = test.app;
    dispose = test.dispose;
  });
  afterAll(async () => {
    await smtp.close();
    await dispose();
  });

  it('attaches the same invite the pair can download', async () => {
    const mentor = await signUp(app, 'mentor');
    await mentor.put(api.putMyMentorProfile.path, MENTOR_PROFILE);
    const mentee = await signUp(app, 'applicant');
    await mentee.put(api.putMenteePreferences.path, MENTEE_PREFERENCES);
    const asked = await mentee.post(api.createMentorshipRequest.path, {
      mentorId: mentor.userId,
      message: FIRST_MESSAGE,
    });
    const id = (asked.body as { request: MentorshipRequestView }).request.id;
    const accepted = await mentor.post(pathFor(api.acceptMentorshipRequest, { id }), {});
    const relationshipId = (accepted.body as { request: MentorshipRequestView }).request
      .relationshipId as string;
    const slots = await mentee.get(pathFor(api.listMentorSlots, { id: mentor.userId }));
    const slot = (slots.body as { slots: { start: string }[] }).slots[0];
    if (!slot) throw new Error('the mentor publishes times every weekday');
    const booked = await mentee.post(pathFor(api.createMeeting, { id: relationshipId }), {
      scheduledAt: slot.start,
      fromAvailability: true,
    });
    expect(booked.status, booked.text).toBe(201);
    const meetingId = (booked.body as { meeting: { id: string } }).meeting.id;

    // Mail is sent after the write, in the background of the request: wait for it briefly.
    const deadline = Date.now() + 5000;
    const isBooking = (raw: string) => /X-MatchReady-Kind: mentorship-meeting/i.test(raw);
    while (!received().some(isBooking) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const mail = received().find(isBooking);
    if (!mail) throw new Error('no booking mail within 5 s');
    expect(mail).toContain(`To: ${mentor.email}`);
    const attached = calendarPart(mail);
    if (attached === null) throw new Error('the booking mail has no text/calendar part');

    const download = await mentee.get(pathFor(api.downloadMeetingCalendar, { id: meetingId }));
    const read = (ics: string) => {
      const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
      if (!vevent) throw new Error('no VEVENT in the invite');
      const event = new ICAL.Event(vevent);
      return { uid: event.uid, start: event.startDate.toJSDate().toISOString() };
    };
    expect(read(attached)).toEqual({
      uid: `meeting-${meetingId}@matchready.app`,
      start: new Date(slot.start).toISOString(),
    });
    expect(read(attached)).toEqual(read(download.text));

    // A meeting planned by hand (not booked from the availability) is mailed without an invite.
    const count = received().length;
    await mentor.post(pathFor(api.createMeeting, { id: relationshipId }), {
      scheduledAt: '2027-05-03T15:00:00.000Z',
    });
    const until = Date.now() + 5000;
    while (received().length === count && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const planned = received().slice(count).find(isBooking);
    expect(planned).toBeDefined();
    expect(calendarPart(planned as string)).toBeNull();
  });
});
