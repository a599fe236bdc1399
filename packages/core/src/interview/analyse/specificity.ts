// Specificity, repeated words (as Interview Warmup reports them,
// docs/sources.md#google-interview-warmup) and program fit. The lite model's NER finds numbers,
// dates and durations but not names, so names are runs of proper nouns (places, people,
// institutions, months, exams such as "Step 2 CK"). Date words without a number ("every day",
// "morning") are not specific and are not counted. O(tokens).

import type { PhraseCount, ProgramFit, Specificity } from '../../vocabulary/interview.ts';
import { CONCRETE_EXAMPLES, FILLED_PAUSES } from './lexicons.ts';
import type { Token } from './nlp.ts';
import { findAll, findPhrase, type TextIndex } from './phrases.ts';
import { byCountThenPhrase, isWordToken, per100, span } from './text.ts';

export interface SpecificityAnalysis {
  readonly specificity: Specificity;
  /** Sentence indices with at least one specific (number, name, example). */
  readonly specificSentences: ReadonlySet<number>;
}

const NOT_NAMES = new Set([
  'so',
  'well',
  'okay',
  'ok',
  'like',
  'yes',
  'no',
  'hi',
  'hello',
  'thanks',
]);
const MAX_SPECIFICS = 10;

function isNumber(token: Token): boolean {
  return isWordToken(token) && (token.type === 'number' || token.pos === 'NUM');
}

function isNamePart(token: Token, inRun: boolean): boolean {
  if (!isWordToken(token) || token.type === 'number') return false;
  if (token.normal === 'i' || token.normal.startsWith("i'") || FILLED_PAUSES.has(token.normal)) {
    return false;
  }
  if (NOT_NAMES.has(token.normal)) return false;
  if (token.pos === 'PROPN') return true;
  return inRun && token.pos === 'NOUN' && (token.isTitleCase || token.isUpperCase);
}

export function analyseSpecificity(index: TextIndex, words: number): SpecificityAnalysis {
  const { tokens } = index.parsed;
  const found: { start: number; text: string; sentence: number }[] = [];
  const push = (start: number, end: number): void => {
    const first = tokens[start];
    if (first === undefined) return;
    const text = span(index.parsed, start, end);
    found.push({ start, text, sentence: first.sentence });
  };

  let numbers = 0;
  let names = 0;
  for (let k = 0; k < tokens.length; ) {
    const token = tokens[k];
    if (token === undefined) break;
    let end = k;
    if (isNumber(token)) {
      while (tokens[end] !== undefined && isNumber(tokens[end] as Token)) end += 1;
      numbers += 1;
      push(k, end);
    } else if (isNamePart(token, false)) {
      end = k + 1;
      while (tokens[end] !== undefined && isNamePart(tokens[end] as Token, true)) end += 1;
      names += 1;
      push(k, end);
    }
    k = Math.max(end, k + 1);
  }
  const examples = findAll(index, CONCRETE_EXAMPLES);
  for (const match of examples) push(match.start, match.end);

  found.sort((a, b) => a.start - b.start);
  const specifics: string[] = [];
  for (const item of found) {
    if (specifics.length < MAX_SPECIFICS && !specifics.includes(item.text))
      specifics.push(item.text);
  }
  return {
    specificity: {
      numbers,
      namedEntities: names,
      concreteExamples: examples.length,
      numbersPer100Words: per100(numbers, words),
      namedEntitiesPer100Words: per100(names, words),
      concreteExamplesPer100Words: per100(examples.length, words),
      specifics,
    },
    specificSentences: new Set(found.map((item) => item.sentence)),
  };
}

const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN']);
const LIGHT_LEMMAS = new Set(['be', 'have', 'do', 'get', 'basically', 'actually', 'literally']);

/** Non-stopword lemmas used at least `minCount` times, most used first. */
export function repeatedWords(index: TextIndex, minCount: number): readonly PhraseCount[] {
  const counts = new Map<string, number>();
  for (const token of index.parsed.tokens) {
    if (!isWordToken(token) || token.isStopWord || !CONTENT_POS.has(token.pos)) continue;
    if (token.type !== 'word' || token.lemma.length < 3 || LIGHT_LEMMAS.has(token.lemma)) continue;
    if (FILLED_PAUSES.has(token.normal)) continue;
    counts.set(token.lemma, (counts.get(token.lemma) ?? 0) + 1);
  }
  // A sentence-initial "Patients" may be tagged a proper noun and keep its plural form.
  for (const [lemma, count] of [...counts]) {
    const singular = lemma.endsWith('s') ? lemma.slice(0, -1) : '';
    const base = counts.get(singular);
    if (base === undefined) continue;
    counts.set(singular, base + count);
    counts.delete(lemma);
  }
  return [...counts.entries()]
    .filter(([, count]) => count >= minCount)
    .map(([phrase, count]) => ({ phrase, count }))
    .sort(byCountThenPhrase);
}

/** Which of the user's program-profile keywords the answer mentions. */
export function programFit(index: TextIndex, keywords: readonly string[]): ProgramFit {
  const mentioned: string[] = [];
  const missing: string[] = [];
  for (const keyword of keywords) {
    const phrase = keyword.trim().toLowerCase();
    if (phrase === '' || mentioned.includes(phrase) || missing.includes(phrase)) continue;
    (findPhrase(index, phrase).length > 0 ? mentioned : missing).push(phrase);
  }
  return { mentioned, missing };
}
