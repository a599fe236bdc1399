/**
 * Every cut-off the analyser uses. Defaults are MatchReady's synthesis of published norms
 * (docs/sources.md#speaking-rate-norms, #disfluency-norms, #answer-length-guidance), not validated
 * cut-offs, so callers may override any of them (e.g. softer pace bands for second-language
 * speakers, #l2-fluency).
 */
export interface Thresholds {
  /** Words per minute used to estimate seconds from words when no time was measured. */
  readonly estimatedWordsPerMinute: number;
  /** Pace bands (#speaking-rate-norms): green 120–160, amber 100–120 or 160–180, red outside. */
  readonly paceGreenMin: number;
  readonly paceGreenMax: number;
  readonly paceAmberMin: number;
  readonly paceAmberMax: number;
  /** Fillers per 100 words (#disfluency-norms): green ≤ 3, amber ≤ 6, red above. */
  readonly fillersGreenMaxPer100: number;
  readonly fillersAmberMaxPer100: number;
  /** Fillers per minute above which the level is red when time was measured (#disfluency-norms). */
  readonly fillersRedPerMinute: number;
  /** Hedges per 100 words from which hedging becomes a priority. */
  readonly hedgesNotePer100: number;
  /** A non-stopword lemma used this often is reported as repeated. */
  readonly repeatedWordMinCount: number;
  /** Share of the answer's 5-grams found in the sample answer above which it "sounds memorised". */
  readonly memorisedOverlap: number;
  readonly memorisedNgram: number;
  /** Seconds after which a red-flag explanation is overlong, unless the question's band allows more. */
  readonly redFlagOverlongSeconds: number;
  /** Sentence sentiment at or below which a home-country mention counts as criticism. */
  readonly homeCountrySentimentMax: number;
  /** Sentence sentiment at or below which a mention of supervisors/colleagues counts as blame. */
  readonly blameSentimentMax: number;
  /** Answers shorter than this are not judged generic (too little to judge). */
  readonly genericMinWords: number;
  /** "Better opportunities" is the core of the answer when the answer is shorter than this. */
  readonly coreMotiveMaxWords: number;
  /** Partner/family words in this many opening sentences of a motivation answer are the main motive. */
  readonly personalMotiveSentences: number;
  /** STAR proportions (#answer-length-guidance: short setup, most time on the action). */
  readonly starSetupMaxShare: number;
  readonly starActionMinShare: number;
  readonly starResultMinShare: number;
  /** More talking points missed than this suggests "again" (see suggestRating in schedule.ts). */
  readonly maxMissedTalkingPoints: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = Object.freeze({
  estimatedWordsPerMinute: 130,
  paceGreenMin: 120,
  paceGreenMax: 160,
  paceAmberMin: 100,
  paceAmberMax: 180,
  fillersGreenMaxPer100: 3,
  fillersAmberMaxPer100: 6,
  fillersRedPerMinute: 5,
  hedgesNotePer100: 3,
  repeatedWordMinCount: 3,
  memorisedOverlap: 0.4,
  memorisedNgram: 5,
  redFlagOverlongSeconds: 90,
  homeCountrySentimentMax: -0.5,
  blameSentimentMax: -0.5,
  genericMinWords: 40,
  coreMotiveMaxWords: 80,
  personalMotiveSentences: 2,
  starSetupMaxShare: 0.3,
  starActionMinShare: 0.4,
  starResultMinShare: 0.15,
  maxMissedTalkingPoints: 2,
});

/** Defaults overridden by the finite values of `overrides`; non-finite overrides are ignored. */
export function resolveThresholds(overrides: Partial<Thresholds> | undefined): Thresholds {
  if (overrides === undefined) return DEFAULT_THRESHOLDS;
  const merged: Record<string, number> = { ...DEFAULT_THRESHOLDS };
  for (const [key, value] of Object.entries(overrides)) {
    if (key in DEFAULT_THRESHOLDS && typeof value === 'number' && Number.isFinite(value)) {
      merged[key] = value;
    }
  }
  return merged as unknown as Thresholds;
}
