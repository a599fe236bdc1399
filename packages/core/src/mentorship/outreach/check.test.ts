import { describe, expect, it } from 'vitest';
import { checkOutreach, OUTREACH_LIMITS } from './check.ts';
import { LABELLED_MESSAGES } from './labelled-messages.ts';

const READY = LABELLED_MESSAGES.find((m) => m.id === 'ready-directory-and-article')?.text ?? '';
const codes = (text: string) => checkOutreach(text).issues.map((i) => i.code);
const bigAsks = (text: string) =>
  checkOutreach(text)
    .issues.filter((i) => i.code === 'big-first-ask')
    .map((i) => i.evidence);

/** A ready message with its ask paragraph replaced. */
const withAsk = (ask: string) =>
  READY.replace(/Would you be open[^\n]+/, `${ask} I know your schedule is busy.`);

describe('checkOutreach', () => {
  it('counts words, body paragraphs and sentences', () => {
    const report = checkOutreach(READY);
    expect(report).toMatchObject({ wordCount: 99, paragraphs: 3, sentences: 8, ready: true });
  });

  it('tells a negated or advice-seeking mention from a big ask', () => {
    expect(bigAsks(withAsk('Could you write me a letter of recommendation?'))).toEqual([
      'Could you write me a letter of recommendation?',
    ]);
    expect(
      bigAsks(
        withAsk("I'm not asking for a letter of recommendation, could you talk for 15 minutes?"),
      ),
    ).toEqual([]);
    expect(
      bigAsks(withAsk('Without asking for any letter, could we talk for 15 minutes?')),
    ).toEqual([]);
    expect(
      bigAsks(withAsk('I never expect a job from a first message; could we talk for 15 minutes?')),
    ).toEqual([]);
    // The negation belongs to another clause: the ask after "but" still counts.
    expect(
      bigAsks(
        withAsk(
          'I know it is not usual, but could you sponsor my visa? A 15-minute call would help.',
        ),
      ),
    ).toEqual(['I know it is not usual, but could you sponsor my visa?']);
    expect(
      bigAsks(
        withAsk('Could you share advice on finding a research position during a 15-minute call?'),
      ),
    ).toEqual([]);
    // A statement without a request is not an ask.
    expect(
      bigAsks(withAsk('I hold two letters of recommendation. Could we talk for 15 minutes?')),
    ).toEqual([]);
  });

  it('quotes evidence verbatim whatever the quotes, dashes, case and line endings', () => {
    const text =
      'DEAR SIR OR MADAM,\r\n\r\nI’m Ana — could you write me a “letter of recommendation”?\r\nThanks';
    const report = checkOutreach(text);
    expect(report.issues.find((i) => i.code === 'generic-greeting')?.evidence).toBe(
      'DEAR SIR OR MADAM',
    );
    expect(report.issues.find((i) => i.code === 'big-first-ask')?.evidence).toBe(
      'I’m Ana — could you write me a “letter of recommendation”?',
    );
    expect(report.paragraphs).toBe(1);
  });

  it('flags too many paragraphs and an over-long paragraph at their limits', () => {
    const para = (n: number) => `Paragraph ${n} is short.`;
    const body = (k: number) => Array.from({ length: k }, (_, i) => para(i + 1)).join('\n\n');
    expect(codes(body(OUTREACH_LIMITS.maxParagraphs))).not.toContain('too-long');
    const over = checkOutreach(body(OUTREACH_LIMITS.maxParagraphs + 1));
    expect(over.issues.find((i) => i.code === 'too-long')?.evidence).toBe('Paragraph 5 is short.');
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(codes(words(OUTREACH_LIMITS.maxParagraphWords))).not.toContain('too-long');
    expect(codes(words(OUTREACH_LIMITS.maxParagraphWords + 1))).toContain('too-long');
  });

  it('allows 200 words and quotes the sentence holding the 201st word beyond that', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    const at200 = `${filler(100)}\n\n${filler(100)}`;
    expect(checkOutreach(at200).wordCount).toBe(200);
    expect(codes(at200)).not.toContain('too-long');
    const at201 = `${filler(100)}\n\n${filler(100)}. Last one`;
    const report = checkOutreach(at201);
    expect(report.wordCount).toBe(202);
    expect(report.issues.find((i) => i.code === 'too-long')?.evidence).toBe('Last one');
  });

  it('reads a greeting only in the opening line', () => {
    expect(codes(READY.replace('Dear Dr. Okafor,', 'Hi,'))).toEqual(['generic-greeting']);
    expect(codes(READY.replace('Dear Dr. Okafor,', 'Good afternoon Dr. Okafor,'))).toEqual([]);
    expect(codes(`${READY}\n\nP.S. Dear Sir, this line is not a greeting.`)).not.toContain(
      'generic-greeting',
    );
  });

  it('is empty-safe and returns plain JSON', () => {
    const report = checkOutreach('');
    expect(report.wordCount).toBe(0);
    expect(report.paragraphs).toBe(0);
    expect(report.issues.every((i) => i.evidence === null)).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('stays fast on long and adversarial input (no catastrophic backtracking)', () => {
    const adversarial = `I am ${'a '.repeat(20_000)}\n${'Dr. '.repeat(5_000)}${'your '.repeat(10_000)}`;
    const start = Date.now();
    const report = checkOutreach(adversarial);
    expect(report.issues.map((i) => i.code)).toContain('too-long');
    // Generous bound for a shared machine; a quadratic pattern would take minutes here.
    expect(Date.now() - start).toBeLessThan(5_000);
  });
});
