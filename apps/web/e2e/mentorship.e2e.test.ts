import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, expectAccessible } from './audit.ts';
import {
  type Browser,
  ensureScreenshotDir,
  ensureWebBuild,
  launchBrowser,
  type RunningServer,
  reportFailure,
  startServer,
} from './harness.ts';
import { noHorizontalScroll, type Person, signUp } from './steps.ts';

const stamp = Date.now();
const mentor: Person = {
  name: 'Grace Mensah',
  email: `grace.${stamp}@example.org`,
  password: 'correct horse battery',
};
const mentee: Person = {
  name: 'Amina Yusuf',
  email: `amina.${stamp}@example.org`,
  password: 'correct horse battery',
};
const second: Person = {
  name: 'Tariq Hussain',
  email: `tariq.${stamp}@example.org`,
  password: 'correct horse battery',
};
const BAD_MESSAGE =
  'To whom it may concern,\n\nCould you write me a letter of recommendation for my ERAS application?';
const GOOD_MESSAGE = [
  'Dear Dr. Mensah,',
  'My name is Amina Yusuf, an international medical graduate from Nigeria applying to internal medicine.',
  'I found your profile in the MatchReady mentor directory, and your work with IMG applicants stood out to me.',
  'Would you be open to a 15-minute call in the next two or three weeks? I would like to ask how you chose programs. I know your schedule is busy, and I completely understand if now is not a good time.',
  'Thank you for your time,\nAmina',
].join('\n\n');
const COMMENT = 'Lead with what you want to learn in the US, not with what is wrong at home.';

let server: RunningServer;
let browser: Browser;
let page: Page;
let mentorUrl = '';

beforeAll(async () => {
  if (!process.env.E2E_BASE_URL) ensureWebBuild();
  ensureScreenshotDir();
  server = await startServer();
  browser = await launchBrowser(server.baseUrl);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

// A failed step leaves the page (screenshot and text) and the server's log (harness.ts).
afterEach(({ task }) => reportFailure(task, 'mentorship', page, server));

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (auditLog.length > 0) console.table(auditLog);
});

/** One browser, several people: forget the session and sign in as someone else. */
async function signInAs(person: Person): Promise<void> {
  await browser.context.clearCookies();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel(/^Password/).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

async function signUpAs(person: Person, role: 'Applicant' | 'Mentor'): Promise<void> {
  await browser.context.clearCookies();
  await page.goto('/sign-up');
  if (role === 'Mentor') await page.getByRole('radio', { name: /^Mentor/ }).check();
  await signUp(page, person);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

describe('mentorship: a mentee finds a mentor and they work together', () => {
  it('a mentor publishes a profile with one place', async () => {
    await signUpAs(mentor, 'Mentor');
    await page.goto('/mentors');
    await page.getByRole('form', { name: 'My mentor profile' }).waitFor();
    const specialties = page.getByRole('combobox', { name: 'Specialties' });
    await specialties.fill('Internal Medicine');
    await specialties.press('Enter');
    await page.getByLabel('Institution').fill('Riverside University Hospital');
    await page.getByRole('combobox', { name: 'State' }).fill('New York');
    await page.getByRole('option', { name: 'New York (NY)' }).click();
    await page.getByRole('combobox', { name: 'Mentoring I offer' }).click({ force: true });
    await page.getByRole('option', { name: 'Career' }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Most mentees at once').fill('1');
    await page.getByLabel('I trained outside the US and Canada (IMG)').check();
    await page.getByLabel('Country of medical training').fill('Ghana');
    // New York, while the browser (and so the mentee) is on UTC: booking shows both clocks.
    await page.getByRole('combobox', { name: 'My time zone' }).fill('New_York');
    await page.getByRole('option', { name: 'America/New_York', exact: true }).click();
    await page.getByRole('button', { name: 'Add a window' }).click();
    await page.getByLabel('Window 1 from').fill('19:00');
    await page.getByLabel('Window 1 to').fill('20:00');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Accepting new requests').waitFor();
    await expectAccessible(page, 'mentor-profile');
  });

  it('a mentee finds the mentor, fixes a first message and sends a request', async () => {
    await signUpAs(mentee, 'Applicant');
    await page.goto('/mentors');
    const specialties = page.getByRole('combobox', { name: 'Specialties' });
    await specialties.fill('Internal Medicine');
    await specialties.press('Enter');
    await page.getByLabel('Country of training').fill('Nigeria');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    const results = page.getByRole('list', { name: 'Mentors' });
    const card = results.getByRole('listitem').filter({ hasText: mentor.name });
    await card.getByRole('list', { name: 'What the compatibility score is made of' }).waitFor();
    await card.getByText('Unverified').waitFor();
    await expectAccessible(page, 'mentor-directory');

    await card.getByRole('link', { name: `Open ${mentor.name}` }).click();
    await page.waitForURL(/\/mentors\/[^/]+$/);
    mentorUrl = new URL(page.url()).pathname;
    const box = page.getByRole('textbox', { name: `Your message to ${mentor.name}` });
    await box.fill(BAD_MESSAGE);
    const fixes = page.getByRole('list', { name: 'Things to fix' });
    await fixes.locator('[data-code="generic-greeting"] mark').waitFor();
    expect(await fixes.locator('[data-code="big-first-ask"] mark').textContent()).toContain(
      'letter of recommendation',
    );
    await expectAccessible(page, 'outreach-issues');

    await box.fill(GOOD_MESSAGE);
    await page.getByText('Ready to send').waitFor();
    // The draft survives a reload (once the composer has stored it, shortly after typing stops).
    await page.waitForFunction(
      (expected) =>
        Object.keys(localStorage).some(
          (key) =>
            key.startsWith('matchready:outreach-draft:') &&
            JSON.parse(localStorage.getItem(key) ?? '{}').text === expected,
        ),
      GOOD_MESSAGE,
    );
    await page.reload();
    expect(
      await page.getByRole('textbox', { name: `Your message to ${mentor.name}` }).inputValue(),
    ).toBe(GOOD_MESSAGE);
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText(`Request sent to ${mentor.name}.`).waitFor();
  });

  it('the mentor accepts and logs a meeting with an agenda and action items', async () => {
    await signInAs(mentor);
    await page.goto('/mentors?tab=requests');
    const request = page.getByRole('listitem').filter({ hasText: `From ${mentee.name}` });
    await request.getByText('Dear Dr. Mensah,').waitFor();
    await request.getByRole('button', { name: 'Accept…' }).click();
    const dialog = page.getByRole('dialog', { name: `Accept ${mentee.name}'s request?` });
    await dialog.getByLabel('Note to the mentee (optional)').fill('Happy to help. Talk soon.');
    await expectAccessible(page, 'accept-request-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Accept request' }).click();
    await request.getByText('Accepted').waitFor();
    await request.getByRole('link', { name: 'Open the tracker' }).click();
    await page.getByRole('heading', { name: `Mentoring with ${mentee.name}`, level: 1 }).waitFor();

    await page.getByLabel('Meeting date and time').fill('2026-11-30T15:00');
    await page.getByLabel('Agenda', { exact: true }).fill('Program list; personal statement draft');
    await page.getByRole('button', { name: 'Add meeting' }).click();
    await page.getByRole('list', { name: 'Meetings' }).getByRole('listitem').waitFor();

    await page.getByLabel('New action item').fill('Send two personal statement drafts');
    await page.getByLabel('Due').fill('2026-12-20');
    await page.getByRole('button', { name: 'Add action item' }).click();
    await page
      .getByRole('list', { name: 'Action items' })
      .getByText(/Send two personal statement drafts/)
      .waitFor();
    await expectAccessible(page, 'relationship-tracker');
  });

  it('the mentee books a first call in the mentor’s published times', async () => {
    await signInAs(mentee);
    await page.goto('/mentors?tab=mentors');
    await page.getByRole('link', { name: `Open the tracker with ${mentor.name}` }).click();
    const meetings = page.getByRole('list', { name: 'Meetings' }).getByRole('listitem');
    await meetings.first().waitFor();
    expect(await meetings.count()).toBe(1);
    await page.getByText('Next meeting: not planned yet').waitFor();

    await page.getByRole('button', { name: 'Book a call' }).click();
    // 19:00 in New York is midnight or 23:00 UTC (with or without daylight saving): the mentee's
    // time comes first, the mentor's beside it, with the mentor's weekday when the days differ.
    const slot = page
      .getByRole('radio', {
        name: new RegExp(`^\\d\\d:\\d\\d your time · 19:00( Tue)? for ${mentor.name}$`),
      })
      .first();
    await slot.focus();
    await page.keyboard.press('Space');
    expect(await slot.isChecked()).toBe(true);
    const start = (await slot.getAttribute('value')) ?? '';
    expect(start).toMatch(/^\d{4}-\d\d-\d\dT/);
    await expectAccessible(page, 'book-a-call');

    await page
      .getByRole('button', { name: /^Book (Tue|Wed) \d+ \w+, \d\d:\d\d your time$/ })
      .click();
    await page.getByRole('status').filter({ hasText: 'Call booked' }).waitFor();
    await expect.poll(() => meetings.count()).toBe(2);
    await page.getByText('Next meeting planned').waitFor();
    expect(await page.getByText('Next meeting: not planned yet').count()).toBe(0);

    // The booked time is no longer offered.
    await page.getByRole('button', { name: 'Book a call' }).click();
    await slot.waitFor();
    expect(await page.locator(`input[type="radio"][value="${start}"]`).count()).toBe(0);

    await page.setViewportSize({ width: 390, height: 844 });
    // The audit waits for the layout to settle after the resize before the width is measured.
    await expectAccessible(page, 'phone-book-a-call');
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The first days are shown; later weeks on request.
    const radios = page.getByRole('radio');
    const firstShown = await radios.count();
    await page.getByRole('button', { name: /^Show \d+ later times?$/ }).click();
    await expect.poll(() => radios.count()).toBeGreaterThan(firstShown);

    // Moving the booked call a day later, for 30 minutes (the mentor is emailed the new invite).
    const booked = meetings.last();
    await booked.getByRole('button', { name: 'Move' }).click();
    const newTime = booked.getByLabel(/^New date and time for the meeting of /);
    const [day, time] = (await newTime.inputValue()).split('T');
    const nextDay = new Date(`${day}T00:00:00Z`);
    nextDay.setUTCDate(nextDay.getUTCDate() + 1);
    await newTime.fill(`${nextDay.toISOString().slice(0, 10)}T${time}`);
    await booked.getByLabel('Length').selectOption('30');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'phone-move-meeting');
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await booked.getByRole('button', { name: 'Move meeting' }).click();
    await booked.getByText(/ · 30 min$/).waitFor();
    await booked.getByRole('status').filter({ hasText: 'Meeting moved' }).waitFor();
    expect(await booked.getByRole('button', { name: 'Move meeting' }).count()).toBe(0);
    await expectAccessible(page, 'moved-meeting');
  });

  it('the mentee practises, shares the attempt, and reads the mentor comment', async () => {
    await signInAs(mentee);
    await page.goto('/interview/questions/img-why-us');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Skip to answer' }).click();
    await page
      .getByRole('textbox', { name: 'Your answer' })
      .fill(
        'I want to train in the US because of the structured residency and the research culture. ' +
          'During my internship I saw what good teaching can do, and I want to bring it home.',
      );
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await page.getByRole('heading', { name: 'Your report' }).waitFor();

    await page.goto('/mentors?tab=mentors');
    await page.getByRole('link', { name: `Open the tracker with ${mentor.name}` }).click();
    await page.getByText('Program list; personal statement draft').first().waitFor();
    await page.getByRole('combobox', { name: 'Share a practice attempt' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: 'Share with my mentor' }).click();
    const shared = page.getByRole('list', { name: 'Shared attempts' });
    // Named by the question's words, not its id.
    await shared
      .getByRole('link', { name: /^“Why did you choose to pursue residency in the US\?”, shared / })
      .waitFor();
    await page.getByPlaceholder('Every attempt is already shared').waitFor();

    await signInAs(mentor);
    await page.goto('/mentors?tab=mentees');
    await page.getByRole('link', { name: `Open the tracker with ${mentee.name}` }).click();
    await page.getByRole('list', { name: 'Shared attempts' }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Shared practice answer', level: 1 }).waitFor();
    await page.getByText(/structured residency/).waitFor();
    await page.getByLabel('Add a comment').fill(COMMENT);
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.getByRole('list', { name: 'Comments' }).getByText(COMMENT).waitFor();
    await expectAccessible(page, 'shared-attempt-review');

    await signInAs(mentee);
    await page.goto('/mentors?tab=mentors');
    await page.getByRole('link', { name: `Open the tracker with ${mentor.name}` }).click();
    await page.getByRole('list', { name: 'Shared attempts' }).getByRole('link').click();
    await page.getByRole('list', { name: 'Comments' }).getByText(COMMENT).waitFor();
  });

  it('the mentee shares two profile fields at phone width; the mentor sees only those', async () => {
    await signInAs(mentee);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/mentors?tab=mentors');
    await page.getByRole('link', { name: `Open the tracker with ${mentor.name}` }).click();
    const mine = page.getByRole('region', { name: 'My profile, shared field by field' });
    await mine.getByText(`${mentor.name} sees none of your profile.`).waitFor();
    await mine.getByRole('checkbox', { name: 'Specialties' }).check();
    await mine.getByRole('checkbox', { name: 'Visa need' }).check();
    await mine.getByRole('button', { name: 'Save what I share' }).click();
    await mine.getByText(/Specialties: shared .* \(still shared\)/).waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectAccessible(page, 'phone-profile-sharing');
    await page.setViewportSize({ width: 1280, height: 900 });

    await signInAs(mentor);
    await page.goto('/mentors?tab=mentees');
    await page.getByRole('link', { name: `Open the tracker with ${mentee.name}` }).click();
    const theirs = page.getByRole('region', { name: `${mentee.name}'s profile` });
    await theirs.getByRole('table').waitFor();
    const headers = await theirs.locator('th').allTextContents();
    expect(headers).toEqual(['Visa need', 'Specialties']);
  });

  it('a second mentee is refused while the mentor is full, at phone width', async () => {
    await signUpAs(second, 'Applicant');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(mentorUrl);
    await page.getByText('Not taking your request right now').waitFor();
    await page.getByText(/Full:/).waitFor();
    expect(await page.getByRole('button', { name: 'Send request' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Join the waitlist' }).waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectAccessible(page, 'phone-mentor-full');
    // The server refuses too, not just the page.
    const mentorId = mentorUrl.split('/').at(-1) ?? '';
    const status = await page.evaluate(async (id) => {
      const response = await fetch('/api/mentorship/requests', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ mentorId: id, message: 'Dear Dr. Mensah, may we talk?' }),
      });
      return response.status;
    }, mentorId);
    expect(status).toBe(409);
  });
});
