// Who did it: first-person subjects followed by a verb ("I called", "we decided") mark action
// sentences; the I/we balance inside them feeds the STAR report and the we-instead-of-i check.
import { FIRST_PERSON_PLURAL, FIRST_PERSON_SINGULAR, SUBJECT_PRONOUNS } from './lexicons.ts';
import type { ParsedText, Sentence, Token } from './nlp.ts';

export interface ActionSentence {
  readonly sentence: Sentence;
  /** The sentence has a past-tense verb after the subject ("I called"), i.e. narrated action. */
  readonly past: boolean;
  readonly iCount: number;
  readonly weCount: number;
}

const VERB_WINDOW = 4;

/** "US" and "U.S." are the country, not the pronoun. */
function isCountry(token: Token): boolean {
  return token.normal === 'us' && (token.value === 'US' || token.value.includes('.'));
}

export function isSingular(token: Token): boolean {
  return FIRST_PERSON_SINGULAR.has(token.normal);
}

export function isPlural(token: Token): boolean {
  return FIRST_PERSON_PLURAL.has(token.normal) && !isCountry(token);
}

/**
 * Past tense without a fine-grained tag: a verb whose form differs from its lemma and is neither
 * a gerund nor a third-person present ("reduced", "went", but not "reducing" or "reduces").
 */
export function isPastVerb(token: Token): boolean {
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  if (token.normal === token.lemma) return false;
  if (token.normal.endsWith('ing')) return false;
  if (token.normal === `${token.lemma}s` || token.normal === `${token.lemma}es`) return false;
  return !['am', 'is', 'are', "'m", "'re", "'s", 'has'].includes(token.normal);
}

/** Sentences in which I/we act, with the I/we counts of each. O(tokens). */
export function actionSentences(parsed: ParsedText): readonly ActionSentence[] {
  const result: ActionSentence[] = [];
  for (const sentence of parsed.sentences) {
    let acts = false;
    let past = false;
    let iCount = 0;
    let weCount = 0;
    for (let k = sentence.start; k < sentence.end; k += 1) {
      const token = parsed.tokens[k];
      if (token === undefined) continue;
      if (isSingular(token)) iCount += 1;
      if (isPlural(token)) weCount += 1;
      if (!SUBJECT_PRONOUNS.has(token.normal)) continue;
      for (let j = k + 1; j <= k + VERB_WINDOW && j < sentence.end; j += 1) {
        const next = parsed.tokens[j];
        if (next === undefined || next.pos === 'PUNCT') break;
        if (next.pos === 'VERB') {
          acts = true;
          past ||= isPastVerb(next) || (j > k + 1 && isPastVerb(parsed.tokens[j - 1] ?? next));
          break;
        }
      }
    }
    if (acts) result.push({ sentence, past, iCount, weCount });
  }
  return result;
}
