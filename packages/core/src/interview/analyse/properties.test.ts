import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerReport, InterviewQuestion } from '../../vocabulary/interview.ts';
import { analyseAnswer } from './report.ts';
import { CONFLICT, GOOD_ANSWERS, LOW_SCORE, VISA, WHY_PROGRAM, WHY_US } from './test-fixtures.ts';

const QUESTIONS: readonly InterviewQuestion[] = [WHY_US, CONFLICT, LOW_SCORE, VISA, WHY_PROGRAM];

/** Every quoted string is a verbatim piece of the answer (apart from "…" cut marks). */
function quotesAreVerbatim(report: AnswerReport, answer: string): void {
  const quotes = [
    ...report.redFlags.map((f) => f.evidence),
    ...report.talkingPoints.map((p) => p.evidence),
    ...report.priorities.map((p) => p.evidence),
    ...(report.star === null
      ? []
      : [
          report.star.situation,
          report.star.task,
          report.star.action,
          report.star.result,
          report.star.learning,
        ].map((part) => part.evidence)),
  ];
  for (const quote of quotes) {
    if (quote === null) continue;
    for (const piece of quote.split('…')) expect(answer).toContain(piece);
  }
}

function wellFormed(report: AnswerReport, answer: string): void {
  expect(Number.isInteger(report.wordCount)).toBe(true);
  expect(report.wordCount).toBeGreaterThanOrEqual(0);
  expect(report.sentenceCount).toBeGreaterThanOrEqual(0);
  expect(report.priorities.length).toBeGreaterThanOrEqual(1);
  expect(report.priorities.length).toBeLessThanOrEqual(2);
  expect(['short', 'ok', 'long']).toContain(report.timeBand);
  expect(['again', 'hard', 'good', 'easy']).toContain(report.suggestedRating);
  expect(Number.isFinite(report.estimatedSeconds)).toBe(true);
  for (const filler of report.fillers) expect(filler.count).toBeGreaterThan(0);
  // JSON round trip: no undefined, NaN or Infinity anywhere.
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  quotesAreVerbatim(report, answer);
}

const question = fc.constantFrom(...QUESTIONS);
/** Generous: two shared cores run the whole suite; each analysis itself takes a few ms. */
const SLOW = 30_000;
const seconds = fc.option(fc.double({ min: -10, max: 1_000, noNaN: false }), { nil: undefined });

describe('analyseAnswer properties', () => {
  it('quotes evidence verbatim when the answer has runs of whitespace (found by fast-check)', () => {
    const answer = 'Back home   nothing works    and the hospitals are useless.  um    !';
    const report = analyseAnswer({ question: WHY_US, answer });
    const flag = report.redFlags.find((f) => f.code === 'criticises-home-country');
    expect(flag?.evidence).toBe('Back home   nothing works    and the hospitals are useless.');
    wellFormed(report, answer);
  });

  it('treats a near-zero speaking time as not measured (found by fast-check: 3.3e-307 s)', () => {
    const report = analyseAnswer({ question: WHY_US, answer: 'அ', speakingSeconds: 3.3e-307 });
    expect(report.wordsPerMinute).toBeNull();
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it(
    'never throws and returns a well-formed report for any string',
    () => {
      fc.assert(
        fc.property(
          question,
          fc.string({ unit: 'binary', maxLength: 400 }),
          seconds,
          (q, answer, s) => {
            wellFormed(analyseAnswer({ question: q, answer, speakingSeconds: s }), answer);
          },
        ),
        { numRuns: 100 },
      );
    },
    SLOW,
  );

  it('handles empty, whitespace-only, non-English, emoji and mixed-script text', () => {
    const texts = [
      '',
      '   \n\t  ',
      'Quiero hacer la residencia en Estados Unidos porque la formación es excelente. Trabajé dos años en Bogotá.',
      'मैं अमेरिका में रेजीडेंसी करना चाहता हूँ क्योंकि वहाँ का प्रशिक्षण बहुत अच्छा है।',
      '我想在美国接受住院医师培训，因为那里的培训非常系统。我在北京工作了三年。',
      '😀🎉🏥👩‍⚕️ 🇮🇳 → 🇺🇸 !!! ???',
      'I trained in Lagos 🇳🇬 and in मुंबई, then 北京. Um, 😀 you know?',
      '\u0000\uFFFF\uD800 lone surrogates \uDC00 and zero\u200Bwidth',
    ];
    for (const q of QUESTIONS) {
      for (const answer of texts) wellFormed(analyseAnswer({ question: q, answer }), answer);
    }
  });

  it(
    'handles random unicode words and sentences',
    () => {
      const word = fc.oneof(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
        fc.constantFrom(
          'um',
          'like',
          'you know',
          'back home',
          'corrupt',
          'we',
          'I',
          'Step',
          '1',
          ',',
          '.',
          '?',
        ),
      );
      fc.assert(
        fc.property(question, fc.array(word, { maxLength: 120 }), (q, words) => {
          const answer = words.join(' ');
          wellFormed(analyseAnswer({ question: q, answer }), answer);
        }),
        { numRuns: 100 },
      );
    },
    SLOW,
  );

  it(
    'is deterministic',
    () => {
      fc.assert(
        fc.property(question, fc.string({ maxLength: 300 }), (q, answer) => {
          expect(analyseAnswer({ question: q, answer })).toEqual(
            analyseAnswer({ question: q, answer }),
          );
        }),
        { numRuns: 50 },
      );
    },
    SLOW,
  );

  it('analyses a 5,000-word answer', () => {
    const sentence = (GOOD_ANSWERS[2]?.[1] ?? 'I listened.').split(' ');
    const words: string[] = [];
    while (words.length < 5_000) words.push(...sentence);
    const answer = words.slice(0, 5_000).join(' ');
    const report = analyseAnswer({ question: CONFLICT, answer, speakingSeconds: 2_000 });
    expect(report.wordCount).toBe(5_000);
    expect(report.wordsPerMinute).toBe(150);
    expect(report.timeBand).toBe('long');
    wellFormed(report, answer);
  });

  it('an unpunctuated transcript yields short excerpts rather than the whole text', () => {
    const answer = `${'we talked to the team and we reviewed the chart and '.repeat(40)}the system back home is corrupt ${'and we kept going '.repeat(40)}`;
    const report = analyseAnswer({ question: WHY_US, answer });
    const flag = report.redFlags.find((f) => f.code === 'criticises-home-country');
    expect(flag?.evidence).toContain('the system back home is corrupt');
    expect(flag?.evidence?.length ?? 0).toBeLessThan(300);
    wellFormed(report, answer);
  });
});
