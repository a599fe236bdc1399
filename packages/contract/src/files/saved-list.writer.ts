import type { FileResponse } from '../common.schema.ts';
import { csvLine } from './file-text.ts';
import { syntheticCsvComment } from './program-file.writer.ts';

/**
 * The applicant's saved program list as CSV (GET /api/programs/saved-list/export): one row per
 * program with its tier and reasons for the current profile and the private note. Free text is
 * written formula-safe, since the file is opened in spreadsheets.
 */
export interface SavedListRow {
  readonly order: number;
  readonly id: string;
  readonly name: string;
  readonly specialty: string | null;
  readonly state: string | null;
  readonly city: string | null;
  readonly eligible: boolean | null;
  readonly tier: string | null;
  readonly interviewChancePct: number | null;
  readonly reasons: string | null;
  readonly j1: boolean | null;
  readonly h1b: boolean | null;
  readonly imgShare: number | null;
  readonly positions: number | null;
  readonly note: string;
  readonly synthetic: boolean | null;
  readonly dataset: string | null;
}

const COLUMNS: readonly (readonly [string, keyof SavedListRow])[] = [
  ['order', 'order'],
  ['id', 'id'],
  ['name', 'name'],
  ['specialty', 'specialty'],
  ['state', 'state'],
  ['city', 'city'],
  ['eligible', 'eligible'],
  ['tier', 'tier'],
  ['interview_chance_pct', 'interviewChancePct'],
  ['reasons', 'reasons'],
  ['j1', 'j1'],
  ['h1b', 'h1b'],
  ['img_share', 'imgShare'],
  ['positions', 'positions'],
  ['note', 'note'],
  ['synthetic', 'synthetic'],
  ['dataset', 'dataset'],
];

export interface SavedListExport {
  readonly rows: readonly SavedListRow[];
  readonly exportedAt: string;
  readonly syntheticLabel: string;
}

export function savedListFile(data: SavedListExport): FileResponse {
  let content =
    syntheticCsvComment(data.rows, data.syntheticLabel) +
    csvLine(COLUMNS.map(([column]) => column));
  for (const row of data.rows) content += csvLine(COLUMNS.map(([, key]) => row[key]));
  return {
    filename: `matchready-my-program-list-${data.exportedAt.slice(0, 10)}.csv`,
    contentType: 'text/csv; charset=utf-8',
    content,
  };
}
