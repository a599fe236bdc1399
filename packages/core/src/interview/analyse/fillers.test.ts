import { describe, expect, it } from 'vitest';
import { analyseAnswer } from './report.ts';
import { WHY_US } from './test-fixtures.ts';

const fillersOf = (answer: string, fillersMeasured?: boolean) => {
  const report = analyseAnswer({ question: WHY_US, answer, fillersMeasured });
  return Object.fromEntries(report.fillers.map((f) => [f.phrase, f.count]));
};

describe('fillers', () => {
  it('does not count "like" as a verb, a preposition or after "feel"', () => {
    expect(fillersOf('I like working with patients.')).toEqual({});
    expect(fillersOf('A program like yours would suit me.')).toEqual({});
    expect(fillersOf('Like I said, I would like to stay.')).toEqual({});
  });

  it('counts "like" as a filler between pauses or before an adverb, adjective or number', () => {
    expect(fillersOf('It was, like, really hard.')).toEqual({ like: 1 });
    expect(fillersOf('It was like really hard.')).toEqual({ like: 1 });
    expect(fillersOf('We saw like 20 patients a day.')).toEqual({ like: 1 });
  });

  it('matches "you know" and "I mean" on the token stream, not in questions or clauses', () => {
    expect(fillersOf('You know, it was, you know, a long night.')).toEqual({ 'you know': 2 });
    expect(fillersOf('Do you know what I mean? You know the plan.')).toEqual({});
    expect(fillersOf('I mean, the ward was full.')).toEqual({ 'i mean': 1 });
    expect(fillersOf('I mean it when I say I care.')).toEqual({});
  });

  it('counts filled pauses by lexicon but not ER (emergency room) or mm after a number', () => {
    expect(fillersOf('Um, I was, uh, in the ward. Hmm.')).toEqual({ um: 1, uh: 1, hmm: 1 });
    expect(fillersOf('I worked in the ER and measured a 5 mm lesion.')).toEqual({});
  });

  it('counts sentence-initial "so" and "well" only as discourse markers', () => {
    expect(fillersOf('So I applied. Well, it worked.')).toEqual({ so: 1, well: 1 });
    expect(fillersOf('So many patients came. Well-trained nurses helped.')).toEqual({});
    expect(fillersOf('Okay so I started early.')).toEqual({ 'okay so': 1 });
  });

  it('counts basically, actually, literally and a tag "right?"', () => {
    expect(fillersOf('Basically I actually literally ran, right?')).toEqual({
      basically: 1,
      actually: 1,
      literally: 1,
      'right?': 1,
    });
  });

  it('reports filled pauses as not measured when ASR stripped them, but still counts lexical fillers', () => {
    const report = analyseAnswer({
      question: WHY_US,
      answer: 'Um, you know, I trained in Lagos. Uh, basically it went well.',
      fillersMeasured: false,
    });
    expect(report.fillersMeasured).toBe(false);
    expect(report.fillersPer100Words).toBeNull();
    expect(report.fillerLevel).toBeNull();
    expect(report.fillers.map((f) => f.phrase).sort()).toEqual(['basically', 'you know']);
    // 2 lexical fillers in 12 words → 16.7 per 100 words, by hand.
    expect(report.wordCount).toBe(12);
    expect(report.discourseFillersPer100Words).toBe(16.7);
  });

  it('computes fillers per 100 words and the level from the research thresholds', () => {
    // 20 words, 1 filler → 5 per 100 words → amber (3 < 5 ≤ 6).
    const answer =
      'Um I trained in Lagos for six years and I want structured training with feedback in a busy teaching hospital.';
    const report = analyseAnswer({ question: WHY_US, answer });
    expect(report.wordCount).toBe(20);
    expect(report.fillersPer100Words).toBe(5);
    expect(report.fillerLevel).toBe('amber');
  });

  it('never changes the text: fillers stay in the quoted evidence', () => {
    const answer = 'Um, you know, I, like, did an observership in Boston.';
    const report = analyseAnswer({ question: WHY_US, answer });
    const usce = report.talkingPoints.find((p) => p.id === 'usce');
    expect(usce?.evidence).toBe(answer);
  });
});

describe('hedges', () => {
  it('reports hedges separately and never "I believe"', () => {
    const report = analyseAnswer({
      question: WHY_US,
      answer:
        'I think I would fit. I guess it was kind of hard. Maybe I feel like it helped. I believe in teamwork. It was a kind of test.',
    });
    const hedges = Object.fromEntries(report.hedges.map((h) => [h.phrase, h.count]));
    expect(hedges).toEqual({
      'i think': 1,
      'i guess': 1,
      'kind of': 1,
      maybe: 1,
      'i feel like': 1,
    });
    expect(report.fillers.find((f) => f.phrase === 'like')).toBeUndefined();
  });
});
