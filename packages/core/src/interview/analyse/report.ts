// analyseAnswer: the offline answer analyser (decision 005).
// Pure: no I/O, no clock, no randomness; the same input always gives the same report. One wink
// parse per answer, then linear passes: well under 50 ms for a 300-word answer once the model is
// loaded (see bench/interview.bench.ts).

import type {
  AnswerReport,
  Level,
  ReportChecklist,
  StarReport,
  SuggestedRating,
  TimeBandVerdict,
} from '../../vocabulary/interview.ts';
import { compareAttempts } from './comparison.ts';
import { analyseFillers } from './fillers.ts';
import type { ParsedText } from './nlp.ts';
import { loadModel, parseText } from './nlp.ts';
import { choosePath } from './paths.ts';
import { indexText } from './phrases.ts';
import { choosePriorities } from './priorities.ts';
import { actionSentences } from './pronouns.ts';
import { detectRedFlags } from './red-flags.ts';
import { analyseSpecificity, programFit, repeatedWords } from './specificity.ts';
import { analyseStar } from './star.ts';
import { coverTalkingPoints } from './talking-points.ts';
import { countWords, per100, quote, round1, sentenceWordCount, spokenSentences } from './text.ts';
import { resolveThresholds, type Thresholds } from './thresholds.ts';
import type { AnalyseInput } from './types.ts';

function paceLevel(wpm: number, t: Thresholds): Level {
  if (wpm >= t.paceGreenMin && wpm <= t.paceGreenMax) return 'green';
  if (wpm >= t.paceAmberMin && wpm <= t.paceAmberMax) return 'amber';
  return 'red';
}

function fillerLevel(per100Words: number, perMinute: number | null, t: Thresholds): Level {
  if (per100Words > t.fillersAmberMaxPer100) return 'red';
  if (perMinute !== null && perMinute > t.fillersRedPerMinute) return 'red';
  return per100Words > t.fillersGreenMaxPer100 ? 'amber' : 'green';
}

/** The sentence during which the answer passes `limitSeconds`, or null. */
function sentenceAtSeconds(
  parsed: ParsedText,
  limitSeconds: number,
  secondsPerWord: number,
): string | null {
  let elapsed = 0;
  for (const sentence of spokenSentences(parsed)) {
    elapsed += sentenceWordCount(parsed, sentence) * secondsPerWord;
    if (elapsed > limitSeconds) return quote(parsed, sentence.index);
  }
  return null;
}

/** suggestRating's mapping (schedule.ts); "good" and "easy" also need every part of a STAR answer present. */
function rate(
  checklist: ReportChecklist,
  paceOff: boolean,
  star: StarReport | null,
  t: Thresholds,
) {
  let rating: SuggestedRating;
  if (checklist.redFlags > 0 || checklist.missingCoreTalkingPoints > t.maxMissedTalkingPoints) {
    rating = 'again';
  } else if (checklist.timeOutOfBand || paceOff || (star !== null && !star.result.present)) {
    rating = 'hard';
  } else rating = checklist.allGreen ? 'easy' : 'good';
  return rating;
}

/** Shortest speaking time taken as a measurement. */
const MIN_MEASURED_SECONDS = 1;

export function analyseAnswer(input: AnalyseInput): AnswerReport {
  const t = resolveThresholds(input.thresholds);
  const { question } = input;
  const answer = typeof input.answer === 'string' ? input.answer : '';
  const parsed = parseText(answer);
  const index = indexText(parsed);
  const wordCount = countWords(answer);
  const spoken = spokenSentences(parsed);

  const wpmForEstimate = t.estimatedWordsPerMinute > 0 ? t.estimatedWordsPerMinute : 130;
  const estimatedSeconds = round1((wordCount / wpmForEstimate) * 60);
  // Under one second is no spoken answer (a client glitch): treat it as not measured, which also
  // keeps words per minute finite after rounding.
  const measured =
    typeof input.speakingSeconds === 'number' &&
    Number.isFinite(input.speakingSeconds) &&
    input.speakingSeconds >= MIN_MEASURED_SECONDS
      ? input.speakingSeconds
      : null;
  const seconds = measured ?? estimatedSeconds;
  const band = question.timeBand;
  const timeBand: TimeBandVerdict =
    seconds < band.minSeconds ? 'short' : seconds > band.maxSeconds ? 'long' : 'ok';
  const rawWpm = measured === null || wordCount === 0 ? null : wordCount / (measured / 60);
  const wordsPerMinute = rawWpm !== null && Number.isFinite(rawWpm) ? round1(rawWpm) : null;
  const pace = wordsPerMinute === null ? null : paceLevel(wordsPerMinute, t);

  const fillersMeasured = input.fillersMeasured !== false;
  const fill = analyseFillers(index, fillersMeasured);
  const fillerTotal = fill.filledPauses + fill.discourse;
  const fillersPer100Words = fillersMeasured ? per100(fillerTotal, wordCount) : null;
  const rawPerMinute = measured === null ? null : fillerTotal / (measured / 60);
  const perMinute = rawPerMinute !== null && Number.isFinite(rawPerMinute) ? rawPerMinute : null;
  const fillerLvl =
    fillersPer100Words === null || wordCount === 0
      ? null
      : fillerLevel(fillersPer100Words, perMinute, t);

  const chosen = choosePath(index, question, input.pathId);
  const talkingPoints = coverTalkingPoints(index, chosen.talkingPoints);
  const covered = talkingPoints.filter((p) => p.covered).length;
  const actions = actionSentences(parsed);
  const star = question.star && wordCount > 0 ? analyseStar(index, actions, t) : null;
  const { specificity, specificSentences } = analyseSpecificity(index, wordCount);
  const repeated = repeatedWords(index, t.repeatedWordMinCount);
  const fit = input.programKeywords === undefined ? null : programFit(index, input.programKeywords);
  const redFlags =
    wordCount === 0
      ? []
      : detectRedFlags({
          index,
          question,
          wordCount,
          seconds,
          actions,
          specificity,
          programFit: fit,
          thresholds: t,
          path: chosen.path,
        });

  let densest: number | null = null;
  for (const [sentence, count] of fill.bySentence) {
    if (densest === null || count > (fill.bySentence.get(densest) ?? 0)) densest = sentence;
  }
  const best = spoken.find((s) => specificSentences.has(s.index)) ?? spoken[0];
  const hedgesPer100Words = per100(fill.hedgeCount, wordCount);
  const priorities = choosePriorities({
    wordCount,
    redFlags,
    talkingPoints,
    talkingPointGuidance: chosen.talkingPoints,
    star,
    timeBand,
    seconds,
    secondsSource: measured === null ? 'estimated' : 'measured',
    targetSeconds: { min: band.minSeconds, max: band.maxSeconds },
    overTimeEvidence:
      timeBand === 'long' && wordCount > 0
        ? sentenceAtSeconds(parsed, band.maxSeconds, seconds / wordCount)
        : null,
    wordsPerMinute,
    paceLevel: pace,
    fillerLevel: fillerLvl,
    fillersPer100Words,
    fillers: fill.fillers,
    densestFillerSentence: densest === null ? null : quote(parsed, densest),
    hedges: fill.hedges,
    hedgesPer100Words,
    firstHedgeSentence:
      fill.firstHedgeSentence === null ? null : quote(parsed, fill.firstHedgeSentence),
    repeatedWords: repeated,
    bestSentence: best === undefined ? null : quote(parsed, best.index),
    thresholds: t,
  });

  const missing = talkingPoints.filter((p) => !p.covered && !p.optional).length;
  const starComplete = star === null || (star.checks.length === 0 && star.learning.present);
  const checklist: ReportChecklist = {
    redFlags: redFlags.length,
    missingCoreTalkingPoints: missing,
    timeOutOfBand: timeBand !== 'ok',
    allGreen:
      wordCount > 0 &&
      redFlags.length === 0 &&
      missing === 0 &&
      timeBand === 'ok' &&
      (pace === null || pace === 'green') &&
      (fillerLvl === null || fillerLvl === 'green') &&
      starComplete,
  };
  const wordsPerSecond = wpmForEstimate / 60;
  return {
    schemaVersion: 1,
    questionId: question.id,
    wordCount,
    sentenceCount: spoken.length,
    estimatedSeconds,
    seconds: round1(seconds),
    secondsSource: measured === null ? 'estimated' : 'measured',
    targetSeconds: { min: band.minSeconds, max: band.maxSeconds },
    timeBand,
    wordsPerMinute,
    paceLevel: pace,
    fillersMeasured,
    fillersPer100Words,
    discourseFillersPer100Words: per100(fill.discourse, wordCount),
    fillerLevel: fillerLvl,
    fillers: fill.fillers,
    hedges: fill.hedges,
    hedgesPer100Words,
    path: chosen.path === null ? null : { id: chosen.path.id, label: chosen.path.label },
    talkingPoints,
    talkingPointsCovered: covered,
    star,
    redFlags,
    specificity,
    repeatedWords: repeated,
    programFit: fit,
    priorities,
    comparison: compareAttempts(
      {
        questionId: question.id,
        wordCount,
        fillersPer100Words,
        talkingPointsCovered: covered,
        redFlags: redFlags.length,
      },
      input.previousAttempts,
      {
        min: Math.round(band.minSeconds * wordsPerSecond),
        max: Math.round(band.maxSeconds * wordsPerSecond),
      },
    ),
    checklist,
    suggestedRating: rate(checklist, pace !== null && pace !== 'green', star, t),
  };
}

const WARM_UP_QUESTION = {
  id: 'warm-up',
  theme: 'img',
  audience: 'all',
  type: 'img',
  prompt: 'Why do you want to train here, and what is your visa status?',
  alternatives: [],
  competencies: [],
  timeBand: { minSeconds: 60, maxSeconds: 120 },
  whyAsked: '',
  talkingPoints: [],
  pitfalls: [],
  sampleAnswer: '',
  star: true,
  priority: 5,
} as const satisfies AnalyseInput['question'];

/**
 * Loads the wink model and compiles the global lexicons now (≈0.3 s once), so the user's first
 * analysis is as fast as the rest. Call it while the user is answering. Idempotent.
 */
export function warmUpAnalyser(): void {
  loadModel();
  const answer =
    'During my internship in 2022 I failed once, um, and we learned. It was not my fault.';
  for (const type of ['img', 'red-flag', 'motivation'] as const) {
    analyseAnswer({ question: { ...WARM_UP_QUESTION, type }, answer });
  }
}
