// docs/sources.md is the one list of public sources (decision 037). This test reads it and the
// repository: every cited id exists, every listed source is cited, every fact id in the program
// data is listed under a source, and every entry has its fields.
import { existsSync as exists, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CALCULATOR_SPECIALTIES,
  estimateMatchProbability,
  MARKET_COMPOSITION,
  REFERENCE_RATES,
  SPECIALTIES,
  US_CITIZEN_IMG_ADJUSTMENT,
} from '@matchready/core/programs';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const sourcesMd = readFileSync(join(root, 'docs/sources.md'), 'utf8');

interface Entry {
  readonly id: string;
  readonly fields: ReadonlyMap<string, string>;
}

function parseSources(text: string): Entry[] {
  return text
    .split(/^### /m)
    .slice(1)
    .map((block) => {
      const [heading = '', ...lines] = block.split('\n');
      const fields = new Map<string, string>();
      for (const line of lines) {
        const m = /^- \*\*([A-Za-z ]+):\*\* (.+)$/.exec(line);
        if (m) fields.set(m[1] as string, m[2] as string);
      }
      return { id: heading.trim(), fields };
    });
}

const entries = parseSources(sourcesMd);
const ids = new Set(entries.map((e) => e.id));

/** Text files of the repository a citation can live in (sources.md itself excluded). */
function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (/\.(ts|tsx|md|json)$/.test(name) && !path.endsWith('docs/sources.md')) out.push(path);
  }
  return out;
}
const corpus = ['packages', 'apps', 'docs', 'bench', 'scripts']
  .flatMap((d) => {
    try {
      return files(join(root, d));
    } catch {
      return [];
    }
  })
  .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

/** The program area: figures here must cite sources.md ids with `source: '<id>'`. */
const PROGRAM_AREA =
  /^(packages\/core\/src\/(programs\/|vocabulary\/programs)|packages\/contract\/src\/program|apps\/web\/src\/features\/(programs|match-calculator|rank-lists|help)\/|apps\/cli\/src\/commands\/(simulate|programs|calc))/;

describe('docs/sources.md', () => {
  it('has well-formed entries: id, Title, Publisher, Date, URL, Kind, Figures, Used in', () => {
    expect(entries.length).toBeGreaterThan(40);
    const problems = entries.flatMap((e) => {
      const out: string[] = [];
      if (!/^[a-z0-9-]+$/.test(e.id))
        out.push(`${e.id}: id must be lower-case letters, digits, hyphens`);
      for (const f of ['Title', 'Publisher', 'Date', 'URL', 'Kind', 'Figures', 'Used in'])
        if (!e.fields.has(f)) out.push(`${e.id}: missing ${f}`);
      const kind = e.fields.get('Kind') ?? '';
      if (!['primary', 'secondary', 'paper', 'book', 'software', 'derived'].includes(kind))
        out.push(`${e.id}: unknown Kind "${kind}"`);
      const url = e.fields.get('URL') ?? '';
      if (url !== '—' && !/^https?:\/\/\S+$/.test(url)) out.push(`${e.id}: URL "${url}"`);
      return out;
    });
    expect(problems).toEqual([]);
    expect(entries.length).toBe(ids.size);
  });

  it('lists every source cited as docs/sources.md#<id> anywhere in the repository', () => {
    const unknown = corpus.flatMap(({ path, text }) =>
      [...text.matchAll(/sources\.md#([a-z0-9-]+)/g)]
        .map((m) => m[1] as string)
        .filter((id) => !ids.has(id))
        .map((id) => `${path}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('cites no research notes that are not in the repository (public sources go in sources.md)', () => {
    const phantom = corpus.flatMap(({ path, text }) =>
      [...text.matchAll(/\bresearch(?:\/[\w-]+\.md| §\d)/g)]
        .filter((m) => !(m[0].endsWith('.md') && exists(join(root, m[0]))))
        .map((m) => `${path}: ${m[0]}`),
    );
    expect(phantom).toEqual([]);
  });

  it("lists every source: '<id>' the program area's figures carry", () => {
    const unknown = corpus
      .filter(({ path }) => PROGRAM_AREA.test(path))
      .flatMap(({ path, text }) =>
        [...text.matchAll(/\bsource: '([a-z0-9-]+-[a-z0-9-]+)'/g)]
          .map((m) => m[1] as string)
          .filter((id) => !ids.has(id))
          .map((id) => `${path}: ${id}`),
      );
    expect(unknown).toEqual([]);
  });

  it('has no unused source: each is cited by id, or relied on by a file that exists', () => {
    const others = (id: string) =>
      entries
        .filter((e) => e.id !== id)
        .some((e) => [...e.fields.values()].some((v) => v.includes(id)));
    const unused = entries.filter((e) => {
      if (corpus.some(({ text }) => text.includes(e.id)) || others(e.id)) return false;
      const users = (e.fields.get('Used in') ?? '').split(',').map((f) => f.trim());
      return !users.some((f) => /^[\w./-]+\.\w+$/.test(f) && exists(join(root, f)));
    });
    expect(unused.map((e) => e.id)).toEqual([]);
  });

  it("names only files that exist under each source's Used in", () => {
    const missing = entries.flatMap((e) =>
      (e.fields.get('Used in') ?? '')
        .split(',')
        .map((f) => f.trim().split(' ')[0] as string)
        .filter((f) => /^[\w./-]+\.\w+$/.test(f) && !exists(join(root, f)))
        .map((f) => `${e.id}: ${f}`),
    );
    expect(missing).toEqual([]);
  });

  it("lists every fact id of the program data under a source's Facts", () => {
    const listed = new Set(
      entries.flatMap((e) => (e.fields.get('Facts') ?? '').split(',').map((f) => f.trim())),
    );
    const used = [
      ...Object.values(MARKET_COMPOSITION).map((c) => c.factId),
      ...CALCULATOR_SPECIALTIES.map((c) => c.factId),
      ...SPECIALTIES.flatMap((s) => s.factIds),
      ...REFERENCE_RATES.sources.flatMap((s) => (s.factId ? [s.factId] : [])),
    ];
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((f) => !listed.has(f))).toEqual([]);
  });

  it('gives every figure the calculator shows a listed source id', () => {
    const r = estimateMatchProbability({
      specialty: 'internal-medicine',
      ranks: 5,
      applicantType: 'us-img',
      step2: 240,
    });
    if (!r.ok) throw new Error('estimate failed');
    expect(r.value.sources.length).toBeGreaterThan(2);
    expect(r.value.sources.filter((s) => !ids.has(s.source))).toEqual([]);
    expect(ids.has(US_CITIZEN_IMG_ADJUSTMENT.source)).toBe(true);
    // The 2025 rates come from the NRMP's own report, not a third-party transcription.
    const rates = REFERENCE_RATES.sources.map((s) => s.source);
    expect(rates.every((id) => id === 'nrmp-results-and-data-2025')).toBe(true);
  });
});
