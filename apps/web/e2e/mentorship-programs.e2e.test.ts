import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { operatorCli } from './admin-steps.ts';
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
import { navTo, noHorizontalScroll, signUp } from './steps.ts';

let server: RunningServer;
let browser: Browser;
let page: Page;

const sample = (name: string) => readFileSync(join(repoRoot, 'docs', 'samples', name));

/** id, name and email of each person in a sample CSV (no quoted cells in the samples). */
const samplePeople = (name: string) =>
  sample(name)
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#') && !line.startsWith('id,'))
    .map((line) => {
      const [id = '', person = '', email = ''] = line.split(',');
      return { id, name: person, email };
    });

const PASSWORD = 'correct horse battery';
const omar = samplePeople('program-mentees.csv').find((p) => p.id === 'E-01');
const sampleMentors = samplePeople('program-mentors.csv');

/** Accounts for people in the sample files, made through the API before the cohort is paired. */
async function createAccount(
  person: { name: string; email: string },
  role: 'applicant' | 'mentor',
): Promise<void> {
  const response = await fetch(`${server.baseUrl}/api/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.baseUrl },
    body: JSON.stringify({
      email: person.email,
      password: PASSWORD,
      displayName: person.name,
      role,
    }),
  });
  expect(response.status).toBe(201);
}

beforeAll(async () => {
  if (!process.env.E2E_BASE_URL) ensureWebBuild();
  ensureScreenshotDir();
  // Invitation links in mail must point at this server (PUBLIC_ORIGIN), as in a deployment.
  server = await startServer((baseUrl) => ({ PUBLIC_ORIGIN: baseUrl }));
  // One mentee (E-01) and every mentor already use MatchReady: their pairs become relationships.
  if (!omar) throw new Error('the sample mentees have no E-01');
  await createAccount(omar, 'applicant');
  for (const mentor of sampleMentors) await createAccount(mentor, 'mentor');
  browser = await launchBrowser(server.baseUrl);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

// A failed step leaves the page (screenshot and text) and the server's log (harness.ts).
afterEach(({ task }) => reportFailure(task, 'mentorship-programs', page, server));

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (auditLog.length > 0) console.table(auditLog);
});

const pairs = () => page.getByRole('table', { name: 'Pairs' }).locator('tbody tr');

/** A program person accepts their invitation through the API: sign in, read the outbox, accept. */
async function acceptByApi(email: string): Promise<void> {
  const headers = { 'content-type': 'application/json', origin: server.baseUrl };
  const signIn = await fetch(`${server.baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const outbox = (await (
    await fetch(`${server.baseUrl}/api/outbox`, { headers: { ...headers, cookie } })
  ).json()) as { messages: { kind: string; text: string }[] };
  const mail = outbox.messages.find((m) => m.kind === 'program-invitation');
  const token = decodeURIComponent(mail?.text.match(/token=([^\s]+)/)?.[1] ?? '');
  const accepted = await fetch(`${server.baseUrl}/api/program-invitations/accept`, {
    method: 'POST',
    headers: { ...headers, cookie },
    body: JSON.stringify({ token }),
  });
  expect(accepted.status).toBe(200);
}

describe('journey: an organisation admin pairs a mentorship cohort', () => {
  it('creates a program and imports the sample mentors and mentees', async () => {
    await page.goto('/sign-up');
    await page.getByRole('radio', { name: /Organisation/ }).click();
    await page.getByLabel('Organisation name').fill('Amman IMG Society');
    await signUp(page, {
      name: 'Rana Haddad',
      email: `rana.${Date.now()}@example.org`,
      password: 'correct horse battery',
    });
    await page.waitForURL((url) => url.pathname === '/');
    await navTo(page, 'Mentorship programs');
    await page.getByRole('heading', { name: 'Mentorship programs', level: 1 }).waitFor();
    // A site admin approves the organisation first (decision 040); here the operator, with the CLI.
    await page
      .getByText('Your organisation is waiting for approval by a site administrator')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Create program' }).count()).toBe(0);
    expect(operatorCli(server, ['organisations', 'approve', 'Amman IMG Society'])).toContain(
      'Approved Amman IMG Society',
    );
    await page.reload();
    await page.getByLabel('Program name').fill('Spring 2027 cohort');
    await page.getByRole('button', { name: 'Create program' }).click();
    await page.getByRole('heading', { name: 'Spring 2027 cohort', level: 1 }).waitFor();

    const files = page.locator('input[type="file"]');
    await files.nth(0).setInputFiles({
      name: 'program-mentors.csv',
      mimeType: 'text/csv',
      buffer: sample('program-mentors.csv'),
    });
    await page.getByRole('button', { name: 'Import mentors' }).click();
    await page.getByText('5 mentors added.').waitFor();
    await files.nth(1).setInputFiles({
      name: 'program-mentees.csv',
      mimeType: 'text/csv',
      buffer: sample('program-mentees.csv'),
    });
    await page.getByRole('button', { name: 'Import mentees' }).click();
    await page.getByText('7 mentees added.').waitFor();
    await page.getByText('7 mentees · 5 mentors · 0 pairs published').waitFor();
  });

  it('invites everyone; the mentors accept, and Omar accepts from the mail in his outbox', async () => {
    await page.getByRole('button', { name: 'Invite everyone not yet accepted' }).click();
    await page.getByText('12 invitations sent.').waitFor();
    for (const mentor of sampleMentors) await acceptByApi(mentor.email);
    if (!omar) throw new Error('the sample mentees have no E-01');
    // Omar uses his own browser, so the admin's session stays as it is.
    const own = await launchBrowser(server.baseUrl);
    try {
      const tab = own.context.pages()[0] ?? (await own.context.newPage());
      await tab.goto('/sign-in');
      await tab.getByLabel('Email').fill(omar.email);
      await tab.getByLabel(/^Password/).fill(PASSWORD);
      await tab.getByRole('button', { name: 'Sign in' }).click();
      await tab.getByRole('navigation', { name: 'Main' }).waitFor();
      await tab.goto('/outbox');
      const mail = tab.getByRole('article', { name: /Spring 2027 cohort: join as a mentee/ });
      await mail.getByRole('link', { name: /program-invitations\/accept\?token=/ }).click();
      await tab.getByRole('heading', { name: 'Join Spring 2027 cohort', level: 1 }).waitFor();
      await tab.getByRole('button', { name: 'Accept invitation' }).click();
      await tab.getByRole('heading', { name: 'My programs', level: 1 }).waitFor();
      await tab.getByRole('heading', { name: 'My program details' }).waitFor();
      await expect(
        tab.getByRole('textbox', { name: 'Country of medical training' }).inputValue(),
      ).resolves.toBe('Jordan');
      await expectAccessible(tab, 'mentorship-program-my-details');
    } finally {
      await own.close();
    }
    await page.reload();
    await page.getByText(/^6 accepted · 6 invited · 0 not invited/).waitFor();
    await page.getByTestId('person-E-01').getByText('accepted').waitFor();
  });

  it('sets weights, solves in the background and shows the proof', async () => {
    await page.getByRole('textbox', { name: 'Language' }).fill('25');
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PUT' && /\/api\/mentorship-programs\/[^/]+$/.test(r.url()),
    );
    await page.getByRole('button', { name: 'Save settings' }).click();
    const body = (await (await saved).json()) as { program: { weights: { language: number } } };
    expect(body.program.weights.language).toBe(25);
    await page.getByRole('button', { name: 'Solve' }).click();
    await page.getByRole('heading', { name: 'Review draft' }).waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('certificate').textContent()).resolves.toMatch(
      /^Optimal \(fair\): a vertex cover of size \d+/,
    );
    await expect(pairs().count()).resolves.toBe(7);
    await expectAccessible(page, 'mentorship-program-review');
  });

  it('swaps one pair: the mentee is pinned to the chosen mentor in a new draft', async () => {
    const row = page.getByTestId('pair-E-07');
    const select = row.getByRole('combobox', { name: /^New mentor for/ });
    await select.click();
    const option = page.getByRole('option').first();
    const mentorName = (await option.textContent()) ?? '';
    await option.click();
    await row.getByRole('button', { name: 'Swap' }).click();
    await page.getByTestId('pair-E-07').getByText('pinned').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('pair-E-07').textContent()).resolves.toContain(mentorName);
  });

  it('publishes the pairs and reports the matched share', async () => {
    await page.getByRole('button', { name: 'Publish pairs' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish these pairs?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.getByTestId('pair-E-07').getByText('published').count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Publish pairs' }).click();
    await dialog.getByRole('button', { name: 'Publish and notify' }).click();
    await page
      .getByText(/7 new pairs published.*1 now in both people's Mentors trackers/)
      .waitFor();
    await page.getByText('7 of 7 mentees matched (100%)', { exact: false }).waitFor();
    await page.getByTestId('pair-E-07').getByText('published').waitFor();
    await expect(
      page.getByRole('button', { name: 'All pairs published' }).isDisabled(),
    ).resolves.toBe(true);
    await expectAccessible(page, 'mentorship-program-published');
  });

  it('while the organisation is revoked, the program is read-only on screen too', async () => {
    expect(
      operatorCli(server, [
        'organisations',
        'revoke',
        'Amman IMG Society',
        '--reason',
        'Checking the society',
      ]),
    ).toContain('Revoked Amman IMG Society');
    await page.reload();
    await page.getByText('A site administrator revoked your organisation').waitFor();
    await page.getByText('7 of 7 mentees matched (100%)', { exact: false }).waitFor();
    for (const name of ['Import mentors', 'Add and invite', 'Save settings', 'Solve']) {
      await expect(page.getByRole('button', { name, exact: true }).isDisabled()).resolves.toBe(
        true,
      );
    }
    await expectAccessible(page, 'mentorship-program-revoked');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectAccessible(page, 'phone-mentorship-program-revoked');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(operatorCli(server, ['organisations', 'approve', 'Amman IMG Society'])).toContain(
      'Approved Amman IMG Society',
    );
    await page.reload();
    await expect(
      page.getByRole('button', { name: 'Save settings', exact: true }).isDisabled(),
    ).resolves.toBe(false);
  });

  it('the mentee with an account finds the new mentor under My mentors', async () => {
    const row = (await page.getByTestId('pair-E-01').textContent()) ?? '';
    const mentor = sampleMentors.find((m) => row.includes(m.name));
    if (!mentor || !omar) throw new Error(`no sample mentor in the row "${row}"`);
    await browser.context.clearCookies();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(omar.email);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.goto('/mentors?tab=mentors');
    const relationships = page.getByRole('list', { name: 'Relationships' });
    await relationships.getByText(mentor.name, { exact: true }).waitFor();
    await expectAccessible(page, 'mentorship-program-mentee-sees-mentor');
  });

  it('Omar sees his mentor on My programs too', async () => {
    await page.goto('/my-programs');
    const row = page.getByTestId('paired-with');
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(sampleMentors.some((m) => text.includes(m.name))).toBe(true);
    await expectAccessible(page, 'mentorship-program-my-programs-paired');
  });
});
