import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectAccessible } from './audit.ts';

export interface Person {
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

/** On /sign-up: fills the form as an applicant and submits. */
export async function signUp(page: Page, person: Person): Promise<void> {
  await page.getByLabel('Your name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel(/^Password/).fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

/** On /profile: answers most questions the way an IMG applicant would. */
export async function fillProfile(page: Page): Promise<void> {
  await page.getByLabel('Country of training').fill('Nigeria');
  await page.getByLabel('Medical school').fill('University of Lagos College of Medicine');
  await page.getByLabel('Graduation year').fill('2021');
  await choose(page, 'Applicant type', /Non-US-citizen IMG/);
  await choose(page, 'Step 1', 'Passed');
  await page.getByLabel('Step 1 attempts').fill('1');
  await page.getByLabel('Step 2 CK score').fill('245');
  await page.getByLabel('Step 2 CK attempts').fill('1');
  await choose(page, 'ECFMG certification', 'Certified');
  await choose(page, 'Visa need', /J-1/);
  await page.getByLabel('US clinical experience (months)').fill('4');
  await page.getByLabel('Research items').fill('3');
  const specialties = page.getByRole('combobox', { name: 'Specialties' });
  await specialties.fill('Internal Medicine');
  await specialties.press('Enter');
  const states = page.getByRole('combobox', { name: 'Preferred states' });
  await states.fill('New York');
  await page.getByRole('option', { name: 'New York (NY)' }).click();
  await page.keyboard.press('Escape');
}

export const noHorizontalScroll = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Clicks a link in the main navigation (the header has links too). */
export async function navTo(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: new RegExp(`^${label}\\b`) })
    .click();
}

/** On /account: changes the password, then deletes the account through the confirmation dialog. */
export async function changePasswordAndDelete(
  page: Page,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  await page.getByLabel(/^Current password/).fill(currentPassword);
  await page.getByLabel(/^New password/).fill(newPassword);
  await page.getByLabel(/^Repeat new password/).fill(newPassword);
  await page.getByRole('button', { name: 'Change password', exact: true }).click();
  await page.getByText('Password changed').waitFor();

  await page.getByRole('button', { name: 'Delete my account…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
  await dialog.waitFor();
  const confirm = dialog.getByRole('button', { name: 'Delete permanently' });
  await dialog.getByLabel(/^Password/).fill(newPassword);
  expect(await confirm.isDisabled()).toBe(true);
  await dialog.getByLabel(/^Type DELETE/).fill('DELETE');
  await expectAccessible(page, 'account-delete-dialog', { fullPage: false });
  await confirm.click();
}

/** On /match: a JSON instance of the wrong shape is stopped before it is sent, with its path. */
export async function checkInvalidJsonInstance(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Write JSON' }).click();
  const editor = page.getByRole('textbox', { name: 'Instance JSON' });
  await editor.fill(
    '{"programs": [{"id": "p1", "capacity": "two", "ranking": []}], "applicants": []}',
  );
  await page.getByRole('button', { name: 'Check and save' }).click();
  await page.getByText('Fix these before saving').waitFor();
  await page.getByText('programs[0].capacity', { exact: true }).waitFor();
  await expectAccessible(page, 'match-json-issues');
}
