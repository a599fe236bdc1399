// The rules that fill in a season's unpublished dates, each checked against the published seasons
// (season-rules.test.ts; docs/timeline.md, "Season rules"). seasonCalendar() is O(1) per season.
import { invariant } from '../shared/invariant.ts';
import { TIMELINE_FIRST_SEASON, TIMELINE_LAST_SEASON } from '../vocabulary/timeline.ts';
import {
  addDays,
  type CalendarDate,
  calendarDate,
  nthWeekdayOfMonth,
  WEEKDAY,
  weekday,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
} from './calendar-date.ts';
import {
  PUBLISHED_SEASONS,
  type PublishedSeason,
  SEASON_DATE_KEYS,
  type SeasonDateKey,
} from './seasons.ts';
import type { TimelineSourceId } from './sources.ts';

export interface SeasonRule {
  readonly text: string;
  /** Where the pattern was read (a derived date cites it). */
  readonly source: TimelineSourceId;
  /**
   * 'fixed': the organisation states the date as a rule (always 1 July) — never an estimate.
   * A key: exact whenever that date is published (Match Week ends on Match Day).
   * 'pattern': an estimate from past calendars until the organisation publishes the date.
   */
  readonly certainty: 'fixed' | 'pattern' | SeasonDateKey;
  readonly derive: (season: number, known: (key: SeasonDateKey) => CalendarDate) => CalendarDate;
}

/** Keys in the order they can be derived: each rule reads only keys before it. */
const ORDER: readonly SeasonDateKey[] = [
  'matchDay',
  'matchWeekStart',
  'rolDeadline',
  'rankingOpens',
  'nrmpStandardRegistrationDeadline',
  'nrmpRegistrationOpens',
  'erasOpens',
  'erasSubmissionOpens',
  'erasProgramsReview',
  'erasSeasonEnds',
  'residencyStart',
];

export const SEASON_RULES: Readonly<Record<SeasonDateKey, SeasonRule>> = {
  matchDay: {
    text: 'Third Friday of March of the Match year (true of every published Match Day 2023–2026).',
    source: 'wikipedia-match-day',
    certainty: 'pattern',
    derive: (y) => nthWeekdayOfMonth(y, 3, WEEKDAY.friday, 3),
  },
  matchWeekStart: {
    text: 'The Monday of Match Day’s week (Match Week runs Monday to Friday).',
    source: 'nrmp-main-match-events',
    certainty: 'matchDay',
    derive: (_, known) => weekdayOnOrBefore(known('matchDay'), WEEKDAY.monday),
  },
  rolDeadline: {
    text: 'The Wednesday 16 days before Match Day, 9 p.m. ET (as in 2023 and 2024; before 2023 the gap was 23 days).',
    source: 'nrmp-illuminator-2023-02',
    certainty: 'pattern',
    derive: (_, known) => addDays(known('matchDay'), -16),
  },
  rankingOpens: {
    text: '1 February of the Match year (2023, 2024), or the Monday after when 1 February is a weekend.',
    source: 'nrmp-illuminator-2023-02',
    certainty: 'pattern',
    derive: (y) => {
      const first = calendarDate(y, 2, 1);
      const day = weekday(first);
      return day === WEEKDAY.saturday || day === WEEKDAY.sunday
        ? weekdayOnOrAfter(first, WEEKDAY.monday)
        : first;
    },
  },
  nrmpStandardRegistrationDeadline: {
    text: '31 January of the Match year; registering later costs a late fee, up to the ROL deadline.',
    source: 'nrmp-medical-schools-calendar-2025',
    certainty: 'pattern',
    derive: (y) => calendarDate(y, 1, 31),
  },
  nrmpRegistrationOpens: {
    text: '15 September of the year before the Match (2024 and 2026 Matches).',
    source: 'nrmp-match-week-2026',
    certainty: 'pattern',
    derive: (y) => calendarDate(y - 1, 9, 15),
  },
  erasOpens: {
    text: 'First Wednesday of June of the year before the Match (4 June 2025; 3 June 2026).',
    source: 'aamc-eras-timeline-2026',
    certainty: 'pattern',
    derive: (y) => nthWeekdayOfMonth(y - 1, 6, WEEKDAY.wednesday, 1),
  },
  erasSubmissionOpens: {
    text: 'First Wednesday of September of the year before the Match (3 September 2025).',
    source: 'aamc-eras-timeline-2026',
    certainty: 'pattern',
    derive: (y) => nthWeekdayOfMonth(y - 1, 9, WEEKDAY.wednesday, 1),
  },
  erasProgramsReview: {
    text: 'Three weeks after applicants may first submit (24 September 2025).',
    source: 'aamc-eras-timeline-2026',
    certainty: 'pattern',
    derive: (_, known) => addDays(known('erasSubmissionOpens'), 21),
  },
  erasSeasonEnds: {
    text: '31 May of the Match year (2025 and 2026 seasons).',
    source: 'aamc-eras-timeline-2026',
    certainty: 'pattern',
    derive: (y) => calendarDate(y, 5, 31),
  },
  residencyStart: {
    text: '1 July of the Match year: matched applicants must be eligible to start training then.',
    source: 'nrmp-school-officials',
    certainty: 'fixed',
    derive: (y) => calendarDate(y, 7, 1),
  },
};

export interface SeasonDate {
  readonly date: CalendarDate;
  readonly source: TimelineSourceId;
  /** True when the date is an estimate from a rule. */
  readonly derived: boolean;
  /** The rule, for derived and rule-defined dates; null for a published date. */
  readonly rule: string | null;
}

export interface SeasonCalendar {
  readonly season: number;
  readonly dates: Readonly<Record<SeasonDateKey, SeasonDate>>;
}

export function isSupportedSeason(season: unknown): season is number {
  return (
    typeof season === 'number' &&
    Number.isInteger(season) &&
    season >= TIMELINE_FIRST_SEASON &&
    season <= TIMELINE_LAST_SEASON
  );
}

/** Every date of a season: the published ones as published, the rest from SEASON_RULES. */
export function seasonCalendar(
  season: number,
  published: Readonly<Record<number, PublishedSeason>> = PUBLISHED_SEASONS,
): SeasonCalendar {
  invariant(isSupportedSeason(season), `unsupported season: ${season}`);
  const known = published[season] ?? {};
  const dates = new Map<SeasonDateKey, SeasonDate>();
  const get = (key: SeasonDateKey): CalendarDate => {
    const d = dates.get(key);
    invariant(d !== undefined, `season rule read ${key} before it was set`);
    return d.date;
  };
  for (const key of ORDER) {
    const rule = SEASON_RULES[key];
    const fact = known[key];
    if (fact !== undefined) {
      dates.set(key, { date: fact.date, source: fact.source, derived: false, rule: null });
      continue;
    }
    const exact =
      rule.certainty === 'fixed' ||
      (rule.certainty !== 'pattern' && dates.get(rule.certainty)?.derived === false);
    dates.set(key, {
      date: rule.derive(season, get),
      source: rule.source,
      derived: !exact,
      rule: rule.text,
    });
  }
  const out = Object.fromEntries(SEASON_DATE_KEYS.map((k) => [k, dates.get(k)])) as Record<
    SeasonDateKey,
    SeasonDate
  >;
  return { season, dates: out };
}
