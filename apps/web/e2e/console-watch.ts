import type { BrowserContext, Page } from 'playwright-core';

// Issue 13: normal use must not log errors in the browser console. Every page of a journey is
// watched from the moment it opens; expectAccessible fails on anything collected. Network lines
// ("Failed to load resource: … 400") are left out: journeys send bad input on purpose and the
// page shows the answer; uncaught exceptions and errors the app logs are what this catches.
const collected = new WeakMap<Page, string[]>();

const NETWORK_LINE = /^Failed to load resource: /;

function watch(page: Page): void {
  if (collected.has(page)) return;
  const errors: string[] = [];
  collected.set(page, errors);
  page.on('console', (message) => {
    if (message.type() === 'error' && !NETWORK_LINE.test(message.text()))
      errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
}

/** Watches every page the context has and opens. */
export function watchConsole(context: BrowserContext): void {
  for (const page of context.pages()) watch(page);
  context.on('page', watch);
}

/** The errors logged on `page` since the last call, and forgets them. */
export function takeConsoleErrors(page: Page): string[] {
  const errors = collected.get(page) ?? [];
  return errors.splice(0, errors.length);
}
