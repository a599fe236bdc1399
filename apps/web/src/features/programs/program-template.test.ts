import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROGRAM_FILE_COLUMNS, parseProgramCsv } from '@matchready/contract/files';
import { describe, expect, it } from 'vitest';

// The template the catalogue page offers for download must be a file the importer accepts, with
// every column of the format (issue 13: no template to download).
const template = readFileSync(
  join(import.meta.dirname, '../../../public/templates/program-data-template.csv'),
  'utf8',
);

describe('program data template', () => {
  it('has every column of the format, in the format’s order', () => {
    const header = template.split('\n').find((line) => line !== '' && !line.startsWith('#'));
    expect(header?.split(',')).toEqual(PROGRAM_FILE_COLUMNS.map((c) => c.column));
  });

  it('imports as one valid, synthetic program', () => {
    const parsed = parseProgramCsv(template);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.records).toHaveLength(1);
    expect(parsed.records[0]).toMatchObject({
      id: 'EXAMPLE-0001',
      specialty: 'Internal Medicine',
      synthetic: true,
    });
  });
});
