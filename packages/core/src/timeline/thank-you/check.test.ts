import { describe, expect, it } from 'vitest';
import { checkThankYou, NRMP_COMMUNICATION_RULE, THANK_YOU_MAX_WORDS } from './check.ts';
import { LABELLED_NOTES } from './test-fixtures.ts';

describe('checkThankYou on the labelled notes', () => {
  it('has at least 30 labelled notes, both clean and flagged', () => {
    expect(LABELLED_NOTES.length).toBeGreaterThanOrEqual(30);
    expect(LABELLED_NOTES.filter((n) => n.expected.length === 0).length).toBeGreaterThanOrEqual(10);
    expect(new Set(LABELLED_NOTES.map((n) => n.id)).size).toBe(LABELLED_NOTES.length);
  });

  it.each(LABELLED_NOTES.map((n) => [n.id, n] as const))('%s', (_, labelled) => {
    const issues = checkThankYou(labelled.note, labelled.context);
    expect(issues.map((i) => i.code)).toEqual(labelled.expected);
    for (const issue of issues)
      if (issue.evidence !== null) expect(labelled.note).toContain(issue.evidence);
  });

  it('covers every check code at least once', () => {
    const codes = new Set(LABELLED_NOTES.flatMap((n) => n.expected));
    expect([...codes].sort()).toEqual(
      [
        'asks-for-commitment',
        'no-interviewer-name',
        'no-program-name',
        'no-specific-detail',
        'placeholder-left',
        'ranking-statement',
        'too-long',
      ].sort(),
    );
  });
});

describe('checkThankYou evidence', () => {
  const context = {
    program: 'Cedar Grove University Hospital',
    interviewers: ['Dr. Tomasz Wierzbicki'],
  };

  it('quotes the whole sentence with the ranking statement', () => {
    const note =
      'Dear Dr. Wierzbicki, thank you for discussing the cardiology research block. You are my #1 ' +
      'program, Cedar Grove! Best, Arjun';
    const [issue] = checkThankYou(note, context);
    expect(issue).toMatchObject({
      code: 'ranking-statement',
      evidence: 'You are my #1 program, Cedar Grove!',
    });
  });

  it('quotes each placeholder', () => {
    const issues = checkThankYou('Dear [name], about {{detail}} at Cedar Grove.', context);
    expect(issues.filter((i) => i.code === 'placeholder-left').map((i) => i.evidence)).toEqual([
      '[name]',
      '{{detail}}',
    ]);
  });

  it('gives no evidence for something missing', () => {
    const issues = checkThankYou('Thanks!', context);
    expect(issues.map((i) => [i.code, i.evidence])).toEqual([
      ['no-interviewer-name', null],
      ['no-program-name', null],
      ['no-specific-detail', null],
    ]);
  });

  it('counts words for too-long at the documented limit', () => {
    const base = 'Dear Dr. Wierzbicki, at Cedar Grove we discussed the cardiology research block. ';
    const filler = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    const baseWords = base.trim().split(/\s+/).length;
    expect(checkThankYou(base + filler(THANK_YOU_MAX_WORDS - baseWords), context)).toEqual([]);
    expect(
      checkThankYou(base + filler(THANK_YOU_MAX_WORDS - baseWords + 1), context).map((i) => i.code),
    ).toEqual(['too-long']);
  });

  it('does not check names it was not given', () => {
    const note = 'Dear team, we discussed the cardiology research block at Cedar Grove.';
    expect(checkThankYou(note, { program: context.program })).toEqual([]);
  });

  it('states the NRMP rule with its source', () => {
    expect(NRMP_COMMUNICATION_RULE.text).toMatch(/may tell each other they are interested/);
    expect(NRMP_COMMUNICATION_RULE.source.url).toMatch(/^https:\/\/www\.nrmp\.org\//);
  });
});
