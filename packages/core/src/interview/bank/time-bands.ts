import type { TimeBand } from '../../vocabulary/interview.ts';

// Target durations in seconds, MatchReady's synthesis of interview guidance
// (docs/sources.md#answer-length-guidance, #aamc-svi, #aamc-vita). Words follow at ~130 wpm.

/** Quick factual answers (visa status, certification, a polite redirect, one question to ask). */
export const QUICK_BAND: TimeBand = { minSeconds: 15, maxSeconds: 45 };
/** Narrative, motivation and fit answers. */
export const NARRATIVE_BAND: TimeBand = { minSeconds: 60, maxSeconds: 120 };
/** Behavioural answers told in STAR order. */
export const BEHAVIOURAL_BAND: TimeBand = { minSeconds: 90, maxSeconds: 150 };
/** Red-flag explanations: acknowledge, own, what changed, pivot, briefly. */
export const RED_FLAG_BAND: TimeBand = { minSeconds: 45, maxSeconds: 90 };
/** Situational and ethical answers. */
export const SITUATIONAL_BAND: TimeBand = { minSeconds: 60, maxSeconds: 120 };
