// Phrase matching on the token stream (never word-by-word on split text,
// docs/sources.md#filler-matching-pitfalls, so "you know" and "back home" are found, and "usce"
// never matches inside another word). Phrases are tokenised by the same wink pipeline as answers,
// so contractions ("didn't" → did + not), codes ("H-1B") and abbreviations ("U.S.") line up.
// Matching is O(occurrences of the first word).
import { type ParsedText, parseText, type Token } from './nlp.ts';

/** A phrase, optionally vetoed by the word right after or right before it. */
export interface LexiconEntry {
  readonly phrase: string;
  /** Lower-case words that, directly after the phrase, mean it is not this use ("pay attention"). */
  readonly unlessNext?: readonly string[];
  readonly unlessPrev?: readonly string[];
}
export type Lexicon = readonly (string | LexiconEntry)[];

export interface PhraseMatch {
  /** The lexicon phrase that matched (lower case). */
  readonly phrase: string;
  /** First token index (inclusive). */
  readonly start: number;
  /** Last token index (exclusive). */
  readonly end: number;
  readonly sentence: number;
  /**
   * The matched words are in the scope of a negation ("not respected", "not about the money"), and
   * the phrase itself carries none ("not my fault" is never negated by its own "not").
   */
  readonly negated: boolean;
}

const NEGATION_WORDS = new Set([
  'not',
  'no',
  'never',
  'nobody',
  'nothing',
  'none',
  'without',
  'nor',
]);

interface PhraseToken {
  readonly normal: string;
  readonly lemma: string;
}

interface CompiledPhrase {
  readonly source: string;
  readonly tokens: readonly PhraseToken[];
  readonly hasNegation: boolean;
}

/** Tokens that do not take part in phrase matching: hyphens inside words and line breaks. */
function isSkipped(token: Token): boolean {
  return token.type === 'tabCRLF' || /^[-‐‑]$/u.test(token.value);
}

/** An answer's tokens arranged for phrase look-up. Build once per answer. */
export interface TextIndex {
  readonly parsed: ParsedText;
  /** Token indices taking part in matching, in order. */
  readonly stream: readonly number[];
  /** Position in `stream` of each token index (−1 for skipped tokens). */
  readonly positionOf: Int32Array;
  /** Stream positions by normal form and by lemma. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
}

export function indexText(parsed: ParsedText): TextIndex {
  const stream: number[] = [];
  const positionOf = new Int32Array(parsed.tokens.length).fill(-1);
  const byKey = new Map<string, number[]>();
  const add = (key: string, position: number): void => {
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  };
  for (const token of parsed.tokens) {
    if (isSkipped(token)) continue;
    const position = stream.length;
    positionOf[token.index] = position;
    stream.push(token.index);
    add(token.normal, position);
    add(token.lemma, position);
  }
  return { parsed, stream, positionOf, byKey };
}

const MAX_CACHED_PHRASES = 20_000;
const compiled = new Map<string, CompiledPhrase>();

/** Memoised: the same phrase (lexicons, bank synonyms) is tokenised once per process. */
function compile(phrase: string): CompiledPhrase {
  const cached = compiled.get(phrase);
  if (cached !== undefined) return cached;
  const tokens = parseText(phrase.toLowerCase())
    .tokens.filter((token) => !isSkipped(token) && token.type !== 'punctuation')
    .map((token) => ({ normal: token.normal, lemma: token.lemma }));
  const hasNegation = tokens.some((token) => NEGATION_WORDS.has(token.normal));
  const result: CompiledPhrase = { source: phrase, tokens, hasNegation };
  if (compiled.size >= MAX_CACHED_PHRASES) compiled.clear();
  compiled.set(phrase, result);
  return result;
}

function sameStem(a: string, b: string): boolean {
  return a.slice(0, 3) === b.slice(0, 3);
}

/**
 * A phrase word matches an answer token with the same normal form, or an inflection of it
 * ("patients" for "patient", "sponsored" for "sponsor"). Lemma equality alone is not enough:
 * "better" and "good" share a lemma but not a stem.
 */
function tokenMatches(token: Token, word: PhraseToken): boolean {
  if (token.normal === word.normal) return true;
  if (!sameStem(token.normal, word.normal)) return false;
  if (token.lemma === word.normal || token.normal === word.lemma || token.lemma === word.lemma) {
    return true;
  }
  // A sentence-initial "Patients" is often tagged a proper noun and left unlemmatised.
  return token.normal === `${word.normal}s` || token.normal === `${word.normal}es`;
}

function entryOf(item: string | LexiconEntry): LexiconEntry {
  return typeof item === 'string' ? { phrase: item } : item;
}

function tokenAt(index: TextIndex, position: number): Token | undefined {
  const tokenIndex = index.stream[position];
  return tokenIndex === undefined ? undefined : index.parsed.tokens[tokenIndex];
}

/** Every occurrence of one phrase, in text order. Matches never cross a sentence boundary. */
export function findPhrase(index: TextIndex, item: string | LexiconEntry): PhraseMatch[] {
  const entry = entryOf(item);
  const phrase = compile(entry.phrase);
  const first = phrase.tokens[0];
  if (first === undefined) return [];
  const candidates = new Set<number>([
    ...(index.byKey.get(first.normal) ?? []),
    ...(index.byKey.get(first.lemma) ?? []),
  ]);
  const matches: PhraseMatch[] = [];
  for (const position of [...candidates].sort((a, b) => a - b)) {
    const head = tokenAt(index, position);
    if (head === undefined) continue;
    let ok = true;
    for (let k = 0; k < phrase.tokens.length && ok; k += 1) {
      const token = tokenAt(index, position + k);
      const word = phrase.tokens[k];
      ok =
        token !== undefined &&
        word !== undefined &&
        token.sentence === head.sentence &&
        tokenMatches(token, word);
    }
    if (!ok) continue;
    const last = tokenAt(index, position + phrase.tokens.length - 1);
    const next = tokenAt(index, position + phrase.tokens.length);
    const prev = tokenAt(index, position - 1);
    if (next !== undefined && entry.unlessNext?.includes(next.normal)) continue;
    if (prev !== undefined && entry.unlessPrev?.includes(prev.normal)) continue;
    let negated = false;
    for (let k = 0; k < phrase.tokens.length && !phrase.hasNegation; k += 1) {
      negated ||= tokenAt(index, position + k)?.negated === true;
    }
    matches.push({
      negated,
      phrase: entry.phrase,
      start: head.index,
      end: (last?.index ?? head.index) + 1,
      sentence: head.sentence,
    });
  }
  return matches;
}

/** Every occurrence of every phrase of a lexicon, in text order (earliest start first). */
export function findAll(index: TextIndex, lexicon: Lexicon): PhraseMatch[] {
  return lexicon
    .flatMap((item) => findPhrase(index, item))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Like findAll, without the matches a negation denies ("I am not saying it is corrupt"). */
export function findAffirmed(index: TextIndex, lexicon: Lexicon): PhraseMatch[] {
  return findAll(index, lexicon).filter((match) => !match.negated);
}
