import { describe, expect, it } from 'vitest';
import { checkOutreach } from './check.ts';
import { LABELLED_MESSAGES } from './labelled-messages.ts';

describe('checkOutreach on the labelled set', () => {
  it('has at least 40 messages, a ready one and an example of every code', () => {
    expect(LABELLED_MESSAGES.length).toBeGreaterThanOrEqual(40);
    const codes = new Set(LABELLED_MESSAGES.flatMap((m) => m.expected));
    expect([...codes].sort()).toEqual([
      'big-first-ask',
      'generic-greeting',
      'no-connection',
      'no-introduction',
      'no-specific-ask',
      'no-time-respect',
      'too-long',
    ]);
    expect(LABELLED_MESSAGES.filter((m) => m.expected.length === 0).length).toBeGreaterThanOrEqual(
      15,
    );
    expect(new Set(LABELLED_MESSAGES.map((m) => m.id)).size).toBe(LABELLED_MESSAGES.length);
  });

  it.each(LABELLED_MESSAGES.map((m) => [m.id, m] as const))('%s', (_id, message) => {
    const report = checkOutreach(message.text);
    expect(report.issues.map((issue) => issue.code)).toEqual(message.expected);
    expect(report.ready).toBe(message.expected.length === 0);
    if (message.evidence !== undefined) expect(report.issues[0]?.evidence).toBe(message.evidence);
    for (const issue of report.issues) {
      if (issue.evidence !== null) expect(message.text).toContain(issue.evidence);
    }
  });
});
