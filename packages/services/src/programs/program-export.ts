import { SYNTHETIC_LABEL } from '@matchready/core/programs';
import type { CatalogueProgram } from './program-domain.ts';
import { PROGRAM_FIELDS } from './program-fields.ts';

/**
 * Catalogue export in the import format (docs/program-data-format.md), so an export re-imports
 * unchanged. Synthetic records are labelled: a comment line on top of the CSV (the importer
 * skips lines starting with #), a `synthetic` column, and `label` in the JSON.
 */

type Cell = string | number | boolean | null;

/** RFC 4180 quoting; `safe` also defuses spreadsheet formulas in free text (=, +, -, @). */
export function csvCell(value: Cell, safe = false): string {
  if (value === null) return '';
  let text = String(value);
  if (safe && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r#]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (cells: readonly Cell[], safe = false): string =>
  `${cells.map((c) => csvCell(c, safe)).join(',')}\r\n`;

function fieldValue(p: CatalogueProgram, key: (typeof PROGRAM_FIELDS)[number]['key']): Cell {
  if (key === 'applicationDeadline') return p.deadlines?.application ?? null;
  if (key === 'interviewInvitations') return p.deadlines?.interviewInvitations ?? null;
  const value = p[key];
  return typeof value === 'object' ? null : value;
}

export const syntheticCsvHeader = (programs: readonly { synthetic: boolean }[]): string => {
  const count = programs.filter((p) => p.synthetic).length;
  return count === 0
    ? ''
    : `# ${SYNTHETIC_LABEL} (${count} synthetic records, column synthetic=true)\r\n`;
};

export function programsToCsv(programs: readonly CatalogueProgram[]): string {
  const columns = [...PROGRAM_FIELDS.map((f) => f.column), 'dataset'];
  let out = syntheticCsvHeader(programs) + csvLine(columns);
  for (const p of programs) {
    out += csvLine([...PROGRAM_FIELDS.map((f) => fieldValue(p, f.key)), p.dataset]);
  }
  return out;
}

export function programsToJson(programs: readonly CatalogueProgram[], exportedAt: string): string {
  const synthetic = programs.filter((p) => p.synthetic).length;
  return `${JSON.stringify(
    {
      ...(synthetic > 0 ? { label: SYNTHETIC_LABEL, syntheticPrograms: synthetic } : {}),
      exportedAt,
      programs,
    },
    null,
    2,
  )}\n`;
}
