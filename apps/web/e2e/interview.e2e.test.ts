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
import { navTo, noHorizontalScroll, signUp } from './steps.ts';

const person = {
  name: 'Chidi Nwosu',
  email: `chidi.${Date.now()}@example.org`,
  password: 'correct horse battery',
};
const WHY_US = 'Why did you choose to pursue residency in the US?';
/** Money and prestige as the motive, and sweeping criticism of the home system. */
const WEAK_ANSWER =
  'I want to train in the US because the salary is much higher and the programs are prestigious. ' +
  'The hospitals in Nigeria are corrupt and backward, so there is no future for me there.';
const MOCK_ANSWER =
  'During my internship in Lagos I led a team of four students on a busy medical ward. ' +
  'I set up a daily handover checklist, and as a result we missed fewer follow-up tests. ' +
  'I learned that clear structure helps a team more than working longer hours.';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!process.env.E2E_BASE_URL) ensureWebBuild();
  ensureScreenshotDir();
  server = await startServer();
  browser = await launchBrowser(server.baseUrl);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

// A failed step leaves the page (screenshot and text) and the server's log (harness.ts).
afterEach(({ task }) => reportFailure(task, 'interview', page, server));

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (auditLog.length > 0) console.table(auditLog);
});

describe('interview practice: a new applicant', () => {
  it('signs up and finds IMG core questions to start with', async () => {
    await page.goto('/interview');
    await page.waitForURL(/\/sign-in\?next=%2Finterview$/);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await signUp(page, person);
    await page.waitForURL(/\/interview$/);
    await page.getByRole('heading', { name: 'Interview practice', level: 1 }).waitFor();
    const startWith = page.getByRole('list', { name: 'New questions to start' });
    await startWith.getByRole('link', { name: WHY_US }).waitFor();
    await page.getByText('Nothing is due right now.').waitFor();
    await page.getByRole('list', { name: 'Questions' }).getByRole('link').first().waitFor();
    await expectAccessible(page, 'interview-home');
  });

  it('practises "why the US" with a weak typed answer and reads the report', async () => {
    await page
      .getByRole('list', { name: 'New questions to start' })
      .getByRole('link', { name: WHY_US })
      .click();
    await page.waitForURL(/\/interview\/questions\/img-why-us$/);
    await page.getByRole('heading', { name: WHY_US, level: 1 }).waitFor();
    // The sample answer waits until the applicant has answered.
    await page.getByText('Guidance and a sample answer appear after your first attempt').waitFor();
    expect(await page.getByRole('heading', { name: 'Sample answer', exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByText('Thinking time').waitFor();
    await expectAccessible(page, 'interview-thinking', { fullPage: false });
    await page.getByRole('button', { name: 'Skip to answer' }).click();
    const answer = page.getByRole('textbox', { name: 'Your answer' });
    await answer.waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.getByText('Time left').waitFor();
    // The server's limit is shown as a counter; an answer over it cannot be sent.
    await answer.fill('a'.repeat(10_001));
    await page.getByText('10,001 of 10,000 characters').waitFor();
    await page.getByText(/shorten it by 1 before you submit/).waitFor();
    expect(await page.getByRole('button', { name: 'Submit answer' }).isDisabled()).toBe(true);
    await answer.fill(WEAK_ANSWER);
    await expectAccessible(page, 'interview-answering', { fullPage: false });
    // A reload keeps the typed answer (local storage) and opens the answer box again.
    await page.reload();
    const kept = page.getByRole('textbox', { name: 'Your answer' });
    await kept.waitFor();
    expect(await kept.inputValue()).toBe(WEAK_ANSWER);
    await page.getByText('Your unsent answer was kept in this browser').waitFor();
    await page.getByRole('button', { name: 'Submit answer' }).click();

    await page.getByRole('heading', { name: 'Your report' }).waitFor();
    // Submitted: the draft is gone.
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('matchready:answer-draft:')),
      ),
    ).toEqual([]);
    // The answer sits beside the report that judges it.
    expect(await page.getByRole('region', { name: 'Your answer' }).textContent()).toContain(
      'there is no future for me there.',
    );
    // Both priorities are red flags: they are shown once, under "Check this", not as priorities.
    expect(await page.getByRole('region', { name: 'Work on this first' }).count()).toBe(0);
    const flags = page.getByRole('region', { name: 'Check this' });
    await flags.getByText('Money, lifestyle or prestige as the motive').waitFor();
    await flags.getByText('Criticism of the home country or its health system').waitFor();
    // Each flag once on the page, and its body does not repeat its title.
    for (const title of [
      'Money, lifestyle or prestige as the motive',
      'Criticism of the home country or its health system',
    ]) {
      expect(await page.getByText(title).count()).toBe(1);
    }
    expect(await flags.getByText(/Check this:/).count()).toBe(0);
    // The attempt is in the history, its report on screen.
    await page
      .getByRole('region', { name: 'Your attempts' })
      .getByRole('button', { name: /Show the report of/, pressed: true })
      .waitFor();
    await flags
      .getByText(
        '“The hospitals in Nigeria are corrupt and backward, so there is no future for me there.”',
      )
      .waitFor();
    const points = page.getByRole('region', { name: /Talking points \(\d of 4 covered\)/ });
    await points.getByText('Experience that tested the choice').waitFor();
    await page
      .getByRole('region', { name: 'Delivery' })
      .getByText('Not measured (typed answer)')
      .waitFor();
    // Revealed after the attempt.
    await page.getByRole('heading', { name: 'Sample answer', exact: true }).waitFor();
    await expectAccessible(page, 'interview-report');
  });

  it('rates the attempt (suggested: Again) and finds the question scheduled', async () => {
    const rating = page.getByRole('region', { name: 'How did it go?' });
    expect(await rating.getByRole('radio', { name: 'Again' }).isChecked()).toBe(true);
    await rating.getByRole('button', { name: 'Schedule next practice' }).click();
    await rating.getByText(/Next practice in 1 minute/).waitFor();
    await expectAccessible(page, 'interview-scheduled', { fullPage: false });

    await rating.getByRole('link', { name: 'Back to your due list' }).click();
    await page.waitForURL(/\/interview$/);
    const comingUp = page.getByRole('list', { name: 'Questions coming up' });
    await comingUp.getByRole('link', { name: WHY_US }).waitFor();
    await comingUp.getByText(/due in 1 minute|due now/).waitFor();
    const startWith = page.getByRole('list', { name: 'New questions to start' });
    expect(await startWith.getByRole('link', { name: WHY_US }).count()).toBe(0);
  });

  it('runs a 3-question mock interview without feedback and reads one summary', async () => {
    await page.getByRole('link', { name: 'Mock interview' }).click();
    await page.waitForURL(/\/interview\/mock$/);
    await page.getByRole('radio', { name: 'IMG set' }).check();
    await page.getByRole('textbox', { name: 'Number of questions' }).fill('3');
    await expectAccessible(page, 'interview-mock-setup');
    await page.getByRole('button', { name: 'Start mock interview' }).click();
    await page.waitForURL(/\/interview\/mock\/[^/]+$/);

    for (const n of [1, 2, 3]) {
      await page.getByText(`Question ${n} of 3`).waitFor();
      await page.getByText('Time to read and think').waitFor();
      if (n === 1) await expectAccessible(page, 'interview-mock-reading', { fullPage: false });
      await page.getByRole('button', { name: 'Start answering' }).click();
      await page.getByRole('textbox', { name: 'Your answer' }).fill(MOCK_ANSWER);
      if (n === 1) {
        // Leaving mid-interview asks first; staying keeps the answer.
        await page.getByRole('link', { name: 'Mock interview', exact: true }).first().click();
        const dialog = page.getByRole('dialog', { name: 'Leave the mock interview?' });
        await dialog.waitFor();
        await expectAccessible(page, 'interview-mock-leave', { fullPage: false });
        await dialog.getByRole('button', { name: 'Stay on this page' }).click();
        await page.waitForURL(/\/interview\/mock\/[^/]+$/);
        expect(await page.getByRole('textbox', { name: 'Your answer' }).inputValue()).toBe(
          MOCK_ANSWER,
        );
      }
      // No report between questions.
      expect(await page.getByRole('region', { name: 'Work on this first' }).count()).toBe(0);
      await page
        .getByRole('button', { name: n === 3 ? 'Submit answer' : 'Submit and continue' })
        .click();
    }
    await page.getByRole('heading', { name: 'That was the last question' }).waitFor();
    await page.getByRole('button', { name: 'Finish and see the report' }).click();
    await page.getByRole('heading', { name: 'Mock interview report', level: 1 }).waitFor();
    await page.getByText('3 of 3').first().waitFor();
    await page.getByRole('region', { name: 'Work on this first' }).waitFor();
    const answers = page.getByRole('region', { name: 'Answers in this mock interview' });
    expect(await answers.locator('tbody tr').count()).toBe(3);
    await expectAccessible(page, 'interview-mock-report');
  });

  it('shows progress: coverage of the bank, attempts per theme and a trend', async () => {
    await navTo(page, 'Interview');
    await page.getByRole('link', { name: 'Progress' }).click();
    await page.waitForURL(/\/interview\/progress$/);
    await page.getByRole('heading', { name: 'Interview progress', level: 1 }).waitFor();
    // "Why the US" plus the three mock questions, in four attempts.
    await page.getByText('4 of 100').waitFor();
    await page.getByText(/in 4 attempts/).waitFor();
    const themes = page.getByRole('figure', { name: 'Attempts per theme' });
    await themes.locator('.recharts-bar-rectangle').first().waitFor({ state: 'attached' });
    expect(await themes.locator('figcaption').textContent()).toContain('IMG-specific: 4');
    await page.getByRole('figure', { name: 'Talking points by attempt' }).waitFor();
    await expectAccessible(page, 'interview-progress');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/interview/questions/img-why-us');
    await page.getByRole('heading', { name: WHY_US, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Sample answer', exact: true }).waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectAccessible(page, 'phone-interview-question');
    await page.goto('/interview');
    await page.getByRole('heading', { name: 'Interview practice', level: 1 }).waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectAccessible(page, 'phone-interview-home');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
