// Fillers and hedges (docs/sources.md#disfluency-norms, #asr-filler-stripping). Multi-word fillers
// are matched on the token stream; discourse fillers count only in filler contexts ("like" as a
// verb or preposition is not one). Hedges are found first so "I feel like" is a hedge, not a
// filler. O(tokens + matches).

import type { FillerCount, PhraseCount } from '../../vocabulary/interview.ts';
import {
  ALWAYS_FILLERS,
  FILLED_PAUSES,
  HEDGES,
  I_MEAN,
  LIKE_VETO_PREV,
  YOU_KNOW_VETO_NEXT,
  YOU_KNOW_VETO_PREV,
} from './lexicons.ts';
import type { Token } from './nlp.ts';
import { findAll, type TextIndex } from './phrases.ts';
import { byCountThenPhrase, isWordToken } from './text.ts';

export interface FillerAnalysis {
  readonly fillers: readonly FillerCount[];
  readonly filledPauses: number;
  readonly discourse: number;
  /** Filler count per sentence index, for quoting the densest sentence. */
  readonly bySentence: ReadonlyMap<number, number>;
  readonly hedges: readonly PhraseCount[];
  readonly hedgeCount: number;
  /** Sentence index of the first hedge, or null. */
  readonly firstHedgeSentence: number | null;
}

const PAUSE_PUNCTUATION = new Set([',', '—', '–', '...', '…', ';']);
const SO_VETO_NEXT = new Set(['many', 'much', 'far', 'that', 'long', 'few', 'often', 'called']);
const WELL_VETO_NEXT = new Set(['known', 'established', 'being', 'done', '-']);

function isPause(token: Token | undefined): boolean {
  return token !== undefined && PAUSE_PUNCTUATION.has(token.value);
}

function isFilledPause(token: Token, previous: Token | undefined): boolean {
  if (!FILLED_PAUSES.has(token.normal)) return false;
  if (token.normal === 'er' && token.value === 'ER') return false; // emergency room
  if (token.normal.startsWith('mm') && previous?.type === 'number') return false; // millimetres
  return true;
}

/** "like" as a discourse filler: between pauses, or before an adverb/adjective/number ("like, really"). */
function isFillerLike(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (isPause(prev) && isPause(next)) return true;
  const self = tokens[k];
  if (self === undefined || self.pos === 'VERB') return false;
  if (prev !== undefined && LIKE_VETO_PREV.has(prev.normal)) return false;
  if (isPause(prev) || isPause(next)) return true;
  if (next === undefined) return false;
  return (
    next.pos === 'ADV' ||
    next.pos === 'ADJ' ||
    next.pos === 'NUM' ||
    next.pos === 'INTJ' ||
    FILLED_PAUSES.has(next.normal)
  );
}

export function analyseFillers(index: TextIndex, fillersMeasured: boolean): FillerAnalysis {
  const { tokens, sentences } = index.parsed;
  const claimed = new Set<number>();
  const counts = new Map<string, { count: number; kind: FillerCount['kind'] }>();
  const bySentence = new Map<number, number>();
  const claim = (start: number, end: number): boolean => {
    for (let k = start; k < end; k += 1) if (claimed.has(k)) return false;
    for (let k = start; k < end; k += 1) claimed.add(k);
    return true;
  };
  const record = (phrase: string, kind: FillerCount['kind'], sentence: number): void => {
    const entry = counts.get(phrase) ?? { count: 0, kind };
    counts.set(phrase, { count: entry.count + 1, kind });
    bySentence.set(sentence, (bySentence.get(sentence) ?? 0) + 1);
  };

  const hedgeCounts = new Map<string, number>();
  let hedgeCount = 0;
  let firstHedgeSentence: number | null = null;
  for (const match of findAll(index, HEDGES)) {
    if (!claim(match.start, match.end)) continue;
    firstHedgeSentence ??= match.sentence;
    hedgeCounts.set(match.phrase, (hedgeCounts.get(match.phrase) ?? 0) + 1);
    hedgeCount += 1;
  }

  for (const token of tokens) {
    if (!isFilledPause(token, tokens[token.index - 1])) continue;
    claimed.add(token.index);
    if (fillersMeasured) record(token.normal, 'filled-pause', token.sentence);
  }

  for (const match of findAll(index, [...ALWAYS_FILLERS, ...I_MEAN])) {
    if (match.phrase === 'you know') {
      const prev = tokens[match.start - 1];
      const next = tokens[match.end];
      if (prev !== undefined && YOU_KNOW_VETO_PREV.has(prev.normal)) continue;
      if (next !== undefined && YOU_KNOW_VETO_NEXT.has(next.normal)) continue;
    }
    if (claim(match.start, match.end)) record(match.phrase, 'discourse', match.sentence);
  }

  for (const token of tokens) {
    if (token.normal !== 'like' || claimed.has(token.index)) continue;
    if (isFillerLike(tokens, token.index) && claim(token.index, token.index + 1)) {
      record('like', 'discourse', token.sentence);
    }
  }

  for (const sentence of sentences) {
    let k = sentence.start;
    while (k < sentence.end) {
      const token = tokens[k];
      if (token === undefined || (isWordToken(token) && !FILLED_PAUSES.has(token.normal))) break;
      k += 1;
    }
    const first = tokens[k];
    const next = tokens[k + 1];
    if (first === undefined || claimed.has(k) || k >= sentence.end) continue;
    const vetoed =
      first.normal === 'so'
        ? next !== undefined && (SO_VETO_NEXT.has(next.normal) || next.pos === 'ADJ')
        : next !== undefined && (WELL_VETO_NEXT.has(next.normal) || next.pos === 'ADJ');
    if ((first.normal === 'so' || first.normal === 'well') && !vetoed && claim(k, k + 1)) {
      record(first.normal, 'discourse', sentence.index);
    }
  }

  for (const token of tokens) {
    const next = tokens[token.index + 1];
    if (token.normal !== 'right' || next?.value !== '?' || claimed.has(token.index)) continue;
    if (isPause(tokens[token.index - 1]) && claim(token.index, token.index + 1)) {
      record('right?', 'discourse', token.sentence);
    }
  }

  const fillers = [...counts.entries()]
    .map(([phrase, { count, kind }]) => ({ phrase, count, kind }))
    .sort(byCountThenPhrase);
  const hedges = [...hedgeCounts.entries()]
    .map(([phrase, count]) => ({ phrase, count }))
    .sort(byCountThenPhrase);
  let filledPauses = 0;
  let discourse = 0;
  for (const filler of fillers) {
    if (filler.kind === 'filled-pause') filledPauses += filler.count;
    else discourse += filler.count;
  }
  return { fillers, filledPauses, discourse, bySentence, hedges, hedgeCount, firstHedgeSentence };
}
