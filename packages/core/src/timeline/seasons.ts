// Season dates as data: what each published Match calendar says, with its source. A new season is
// a new entry here. Dates nobody has published yet come from the rules in season-rules.ts.
import type { CalendarDate } from './calendar-date.ts';
import type { TimelineSourceId } from './sources.ts';

/** The dates a Match season (the Match year Y; training starts 1 July of Y) is built from. */
export const SEASON_DATE_KEYS = [
  'erasOpens',
  'erasSubmissionOpens',
  'erasProgramsReview',
  'nrmpRegistrationOpens',
  'nrmpStandardRegistrationDeadline',
  'rankingOpens',
  'rolDeadline',
  'matchWeekStart',
  'matchDay',
  'erasSeasonEnds',
  'residencyStart',
] as const;
export type SeasonDateKey = (typeof SEASON_DATE_KEYS)[number];

export interface PublishedDate {
  readonly date: CalendarDate;
  readonly source: TimelineSourceId;
}

export type PublishedSeason = Readonly<Partial<Record<SeasonDateKey, PublishedDate>>>;

const from =
  (source: TimelineSourceId) =>
  (date: CalendarDate): PublishedDate => ({ date, source });

const nrmp2023 = from('nrmp-illuminator-2023-02');
const umaryland2024 = from('umaryland-match-calendar-2024');
const nrmp2025 = from('nrmp-results-2025');
const nrmpSchools2025 = from('nrmp-medical-schools-calendar-2025');
const eras2026 = from('aamc-eras-timeline-2026');
const nrmp2026 = from('nrmp-match-week-2026');
const eras2027 = from('quantaprep-eras-2027');

/**
 * Published dates by Match year, transcribed from the sources (public-facts.json ids in
 * sources.ts). The AAMC's 2026 timeline also gives the end of the 2025 ERAS season.
 */
export const PUBLISHED_SEASONS: Readonly<Record<number, PublishedSeason>> = {
  2023: {
    rankingOpens: nrmp2023('2023-02-01'),
    rolDeadline: nrmp2023('2023-03-01'),
    matchDay: nrmp2023('2023-03-17'),
  },
  2024: {
    nrmpRegistrationOpens: umaryland2024('2023-09-15'),
    rankingOpens: umaryland2024('2024-02-01'),
    rolDeadline: umaryland2024('2024-02-28'),
    matchWeekStart: umaryland2024('2024-03-11'),
    matchDay: umaryland2024('2024-03-15'),
  },
  2025: {
    nrmpStandardRegistrationDeadline: nrmpSchools2025('2025-01-31'),
    matchDay: nrmp2025('2025-03-21'),
    erasSeasonEnds: eras2026('2025-05-31'),
  },
  2026: {
    erasOpens: eras2026('2025-06-04'),
    erasSubmissionOpens: eras2026('2025-09-03'),
    erasProgramsReview: eras2026('2025-09-24'),
    nrmpRegistrationOpens: nrmp2026('2025-09-15'),
    matchWeekStart: nrmp2026('2026-03-16'),
    matchDay: nrmp2026('2026-03-20'),
    erasSeasonEnds: eras2026('2026-05-31'),
  },
  2027: {
    erasOpens: eras2027('2026-06-03'),
  },
};
