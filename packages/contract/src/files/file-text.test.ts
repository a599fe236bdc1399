import { describe, expect, it } from 'vitest';
import { capIssues, type FileIssue, MAX_ISSUES } from './file-text.ts';

const issue = (n: number): FileIssue => ({ code: 'bad-cell', path: [n], message: `row ${n}` });
const many = (n: number) => Array.from({ length: n }, (_, k) => issue(k + 1));

describe('capIssues', () => {
  it('keeps up to MAX_ISSUES issues as they are', () => {
    expect(capIssues(many(MAX_ISSUES))).toEqual(many(MAX_ISSUES));
    expect(capIssues([])).toEqual([]);
  });

  it('lists the first MAX_ISSUES, then one issue that counts the rest', () => {
    const capped = capIssues(many(130));
    expect(capped).toHaveLength(MAX_ISSUES + 1);
    expect(capped.slice(0, MAX_ISSUES)).toEqual(many(MAX_ISSUES));
    expect(capped[MAX_ISSUES]).toEqual({
      code: 'more-issues',
      path: [],
      message: '…and 30 more issues',
    });
    expect(capIssues(many(101))[MAX_ISSUES]?.message).toBe('…and 1 more issue');
  });

  it('counts issues a parser stopped collecting (total beyond the list)', () => {
    expect(capIssues(many(MAX_ISSUES), 99_000)[MAX_ISSUES]?.message).toBe('…and 98900 more issues');
  });

  it('is idempotent: capping a capped list (parser, then HTTP layer) keeps the first count', () => {
    const once = capIssues(many(130));
    expect(capIssues(once)).toEqual(once);
  });
});
