import { describe, expect, it } from 'vitest';
import { SEASON_RULES, seasonCalendar } from './season-rules.ts';
import { PUBLISHED_SEASONS, SEASON_DATE_KEYS } from './seasons.ts';
import { TIMELINE_SOURCES } from './sources.ts';

// Published dates transcribed from /work/shared/data/public-facts.json (ids in comments), so the
// data table and the rules are both checked against the sources, not against each other.
const PUBLISHED_MATCH_DAYS: readonly [number, string][] = [
  [2023, '2023-03-17'], // match2023.rol_deadline
  [2024, '2024-03-15'], // match2024.calendar
  [2025, '2025-03-21'], // match2025.matchday
  [2026, '2026-03-20'], // match2026.dates
];

describe('season data', () => {
  it('holds the published Match Days', () => {
    for (const [year, day] of PUBLISHED_MATCH_DAYS)
      expect(PUBLISHED_SEASONS[year]?.matchDay?.date).toBe(day);
  });

  it('holds the other published dates as the sources give them', () => {
    expect(PUBLISHED_SEASONS[2023]).toMatchObject({
      rankingOpens: { date: '2023-02-01' },
      rolDeadline: { date: '2023-03-01' },
    });
    expect(PUBLISHED_SEASONS[2024]).toMatchObject({
      nrmpRegistrationOpens: { date: '2023-09-15' },
      rankingOpens: { date: '2024-02-01' },
      rolDeadline: { date: '2024-02-28' },
      matchWeekStart: { date: '2024-03-11' },
    });
    expect(PUBLISHED_SEASONS[2026]).toMatchObject({
      erasOpens: { date: '2025-06-04' }, // eras2026.timeline
      erasSubmissionOpens: { date: '2025-09-03' },
      erasProgramsReview: { date: '2025-09-24' },
      erasSeasonEnds: { date: '2026-05-31' },
      nrmpRegistrationOpens: { date: '2025-09-15' }, // match2026.dates
      matchWeekStart: { date: '2026-03-16' },
    });
  });

  it('names a known source for every published date', () => {
    for (const season of Object.values(PUBLISHED_SEASONS))
      for (const fact of Object.values(season))
        expect(TIMELINE_SOURCES).toHaveProperty(fact.source);
  });
});

describe('season rules', () => {
  it('Match Day = third Friday of March reproduces every published Match Day', () => {
    for (const [year, day] of PUBLISHED_MATCH_DAYS)
      expect(SEASON_RULES.matchDay.derive(year, () => '')).toBe(day);
  });

  it('reproduces every published date of every season from the rules alone', () => {
    for (const [year, published] of Object.entries(PUBLISHED_SEASONS)) {
      const derived = seasonCalendar(Number(year), {}).dates;
      for (const [key, fact] of Object.entries(published))
        expect({ year, key, date: derived[key as keyof typeof derived].date }).toEqual({
          year,
          key,
          date: fact.date,
        });
    }
  });

  it('puts the ROL deadline on the Wednesday 16 days before Match Day (2023, 2024)', () => {
    expect(seasonCalendar(2023, {}).dates.rolDeadline.date).toBe('2023-03-01');
    expect(seasonCalendar(2024, {}).dates.rolDeadline.date).toBe('2024-02-28');
  });

  it('opens ranking on 1 February, or the Monday after a weekend 1 February', () => {
    expect(seasonCalendar(2025, {}).dates.rankingOpens.date).toBe('2025-02-03');
    expect(seasonCalendar(2031, {}).dates.rankingOpens.date).toBe('2031-02-03');
    expect(seasonCalendar(2027, {}).dates.rankingOpens.date).toBe('2027-02-01');
  });
});

describe('seasonCalendar', () => {
  it('keeps published dates and labels the rest derived with their rule', () => {
    const { dates } = seasonCalendar(2026);
    expect(dates.matchDay).toEqual({
      date: '2026-03-20',
      source: 'nrmp-match-week-2026',
      derived: false,
      rule: null,
    });
    expect(dates.rolDeadline).toMatchObject({ date: '2026-03-04', derived: true });
    expect(dates.rolDeadline.rule).toMatch(/Wednesday 16 days before Match Day/);
  });

  it('derives the 2027 season (today is 2 December 2026)', () => {
    const { dates } = seasonCalendar(2027);
    expect(dates.matchDay).toMatchObject({ date: '2027-03-19', derived: true });
    expect(dates.matchWeekStart).toMatchObject({ date: '2027-03-15', derived: true });
    expect(dates.rolDeadline).toMatchObject({ date: '2027-03-03', derived: true });
    expect(dates.rankingOpens).toMatchObject({ date: '2027-02-01', derived: true });
    expect(dates.nrmpStandardRegistrationDeadline).toMatchObject({ date: '2027-01-31' });
    expect(dates.nrmpRegistrationOpens).toMatchObject({ date: '2026-09-15', derived: true });
    expect(dates.erasOpens).toMatchObject({ date: '2026-06-03', derived: false });
    expect(dates.erasSubmissionOpens).toMatchObject({ date: '2026-09-02', derived: true });
    expect(dates.erasProgramsReview).toMatchObject({ date: '2026-09-23', derived: true });
    expect(dates.erasSeasonEnds).toMatchObject({ date: '2027-05-31', derived: true });
    expect(dates.residencyStart).toMatchObject({ date: '2027-07-01', derived: false });
  });

  it('treats Match Week as exact when Match Day is published', () => {
    expect(seasonCalendar(2023).dates.matchWeekStart).toMatchObject({
      date: '2023-03-13',
      derived: false,
    });
  });

  it('has every key for every supported season, in date order around Match Day', () => {
    for (let year = 2023; year <= 2060; year++) {
      const { dates } = seasonCalendar(year);
      expect(Object.keys(dates).sort()).toEqual([...SEASON_DATE_KEYS].sort());
      const order = [
        dates.erasOpens,
        dates.erasSubmissionOpens,
        dates.nrmpRegistrationOpens,
        dates.erasProgramsReview,
        dates.nrmpStandardRegistrationDeadline,
        dates.rankingOpens,
        dates.rolDeadline,
        dates.matchWeekStart,
        dates.matchDay,
        dates.erasSeasonEnds,
        dates.residencyStart,
      ].map((d) => d.date);
      expect(order).toEqual([...order].sort());
    }
  });

  it('refuses seasons it cannot plan', () => {
    for (const season of [2022, 2101, 2026.5, Number.NaN])
      expect(() => seasonCalendar(season)).toThrow(/unsupported season/);
  });
});
