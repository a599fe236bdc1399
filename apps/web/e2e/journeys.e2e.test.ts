import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, expectAccessible } from './audit.ts';
import {
  type Browser,
  ensureScreenshotDir,
  ensureWebBuild,
  launchBrowser,
  type RunningServer,
  repoRoot,
  reportFailure,
  startServer,
} from './harness.ts';
import {
  changePasswordAndDelete,
  checkInvalidJsonInstance,
  fillProfile,
  navTo,
  noHorizontalScroll,
  signUp,
} from './steps.ts';

const sampleFile = join(repoRoot, 'examples', 'sample-instance.json');
const stamp = Date.now();
const first = {
  name: 'Amara Okafor',
  email: `amara.${stamp}@example.org`,
  password: 'correct horse battery',
};
const second = {
  name: 'Bilal Hussain',
  email: `bilal.${stamp}@example.org`,
  password: 'another long password',
};

let server: RunningServer;
let firstInstanceUrl = '';

beforeAll(async () => {
  if (!process.env.E2E_BASE_URL) ensureWebBuild();
  ensureScreenshotDir();
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
  if (auditLog.length > 0) console.table(auditLog);
});

describe('journey 1: a new applicant simulates a match', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser(server.baseUrl);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });
  afterEach(({ task }) => reportFailure(task, 'journey-1', page, server));
  afterAll(async () => browser?.close());

  it('redirects a signed-out visitor to sign-in, keeping the intended URL', async () => {
    await page.goto('/match');
    await page.waitForURL(/\/sign-in\?next=%2Fmatch$/);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(await page.title()).toBe('Sign in · MatchReady');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectAccessible(page, 'sign-in');
  });

  it('signs up as an applicant, with validation messages first', async () => {
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL(/\/sign-up/);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Enter your name').waitFor();
    await page.getByText('Passwords need at least 10 characters').waitFor();
    await expectAccessible(page, 'sign-up-errors');
    await page.getByRole('radio', { name: /Organisation/ }).click();
    await page.getByLabel('Organisation name').waitFor();
    await page.getByRole('radio', { name: /Applicant/ }).click();
    await signUp(page, first);
    // Came from /match: back there after signing up.
    await page.waitForURL(/\/match$/);
  });

  it('fills the profile, rejecting an out-of-range score, and saves it', async () => {
    await navTo(page, 'Profile');
    await page.waitForURL(/\/profile$/);
    await page.getByText('Private by default.').waitFor();
    await page.getByLabel('Step 2 CK score').fill('301');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Step 2 CK score must be at most 300').waitFor();
    await fillProfile(page);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved').waitFor();
    await expectAccessible(page, 'profile');
    await page.reload();
    expect(await page.getByLabel('Country of training').inputValue()).toBe('Nigeria');
    expect(await page.getByLabel('Step 2 CK score').inputValue()).toBe('245');
  });

  it('shows the dashboard with next steps and the privacy note', async () => {
    await navTo(page, 'Dashboard');
    await page.getByRole('heading', { name: 'Welcome, Amara' }).waitFor();
    await page
      .getByText('Your scores and visa status are visible only to you', { exact: false })
      .waitFor();
    await page.getByRole('heading', { name: 'Match engine lab' }).waitFor();
    await page.getByText('Recommended next step').waitFor();
    await expectAccessible(page, 'dashboard');
    // Keyboard: the first Tab reaches the skip link, which moves focus to the page content.
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome, Amara' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });

  it('shows the server’s issues with their paths when an upload is invalid', async () => {
    await navTo(page, 'Match');
    await page.getByText('No instances yet').waitFor();
    await expectAccessible(page, 'match-empty');
    const broken = JSON.stringify({
      programs: [{ id: 'p1', capacity: -1, ranking: [] }],
      applicants: [{ id: 'a1' }],
    });
    await page.locator('input[type="file"]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(broken),
    });
    await page.getByRole('button', { name: 'Upload and save' }).click();
    await page.getByText('The instance was not saved').waitFor();
    await page.getByText('applicants[0].ranking', { exact: true }).waitFor();
    await expectAccessible(page, 'match-upload-issues');
  });

  it('uploads the sample instance, runs the match and reads an explanation', async () => {
    await page.locator('input[type="file"]').setInputFiles(sampleFile);
    await page.getByRole('button', { name: 'Upload and save' }).click();
    await page.waitForURL(/\/match\/[^/?]+$/);
    firstInstanceUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: 'sample-instance', level: 1 }).waitFor();
    await page.getByText('Not run yet.').waitFor();
    await expectAccessible(page, 'instance-not-run');

    await page.getByRole('button', { name: 'Run match' }).click();
    await page.getByRole('heading', { name: 'Result' }).waitFor();
    await page.getByRole('table', { name: 'Assignments' }).waitFor();
    await page.getByText('Match complete').waitFor();
    const rows = await page.getByRole('table', { name: 'Assignments' }).locator('tbody tr').count();
    expect(rows).toBe(12);
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await expectAccessible(page, 'match-result');

    await page.getByRole('button', { name: 'Why? Explain the outcome for daniela-rojas' }).click();
    const drawer = page.getByRole('dialog', { name: 'Outcome for daniela-rojas' });
    await drawer.waitFor();
    const entries = drawer.getByRole('listitem');
    await entries.first().waitFor();
    expect(await entries.count()).toBeGreaterThan(0);
    expect(await drawer.textContent()).toMatch(/choice/);
    await expectAccessible(page, 'match-explanation', { fullPage: false });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('writes a small instance as JSON, checks it, runs and deletes it, then saves the sample', async () => {
    await navTo(page, 'Match');
    await page
      .getByRole('list', { name: 'Saved instances' })
      .getByRole('link', { name: 'sample-instance' })
      .waitFor();
    await checkInvalidJsonInstance(page);
    await page.getByRole('button', { name: 'Reset to the example' }).click();
    await page.getByLabel(/^Name/).fill('Three applicants');
    await page.getByRole('button', { name: 'Check and save' }).click();
    await page.getByRole('heading', { name: 'Three applicants', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Run match' }).click();
    await page.getByRole('table', { name: 'Assignments' }).waitFor();
    expect(await page.getByRole('table', { name: 'Assignments' }).locator('tbody tr').count()).toBe(
      3,
    );

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this instance?' });
    await dialog.getByText('Three applicants').waitFor();
    await dialog.getByRole('button', { name: 'Delete instance' }).click();
    await page.waitForURL(/\/match$/);
    await page.getByText('Instance deleted').waitFor();
    expect(await page.getByRole('link', { name: 'Three applicants' }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Use the sample' }).click();
    await page.getByRole('button', { name: 'Save the sample as an instance' }).click();
    await page.getByRole('heading', { name: 'Sample instance', level: 1 }).waitFor();
    await page.getByText('12 applicants').first().waitFor();
  });

  it('has an accessible account page and mentors page', async () => {
    await navTo(page, 'Account');
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    // The daily reminder follows this device's zone once asked (the journeys' browser runs in UTC).
    const reminder = page.getByRole('region', { name: 'Daily reminder' });
    await reminder.getByRole('button', { name: 'Use this device’s time zone (UTC)' }).click();
    await reminder.getByText('It arrives after 7:00 in the morning, UTC time.').waitFor();
    expect(
      await reminder.getByRole('button', { name: /^Use this device’s time zone/ }).count(),
    ).toBe(0);
    await expectAccessible(page, 'account');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'phone-account');
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await navTo(page, 'Mentors');
    await page.getByRole('tab', { name: 'Find a mentor' }).waitFor();
    expect(await page.title()).toBe('Mentors · MatchReady');
    await expectAccessible(page, 'mentors-home');
  });

  it('collapses the navigation at phone width without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(firstInstanceUrl);
    await page.getByRole('button', { name: 'Run match' }).waitFor();
    await page.getByRole('button', { name: 'Why? Explain the outcome for amara-okafor' }).waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectAccessible(page, 'phone-match-result');
    await page.goto('/');
    const burger = page.getByRole('button', { name: 'Open navigation' });
    await burger.waitFor();
    const navLink = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Timeline' });
    const hidden = await navLink.boundingBox();
    expect(hidden === null || hidden.x + hidden.width <= 0).toBe(true);
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectAccessible(page, 'phone-dashboard');
    await burger.click();
    await page.getByRole('button', { name: 'Close navigation' }).waitFor();
    await expect
      .poll(async () => {
        const shown = await navLink.boundingBox();
        return shown !== null && shown.x >= 0;
      })
      .toBe(true);
    await expectAccessible(page, 'phone-nav-open', { fullPage: false });
    await navLink.click();
    await page.waitForURL(/\/timeline$/);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('signs out, rejects a wrong password inline, and signs back in', async () => {
    await page.getByRole('button', { name: /Account menu for Amara Okafor/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in$/);
    await page.getByLabel('Email').fill(first.email);
    await page.getByLabel(/^Password/).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Could not sign you in' }).waitFor();
    await expectAccessible(page, 'sign-in-error');
    await page.getByLabel(/^Password/).fill(first.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Amara' }).waitFor();
  });
});

describe('journey 2: another applicant cannot see the first one’s data', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser(server.baseUrl);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });
  afterEach(({ task }) => reportFailure(task, 'journey-2', page, server));
  afterAll(async () => browser?.close());

  it('sees an empty profile and no instances', async () => {
    expect(firstInstanceUrl).toMatch(/^\/match\/.+/);
    await page.goto('/sign-up');
    await signUp(page, second);
    await page.waitForURL(/\/profile\?welcome=1$/);
    await page.getByRole('button', { name: 'Save profile' }).waitFor();
    expect(await page.getByLabel('Country of training').inputValue()).toBe('');
    expect(await page.getByLabel('Step 2 CK score').inputValue()).toBe('');
    expect(await page.getByText('Nigeria').count()).toBe(0);
    await navTo(page, 'Match');
    await page.getByText('No instances yet').waitFor();
    expect(await page.getByText('sample-instance').count()).toBe(0);
  });

  it("gets 'not found' for the first user's instance, in the UI and from the API", async () => {
    await page.goto(firstInstanceUrl);
    await page.getByRole('heading', { name: 'Instance not found' }).waitFor();
    expect(await page.getByText('sample-instance').count()).toBe(0);
    await expectAccessible(page, 'instance-not-found');
    const response = await page.request.get(
      `/api${firstInstanceUrl.replace('/match/', '/match/instances/')}`,
    );
    expect(response.status()).toBe(404);
  });
  it('exports only their own data, changes the password and deletes the account', async () => {
    const newPassword = 'a brand new long password';
    await navTo(page, 'Account');
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^matchready-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(exported)).toMatchObject({
      user: { email: second.email },
      matchInstances: [],
    });
    expect(exported).not.toContain(first.email);

    await changePasswordAndDelete(page, second.password, newPassword);
    await page.waitForURL(/\/sign-in$/);
    await page.getByText('Account deleted').waitFor();

    await page.getByLabel('Email').fill(second.email);
    await page.getByLabel(/^Password/).fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Could not sign you in' }).waitFor();
  });
});
