import { describe, expect, it } from 'vitest';
import { analyseAnswer, warmUpAnalyser } from './report.ts';
import { CONFLICT, GOOD_ANSWERS, LOW_SCORE, WHY_US } from './test-fixtures.ts';
import { DEFAULT_THRESHOLDS } from './thresholds.ts';

/** `n` words: "one two … " style, with a sentence break every 10 words. */
function words(n: number): string {
  const out: string[] = [];
  for (let k = 1; k <= n; k += 1) out.push(k % 10 === 0 ? 'patients.' : 'patients');
  return out.join(' ');
}

describe('time and pace', () => {
  it('estimates seconds at 130 wpm when no time was measured', () => {
    const report = analyseAnswer({ question: WHY_US, answer: words(65) });
    expect(report.wordCount).toBe(65);
    expect(report.estimatedSeconds).toBe(30); // 65 / 130 × 60
    expect(report.secondsSource).toBe('estimated');
    expect(report.wordsPerMinute).toBeNull();
    expect(report.paceLevel).toBeNull();
    expect(report.timeBand).toBe('short'); // band 60–120 s
  });

  it('computes words per minute from measured seconds (hand-computed values)', () => {
    // 200 words in 80 s = 150 wpm → green.
    const green = analyseAnswer({ question: WHY_US, answer: words(200), speakingSeconds: 80 });
    expect(green.wordsPerMinute).toBe(150);
    expect(green.paceLevel).toBe('green');
    expect(green.timeBand).toBe('ok');
    expect(green.secondsSource).toBe('measured');
    // 200 words in 70 s = 171.4 wpm → amber; 200 words in 150 s = 80 wpm → red and long.
    expect(
      analyseAnswer({ question: WHY_US, answer: words(200), speakingSeconds: 70 }).wordsPerMinute,
    ).toBe(171.4);
    expect(
      analyseAnswer({ question: WHY_US, answer: words(200), speakingSeconds: 70 }).paceLevel,
    ).toBe('amber');
    const slow = analyseAnswer({ question: WHY_US, answer: words(200), speakingSeconds: 150 });
    expect(slow.wordsPerMinute).toBe(80);
    expect(slow.paceLevel).toBe('red');
    expect(slow.timeBand).toBe('long');
  });

  it('ignores non-positive or non-finite seconds and falls back to the estimate', () => {
    for (const speakingSeconds of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const report = analyseAnswer({ question: WHY_US, answer: words(130), speakingSeconds });
      expect(report.secondsSource).toBe('estimated');
      expect(report.seconds).toBe(60);
    }
  });

  it('takes overridden thresholds (softer pace bands for second-language speakers)', () => {
    const report = analyseAnswer({
      question: WHY_US,
      answer: words(110),
      speakingSeconds: 60,
      thresholds: { paceGreenMin: 100 },
    });
    expect(report.paceLevel).toBe('green');
    expect(DEFAULT_THRESHOLDS.paceGreenMin).toBe(120);
  });
});

describe('priorities and rating', () => {
  it('puts a red flag first, quoting the answer and describing behaviour', () => {
    const bad = 'The health system back home is corrupt and useless.';
    const report = analyseAnswer({ question: WHY_US, answer: `${bad} I want to leave.` });
    expect(report.priorities.length).toBeGreaterThanOrEqual(1);
    expect(report.priorities.length).toBeLessThanOrEqual(2);
    expect(report.priorities[0]?.code).toBe('criticises-home-country');
    expect(report.priorities[0]?.evidence).toBe(bad);
    expect(report.priorities[0]?.detail).toContain(`The answer says “${bad}”`);
    expect(report.priorities.map((p) => p.detail).join(' ')).not.toMatch(/\byou are\b/i);
    expect(report.suggestedRating).toBe('again');
  });

  it('then missing talking points, then time', () => {
    const report = analyseAnswer({
      question: WHY_US,
      answer: 'During my observership in Boston in 2022 I saw how teams plan discharges.',
    });
    expect(report.priorities.map((p) => p.code)).toEqual(['missing-talking-points', 'time-band']);
    expect(report.priorities[0]?.detail).toContain('What US training offers you; Long-term goals');
  });

  it('reports a single positive priority and "easy" when nothing needs work', () => {
    const [question, answer] = GOOD_ANSWERS[0] ?? [WHY_US, ''];
    // 142 words in 60 s = 142 wpm: green pace, inside the 60–120 s band.
    const report = analyseAnswer({ question, answer, speakingSeconds: 60 });
    expect(report.wordCount).toBe(142);
    expect(report.redFlags).toEqual([]);
    expect(report.timeBand).toBe('ok');
    expect(report.priorities).toHaveLength(1);
    expect(report.priorities[0]?.code).toBe('well-done');
    expect(answer).toContain(report.priorities[0]?.evidence ?? '∅');
    expect(report.checklist).toEqual({
      redFlags: 0,
      missingCoreTalkingPoints: 0,
      timeOutOfBand: false,
      allGreen: true,
    });
    expect(report.suggestedRating).toBe('easy');
  });

  it('suggests "hard" when only time is out of band, and "again" when > 2 talking points are missed', () => {
    const [question, answer] = GOOD_ANSWERS[0] ?? [WHY_US, ''];
    expect(analyseAnswer({ question, answer, speakingSeconds: 200 }).suggestedRating).toBe('hard');
    const missed = analyseAnswer({ question: WHY_US, answer: 'I trained in Lagos for six years.' });
    expect(missed.checklist.missingCoreTalkingPoints).toBe(3);
    expect(missed.suggestedRating).toBe('again');
  });

  it('suggests "hard" for a STAR answer without a result', () => {
    const answer =
      'During my internship in 2022 a nurse and I disagreed about insulin for a patient. I asked what worried her and I listened to her perspective. I checked the glucose and I called the resident.';
    const report = analyseAnswer({ question: CONFLICT, answer, speakingSeconds: 70 });
    expect(report.redFlags).toEqual([]);
    expect(report.star?.result.present).toBe(false);
    expect(report.suggestedRating).toBe('hard');
    expect(report.priorities.map((p) => p.code)).toContain('star-structure');
  });

  it('an empty answer gets one "empty-answer" priority', () => {
    const report = analyseAnswer({ question: LOW_SCORE, answer: '' });
    expect(report.priorities).toEqual([
      expect.objectContaining({ code: 'empty-answer', evidence: null }),
    ]);
    expect(report.redFlags).toEqual([]);
  });

  it('quotes the densest filler sentence when fillers are the priority', () => {
    const [question, answer] = GOOD_ANSWERS[0] ?? [WHY_US, ''];
    const noisy = `${answer} Um, you know, I, like, basically, uh, really mean it.`;
    const report = analyseAnswer({ question, answer: noisy, speakingSeconds: 60 });
    const fillers = report.priorities.find((p) => p.code === 'fillers');
    expect(fillers?.evidence).toBe('Um, you know, I, like, basically, uh, really mean it.');
  });
});

describe('comparison with earlier attempts', () => {
  const first = analyseAnswer({
    question: WHY_US,
    answer: 'Um, I want better opportunities. Um, that is it.',
  });
  const second = analyseAnswer({
    question: WHY_US,
    answer:
      'During my observership in Boston in 2022 I presented patients on rounds. My goal is a fellowship in cardiology.',
  });
  const otherQuestion = analyseAnswer({ question: LOW_SCORE, answer: 'I failed Step 1 once.' });

  it('is null without earlier attempts at the same question', () => {
    expect(second.comparison).toBeNull();
    const report = analyseAnswer({
      question: WHY_US,
      answer: 'Hi.',
      previousAttempts: [otherQuestion],
    });
    expect(report.comparison).toBeNull();
  });

  it('gives deltas against the last and the best attempt', () => {
    const answer =
      'Structured training with feedback drew me here. During my observership in Boston in 2022 I presented patients on rounds. My goal is a fellowship in cardiology.';
    const report = analyseAnswer({
      question: WHY_US,
      answer,
      previousAttempts: [second, otherQuestion, first],
    });
    // Last attempt = `first`: 9 words, 2 fillers (22.2/100), 0 points covered, 1 red flag.
    expect(first.wordCount).toBe(9);
    expect(first.fillersPer100Words).toBe(22.2);
    expect(first.redFlags.map((f) => f.code)).toEqual(['money-or-prestige']);
    expect(report.comparison?.attempts).toBe(2);
    expect(report.comparison?.last.redFlags).toEqual({
      previous: 1,
      current: 0,
      delta: -1,
      direction: 'better',
    });
    expect(report.comparison?.last.fillersPer100Words).toEqual({
      previous: 22.2,
      current: 0,
      delta: -22.2,
      direction: 'better',
    });
    expect(report.comparison?.last.talkingPointsCovered).toEqual({
      previous: 0,
      current: 3,
      delta: 3,
      direction: 'better',
    });
    // 9 → 26 words, both below the 130–260-word target: closer is better.
    expect(report.comparison?.last.wordCount).toEqual({
      previous: 9,
      current: 26,
      delta: 17,
      direction: 'better',
    });
    // Best attempt = `second` (no red flag, 2 points covered, 18 words).
    expect(second.talkingPointsCovered).toBe(2);
    expect(report.comparison?.best.talkingPointsCovered).toEqual({
      previous: 2,
      current: 3,
      delta: 1,
      direction: 'better',
    });
    expect(report.comparison?.best.redFlags.direction).toBe('same');
  });

  it('reports "worse" when an attempt regresses and "same" when a metric is not measured', () => {
    const report = analyseAnswer({
      question: WHY_US,
      answer: 'Um, I want better opportunities. Uh, um, that is it.',
      previousAttempts: [second],
      fillersMeasured: false,
    });
    expect(report.comparison?.last.talkingPointsCovered.direction).toBe('worse');
    expect(report.comparison?.last.redFlags.direction).toBe('worse');
    expect(report.comparison?.last.fillersPer100Words).toEqual({
      previous: 0,
      current: null,
      delta: null,
      direction: 'same',
    });
  });
});

describe('report shape', () => {
  it('warms up idempotently without changing later results', () => {
    const [question, answer] = GOOD_ANSWERS[2] ?? [CONFLICT, ''];
    const before = analyseAnswer({ question, answer });
    warmUpAnalyser();
    warmUpAnalyser();
    expect(analyseAnswer({ question, answer })).toEqual(before);
  });

  it('is plain JSON and deterministic', () => {
    for (const [question, answer] of GOOD_ANSWERS) {
      const report = analyseAnswer({ question, answer, speakingSeconds: 75 });
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      expect(analyseAnswer({ question, answer, speakingSeconds: 75 })).toEqual(report);
    }
  });
});
