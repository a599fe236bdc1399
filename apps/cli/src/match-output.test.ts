import type { MatchOutcome } from '@matchready/core';
import { describe, expect, it } from 'vitest';
import { outcomeSummary } from './match-output.ts';

const outcome = (matched: number, applicants: number, unfilled: number, stable: boolean) =>
  ({
    stable,
    stats: { matchedApplicants: matched, applicants, unfilledPositions: unfilled },
  }) as unknown as MatchOutcome;

describe('outcomeSummary', () => {
  it('groups thousands with commas, as en-US does', () => {
    expect(outcomeSummary(outcome(38611, 40000, 1789, true))).toBe(
      '38,611 of 40,000 applicants matched, 1,789 positions unfilled, stable',
    );
    expect(outcomeSummary(outcome(1234567, 1000000, 0, false))).toBe(
      '1,234,567 of 1,000,000 applicants matched, 0 positions unfilled, no stable matching found',
    );
  });

  it('leaves numbers under a thousand as they are', () => {
    expect(outcomeSummary(outcome(10, 12, 999, true))).toBe(
      '10 of 12 applicants matched, 999 positions unfilled, stable',
    );
  });
});
