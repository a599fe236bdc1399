import type { ProgramPairRow, ProgramParticipantRole } from '@matchready/core/vocabulary';
import type { FileResponse } from '../common.schema.ts';
import { csvLine } from './file-text.ts';
import { PEOPLE_FILE_TEMPLATES } from './program-people.schema.ts';

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
  rows: readonly ProgramPairRow[],
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
