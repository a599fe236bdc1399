import { describe, expect, it } from 'vitest';
import { canonical, loadModel, parseText } from './nlp.ts';
import { countWords } from './text.ts';

describe('nlp wrapper', () => {
  it('loads the model once and parses tokens, lemmas, POS and sentences', () => {
    loadModel();
    loadModel();
    const parsed = parseText("I reduced wait times. We didn't stop.\n\nThe U.S. H-1B visa");
    expect(parsed.sentences.map((s) => s.text)).toEqual([
      'I reduced wait times.',
      "We didn't stop.",
      'The U.S. H-1B visa',
    ]);
    const reduced = parsed.tokens.find((t) => t.value === 'reduced');
    expect(reduced?.lemma).toBe('reduce');
    expect(reduced?.pos).toBe('VERB');
    expect(parsed.tokens.find((t) => t.value === "n't")?.normal).toBe('not');
    expect(parsed.tokens.find((t) => t.value === 'U.S.')?.normal).toBe('us');
    expect(parsed.tokens.find((t) => t.value === 'H-1B')?.normal).toBe('h1b');
  });

  it('finds numeric entities with token spans', () => {
    const parsed = parseText('We cut no-shows by 30% in 2022.');
    const types = parsed.entities.map((e) => e.type);
    expect(types).toContain('PERCENT');
    for (const entity of parsed.entities) expect(entity.end).toBeGreaterThan(entity.start);
  });

  it('canonicalises abbreviations and codes but leaves words alone', () => {
    expect(canonical('u.s.')).toBe('us');
    expect(canonical('j-1')).toBe('j1');
    expect(canonical('well-trained')).toBe('well-trained');
    expect(canonical('patient')).toBe('patient');
  });

  it('never throws on empty or odd input', () => {
    expect(parseText('').tokens).toEqual([]);
    expect(parseText('').sentences).toEqual([]);
    expect(() => parseText('\uD800\u0000 😀')).not.toThrow();
  });
});

describe('countWords', () => {
  it('counts whitespace-separated chunks with a letter or digit, as a hand count does', () => {
    expect(countWords("I didn't stop — well-trained, 24/7!")).toBe(5); // the dash is not a word
    expect(countWords('   ')).toBe(0);
    expect(countWords('नमस्ते दुनिया')).toBe(2);
  });
});
