// The season's own milestones (ERAS, NRMP registration, ranking, Match Week, SOAP, Match Day,
// residency start) from a SeasonCalendar. O(1): a fixed list.
import type {
  MilestoneCategory,
  MilestoneKind,
  SeasonMilestoneId,
} from '../vocabulary/timeline.ts';
import { formatLongDate } from './calendar-date.ts';
import type { SeasonCalendar } from './season-rules.ts';
import type { SeasonDateKey } from './seasons.ts';
import { sourceRef } from './sources.ts';
import type { DraftMilestone } from './status.ts';

export interface SeasonMilestoneOptions {
  /** Milestones Match Day waits for besides the ROL deadline (e.g. `ecfmg-requirements`). */
  readonly matchDayAlsoNeeds: readonly string[];
  /** Personal task ids the ERAS submission waits for. */
  readonly submissionNeeds: readonly string[];
  readonly img: boolean;
}

interface Spec {
  readonly id: SeasonMilestoneId;
  readonly key: SeasonDateKey;
  readonly kind: MilestoneKind;
  readonly category: MilestoneCategory;
  readonly title: string;
  readonly detail: string;
  readonly dependsOn?: readonly string[];
}

export function seasonMilestones(
  cal: SeasonCalendar,
  options: SeasonMilestoneOptions,
): DraftMilestone[] {
  const d = cal.dates;
  const on = (key: SeasonDateKey) => formatLongDate(d[key].date);
  const y = cal.season;
  const specs: readonly Spec[] = [
    {
      id: 'eras-opens',
      key: 'erasOpens',
      kind: 'event',
      category: 'application',
      title: `ERAS opens for the ${y} Match`,
      detail:
        'MyERAS opens: register, ask for your letters of recommendation, upload documents and ' +
        'start your application. Programs cannot receive applications yet.',
    },
    {
      id: 'eras-submission-opens',
      key: 'erasSubmissionOpens',
      kind: 'event',
      category: 'application',
      title: 'ERAS: applications can be sent to programs',
      detail: 'From this day (9 a.m. ET in recent seasons) you can certify and submit MyERAS.',
      dependsOn: ['eras-opens'],
    },
    {
      id: 'eras-submit',
      key: 'erasProgramsReview',
      kind: 'action',
      category: 'application',
      title: 'Submit your ERAS application',
      detail:
        `Programs start reviewing applications on ${on('erasProgramsReview')}. Sending yours ` +
        `before then (it can go from ${on('erasSubmissionOpens')}) means it is there on day one.`,
      dependsOn: ['eras-submission-opens', ...options.submissionNeeds],
    },
    {
      id: 'nrmp-registration-opens',
      key: 'nrmpRegistrationOpens',
      kind: 'event',
      category: 'match',
      title: `NRMP registration opens for the ${y} Main Residency Match`,
      detail: 'Registration for the Match (R3 system) is separate from ERAS: you need both.',
    },
    {
      id: 'nrmp-register',
      key: 'nrmpStandardRegistrationDeadline',
      kind: 'action',
      category: 'match',
      title: 'Register for the NRMP Match',
      detail:
        `Standard registration ends ${on('nrmpStandardRegistrationDeadline')}; after that a late ` +
        `fee applies, and registration closes at the rank order list deadline (${on('rolDeadline')}). ` +
        'Use the same name as in ERAS.',
      dependsOn: ['nrmp-registration-opens'],
    },
    {
      id: 'ranking-opens',
      key: 'rankingOpens',
      kind: 'event',
      category: 'match',
      title: 'Rank order list entry opens',
      detail: 'You can enter and certify your rank order list in the NRMP R3 system.',
    },
    {
      id: 'rol-deadline',
      key: 'rolDeadline',
      kind: 'action',
      category: 'match',
      title: 'Certify your rank order list (by 9 p.m. ET)',
      detail:
        'Rank programs in your true order of preference and only programs you would attend: a ' +
        'match is binding. After any change, certify the list again before the deadline.',
      dependsOn: ['ranking-opens', 'nrmp-register'],
    },
    {
      id: 'match-week',
      key: 'matchWeekStart',
      kind: 'event',
      category: 'match',
      title: 'Match Week: find out whether you matched',
      detail: 'On Monday of Match Week you learn whether you matched, not yet where.',
      dependsOn: ['rol-deadline'],
    },
    {
      id: 'soap',
      key: 'matchWeekStart',
      kind: 'event',
      category: 'match',
      title: 'SOAP, for eligible applicants who did not match',
      detail:
        'The Supplemental Offer and Acceptance Program runs Monday to Thursday of Match Week: ' +
        'eligible unmatched applicants apply to unfilled positions and receive offers through the NRMP.',
      dependsOn: ['match-week'],
    },
    {
      id: 'match-day',
      key: 'matchDay',
      kind: 'event',
      category: 'match',
      title: 'Match Day: results released',
      detail: 'You learn where you matched. The match is a binding commitment for both sides.',
      dependsOn: ['rol-deadline', ...options.matchDayAlsoNeeds],
    },
    {
      id: 'eras-season-ends',
      key: 'erasSeasonEnds',
      kind: 'event',
      category: 'application',
      title: 'ERAS season ends',
      detail: 'Save copies of anything in MyERAS you want to keep before the season closes.',
    },
    {
      id: 'residency-start',
      key: 'residencyStart',
      kind: 'event',
      category: 'match',
      title: 'Residency starts',
      detail: options.img
        ? 'Training starts. Ask your program early which documents it needs before the start ' +
          'date (ECFMG certificate, visa, state training licence).'
        : 'Training starts. Ask your program early which documents it needs before the start date.',
      dependsOn: ['match-day'],
    },
  ];
  return specs.map((s) => {
    const date = d[s.key];
    return {
      id: s.id,
      title: s.title,
      due: date.date,
      kind: s.kind,
      category: s.category,
      dependsOn: s.dependsOn ?? [],
      source: sourceRef(date.source),
      derived: date.derived,
      rule: date.rule,
      detail: s.detail,
      // Ticked-off actions are marked done by planTimeline, for every kind of milestone alike.
      done: false,
    };
  });
}
