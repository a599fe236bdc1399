import { describe, expect, it } from 'vitest';
import type {
  InterviewQuestion,
  PracticeCardState,
  PracticeRating,
} from '../vocabulary/interview.ts';
import { QUESTION_BANK } from './bank/index.ts';
import {
  dueQuestions,
  newCardState,
  nextNewQuestions,
  type QuestionCard,
  rateAttempt,
  suggestRating,
} from './schedule.ts';

const NOW = new Date('2025-10-01T09:00:00.000Z');
const DAY_MS = 86_400_000;

function daysAfter(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Rates a card several times, each time when it falls due, always with the same rating. */
function practise(ratings: readonly PracticeRating[], maxIntervalDays?: number) {
  let state = newCardState(NOW);
  let at = NOW;
  const dues: Date[] = [];
  for (const rating of ratings) {
    const opts = maxIntervalDays === undefined ? {} : { maxIntervalDays };
    const result = rateAttempt(state, rating, at, opts);
    state = result.state;
    dues.push(result.due);
    at = result.due;
  }
  return { state, dues };
}

describe('newCardState', () => {
  it('is a new card due now, stored as plain JSON with ISO dates', () => {
    const state = newCardState(NOW);
    expect(state.phase).toBe('new');
    expect(state.due).toBe('2025-10-01T09:00:00.000Z');
    expect(state.reps).toBe(0);
    expect(state.lastReview).toBeNull();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('rateAttempt', () => {
  it('schedules again sooner than hard, hard sooner than good, good sooner than easy', () => {
    const state = newCardState(NOW);
    const due = (rating: PracticeRating) => rateAttempt(state, rating, NOW).due.getTime();
    expect(due('again')).toBeLessThan(due('hard'));
    expect(due('hard')).toBeLessThan(due('good'));
    expect(due('good')).toBeLessThan(due('easy'));
  });

  it('repeats a new card within the day unless it was easy', () => {
    const state = newCardState(NOW);
    for (const rating of ['again', 'hard', 'good'] as const) {
      const { due, state: next } = rateAttempt(state, rating, NOW);
      expect(due.getTime(), rating).toBeLessThan(daysAfter(NOW, 1).getTime());
      expect(next.phase, rating).toBe('learning');
    }
    const easy = rateAttempt(state, 'easy', NOW);
    expect(easy.due.getTime()).toBeGreaterThanOrEqual(daysAfter(NOW, 1).getTime());
    expect(easy.state.phase).toBe('review');
  });

  it('keeps the order on a card already in review', () => {
    const { state, dues } = practise(['good', 'good', 'good']);
    const at = dues[dues.length - 1] ?? NOW;
    expect(state.phase).toBe('review');
    const due = (rating: PracticeRating) => rateAttempt(state, rating, at).due.getTime();
    expect(due('again')).toBeLessThan(due('good'));
    expect(due('good')).toBeLessThan(due('easy'));
  });

  it('is deterministic: the same history gives the same due dates', () => {
    const a = practise(['good', 'easy', 'hard', 'good', 'again', 'good']);
    const b = practise(['good', 'easy', 'hard', 'good', 'again', 'good']);
    expect(a.dues.map((d) => d.toISOString())).toEqual(b.dues.map((d) => d.toISOString()));
    expect(a.state).toEqual(b.state);
  });

  it('returns the due date that the stored state carries, and a state that survives JSON', () => {
    const { state, due } = rateAttempt(newCardState(NOW), 'easy', NOW);
    expect(state.due).toBe(due.toISOString());
    expect(state.lastReview).toBe(NOW.toISOString());
    expect(state.reps).toBe(1);
    const roundTripped = JSON.parse(JSON.stringify(state)) as PracticeCardState;
    expect(rateAttempt(roundTripped, 'good', due).due).toEqual(rateAttempt(state, 'good', due).due);
  });

  it('never schedules past the interview-date cap, however easy the answers', () => {
    const uncapped = practise(['easy', 'easy', 'easy', 'easy']);
    const lastUncapped = uncapped.dues[uncapped.dues.length - 1];
    expect(lastUncapped?.getTime()).toBeGreaterThan(daysAfter(NOW, 30).getTime());

    let state = newCardState(NOW);
    let at = NOW;
    for (let i = 0; i < 6; i += 1) {
      const { state: next, due } = rateAttempt(state, 'easy', at, { maxIntervalDays: 3 });
      expect(due.getTime()).toBeLessThanOrEqual(daysAfter(at, 3).getTime());
      expect(next.scheduledDays).toBeLessThanOrEqual(3);
      state = next;
      at = due;
    }
  });

  it('treats a cap below one day (interview today) as one day', () => {
    const { due } = rateAttempt(newCardState(NOW), 'easy', NOW, { maxIntervalDays: 0 });
    expect(due.toISOString()).toBe(daysAfter(NOW, 1).toISOString());
  });

  it('leaves short learning steps alone under a cap', () => {
    const capped = rateAttempt(newCardState(NOW), 'again', NOW, { maxIntervalDays: 2 });
    const free = rateAttempt(newCardState(NOW), 'again', NOW);
    expect(capped.due).toEqual(free.due);
  });
});

describe('suggestRating', () => {
  const base = { redFlags: 0, missingCoreTalkingPoints: 0, timeOutOfBand: false, allGreen: false };

  it('says again for any red flag or more than two core talking points missed', () => {
    expect(suggestRating({ ...base, redFlags: 1, allGreen: true })).toBe('again');
    expect(suggestRating({ ...base, missingCoreTalkingPoints: 3 })).toBe('again');
  });

  it('says hard when the answer ran out of its time band', () => {
    expect(suggestRating({ ...base, missingCoreTalkingPoints: 2, timeOutOfBand: true })).toBe(
      'hard',
    );
  });

  it('says easy only when everything is green, otherwise good', () => {
    expect(suggestRating({ ...base, allGreen: true })).toBe('easy');
    expect(suggestRating({ ...base, missingCoreTalkingPoints: 2 })).toBe('good');
    expect(suggestRating(base)).toBe('good');
  });
});

describe('dueQuestions', () => {
  const card = (questionId: string, due: string): QuestionCard => ({
    questionId,
    state: { ...newCardState(NOW), due },
  });

  it('lists only cards due at or before now, most overdue first, ties in input order', () => {
    const cards = [
      card('later', '2025-10-02T09:00:00.000Z'),
      card('now-b', '2025-10-01T09:00:00.000Z'),
      card('overdue', '2025-09-20T00:00:00.000Z'),
      card('now-a', '2025-10-01T09:00:00.000Z'),
    ];
    expect(dueQuestions(cards, NOW)).toEqual(['overdue', 'now-b', 'now-a']);
    expect(dueQuestions(cards, new Date('2025-09-01T00:00:00.000Z'))).toEqual([]);
  });

  it('picks up a card once the clock reaches the due date rateAttempt gave', () => {
    const { state, due } = rateAttempt(newCardState(NOW), 'good', NOW);
    const cards = [{ questionId: 'img-why-us', state }];
    expect(dueQuestions(cards, new Date(due.getTime() - 1))).toEqual([]);
    expect(dueQuestions(cards, due)).toEqual(['img-why-us']);
  });
});

describe('nextNewQuestions', () => {
  const q = (id: string, priority: InterviewQuestion['priority']): InterviewQuestion => {
    const template = QUESTION_BANK[0];
    if (template === undefined) throw new Error('empty bank');
    return { ...template, id, priority };
  };
  const bank = [q('a3', 3), q('b1', 1), q('c2', 2), q('d1', 1), q('e5', 5)];

  it('orders unseen questions by priority, then bank order, and honours the limit', () => {
    expect(nextNewQuestions(bank, [], 10).map((x) => x.id)).toEqual(['b1', 'd1', 'c2', 'a3', 'e5']);
    expect(nextNewQuestions(bank, new Set(['b1']), 2).map((x) => x.id)).toEqual(['d1', 'c2']);
    expect(nextNewQuestions(bank, ['a3', 'b1', 'c2', 'd1', 'e5'], 3)).toEqual([]);
    expect(nextNewQuestions(bank, [], 0)).toEqual([]);
  });

  it('starts a new user on the IMG core questions of the real bank', () => {
    const first = nextNewQuestions(QUESTION_BANK, [], 5);
    expect(first.map((x) => x.priority)).toEqual([1, 1, 1, 1, 1]);
    expect(first.map((x) => x.id)).toContain('img-why-us');
  });

  it('rejects a negative limit', () => {
    expect(() => nextNewQuestions(bank, [], -1)).toThrow();
  });
});
