import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerReport } from '../../vocabulary/interview.ts';
import { parseText } from './nlp.ts';
import { analyseAnswer } from './report.ts';
import { WHY_US } from './test-fixtures.ts';
import { quote } from './text.ts';

// Counterexamples found by fast-check (issue 12): each hostile character sat inside a quoted
// sentence, and the evidence dropped it while keeping others, so the quote was not a piece of the
// answer. Normalisation now happens once (analysisText in nlp.ts, same length as the answer) and
// every quote is a slice of the answer by token offsets.
const HOSTILE: readonly (readonly [string, string])[] = [
  ['vertical tab \\u000b', 'Back home\u000bnothing works and the hospitals are useless.'],
  ['NUL \\u0000', 'Back home nothing\u0000works and the hospitals are useless.'],
  ['byte-order mark \\ufeff', '\ufeffBack home nothing works and the hospitals are useless.'],
  ['BOM inside a sentence', 'Back home\ufeff nothing works and the hospitals are useless.'],
  ['line separator \\u2028', 'Back home\u2028nothing works and the hospitals are useless.'],
  ['next line \\u0085', 'Back home\u0085nothing works and the hospitals are useless.'],
  ['combining mark after a space', 'Back home \u0301nothing works and the hospitals are useless.'],
  ['combining marks on a letter', 'Back home nothinǵ\u0301 works and the hospitals are useless.'],
  ['lone surrogate', 'Back home \uD800nothing works and the hospitals are useless.'],
  ['zero-width joiner', 'Back home no\u200dthing works and the hospitals are useless.'],
];

function quotes(report: AnswerReport): string[] {
  return [
    ...report.redFlags.map((f) => f.evidence),
    ...report.talkingPoints.map((p) => p.evidence),
    ...report.priorities.map((p) => p.evidence),
  ].filter((q): q is string => q !== null);
}

describe('evidence quotes on hostile Unicode (found by fast-check)', () => {
  for (const [name, answer] of HOSTILE) {
    it(`quotes verbatim with ${name}`, () => {
      const report = analyseAnswer({ question: WHY_US, answer });
      const flag = report.redFlags.find((f) => f.code === 'criticises-home-country');
      expect(flag?.evidence).toBe(answer.trim().replace(/^\ufeff/u, ''));
      for (const q of quotes(report)) expect(answer).toContain(q);
    });
  }

  it('keeps sentence texts and token offsets in the original answer', () => {
    const answer = 'One\u2028two three.\u000bFour\u0000five.';
    const parsed = parseText(answer);
    expect(parsed.source).toBe(answer);
    for (const token of parsed.tokens) {
      expect(answer.slice(token.start, token.end)).toBe(token.value);
    }
    for (const sentence of parsed.sentences) expect(answer).toContain(sentence.text);
    expect(quote(parsed, 0)).toBe(answer.slice(0, answer.indexOf('.') + 1));
  });
});

const HOSTILE_CHARS = [
  '\u000b',
  '\u0000',
  '\ufeff',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u0301',
  '\u0308',
  '\u200b',
  '\u200d',
  '\u00a0',
  '\uD800',
  '\uDC00',
  '\t',
  '\n',
  '\r',
  '\u001f',
  '\u{E0001}',
];

describe('evidence quotes on hostile Unicode (property)', () => {
  it('every quote and specific is a piece of the answer', () => {
    const base = fc.constantFrom(
      'Back home nothing works and the hospitals are useless.',
      'Um, I like, you know, I failed Step 1 once and I reduced wait times by 30% in Lagos.',
      'We worked as a team; I led the audit at Mayo Clinic in 2022.',
    );
    const hostile = fc.constantFrom(...HOSTILE_CHARS);
    const answer = fc
      .tuple(
        fc.array(base, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), hostile), { maxLength: 12 }),
      )
      .map(([sentences, inserts]) => {
        let text = sentences.join(' ');
        for (const [at, c] of inserts) {
          const k = at % (text.length + 1);
          text = text.slice(0, k) + c + text.slice(k);
        }
        return text;
      });
    fc.assert(
      fc.property(answer, (text) => {
        const report = analyseAnswer({ question: WHY_US, answer: text });
        for (const q of quotes(report)) {
          for (const piece of q.split('…')) expect(text).toContain(piece);
        }
        for (const s of report.specificity.specifics) expect(text).toContain(s);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
