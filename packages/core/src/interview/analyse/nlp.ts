// The one place that touches wink-nlp (MIT, winkjs.org) and its English lite web model. It turns a
// text into plain, readonly arrays (tokens, sentences, entities) that the rest of the analyser reads;
// one readDoc per answer, O(n) in tokens.
//
// Import style: both packages are CommonJS (`module.exports = fn/obj`). A default import works under
// Node ESM (tsx, vitest) and under Vite/esbuild, which wrap CommonJS in an ES module whose default
// export is `module.exports`. The model's data are JSON files `require`d by the model itself, so a
// bundler inlines them; nothing is fetched at run time.

import model from 'wink-eng-lite-web-model';
import winkNLP, {
  type ItemEntity,
  type ItemSentence,
  type ItsFunction,
  type PartOfSpeech,
  type Tokens,
  type WinkMethods,
} from 'wink-nlp';

export type { PartOfSpeech };

export interface Token {
  readonly index: number;
  /** The token exactly as written. */
  readonly value: string;
  /** Lower-case canonical form: "U.S." → "us", "H-1B" → "h1b", "n't" → "not". */
  readonly normal: string;
  /** Lower-case lemma ("reduced" → "reduce"). */
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  /** wink's token type: word, number, punctuation, emoji, symbol, unk, tabCRLF … */
  readonly type: string;
  readonly isUpperCase: boolean;
  readonly isTitleCase: boolean;
  readonly isStopWord: boolean;
  /** Whitespace before the token in the original text. */
  readonly spaceBefore: string;
  readonly sentence: number;
  /** UTF-16 offsets of the token in the answer as given (`source.slice(start, end)`). */
  readonly start: number;
  readonly end: number;
  /**
   * In the scope of a negation ("not", "never", "n't", "no", "nobody"): wink's negation flag,
   * narrowed to the clause (it ends at "and"/"but" or after six tokens), so "doctors are not
   * respected and the hospitals are a disgrace" negates "respected" but not "disgrace".
   */
  readonly negated: boolean;
}

export interface Sentence {
  readonly index: number;
  /** First token index (inclusive). */
  readonly start: number;
  /** Last token index (exclusive). */
  readonly end: number;
  /** Verbatim text of the sentence as it appears in the answer (a slice of `source`). */
  readonly text: string;
  /** wink's sentence sentiment, −1 … 1. Used only to target red-flag checks, never reported. */
  readonly sentiment: number;
}

export interface Entity {
  readonly text: string;
  /** DATE, TIME, DURATION, CARDINAL, ORDINAL, MONEY, PERCENT, EMAIL, URL … */
  readonly type: string;
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

export interface ParsedText {
  /** The text as given; token offsets and quotes refer to it. */
  readonly source: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
}

let instance: WinkMethods | null = null;

/** Loads the model on first use (≈100–150 ms once); later calls reuse it. */
function nlp(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}

/** Loads the model now rather than on the first analysis. */
export function loadModel(): void {
  nlp();
}

/**
 * wink-nlp 2.4.0 declares `its.lemma(index, rdd, addons)`, which is not assignable to
 * `ItsFunction<string>` under `strict` (TS2345), although `.out()` calls it correctly at run time
 * (docs/sources.md#wink-nlp). `.out()` is also typed as returning `T[] | string[]`. Both casts live
 * here.
 */
function outAll<T>(tokens: Tokens, its: unknown): readonly T[] {
  return tokens.out(its as ItsFunction<T>) as T[];
}

const ABBREVIATION = /^(?:\p{L}\.){2,}$/u;
const HYPHENATED_CODE = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;

/** Canonical lower-case form shared by answer tokens and lexicon phrases. */
export function canonical(lowerCase: string): string {
  if (ABBREVIATION.test(lowerCase)) return lowerCase.replaceAll('.', '');
  if (HYPHENATED_CODE.test(lowerCase) && /\d/.test(lowerCase)) return lowerCase.replaceAll('-', '');
  return lowerCase;
}

function spanOf(value: unknown): readonly [number, number] {
  if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number') {
    return [value[0], value[1]];
  }
  return [0, -1];
}

/**
 * Control, format and separator characters (vertical tab, NUL, BOM, U+2028, U+0085, zero-width
 * joiners, non-ASCII spaces) and lone surrogates. wink drops some of them and keeps others, so
 * text rebuilt from its tokens is not a piece of the answer (issue 12).
 */
const HOSTILE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Zs}]/gu;
const KEPT = new Set(['\t', '\n', '\r', ' ']);

/**
 * The one normalisation step of the analyser: every hostile character becomes spaces, code unit
 * for code unit, so the result has the same length as the answer and an offset into it is an
 * offset into the answer. Everything downstream reads tokens; quotes are sliced from the answer.
 */
export function analysisText(source: string): string {
  return source.replace(HOSTILE, (c) => (KEPT.has(c) ? c : ' '.repeat(c.length)));
}

/**
 * Offsets of each token in the analysis text, found in order. A token wink rewrote (not found
 * from the cursor) gets an empty span at the cursor, so it never widens a quote.
 */
function tokenOffsets(text: string, values: readonly string[]): Int32Array {
  const offsets = new Int32Array(values.length * 2);
  let cursor = 0;
  values.forEach((value, k) => {
    const at = value === '' ? -1 : text.indexOf(value, cursor);
    const start = at === -1 ? cursor : at;
    const end = at === -1 ? cursor : at + value.length;
    offsets[2 * k] = start;
    offsets[2 * k + 1] = end;
    cursor = end;
  });
  return offsets;
}

/** How many tokens after its cue a negation reaches ("never gave up"). */
const NEGATION_REACH = 6;
/** Denied speech or belief ("I am not saying…", "I don't think…") negates its whole clause. */
const CLAUSE_NEGATING_VERBS = new Set([
  'say',
  'think',
  'believe',
  'mean',
  'claim',
  'suggest',
  'feel',
]);

/** wink marks every token from a negation cue to the next punctuation; keep only its clause. */
function narrowNegation(
  flags: readonly boolean[],
  tags: readonly PartOfSpeech[],
  lemmas: readonly string[],
  sentenceOf: Int32Array,
): boolean[] {
  const out: boolean[] = new Array(flags.length).fill(false);
  let cue = -1;
  let reach = NEGATION_REACH;
  for (let k = 0; k < flags.length; k += 1) {
    if (!flags[k]) {
      cue = -1;
      continue;
    }
    if (cue === -1 || (cue >= 0 && sentenceOf[k] !== sentenceOf[cue])) {
      cue = k - 1;
      const head = (lemmas[k] ?? '').toLowerCase();
      reach = CLAUSE_NEGATING_VERBS.has(head) ? Number.POSITIVE_INFINITY : NEGATION_REACH;
    }
    const tag = tags[k];
    if (tag === 'CCONJ' || tag === 'SCONJ') cue = -2; // the clause ended: nothing after is negated
    out[k] = cue >= 0 && k - cue <= reach;
  }
  return out;
}

/** Tokenises, tags and splits a text. Never throws for any string input. */
export function parseText(source: string): ParsedText {
  const winkApi = nlp();
  const its = winkApi.its;
  const text = analysisText(source);
  const doc = winkApi.readDoc(text);
  const all = doc.tokens();
  const values = outAll<string>(all, its.value);
  const normals = outAll<string>(all, its.normal);
  const lemmas = outAll<string>(all, its.lemma);
  const tags = outAll<PartOfSpeech>(all, its.pos);
  const types = outAll<string>(all, its.type);
  const cases = outAll<string>(all, its.case);
  const stops = outAll<boolean>(all, its.stopWordFlag);
  const spaces = outAll<string>(all, its.precedingSpaces);
  const negationFlags = outAll<boolean>(all, its.negationFlag);

  const offsets = tokenOffsets(text, values);
  const sentenceOf = new Int32Array(values.length);
  const sentences: Sentence[] = [];
  doc.sentences().each((item: ItemSentence) => {
    const [first, last] = spanOf(item.out(its.span));
    if (last < first) return;
    const index = sentences.length;
    for (let k = first; k <= last; k += 1) sentenceOf[k] = index;
    const sentiment = Number(item.out(its.sentiment));
    sentences.push({
      index,
      start: first,
      end: last + 1,
      text: source.slice(offsets[2 * first], offsets[2 * last + 1]).trim(),
      sentiment: Number.isFinite(sentiment) ? sentiment : 0,
    });
  });

  const negated = narrowNegation(negationFlags, tags, lemmas, sentenceOf);
  const tokens: Token[] = values.map((value, index) => ({
    index,
    value,
    normal: canonical(normals[index] ?? value.toLowerCase()),
    lemma: canonical((lemmas[index] ?? value).toLowerCase()),
    pos: tags[index] ?? 'X',
    type: types[index] ?? 'unk',
    isUpperCase: cases[index] === 'upperCase',
    isTitleCase: cases[index] === 'titleCase',
    isStopWord: stops[index] ?? false,
    spaceBefore: spaces[index] ?? '',
    sentence: sentenceOf[index] ?? 0,
    start: offsets[2 * index] ?? 0,
    end: offsets[2 * index + 1] ?? 0,
    negated: negated[index] ?? false,
  }));

  const entities: Entity[] = [];
  doc.entities().each((item: ItemEntity) => {
    const [first, last] = spanOf(item.out(its.span));
    if (last < first) return;
    entities.push({
      text: item.out(),
      type: String(item.out(its.type)),
      start: first,
      end: last + 1,
    });
  });

  return { source, tokens, sentences, entities };
}
