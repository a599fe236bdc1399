import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSiteAdmin, signIn } from './admin-steps.ts';
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
import { fillProfile, navTo, noHorizontalScroll, signUp } from './steps.ts';

const person = {
  name: 'Chidi Eze',
  email: `chidi.${Date.now()}@example.org`,
  password: 'correct horse battery',
};

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
afterEach(({ task }) => reportFailure(task, 'programs', page, server));

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (auditLog.length > 0) console.table(auditLog);
});

const table = () => page.getByRole('table', { name: 'Programs' });
const rows = () => table().locator('tbody tr');

/** The rank list's program names in screen order, read from the drag handles' names. */
async function orderOnScreen(): Promise<string[]> {
  const handles = page.getByRole('button', { name: /^Drag to reorder: / });
  const labels: string[] = [];
  for (let i = 0; i < (await handles.count()); i++) {
    labels.push((await handles.nth(i).getAttribute('aria-label')) ?? '');
  }
  return labels.map((label) => label.replace(/^Drag to reorder: (.*) \(rank \d+\)$/, '$1'));
}

/** Chips hide their checkbox; a keyboard user focuses it and presses Space. */
async function toggleChip(name: string): Promise<void> {
  await page.getByRole('checkbox', { name }).focus();
  await page.keyboard.press('Space');
}

describe('journey: a non-US IMG needing a J-1 plans their Internal Medicine applications', () => {
  it('signs up and saves a profile (non-US IMG, J-1, Internal Medicine)', async () => {
    await page.goto('/sign-up');
    await signUp(page, person);
    // New applicants land on their profile.
    await page.waitForURL(/\/profile\?welcome=1$/);
    await fillProfile(page);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved').waitFor();
  });

  it('builds the list: synthetic banner, profile summary, suggestions and the three tiers', async () => {
    await navTo(page, 'Programs');
    await page.getByRole('heading', { name: 'Program list builder', level: 1 }).waitFor();
    await page.getByRole('note', { name: 'Synthetic sample data' }).waitFor();
    await page.getByText('Needs a J-1').waitFor();
    await page.getByText(/Internal Medicine: about \d+ programs/).waitFor();
    await rows().first().waitFor();
    await expectAccessible(page, 'programs-list');

    for (const tier of ['Safety', 'Target', 'Reach']) {
      await toggleChip(tier);
      await expect
        .poll(async () => {
          const badges = await table().locator('tbody .mantine-Badge-root').allTextContents();
          const tiers = badges.filter((b) => b !== 'Synthetic');
          return tiers.length > 0 && tiers.every((b) => b === tier);
        })
        .toBe(true);
      await toggleChip(tier);
    }
  });

  it('shows ineligible programs as "Not eligible" with the reason, never as a reach', async () => {
    await page.getByRole('combobox', { name: 'Eligibility' }).click();
    await page.getByRole('option', { name: 'Not eligible only' }).click();
    await table().getByText('Not eligible').first().waitFor();
    const firstRow = await rows().first().textContent();
    expect(firstRow).toMatch(/Not eligible/);
    expect(firstRow).not.toMatch(/Reach/);
    expect(firstRow).toMatch(/J-1|graduates of the last|first-attempt|Step 2|clinical experience/);
    await expectAccessible(page, 'programs-ineligible');
    await page.getByRole('combobox', { name: 'Eligibility' }).click();
    await page.getByRole('option', { name: 'Eligible only', exact: true }).click();
    await expect
      .poll(async () => (await rows().first().textContent()) ?? '')
      .not.toMatch(/Not eligible/);
  });

  it('explains a score factor by factor and saves eight programs with a note', async () => {
    await rows().first().getByRole('button', { name: /^Why:/ }).click();
    const factors = page.getByRole('list', { name: 'Score factors' });
    await factors.waitFor();
    expect(await factors.textContent()).toMatch(/Step 2 CK/);
    await expectAccessible(page, 'programs-factors');

    const add = table().getByRole('button', { name: /^Add to my list:/ });
    for (let i = 0; i < 8; i++) await add.first().click();
    await page.getByText('Not saved').waitFor();
    const notes = page.getByRole('textbox', { name: /^Note for / });
    expect(await notes.count()).toBe(8);
    await notes.first().fill('Strong IMG support; ask about J-1 timing.');
    await page.getByRole('button', { name: 'Save list' }).click();
    await page.getByText('List saved').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Export CSV/ }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^# SYNTHETIC SAMPLE/);
    expect(csv).toContain('Strong IMG support; ask about J-1 timing.');

    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => noHorizontalScroll(page)).toBe(true);
    await expectAccessible(page, 'programs-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('opens the match calculator: an estimate with sources and what it ignores', async () => {
    await page.getByRole('link', { name: 'Match calculator' }).click();
    await page.getByRole('heading', { name: 'Match calculator', level: 1 }).waitFor();
    await page.getByRole('note', { name: 'Synthetic sample data' }).waitFor();
    const estimate = page.getByText(/^\d+%\s*estimated$/);
    await estimate.waitFor();
    const before = await estimate.textContent();
    const slider = page.getByRole('slider', { name: 'Contiguous ranks' });
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await page.getByText('Contiguous ranks in the specialty: 2').waitFor();
    await expect.poll(() => estimate.textContent()).not.toBe(before);
    await page.getByRole('figure', { name: /Estimated chance of matching/ }).waitFor();
    await page
      .getByText(/Your visa needs, letters of recommendation and how your interviews go/)
      .waitFor();
    expect(await page.getByRole('link', { name: /Charting Outcomes/ }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'match-calculator');
  });

  it('builds a rank list of eight programs, reorders it by keyboard and saves it', async () => {
    await page.getByRole('link', { name: 'Rank lists & simulation' }).click();
    await page.getByRole('heading', { name: 'Rank lists', level: 1 }).waitFor();
    await page.getByText('No rank lists yet').waitFor();
    await page.getByRole('button', { name: 'Rank in your true order of preference' }).waitFor();
    await expectAccessible(page, 'rank-lists-empty');
    await page.getByLabel('Name').fill('Internal Medicine, final');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/programs\/rank-lists\/[^/]+$/);
    await page.getByRole('heading', { name: 'Internal Medicine, final', level: 1 }).waitFor();

    const fromMyList = page.getByRole('button', { name: /^Add to the rank list:/ });
    for (let i = 0; i < 8; i++) {
      await fromMyList.first().click();
      await page.getByRole('heading', { name: `Your order (${i + 1})` }).waitFor();
    }
    const order = await orderOnScreen();
    expect(order).toHaveLength(8);

    // Keyboard drag and drop: the first program moves down one place.
    await page.getByRole('button', { name: /^Drag to reorder: .* \(rank 1\)$/ }).focus();
    // dnd-kit measures between key presses: give each a frame or two.
    for (const key of ['Space', 'ArrowDown', 'Space']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(250);
    }
    await expect.poll(orderOnScreen).toEqual([order[1], order[0], ...order.slice(2)]);
    // And the buttons: the last one moves up.
    await page.getByRole('button', { name: `Move up: ${order[7]}` }).click();
    const reordered = [order[1], order[0], ...order.slice(2, 6), order[7], order[6]];
    expect(await orderOnScreen()).toEqual(reordered);

    await page.getByRole('textbox', { name: `Note for ${order[0]}` }).fill('Great teaching.');
    await expectAccessible(page, 'rank-list-editor');
    await page.getByRole('button', { name: 'Save rank list' }).click();
    await page.getByText('Rank list saved').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Your order (8)' }).waitFor();
    expect(await orderOnScreen()).toEqual(reordered);
  });

  it('simulates the match to completion with a progress bar, then shows the outcomes', async () => {
    await page.getByRole('combobox', { name: 'Runs' }).click();
    await page.getByRole('option', { name: '50', exact: true }).click();
    await page.getByRole('button', { name: 'Run simulation' }).click();
    await page.getByRole('progressbar', { name: 'Simulation progress' }).waitFor();
    await page.getByText(/of 50 simulated Matches placed you/).waitFor({ timeout: 90_000 });
    await page.getByText(/Simulation on a synthetic market — an estimate/).waitFor();
    await page.getByRole('figure', { name: /Simulated outcomes/ }).waitFor();
    await page.getByRole('figure', { name: /if the list stopped after k programs/ }).waitFor();
    const caption = await page
      .getByRole('figure', { name: /Simulated outcomes/ })
      .locator('figcaption')
      .textContent();
    expect(caption).toMatch(/1st: [\d.]+%.*Unmatched: [\d.]+%/);
    await expectAccessible(page, 'simulation-result');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => noHorizontalScroll(page)).toBe(true);
    await expectAccessible(page, 'simulation-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('asks before deleting a rank list', async () => {
    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this rank list?' });
    await dialog.waitFor();
    await expectAccessible(page, 'rank-list-delete-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Your order (8)' }).waitFor();
  });
});

describe('journey: an organisation admin imports program data', () => {
  let admin: Browser;
  let adminPage: Page;
  beforeAll(async () => {
    admin = await launchBrowser(server.baseUrl);
    adminPage = admin.context.pages()[0] ?? (await admin.context.newPage());
  });
  afterAll(async () => admin?.close());

  const header =
    'id,name,specialty,state,positions,img_share,j1,h1b,min_step2,yog_cutoff,max_attempts,usce_required';

  const waiting = 'Your organisation is waiting for approval by a site administrator';

  it('signs up and is told the organisation waits for a site administrator; nothing to click yet', async () => {
    await adminPage.goto('/sign-up');
    await adminPage.getByRole('radio', { name: /Organisation/ }).click();
    await adminPage.getByLabel('Organisation name').fill('Lagos IMG Network');
    await signUp(adminPage, { ...person, name: 'Ada Obi', email: `ada.${Date.now()}@example.org` });
    await adminPage.waitForURL((url) => url.pathname === '/');
    await adminPage.getByText(waiting).waitFor();
    await navTo(adminPage, 'Programs');
    await adminPage.getByText(waiting).waitFor();
    await adminPage.getByRole('heading', { name: "Your organisation's datasets" }).waitFor();
    // No import form that the server would refuse.
    expect(await adminPage.getByRole('button', { name: 'Import' }).count()).toBe(0);
    await expectAccessible(adminPage, 'organisation-waiting-for-approval');
  });

  it('a site admin made by the operator approves it on the Admin page, by keyboard and at phone width', async () => {
    const site = {
      name: 'Sam Site',
      email: `site.${Date.now()}@example.org`,
      password: 'a long site admin password',
    };
    createSiteAdmin(server, site);
    const siteBrowser = await launchBrowser(server.baseUrl);
    try {
      const sitePage = siteBrowser.context.pages()[0] ?? (await siteBrowser.context.newPage());
      await signIn(sitePage, site);
      await navTo(sitePage, 'Admin');
      await sitePage.getByRole('heading', { name: 'Admin', level: 1 }).waitFor();
      const card = sitePage.getByRole('listitem').filter({ hasText: 'Lagos IMG Network' });
      await card.getByText('Waiting for approval').waitFor();
      await expectAccessible(sitePage, 'admin-organisations');

      // Tabs by keyboard: the arrow keys move between Organisations, Mentor verification, Reports.
      await sitePage.getByRole('tab', { name: 'Organisations' }).focus();
      await sitePage.keyboard.press('ArrowRight');
      await sitePage.getByRole('tab', { name: 'Mentor verification', selected: true }).waitFor();
      await sitePage.keyboard.press('ArrowRight');
      await sitePage.getByRole('tab', { name: 'Reports', selected: true }).waitFor();
      await sitePage.getByText('No reports.').waitFor();
      await sitePage.keyboard.press('ArrowLeft');
      await sitePage.keyboard.press('ArrowLeft');
      await sitePage.getByRole('tab', { name: 'Organisations', selected: true }).waitFor();

      await sitePage.setViewportSize({ width: 390, height: 844 });
      await expectAccessible(sitePage, 'phone-admin-organisations');
      expect(await noHorizontalScroll(sitePage)).toBe(true);
      await sitePage.setViewportSize({ width: 1280, height: 900 });

      // Approve, by keyboard, through the confirmation.
      await card.getByRole('button', { name: 'Approve Lagos IMG Network' }).focus();
      await sitePage.keyboard.press('Enter');
      const dialog = sitePage.getByRole('dialog', { name: 'Approve this organisation?' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Approve' }).click();
      await sitePage.getByText('Organisation approved').waitFor();
      await card.getByText('Approved', { exact: true }).waitFor();
    } finally {
      await siteBrowser.close();
    }
  });

  it('imports all rows or none, with line numbers, and finds the new program', async () => {
    await adminPage.reload();
    await adminPage.getByRole('heading', { name: 'Catalogue data' }).waitFor();
    expect(await adminPage.getByText(waiting).count()).toBe(0);
    await adminPage
      .getByRole('table', { name: 'Datasets', exact: true })
      .getByText('synthetic-sample')
      .waitFor();
    // A template to start from: every column and one synthetic example row.
    const [download] = await Promise.all([
      adminPage.waitForEvent('download'),
      adminPage.getByRole('link', { name: 'Download a CSV template' }).click(),
    ]);
    const template = readFileSync(await download.path(), 'utf8');
    expect(template).toContain('\nid,name,specialty,state,');
    expect(template).toContain('(synthetic)');

    const upload = (name: string, text: string) =>
      adminPage.locator('input[type="file"]').setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(text),
      });
    await upload(
      'bad.csv',
      `${header}\nNET-1,Network Medicine,Internal Medicine,NY,ten,0.5,true,false,,,,\n`,
    );
    await adminPage.getByRole('button', { name: 'Import' }).click();
    await adminPage.getByText('Nothing was imported').waitFor();
    await adminPage.getByText(/^Line 2: positions must be a whole number/).waitFor();
    await expectAccessible(adminPage, 'catalogue-import-issues');

    await upload(
      'network.csv',
      `${header}\nNET-1,Network Medicine,Internal Medicine,NY,10,0.5,true,false,,,,\n`,
    );
    await adminPage.getByLabel('Dataset name').fill('Network list');
    await adminPage.getByRole('button', { name: 'Import' }).click();
    await adminPage.getByText('Programs imported').waitFor();
    await adminPage
      .getByRole('table', { name: 'Datasets', exact: true })
      .getByText('Network list')
      .waitFor();
    await adminPage.getByLabel('Search').fill('NET-1');
    await adminPage
      .getByRole('table', { name: 'Catalogue' })
      .getByText('Network Medicine')
      .waitFor();
    await expectAccessible(adminPage, 'catalogue-admin');
  });

  it('lists the organisation’s dataset and deletes it after confirming', async () => {
    const datasets = adminPage.getByRole('table', { name: "Your organisation's datasets" });
    await datasets.getByText('Network list').waitFor();
    await adminPage.getByRole('button', { name: 'Delete dataset Network list' }).click();
    const dialog = adminPage.getByRole('dialog', { name: 'Delete this dataset?' });
    await dialog.getByText('The one program of “Network list” will be removed').waitFor();
    await dialog.getByRole('button', { name: 'Delete 1 program' }).click();
    await adminPage.getByText('Dataset deleted').waitFor();
    await adminPage.getByText('No datasets yet.').waitFor();
    // The sample is untouched.
    await adminPage
      .getByRole('table', { name: 'Datasets', exact: true })
      .getByText('synthetic-sample')
      .waitFor();
  });
});
