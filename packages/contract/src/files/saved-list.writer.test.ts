import { describe, expect, it } from 'vitest';
import { type SavedListRow, savedListFile } from './saved-list.writer.ts';

const row = (order: number, extra: Partial<SavedListRow> = {}): SavedListRow => ({
  order,
  id: `P${order}`,
  name: 'Example Medicine',
  specialty: 'internal-medicine',
  state: 'NY',
  city: null,
  eligible: true,
  tier: 'target',
  interviewChancePct: 42.5,
  reasons: 'Sponsors J-1 | First attempt',
  j1: true,
  h1b: null,
  imgShare: 0.4,
  positions: 10,
  note: '',
  synthetic: false,
  dataset: 'Org list',
  ...extra,
});

describe('savedListFile', () => {
  it('writes a header and one row per program, free text formula-safe', () => {
    const file = savedListFile({
      rows: [row(1, { note: '=HYPERLINK("x") call them' }), row(2, { note: 'fine, "really"' })],
      exportedAt: '2026-03-02T10:00:00.000Z',
      syntheticLabel: 'SYNTHETIC',
    });
    expect(file.filename).toBe('matchready-my-program-list-2026-03-02.csv');
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.content.split('\r\n')).toEqual([
      'order,id,name,specialty,state,city,eligible,tier,interview_chance_pct,reasons,j1,h1b,img_share,positions,note,synthetic,dataset',
      `1,P1,Example Medicine,internal-medicine,NY,,true,target,42.5,Sponsors J-1 | First attempt,true,,0.4,10,"'=HYPERLINK(""x"") call them",false,Org list`,
      '2,P2,Example Medicine,internal-medicine,NY,,true,target,42.5,Sponsors J-1 | First attempt,true,,0.4,10,"fine, ""really""",false,Org list',
      '',
    ]);
  });

  it('labels synthetic programs on the first line', () => {
    const file = savedListFile({
      rows: [row(1, { synthetic: true }), row(2)],
      exportedAt: '2026-03-02T10:00:00.000Z',
      syntheticLabel: 'SYNTHETIC SAMPLE: not real',
    });
    expect(file.content.split('\r\n')[0]).toBe(
      '# SYNTHETIC SAMPLE: not real (1 synthetic records, column synthetic=true)',
    );
  });
});
