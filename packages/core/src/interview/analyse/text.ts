import type { ParsedText, Sentence, Token } from './nlp.ts';

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words as a listener hears them: whitespace-separated chunks that contain a letter or digit
 * ("didn't" and "well-trained" are one word each, "—" is none). This is what a hand count gives,
 * so words per minute can be checked by hand.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const chunk of text.split(/\s+/u)) if (HAS_LETTER_OR_DIGIT.test(chunk)) count += 1;
  return count;
}

/** A token that carries a word (not punctuation, emoji, symbol or whitespace). */
export function isWordToken(token: Token): boolean {
  return (
    token.type !== 'punctuation' &&
    token.type !== 'tabCRLF' &&
    token.pos !== 'PUNCT' &&
    HAS_LETTER_OR_DIGIT.test(token.value)
  );
}

/** Spoken words of a sentence, counting "did" + "n't" as one word. */
export function sentenceWordCount(parsed: ParsedText, sentence: Sentence): number {
  let count = 0;
  for (let k = sentence.start; k < sentence.end; k += 1) {
    const token = parsed.tokens[k];
    if (token === undefined || !isWordToken(token)) continue;
    const attached = token.spaceBefore === '' && /^['’]/u.test(token.value);
    if (!attached) count += 1;
  }
  return count;
}

/** Sentences that contain at least one word. */
export function spokenSentences(parsed: ParsedText): readonly Sentence[] {
  return parsed.sentences.filter((sentence) => {
    for (let k = sentence.start; k < sentence.end; k += 1) {
      const token = parsed.tokens[k];
      if (token !== undefined && isWordToken(token)) return true;
    }
    return false;
  });
}

const MAX_QUOTE_CHARS = 300;
const WINDOW_TOKENS = 14;

function joinTokens(parsed: ParsedText, from: number, to: number): string {
  let text = '';
  for (let k = from; k < to; k += 1) {
    const token = parsed.tokens[k];
    if (token === undefined) continue;
    text += (k === from ? '' : token.spaceBefore) + token.value;
  }
  return text;
}

/**
 * The sentence, verbatim. A very long sentence (an unpunctuated transcript) is cut to a window
 * around the tokens that matter, marked with "…".
 */
export function quote(
  parsed: ParsedText,
  sentenceIndex: number,
  focusStart?: number,
  focusEnd?: number,
): string {
  const sentence = parsed.sentences[sentenceIndex];
  if (sentence === undefined) return '';
  const text = sentence.text.trim();
  if (text.length <= MAX_QUOTE_CHARS) return verbatim(parsed.source, text);
  const start = focusStart ?? sentence.start;
  const end = focusEnd ?? start + 1;
  const from = Math.max(sentence.start, start - WINDOW_TOKENS);
  const to = Math.min(sentence.end, end + WINDOW_TOKENS);
  const excerpt = verbatim(parsed.source, joinTokens(parsed, from, to).trim());
  return `${from > sentence.start ? '…' : ''}${excerpt}${to < sentence.end ? '…' : ''}`;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * The tokeniser rebuilds text with runs of whitespace shortened; find the same words in the
 * answer with its own whitespace, so that evidence is always a verbatim piece of what was said.
 */
function verbatim(source: string, rebuilt: string): string {
  if (rebuilt === '' || source.includes(rebuilt)) return rebuilt;
  const chunks = rebuilt.split(/\s+/u).filter((chunk) => chunk !== '');
  const pattern = new RegExp(chunks.map((c) => c.replace(REGEX_SPECIAL, '\\$&')).join('\\s+'), 'u');
  return pattern.exec(source)?.[0] ?? rebuilt;
}

/** Rounds to one decimal place, for figures shown to people. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Occurrences per 100 words, 0 for an empty answer. */
export function per100(count: number, words: number): number {
  return words === 0 ? 0 : round1((count / words) * 100);
}

/** Highest count first, then alphabetical by code unit (locale-independent, so deterministic). */
export function byCountThenPhrase(
  a: { readonly count: number; readonly phrase: string },
  b: { readonly count: number; readonly phrase: string },
): number {
  if (b.count !== a.count) return b.count - a.count;
  if (a.phrase === b.phrase) return 0;
  return a.phrase < b.phrase ? -1 : 1;
}
