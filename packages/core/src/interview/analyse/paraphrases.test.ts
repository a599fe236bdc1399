import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../bank/index.ts';
import { paraphraseEntries, paraphrasesOf } from './paraphrases.ts';

const text = (p: string | { readonly phrase: string }) => (typeof p === 'string' ? p : p.phrase);

describe('the paraphrase lexicon', () => {
  it('is lower-case, without blanks or repeats, and never repeats its key', () => {
    const problems = paraphraseEntries().flatMap(([key, list]) => {
      const phrases = list.map(text);
      const bad = phrases.filter((p) => p.trim() === '' || p !== p.toLowerCase() || p === key);
      return new Set(phrases).size !== phrases.length ? [...bad, `${key}: repeats`] : bad;
    });
    expect(problems).toEqual([]);
  });

  it('keys on synonyms the bank uses (an unused key helps nobody)', () => {
    const synonyms = new Set(
      QUESTION_BANK.flatMap((q) => [
        ...q.talkingPoints,
        ...(q.paths ?? []).flatMap((p) => p.talkingPoints),
      ]).flatMap((p) => p.synonyms),
    );
    const unused = paraphraseEntries()
      .map(([key]) => key)
      .filter((key) => !synonyms.has(key));
    expect(unused).toEqual([]);
  });

  it('returns nothing for a word it does not know', () => {
    expect(paraphrasesOf('no-such-synonym')).toEqual([]);
    expect(paraphrasesOf('my goal').map(text)).toContain('years from now');
  });
});
