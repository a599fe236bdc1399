import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTREACH_ISSUE_CODES } from '../../vocabulary/mentorship.ts';
import { checkOutreach } from './check.ts';
import { LABELLED_MESSAGES } from './labelled-messages.ts';

/** Fixed seed under CI (FC_SEED overrides), random locally. */
const FC = process.env.CI ? { seed: Number(process.env.FC_SEED ?? 42) } : {};

// Pieces of real messages mixed with arbitrary Unicode, so generated texts hit the patterns.
const pieces = LABELLED_MESSAGES.flatMap((m) => m.text.split(/(?<=[.?!\n,])/));
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...pieces),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 10 }),
      fc.constantFrom('\n\n', '\r\n', ' ', '’', '—', '\u00a0', 'Dear Sir,', 'not ', 'LoR'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('checkOutreach properties', () => {
  it('never throws, quotes only substrings of the input and reports codes in order', () => {
    fc.assert(
      fc.property(text, (input) => {
        const report = checkOutreach(input);
        expect(Number.isInteger(report.wordCount) && report.wordCount >= 0).toBe(true);
        expect(report.paragraphs).toBeGreaterThanOrEqual(0);
        expect(report.ready).toBe(report.issues.length === 0);
        let last = -1;
        for (const issue of report.issues) {
          const rank = OUTREACH_ISSUE_CODES.indexOf(issue.code);
          expect(rank).toBeGreaterThanOrEqual(last);
          last = rank;
          expect(issue.message.length).toBeGreaterThan(0);
          if (issue.evidence !== null) {
            expect(issue.evidence.length).toBeGreaterThan(0);
            expect(input.includes(issue.evidence)).toBe(true);
          }
        }
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      }),
      FC,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(checkOutreach(input)).toEqual(checkOutreach(input));
      }),
      FC,
    );
  });

  it('does not depend on letter case for a ready message', () => {
    const ready = LABELLED_MESSAGES.filter((m) => m.expected.length === 0);
    fc.assert(
      fc.property(fc.constantFrom(...ready), fc.boolean(), (message, upper) => {
        const shouted = upper ? message.text.toUpperCase() : message.text.toLowerCase();
        // A name is only recognised by its capital letter, so "I'm Lin" cases may lose the
        // introduction when lower-cased; every other code must stay silent.
        const codes = checkOutreach(shouted).issues.map((i) => i.code);
        expect(codes.filter((c) => c !== 'no-introduction')).toEqual([]);
      }),
      FC,
    );
  });
});
