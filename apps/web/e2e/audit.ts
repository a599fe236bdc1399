import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { takeConsoleErrors } from './console-watch.ts';
import { screenshotDir } from './harness.ts';

export interface AuditResult {
  readonly name: string;
  readonly serious: number;
  readonly moderate: number;
}

export const auditLog: AuditResult[] = [];

/**
 * Screenshots the page and runs axe-core (WCAG 2.1 A/AA rules). Returns the serious and critical
 * violations, printed so a failure says what to fix.
 */
export async function auditPage(page: Page, name: string, { fullPage = true } = {}) {
  await page.waitForLoadState('networkidle');
  // Measure contrast only when no transition is running (a notification fading in or out is
  // drawn in near-white for a moment). Transitions are 1 ms under reduced motion; this waits
  // for whatever is left rather than for a fixed time.
  // Endless animations (a loader's spin) are left alone.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getComputedTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
  // Fixed header and navbar are drawn where the viewport is: capture from the top.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  const moderate = results.violations.length - serious.length;
  auditLog.push({ name, serious: serious.length, moderate });
  for (const violation of results.violations) {
    const targets = violation.nodes
      .slice(0, 5)
      .map(
        (node) =>
          `      ${node.target.join(' ')}: ${node.failureSummary?.split('\n').join(' ') ?? ''}`,
      )
      .join('\n');
    console.log(
      `[axe ${name}] ${violation.impact}: ${violation.id}: ${violation.help}\n${targets}`,
    );
  }
  return serious;
}

/** Audits and fails the test on serious or critical axe findings, or on console errors. */
export async function expectAccessible(page: Page, name: string, options?: { fullPage?: boolean }) {
  const serious = await auditPage(page, name, options);
  expect(
    serious.map((violation) => violation.id),
    `axe on ${name}`,
  ).toEqual([]);
  expect(takeConsoleErrors(page), `browser console up to ${name}`).toEqual([]);
}
