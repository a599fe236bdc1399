/**
 * Directory filters (issue 9): within one filter the chosen values are alternatives (OR, as users
 * of mentor directories asked for, docs/sources.md#coding-coach-mentor-filters); different filters all apply (AND).
 * An empty or absent list does not filter. Input order is kept.
 */
import { fail, ok, type Result } from '../../shared/result.ts';
import type { MentorRankingInput, MentorType } from '../../vocabulary/mentorship.ts';
import { createIssueList } from '../input-checks.ts';
import { createOffsetLookup, hoursApart } from '../time-zone.ts';
import { hasFreePlace } from './eligibility.ts';
import { textKey } from './factors.ts';

export interface TimeZoneBand {
  /** The zone to compare with, usually the mentee's. */
  readonly timeZone: string;
  /** Keep mentors at most this many hours apart at `now`, e.g. 3 for "within ±3 h". */
  readonly withinHours: number;
}

export interface MentorFilter {
  readonly specialties?: readonly string[];
  readonly mentorTypes?: readonly MentorType[];
  readonly languages?: readonly string[];
  readonly timeZoneBand?: TimeZoneBand;
  /** true: only IMG mentors; false: only US/Canadian graduates. */
  readonly imgMentor?: boolean;
  /** Only IMG mentors trained in one of these countries. */
  readonly imgCountries?: readonly string[];
  /** Only mentors accepting requests with a free place. */
  readonly hasFreePlace?: boolean;
}

export type MentorPredicate = (mentor: MentorRankingInput) => boolean;

const keySet = (values: readonly string[] | undefined): ReadonlySet<string> | null =>
  values === undefined || values.length === 0 ? null : new Set(values.map(textKey));

const anyIn = (values: readonly string[], keys: ReadonlySet<string>): boolean =>
  values.some((value) => keys.has(textKey(value)));

/** Builds the predicate once; an unknown band zone or a bad band width is an issue. */
export function compileMentorFilter(filter: MentorFilter, now: Date): Result<MentorPredicate> {
  const out = createIssueList();
  const band = filter.timeZoneBand;
  const offsetOf = createOffsetLookup(now.getTime());
  let bandOffset: number | null = null;
  if (band !== undefined) {
    bandOffset = offsetOf(band.timeZone);
    if (bandOffset === null)
      out.add(
        'unknown-time-zone',
        ['timeZoneBand', 'timeZone'],
        `${JSON.stringify(band.timeZone)} is not a known IANA time zone.`,
      );
    if (!Number.isFinite(band.withinHours) || band.withinHours < 0 || band.withinHours > 12)
      out.add(
        'invalid-value',
        ['timeZoneBand', 'withinHours'],
        'The time-zone band is a number of hours from 0 to 12.',
      );
  }
  if (out.issues.length > 0) return fail(out.issues);

  const specialties = keySet(filter.specialties);
  const languages = keySet(filter.languages);
  const countries = keySet(filter.imgCountries);
  const types =
    filter.mentorTypes === undefined || filter.mentorTypes.length === 0
      ? null
      : new Set(filter.mentorTypes);

  return ok((mentor) => {
    if (specialties !== null && !anyIn(mentor.specialties, specialties)) return false;
    if (types !== null && !mentor.mentorTypes.some((t) => types.has(t))) return false;
    if (languages !== null && !anyIn(mentor.languages, languages)) return false;
    if (filter.imgMentor !== undefined && (mentor.imgCountry !== null) !== filter.imgMentor)
      return false;
    if (
      countries !== null &&
      (mentor.imgCountry === null || !countries.has(textKey(mentor.imgCountry)))
    )
      return false;
    if (filter.hasFreePlace === true && !hasFreePlace(mentor)) return false;
    if (band !== undefined && bandOffset !== null) {
      const offset = offsetOf(mentor.timeZone);
      // A mentor whose zone is unknown cannot be shown to be within the band.
      if (offset === null || hoursApart(offset, bandOffset) > band.withinHours) return false;
    }
    return true;
  });
}

/** The mentors that pass every filter, in input order (profiles pass through whole). */
export function filterMentors<M extends MentorRankingInput>(
  mentors: readonly M[],
  filter: MentorFilter,
  now: Date,
): Result<M[]> {
  const predicate = compileMentorFilter(filter, now);
  if (!predicate.ok) return fail(predicate.issues);
  return ok(mentors.filter(predicate.value));
}
