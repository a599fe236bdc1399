// Practice scheduling: FSRS (ts-fsrs 5, open-spaced-repetition) used as a spacing heuristic for
// interview rehearsal, one card per (user × question). Each call is O(1); list helpers are O(n log n).
import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs';
import { invariant } from '../shared/invariant.ts';
import type {
  CardPhase,
  InterviewQuestion,
  PracticeCardState,
  PracticeRating,
} from '../vocabulary/interview.ts';

/** A card together with the question it schedules (the user is implied by the caller). */
export interface QuestionCard {
  readonly questionId: string;
  readonly state: PracticeCardState;
}

export interface RateOptions {
  /**
   * Upper bound on the next interval in days, normally the whole days left until the user's next
   * interview. Values below 1 are treated as 1. The returned due date never lies further ahead.
   */
  readonly maxIntervalDays?: number;
}

export interface RatedAttempt {
  readonly state: PracticeCardState;
  readonly due: Date;
}

/** What the answer analyser's checklist reports, reduced to what the rating needs. */
export interface ReportSummary {
  readonly redFlags: number;
  readonly missingCoreTalkingPoints: number;
  readonly timeOutOfBand: boolean;
  readonly allGreen: boolean;
}

const DAY_MS = 86_400_000;

const PHASE_BY_STATE: Readonly<Record<State, CardPhase>> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

const STATE_BY_PHASE: Readonly<Record<CardPhase, State>> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

const GRADE_BY_RATING: Readonly<Record<PracticeRating, Grade>> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

function toStored(card: Card): PracticeCardState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    phase: PHASE_BY_STATE[card.state],
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

function fromStored(state: PracticeCardState): Card {
  const card: Card = {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    // Deprecated in ts-fsrs 5: the scheduler derives elapsed days from last_review.
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATE_BY_PHASE[state.phase],
  };
  if (state.lastReview !== null) card.last_review = new Date(state.lastReview);
  return card;
}

function assertValidDate(date: Date, what: string): void {
  invariant(!Number.isNaN(date.getTime()), `${what} must be a valid date`);
}

/** A fresh card, due immediately. */
export function newCardState(now: Date): PracticeCardState {
  assertValidDate(now, 'now');
  return toStored(createEmptyCard(now));
}

/**
 * Schedules the next practice of a question after an attempt rated at `now`.
 * Fuzz is off, so the same inputs always give the same due date. ts-fsrs keeps Easy > Good > Hard
 * even past `maximum_interval`, so the interview-date cap is enforced again on the result.
 */
export function rateAttempt(
  state: PracticeCardState,
  rating: PracticeRating,
  now: Date,
  opts: RateOptions = {},
): RatedAttempt {
  assertValidDate(now, 'now');
  const cap =
    opts.maxIntervalDays === undefined ? undefined : Math.max(1, Math.floor(opts.maxIntervalDays));
  invariant(cap === undefined || Number.isFinite(cap), 'maxIntervalDays must be finite');
  const scheduler = fsrs({
    enable_fuzz: false,
    ...(cap === undefined ? {} : { maximum_interval: cap }),
  });
  const { card } = scheduler.next(fromStored(state), now, GRADE_BY_RATING[rating]);
  if (cap !== undefined && card.due.getTime() > now.getTime() + cap * DAY_MS) {
    card.due = new Date(now.getTime() + cap * DAY_MS);
    card.scheduled_days = cap;
  }
  return { state: toStored(card), due: card.due };
}

/**
 * Maps the analyser's checklist to a rating (MatchReady's mapping onto FSRS grades,
 * docs/sources.md#ts-fsrs): a red flag or more than two core
 * talking points missed → again; time out of band → hard; everything green → easy; else good.
 * The user may override it with a self-rating.
 */
export function suggestRating(report: ReportSummary): PracticeRating {
  if (report.redFlags > 0 || report.missingCoreTalkingPoints > 2) return 'again';
  if (report.timeOutOfBand) return 'hard';
  if (report.allGreen) return 'easy';
  return 'good';
}

/** Ids of cards due at or before `now`, most overdue first; equal due dates keep input order. */
export function dueQuestions(cards: readonly QuestionCard[], now: Date): readonly string[] {
  assertValidDate(now, 'now');
  const limit = now.getTime();
  return cards
    .map((card, index) => ({ id: card.questionId, due: Date.parse(card.state.due), index }))
    .filter((entry) => entry.due <= limit)
    .sort((a, b) => a.due - b.due || a.index - b.index)
    .map((entry) => entry.id);
}

/**
 * Up to `limit` questions never practised, ordered by priority (1 = IMG core first) and then by
 * their order in the bank, which is deliberate (the most common phrasing of each theme first).
 */
export function nextNewQuestions(
  bank: readonly InterviewQuestion[],
  seenIds: Iterable<string>,
  limit: number,
): readonly InterviewQuestion[] {
  invariant(Number.isInteger(limit) && limit >= 0, 'limit must be a non-negative integer');
  const seen = new Set(seenIds);
  return bank
    .map((question, index) => ({ question, index }))
    .filter((entry) => !seen.has(entry.question.id))
    .sort((a, b) => a.question.priority - b.question.priority || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.question);
}
