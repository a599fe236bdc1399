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
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'program';

/** Names are free text typed by people: written formula-safe, since the file opens in spreadsheets. */
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
  ]);
  for (const r of rows)
    content += csvLine([r.mentee, r.menteeName, r.mentor, r.mentorName, r.score, r.publishedAt]);
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
