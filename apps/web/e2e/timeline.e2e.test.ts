import { readFileSync } from 'node:fs';
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
import { navTo, signUp } from './steps.ts';

const person = {
  name: 'Ama Mensah',
  email: `ama.${Date.now()}@example.org`,
  password: 'correct horse battery',
};
const NEW_PASSWORD = 'a fresh long password';
const PROGRAM = 'Riverside Internal Medicine';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!process.env.E2E_BASE_URL) ensureWebBuild();
  ensureScreenshotDir();
  // Demo mode without SMTP: the forgot-password page shows the outbox, so the reset can be read.
  server = await startServer((baseUrl) => ({ MATCHREADY_DEMO: '1', PUBLIC_ORIGIN: baseUrl }));
  browser = await launchBrowser(server.baseUrl);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

// A failed step leaves what is needed to understand it: the page and the server's own log.
afterEach(({ task }) => reportFailure(task, 'timeline', page, server));

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (auditLog.length > 0) console.table(auditLog);
});

describe('timeline: a new applicant', () => {
  it('sets an H-1B visa plan and sees the Step 3 milestone appear', async () => {
    await page.goto('/sign-up');
    await signUp(page, person);
    await page.waitForURL(/\/profile/);
    await navTo(page, 'Timeline');
    await page.getByRole('heading', { name: 'Timeline', level: 1 }).waitFor();
    await page.locator('[data-milestone="match-day"]').waitFor();
    expect(await page.locator('[data-milestone="step3-h1b"]').count()).toBe(0);

    await page.getByRole('combobox', { name: 'Applicant type', exact: true }).click();
    await page.getByRole('option', { name: /Non-US-citizen IMG/ }).click();
    await page.getByRole('combobox', { name: 'Visa plan', exact: true }).click();
    await page.getByRole('option', { name: /H-1B/ }).click();
    await page.getByRole('button', { name: 'Update my timeline' }).click();
    const step3 = page.locator('[data-milestone="step3-h1b"]');
    await step3.waitFor();
    expect(await step3.textContent()).toContain('Step 3');
    await expectAccessible(page, 'timeline-h1b');
  });

  it('adds an interview and drafts the thank-you note', async () => {
    const form = page.getByRole('form', { name: 'Add an interview' });
    await form.getByLabel('Program').fill(PROGRAM);
    await form.getByLabel('Date').fill('2026-12-08');
    await form.getByLabel('Interviewers').fill('Dr Amara Okafor');
    await form.getByLabel('One thing you discussed').fill('the night-float schedule');
    await form.getByRole('button', { name: 'Add interview' }).click();
    const thanks = page.locator('[data-milestone^="thank-you-"]');
    await thanks.waitFor();
    expect(await thanks.textContent()).toContain(PROGRAM);

    await page.getByRole('button', { name: 'Draft thank-you note' }).click();
    const dialog = page.getByRole('dialog');
    const note = dialog.getByLabel('Your note (edit it into your own words)');
    await note.waitFor();
    const text = await note.inputValue();
    expect(text).toContain(PROGRAM);
    expect(text).toContain('Okafor');
    await dialog.getByText('NRMP rule').waitFor();
    await dialog.getByRole('button', { name: 'I sent it' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/thank-you sent/).waitFor();
  });

  it('downloads the calendar', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download calendar (.ics)' }).click(),
    ]);
    const ics = readFileSync((await download.path()) as string, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toMatch(/UID:step3-h1b\./);
    expect(ics).toContain(PROGRAM);
  });

  it('resets a forgotten password through the outbox and signs in with it', async () => {
    await browser.context.clearCookies();
    await page.goto('/sign-in');
    // The page's code arrives a second late, as on a loaded machine: until it does, the sign-in
    // form stays on screen with its own Email field (CI once typed the address there, and the
    // reset form was sent empty).
    await page.route(/forgot-password-page-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    // The address typed on the sign-in page goes along to the reset form.
    await page.getByLabel('Email').fill(person.email);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?', level: 1 }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(person.email);
    await page.unrouteAll();
    await page.getByRole('button', { name: 'Send reset link' }).click();
    const outbox = page.getByRole('region', { name: 'Demo outbox' });
    const link = outbox.getByRole('link', { name: /reset-password\?token=/ });
    // The mail is written just after the answer and the box polls every 2 s.
    await link.waitFor({ timeout: 20_000 });
    await link.click();
    await page.waitForURL(/\/reset-password\?token=/);
    await page.getByLabel(/^New password/).fill(NEW_PASSWORD);
    await page.getByLabel(/^Repeat the new password/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('Your password is changed').waitFor();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel(/^Password/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: "What's next" }).waitFor();
  });
});
