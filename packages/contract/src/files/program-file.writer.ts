import type { FileResponse } from '../common.schema.ts';
import { csvLine } from './file-text.ts';
import { PROGRAM_FILE_COLUMNS, type ProgramFileKey } from './program-file.schema.ts';

/**
 * The catalogue export in the import format (docs/program-data-format.md), so an export
 * re-imports unchanged. Synthetic records are labelled: a comment line on top of the CSV (the
 * import skips lines starting with #), the `synthetic` column, and `label` in the JSON.
 */

type Cell = string | number | boolean | null;
type DateKey = 'applicationDeadline' | 'interviewInvitations';

/** A catalogue program as the export reads it. */
export type ExportedProgram = {
  readonly [K in Exclude<ProgramFileKey, DateKey | 'synthetic'>]: Cell;
} & {
  readonly synthetic: boolean;
  readonly deadlines: {
    readonly application: string | null;
    readonly interviewInvitations: string | null;
  } | null;
  readonly dataset: string;
};

export interface ProgramExport {
  readonly programs: readonly ExportedProgram[];
  readonly exportedAt: string;
  /** What the synthetic records are, for the label. */
  readonly syntheticLabel: string;
}

function cellOf(p: ExportedProgram, key: ProgramFileKey): Cell {
  if (key === 'applicationDeadline') return p.deadlines?.application ?? null;
  if (key === 'interviewInvitations') return p.deadlines?.interviewInvitations ?? null;
  return p[key];
}

/** The `# SYNTHETIC …` first line of a CSV holding synthetic records ('' without any). */
export function syntheticCsvComment(
  programs: readonly { readonly synthetic: boolean | null }[],
  label: string,
): string {
  const count = programs.filter((p) => p.synthetic).length;
  return count === 0 ? '' : `# ${label} (${count} synthetic records, column synthetic=true)\r\n`;
}

export function programsCsv(data: ProgramExport): string {
  let out =
    syntheticCsvComment(data.programs, data.syntheticLabel) +
    csvLine([...PROGRAM_FILE_COLUMNS.map((c) => c.column), 'dataset']);
  for (const p of data.programs) {
    out += csvLine([...PROGRAM_FILE_COLUMNS.map((c) => cellOf(p, c.key)), p.dataset]);
  }
  return out;
}

export function programsJson(data: ProgramExport): string {
  const synthetic = data.programs.filter((p) => p.synthetic).length;
  return `${JSON.stringify(
    {
      ...(synthetic > 0 ? { label: data.syntheticLabel, syntheticPrograms: synthetic } : {}),
      exportedAt: data.exportedAt,
      programs: data.programs,
    },
    null,
    2,
  )}\n`;
}

/** The export as a download (GET /api/programs/export, `matchready programs export`). */
export function programExportFile(format: 'csv' | 'json', data: ProgramExport): FileResponse {
  const day = data.exportedAt.slice(0, 10);
  return format === 'csv'
    ? {
        filename: `matchready-programs-${day}.csv`,
        contentType: 'text/csv; charset=utf-8',
        content: programsCsv(data),
      }
    : {
        filename: `matchready-programs-${day}.json`,
        contentType: 'application/json; charset=utf-8',
        content: programsJson(data),
      };
}
