import type { ProgramParticipantRole } from '@matchready/core/vocabulary';
import type { FileResponse } from '../common.schema.ts';
import { csvLine } from './file-text.ts';
import { PEOPLE_FILE_TEMPLATES } from './program-people.schema.ts';

/** A published pair as exported (GET /api/mentorship-programs/:id/pairs.csv). */
export interface ProgramPairExportRow {
  readonly mentee: string;
  readonly menteeName: string;
  readonly mentor: string;
  readonly mentorName: string;
  readonly score: number;
  readonly publishedAt: string;
  /** Meetings held in the pair's relationship tracker (0 while not both people accepted). */
  readonly meetings: number;
  readonly lastMeetingAt: string | null;
  /** Published 8+ weeks ago and no meeting held in the last 8 weeks. */
  readonly noRecentMeeting: boolean;
  /** Pulse survey answers "helpful/fit/communication" (1–5 each), empty when not answered. */
  readonly menteePulse: string;
  readonly menteeComment: string;
  readonly mentorPulse: string;
  readonly mentorComment: string;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'program';

/**
 * Names and pulse comments are free text typed by people: written formula-safe, since the file
 * opens in spreadsheets.
 */
export function programPairsFile(
  program: string,
  rows: readonly ProgramPairExportRow[],
  at: string,
): FileResponse {
  let content = csvLine([
    'mentee_id',
    'mentee_name',
    'mentor_id',
    'mentor_name',
    'score',
    'published_at',
    'meetings_logged',
    'last_meeting_at',
    'no_meeting_8_weeks',
    'mentee_pulse_helpful_fit_communication',
    'mentee_pulse_comment',
    'mentor_pulse_helpful_fit_communication',
    'mentor_pulse_comment',
  ]);
  for (const r of rows)
    content += csvLine([
      r.mentee,
      r.menteeName,
      r.mentor,
      r.mentorName,
      r.score,
      r.publishedAt,
      r.meetings,
      r.lastMeetingAt ?? '',
      r.noRecentMeeting ? 'yes' : 'no',
      r.menteePulse,
      r.menteeComment,
      r.mentorPulse,
      r.mentorComment,
    ]);
  return {
    filename: `matchready-${slug(program)}-pairs-${at.slice(0, 10)}.csv`,
    contentType: 'text/csv; charset=utf-8',
    content,
  };
}

export const peopleTemplateFile = (role: ProgramParticipantRole): FileResponse => ({
  filename: `matchready-program-${role}s-template.csv`,
  contentType: 'text/csv; charset=utf-8',
  content: PEOPLE_FILE_TEMPLATES[role],
});
