// Talking-point coverage (Interview Warmup's model, docs/sources.md#google-interview-warmup): a
// point is covered when one of its synonyms, or a paraphrase of one (paraphrases.ts), occurs as a
// whole token sequence (by form or inflection) in a sentence that says something: not negated
// ("doctors are not respected" is no respect), in a clause with a verb, and not a bare list of
// keywords (decision 035). The sentence that covers it is quoted. O(synonyms × occurrences).
import type { TalkingPoint, TalkingPointResult } from '../../vocabulary/interview.ts';
import { type Paraphrase, paraphrasesOf } from './paraphrases.ts';
import { findAll, findPhrase, type Lexicon, type PhraseMatch, type TextIndex } from './phrases.ts';
import { HOME_MENTIONS } from './red-flag-lexicons.ts';
import { isWordToken, quote } from './text.ts';

/**
 * A sentence that touches this many points at once, mostly in keywords, is a keyword list
 * ("I want supervision, feedback, observership, respect and a career."), not an answer.
 */
const LIST_MIN_POINTS = 3;
const LIST_MIN_KEYWORD_SHARE = 0.5;
/** A verbless run of at least this many words is a list, not a sentence. */
const MIN_LIST_WORDS = 4;

/** Where a sentence is about the applicant's home system (for "the hospitals at home taught me"). */
const HOME_CONTEXT: Lexicon = [
  ...HOME_MENTIONS,
  'home',
  'my medical school',
  'my university',
  'my teachers',
  'my professors',
  'where i trained',
];

function phrasesOf(point: TalkingPoint): Paraphrase[] {
  const phrases = new Map<string, Paraphrase>();
  for (const synonym of point.synonyms) {
    const trimmed = synonym.trim();
    if (trimmed === '') continue;
    phrases.set(trimmed, trimmed);
    for (const paraphrase of paraphrasesOf(trimmed)) {
      const key = typeof paraphrase === 'string' ? paraphrase : paraphrase.phrase;
      if (!phrases.has(key)) phrases.set(key, paraphrase);
    }
  }
  return [...phrases.values()];
}

function matchesOf(index: TextIndex, paraphrase: Paraphrase, homeSentences: () => Set<number>) {
  if (typeof paraphrase === 'string')
    return findPhrase(index, paraphrase).filter((m) => !m.negated);
  return findPhrase(index, paraphrase.phrase).filter(
    (m) => !m.negated && homeSentences().has(m.sentence),
  );
}

/** Sentences that cannot cover a point: no verb at all, or a list of several points' keywords. */
function listLikeSentences(
  index: TextIndex,
  matchesByPoint: readonly (readonly PhraseMatch[])[],
): Set<number> {
  const { tokens, sentences } = index.parsed;
  const keywordTokens = new Set<number>();
  const pointsBySentence = new Map<number, Set<number>>();
  matchesByPoint.forEach((matches, point) => {
    for (const match of matches) {
      for (let k = match.start; k < match.end; k += 1) keywordTokens.add(k);
      const points = pointsBySentence.get(match.sentence) ?? new Set<number>();
      points.add(point);
      pointsBySentence.set(match.sentence, points);
    }
  });
  const out = new Set<number>();
  for (const sentence of sentences) {
    let words = 0;
    let keywords = 0;
    let verb = false;
    for (let k = sentence.start; k < sentence.end; k += 1) {
      const token = tokens[k];
      if (token === undefined || !isWordToken(token)) continue;
      words += 1;
      if (keywordTokens.has(k)) keywords += 1;
      verb ||= token.pos === 'VERB' || token.pos === 'AUX';
    }
    const points = pointsBySentence.get(sentence.index)?.size ?? 0;
    const list =
      points >= LIST_MIN_POINTS && words > 0 && keywords / words > LIST_MIN_KEYWORD_SHARE;
    // A short verbless sentence ("I'm ECFMG certified.", tagged oddly) is still a statement.
    if ((!verb && words >= MIN_LIST_WORDS) || list) out.add(sentence.index);
  }
  return out;
}

export function coverTalkingPoints(
  index: TextIndex,
  points: readonly TalkingPoint[],
): readonly TalkingPointResult[] {
  let home: Set<number> | null = null;
  const homeSentences = (): Set<number> => {
    home ??= new Set(findAll(index, HOME_CONTEXT).map((m) => m.sentence));
    return home;
  };
  const matchesByPoint = points.map((point) =>
    phrasesOf(point).flatMap((phrase) => matchesOf(index, phrase, homeSentences)),
  );
  const listLike = listLikeSentences(index, matchesByPoint);
  return points.map((point, k) => {
    let match: PhraseMatch | null = null;
    for (const candidate of matchesByPoint[k] ?? []) {
      if (listLike.has(candidate.sentence)) continue;
      if (match === null || candidate.start < match.start) match = candidate;
    }
    return {
      id: point.id,
      label: point.label,
      covered: match !== null,
      evidence: match === null ? null : quote(index.parsed, match.sentence, match.start, match.end),
      matched: match?.phrase ?? null,
      optional: point.optional === true,
    };
  });
}
