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

/**
 * The answer from the first token of `from` to the last of `to` (exclusive), sliced from the
 * answer itself, so a quote is always a verbatim piece of what was said, whatever characters it
 * holds (issue 12; normalisation happens once, in nlp.ts `analysisText`).
 */
export function span(parsed: ParsedText, from: number, to: number): string {
  const first = parsed.tokens[from];
  const last = parsed.tokens[to - 1];
  if (first === undefined || last === undefined || last.end < first.start) return '';
  return parsed.source.slice(first.start, last.end).trim();
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
  const text = sentence.text;
  if (text.length <= MAX_QUOTE_CHARS) return text;
  const start = focusStart ?? sentence.start;
  const end = focusEnd ?? start + 1;
  const from = Math.max(sentence.start, start - WINDOW_TOKENS);
  const to = Math.min(sentence.end, end + WINDOW_TOKENS);
  const excerpt = span(parsed, from, to);
  return `${from > sentence.start ? '…' : ''}${excerpt}${to < sentence.end ? '…' : ''}`;
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
