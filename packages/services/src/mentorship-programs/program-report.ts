import type { ProgramPairRow } from '@matchready/core/vocabulary';
import type { MentorshipProgramRecord } from './mentorship-program-domain.ts';
import type { MentorshipProgramRepository } from './mentorship-program-ports.ts';
import {
  type ProgramActivityDeps,
  pairActivity,
  pulseCell,
  pulseSummary,
} from './program-activity.ts';
import { invitationStatus } from './program-invitation-domain.ts';
import { scoreDistribution, splitPeople } from './program-review.ts';

export interface ProgramReportDeps extends ProgramActivityDeps {
  readonly mentorshipPrograms: MentorshipProgramRepository;
}

async function load(deps: ProgramReportDeps, program: MentorshipProgramRecord, now: Date) {
  const repo = deps.mentorshipPrograms;
  const people = await repo.listParticipants(program.id);
  const published = await repo.listPublished(program.id);
  const pairs = await pairActivity(deps, program.id, people, published, now);
  return { people, published, pairs, answers: await repo.listPulseAnswers(program.id) };
}

/**
 * Matched share, score distribution and capacity use of the published pairs; who accepted their
 * invitation and corrected their details; meetings per pair with the 8-week flag; and the pulse
 * survey, aggregated per side (decision 047).
 */
export async function programReport(
  deps: ProgramReportDeps,
  program: MentorshipProgramRecord,
  now: Date,
) {
  const { people, published, pairs, answers } = await load(deps, program, now);
  const { mentors, mentees } = splitPeople(people);
  const maxScore = Object.values(program.weights).reduce((a, b) => a + b, 0);
  const capacity = mentors.reduce((sum, m) => sum + m.capacity, 0);
  const status = people.map(invitationStatus);
  return {
    mentees: mentees.length,
    mentors: mentors.length,
    matched: published.length,
    matchedShare: mentees.length === 0 ? 0 : published.length / mentees.length,
    capacity,
    averageScore:
      published.length === 0 ? null : published.reduce((s, p) => s + p.score, 0) / published.length,
    distribution: scoreDistribution(
      published.map((p) => p.score),
      maxScore,
    ),
    invitations: {
      notInvited: status.filter((s) => s === 'not-invited').length,
      invited: status.filter((s) => s === 'invited').length,
      accepted: status.filter((s) => s === 'accepted').length,
      edited: people.filter((p) => p.editedAt !== null).length,
    },
    activity: {
      tracked: pairs.filter((p) => p.tracked).length,
      meetings: pairs.reduce((s, p) => s + p.meetings, 0),
      flagged: pairs.filter((p) => p.noRecentMeeting).length,
      pairs,
    },
    pulse: pulseSummary(answers),
  };
}

/** The published pairs with names, meetings and pulse answers, for the CSV export. */
export async function programPairRows(
  deps: ProgramReportDeps,
  program: MentorshipProgramRecord,
  now: Date,
): Promise<ProgramPairRow[]> {
  const { pairs, answers } = await load(deps, program, now);
  const answer = (role: 'mentee' | 'mentor', id: string) =>
    answers.find((a) => a.role === role && a.personId === id);
  return pairs.map((p) => {
    const a = answer('mentee', p.mentee);
    const b = answer('mentor', p.mentor);
    return {
      mentee: p.mentee,
      menteeName: p.menteeName,
      mentor: p.mentor,
      mentorName: p.mentorName,
      score: p.score,
      publishedAt: p.publishedAt,
      meetings: p.meetings,
      lastMeetingAt: p.lastMeetingAt,
      noRecentMeeting: p.noRecentMeeting,
      menteePulse: pulseCell(a),
      menteeComment: a?.comment ?? '',
      mentorPulse: pulseCell(b),
      mentorComment: b?.comment ?? '',
    };
  });
}
