// One or two things to work on first: a short, rich report after the answer rather than live cues
// (docs/sources.md#chollet-2022-feedback-timing).
// Severity order, documented and fixed: (1) red flags, in RED_FLAG_SEVERITY order; (2) missing
// talking points; (3) STAR gaps (no situation, no result); (4) time band; (5) red pace, red
// fillers; (6) amber pace, amber fillers; (7) hedging; (8) repeated words. Wording describes the
// answer, never the person; accent and emotion are never judged.
import type {
  FillerCount,
  Level,
  PhraseCount,
  Priority,
  RedFlagHit,
  StarReport,
  TalkingPoint,
  TalkingPointResult,
  TimeBandVerdict,
} from '../../vocabulary/interview.ts';
import { RED_FLAG_DOCS } from './red-flag-docs.ts';
import type { Thresholds } from './thresholds.ts';

export interface PriorityInput {
  readonly wordCount: number;
  readonly redFlags: readonly RedFlagHit[];
  readonly talkingPoints: readonly TalkingPointResult[];
  readonly talkingPointGuidance: readonly TalkingPoint[];
  readonly star: StarReport | null;
  readonly timeBand: TimeBandVerdict;
  readonly seconds: number;
  readonly secondsSource: 'measured' | 'estimated';
  readonly targetSeconds: { readonly min: number; readonly max: number };
  /** The sentence at which the answer passes its upper time limit, if it does. */
  readonly overTimeEvidence: string | null;
  readonly wordsPerMinute: number | null;
  readonly paceLevel: Level | null;
  readonly fillerLevel: Level | null;
  readonly fillersPer100Words: number | null;
  readonly fillers: readonly FillerCount[];
  readonly densestFillerSentence: string | null;
  readonly hedges: readonly PhraseCount[];
  readonly hedgesPer100Words: number;
  readonly firstHedgeSentence: string | null;
  readonly repeatedWords: readonly PhraseCount[];
  readonly bestSentence: string | null;
  readonly thresholds: Thresholds;
}

const MAX_PRIORITIES = 2;

function list(items: readonly PhraseCount[], max = 3): string {
  return items
    .slice(0, max)
    .map((item) => `“${item.phrase}” ×${item.count}`)
    .join(', ');
}

function timePriority(p: PriorityInput): Priority | null {
  if (p.timeBand === 'ok') return null;
  const how = p.secondsSource === 'measured' ? '' : ' (estimated at the usual speaking pace)';
  const target = `${p.targetSeconds.min}–${p.targetSeconds.max} s`;
  return p.timeBand === 'short'
    ? {
        code: 'time-band',
        title: 'Shorter than the target time',
        detail: `The answer takes about ${Math.round(p.seconds)} s${how}; the target is ${target}. Add one concrete example or the next step you plan.`,
        evidence: null,
      }
    : {
        code: 'time-band',
        title: 'Longer than the target time',
        detail: `The answer takes about ${Math.round(p.seconds)} s${how}; the target is ${target}. Keep the main example and cut background.`,
        evidence: p.overTimeEvidence,
      };
}

function pacePriority(p: PriorityInput, level: Level): Priority | null {
  if (p.paceLevel !== level || p.wordsPerMinute === null) return null;
  const fast = p.wordsPerMinute > p.thresholds.paceGreenMax;
  return {
    code: 'pace',
    title: fast ? 'Fast pace' : 'Slow pace',
    detail: `The answer was spoken at ${p.wordsPerMinute} words per minute; ${p.thresholds.paceGreenMin}–${p.thresholds.paceGreenMax} is easiest to follow. ${fast ? 'Pause at the end of each point.' : 'Shorter sentences help keep momentum.'} Compare with your own earlier attempts rather than a single norm.`,
    evidence: null,
  };
}

function fillerPriority(p: PriorityInput, level: Level): Priority | null {
  if (p.fillerLevel !== level || p.fillersPer100Words === null) return null;
  return {
    code: 'fillers',
    title: 'Frequent fillers',
    detail: `${p.fillersPer100Words} fillers per 100 words (${list(p.fillers)}). Some are normal in speech; around ${p.thresholds.fillersGreenMaxPer100} or fewer per 100 words keeps the answer clear. A short silent pause works in their place.`,
    evidence: p.densestFillerSentence,
  };
}

export function choosePriorities(p: PriorityInput): readonly Priority[] {
  if (p.wordCount === 0) {
    return [
      {
        code: 'empty-answer',
        title: 'No answer yet',
        detail: 'There is nothing to analyse yet. Type or record an answer and try again.',
        evidence: null,
      },
    ];
  }
  const candidates: (Priority | null)[] = [];
  for (const flag of p.redFlags) {
    candidates.push({
      code: flag.code,
      title: RED_FLAG_DOCS[flag.code].title,
      detail: flag.message,
      evidence: flag.evidence,
    });
  }
  const missing = p.talkingPoints.filter((point) => !point.covered && point.optional !== true);
  if (missing.length > 0) {
    const guidance = p.talkingPointGuidance.find((t) => t.id === missing[0]?.id)?.guidance ?? '';
    candidates.push({
      code: 'missing-talking-points',
      title: missing.length === 1 ? 'A talking point is missing' : 'Talking points are missing',
      detail:
        `The answer does not yet cover: ${missing.map((m) => m.label).join('; ')}. ${guidance}`.trim(),
      evidence: null,
    });
  }
  for (const check of p.star?.checks ?? []) {
    if (check.code !== 'no-clear-result' && check.code !== 'no-specific-situation') continue;
    candidates.push({
      code: 'star-structure',
      title: check.code === 'no-clear-result' ? 'No clear result' : 'No specific situation',
      detail: `${check.message} ${check.code === 'no-clear-result' ? 'End with what happened and what you learned.' : 'Open with when and where it happened, in one sentence.'}`,
      evidence: check.evidence,
    });
  }
  candidates.push(timePriority(p));
  candidates.push(pacePriority(p, 'red'), fillerPriority(p, 'red'));
  candidates.push(pacePriority(p, 'amber'), fillerPriority(p, 'amber'));
  const hedgeCount = p.hedges.reduce((sum, h) => sum + h.count, 0);
  if (hedgeCount >= 2 && p.hedgesPer100Words >= p.thresholds.hedgesNotePer100) {
    candidates.push({
      code: 'hedges',
      title: 'Hedged statements',
      detail: `${p.hedgesPer100Words} hedges per 100 words (${list(p.hedges)}). State what you did and what you want plainly; keep hedges for real uncertainty.`,
      evidence: p.firstHedgeSentence,
    });
  }
  const top = p.repeatedWords[0];
  if (top !== undefined && top.count > p.thresholds.repeatedWordMinCount) {
    candidates.push({
      code: 'repeated-words',
      title: 'A word used many times',
      detail: `${list(p.repeatedWords)}. Vary the wording or replace one use with a concrete detail.`,
      evidence: null,
    });
  }
  const chosen = candidates.filter((c): c is Priority => c !== null).slice(0, MAX_PRIORITIES);
  if (chosen.length > 0) return chosen;
  return [
    {
      code: 'well-done',
      title: 'Keep this answer',
      detail:
        p.talkingPoints.length > 0
          ? `All ${p.talkingPoints.filter((point) => point.optional !== true).length} core talking points are covered within the target time, with nothing to check. Practise it once more in your own words so it stays fresh.`
          : 'The answer is within the target time with nothing to check. Practise it once more in your own words so it stays fresh.',
      evidence: p.bestSentence,
    },
  ];
}
