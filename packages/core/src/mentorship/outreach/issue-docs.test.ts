import { describe, expect, it } from 'vitest';
import { OUTREACH_ISSUE_CODES } from '../../vocabulary/mentorship.ts';
import { checkOutreach } from './check.ts';
import { OUTREACH_ISSUE_DOCS } from './issue-docs.ts';

const codesOf = (text: string) => checkOutreach(text).issues.map((i) => i.code);

describe('OUTREACH_ISSUE_DOCS', () => {
  it('documents every code', () => {
    expect(Object.keys(OUTREACH_ISSUE_DOCS).sort()).toEqual([...OUTREACH_ISSUE_CODES].sort());
  });

  it.each([...OUTREACH_ISSUE_CODES])(
    '%s: the example raises it and the better version does not',
    (code) => {
      const doc = OUTREACH_ISSUE_DOCS[code];
      expect(codesOf(doc.example)).toContain(code);
      expect(codesOf(doc.better)).not.toContain(code);
    },
  );
});
