import {
  DEFAULT_COMPATIBILITY_WEIGHTS,
  filterMentors,
  listBookableSlots,
  type MentorFilter,
  rankMentors,
  SLOT_MINUTES,
  textKey,
} from '@matchready/core/mentorship';
import type { MentorType } from '@matchready/core/vocabulary';
import type { User } from '../account/account-domain.ts';
import { invalidInput, notFound } from '../shared/app-error.ts';
import type { MenteePreferencesRecord, MentorProfileRecord } from './mentorship-domain.ts';
import { type MentorshipDeps, mentorBookedTimes, mentorCard } from './mentorship-support.ts';
import type { BookableSlot, DirectoryEntryView, MentorMatchView } from './mentorship-views.ts';
import { type SlotZoneSource, slotZone } from './slot-zone.ts';

export interface MentorSearch {
  readonly specialties?: readonly string[] | undefined;
  readonly mentorTypes?: readonly MentorType[] | undefined;
  readonly languages?: readonly string[] | undefined;
  readonly withinHours?: number | undefined;
  readonly imgMentor?: boolean | undefined;
  readonly hasFreePlace?: boolean | undefined;
  readonly text?: string | undefined;
}

const MAX_SCORE = Object.values(DEFAULT_COMPATIBILITY_WEIGHTS).reduce((a, b) => a + b, 0);
const SLOTS_LISTED = 20;

const rankingInput = (profile: MentorProfileRecord, active: number) => ({
  id: profile.userId,
  specialties: profile.specialties,
  mentorTypes: profile.mentorTypes,
  imgCountry: profile.imgCountry,
  languages: profile.languages,
  timeZone: profile.timeZone,
  capacity: profile.capacity,
  activeMentees: active,
  acceptingRequests: profile.acceptingRequests,
});

const menteeInput = (prefs: MenteePreferencesRecord) => ({
  id: prefs.userId,
  specialties: prefs.specialties,
  mentorTypes: prefs.mentorTypes,
  country: prefs.country,
  languages: prefs.languages,
  timeZone: prefs.timeZone,
  wantsImgMentor: prefs.wantsImgMentor,
});

/**
 * The mentor directory: filters and the core's compatibility ranking for a mentee, with every
 * factor's contribution. A full, paused or blocked mentor is listed with the reason and is
 * never among the recommended (eligible) ones.
 */
export function createMentorDirectoryService(deps: MentorshipDeps) {
  const { mentorship, clock, users } = deps;

  async function entries(viewer: User, only?: string) {
    const now = clock.now();
    const [profiles, counts, prefs, blocked] = await Promise.all([
      only === undefined
        ? mentorship.mentors.list()
        : mentorship.mentors.find(only).then((p) => (p ? [p] : [])),
      mentorship.mentors.activeCounts(),
      viewer.role === 'applicant' ? mentorship.mentees.findPreferences(viewer.id) : null,
      viewer.role === 'applicant' ? mentorship.trust.blockedBy(viewer.id) : new Set<string>(),
    ]);
    return { now, profiles, counts, prefs, blocked };
  }

  async function build(
    viewer: User,
    profiles: readonly MentorProfileRecord[],
    counts: ReadonlyMap<string, number>,
    prefs: MenteePreferencesRecord | null,
    blocked: ReadonlySet<string>,
    now: Date,
  ): Promise<DirectoryEntryView[]> {
    const byId = new Map(profiles.map((p) => [p.userId, p]));
    const inputs = profiles.map((p) => rankingInput(p, counts.get(p.userId) ?? 0));
    const matches = new Map<string, MentorMatchView>();
    let order = profiles.map((p) => p.userId);
    if (prefs) {
      const ranking = rankMentors(menteeInput(prefs), inputs, { now, blockedMentorIds: blocked });
      order = ranking.mentors.map((m) => m.id);
      for (const m of ranking.mentors)
        matches.set(m.id, {
          eligible: m.eligible,
          reasons: m.reasons,
          score: m.score,
          factors: m.factors,
        });
    }
    const views: DirectoryEntryView[] = [];
    for (const id of order) {
      const profile = byId.get(id) as MentorProfileRecord;
      const [user, requests] = await Promise.all([
        users.findById(id),
        mentorship.requests.listByMentor(id),
      ]);
      views.push({
        mentor: mentorCard(profile, user, counts.get(id) ?? 0, requests),
        match: matches.get(id) ?? null,
        blocked: blocked.has(id),
      });
    }
    if (viewer.role !== 'applicant' || !prefs)
      views.sort(
        (a, b) =>
          Number(b.mentor.freePlaces > 0 && b.mentor.acceptingRequests) -
            Number(a.mentor.freePlaces > 0 && a.mentor.acceptingRequests) ||
          a.mentor.displayName.localeCompare(b.mentor.displayName, 'en'),
      );
    return views;
  }

  return {
    async search(viewer: User, search: MentorSearch) {
      const { now, profiles, counts, prefs, blocked } = await entries(viewer);
      if (search.withinHours !== undefined && !prefs)
        throw invalidInput('Save your mentee preferences (time zone) to filter by time zone', [
          {
            code: 'required',
            path: ['withinHours'],
            message: 'Needs your time zone from your mentee preferences',
          },
        ]);
      const filter: MentorFilter = {
        ...(search.specialties ? { specialties: search.specialties } : {}),
        ...(search.mentorTypes ? { mentorTypes: search.mentorTypes } : {}),
        ...(search.languages ? { languages: search.languages } : {}),
        ...(search.imgMentor === undefined ? {} : { imgMentor: search.imgMentor }),
        ...(search.hasFreePlace === undefined ? {} : { hasFreePlace: search.hasFreePlace }),
        ...(search.withinHours !== undefined && prefs
          ? { timeZoneBand: { timeZone: prefs.timeZone, withinHours: search.withinHours } }
          : {}),
      };
      const inputs = profiles.map((p) => rankingInput(p, counts.get(p.userId) ?? 0));
      const kept = filterMentors(inputs, filter, now);
      if (!kept.ok) throw invalidInput('The filters are not valid', kept.issues);
      const keptIds = new Set(kept.value.map((m) => m.id));
      let chosen = profiles.filter((p) => keptIds.has(p.userId));
      const text = search.text?.trim();
      if (text) {
        const key = textKey(text);
        const names = new Map(
          await Promise.all(
            chosen.map(
              async (p) => [p.userId, (await users.findById(p.userId))?.displayName ?? ''] as const,
            ),
          ),
        );
        chosen = chosen.filter((p) =>
          [names.get(p.userId) ?? '', p.institution, p.helpsWith, ...p.specialties].some((field) =>
            textKey(field).includes(key),
          ),
        );
      }
      return {
        entries: await build(viewer, chosen, counts, prefs, blocked, now),
        maxScore: MAX_SCORE,
        needsPreferences: viewer.role === 'applicant' && prefs === null,
      };
    },

    async get(viewer: User, mentorId: string): Promise<DirectoryEntryView> {
      const { now, profiles, counts, prefs, blocked } = await entries(viewer, mentorId);
      if (profiles.length === 0) throw notFound('Mentor');
      const [entry] = await build(viewer, profiles, counts, prefs, blocked, now);
      return entry as DirectoryEntryView;
    },

    /** Bookable first-call slots in the mentor's availability, shown in both time zones. */
    async slots(
      viewer: User,
      mentorId: string,
      browserTimeZone?: string | undefined,
    ): Promise<{
      slots: BookableSlot[];
      minutes: number;
      menteeZone: { timeZone: string; source: SlotZoneSource };
    }> {
      const profile = await mentorship.mentors.find(mentorId);
      if (!profile) throw notFound('Mentor');
      const prefs = await mentorship.mentees.findPreferences(viewer.id);
      const menteeZone = slotZone(prefs?.timeZone, browserTimeZone, profile.timeZone);
      const booked = await mentorBookedTimes(deps, mentorId);
      const result = listBookableSlots({
        availability: { timeZone: profile.timeZone, windows: profile.availability },
        menteeTimeZone: menteeZone.timeZone,
        now: clock.now(),
        count: SLOTS_LISTED,
        slotMinutes: SLOT_MINUTES.default,
        booked,
        minNoticeMinutes: 12 * 60,
      });
      if (!result.ok) throw invalidInput('The mentor availability cannot be read', result.issues);
      return { slots: result.value, minutes: SLOT_MINUTES.default, menteeZone };
    },
  };
}
