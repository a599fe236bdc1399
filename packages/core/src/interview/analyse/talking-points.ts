// Talking-point coverage (Interview Warmup's model, docs/sources.md#google-interview-warmup): a
// point is covered when one of its synonyms occurs as a whole token sequence (by form or
// inflection), and the sentence that covers it is quoted. O(synonyms × occurrences).
import type { TalkingPoint, TalkingPointResult } from '../../vocabulary/interview.ts';
import { findPhrase, type PhraseMatch, type TextIndex } from './phrases.ts';
import { quote } from './text.ts';

function earliest(index: TextIndex, synonyms: readonly string[]): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (const synonym of synonyms) {
    const trimmed = synonym.trim();
    if (trimmed === '') continue;
    const match = findPhrase(index, trimmed)[0];
    if (match !== undefined && (best === null || match.start < best.start)) best = match;
  }
  return best;
}

export function coverTalkingPoints(
  index: TextIndex,
  points: readonly TalkingPoint[],
): readonly TalkingPointResult[] {
  return points.map((point) => {
    const match = earliest(index, point.synonyms);
    return {
      id: point.id,
      label: point.label,
      covered: match !== null,
      evidence: match === null ? null : quote(index.parsed, match.sentence, match.start, match.end),
      matched: match?.phrase ?? null,
    };
  });
}
