import { unknownProgram } from '@matchready/core/programs';
import { describe, expect, it } from 'vitest';
import { J1_PROFILE, LIST, rejection, setup } from './programs-test-support.ts';

describe('program catalogue', () => {
  it('seeds the synthetic sample once, labelled, and reports it in meta', async () => {
    const { programs } = await setup();
    expect(await programs.catalogue.seedSampleIfEmpty(400)).toBe(0);
    const meta = await programs.catalogue.meta();
    expect(meta).toMatchObject({ totalPrograms: 400, syntheticPrograms: 400, matchYear: 2027 });
    expect(meta.datasets).toEqual([
      { dataset: 'synthetic-sample', synthetic: true, programs: 400 },
    ]);
    expect(
      (await programs.catalogue.all()).every((p) => p.synthetic && p.id.startsWith('SYN-')),
    ).toBe(true);
  });

  it('imports for admins only, normalising the records; replaced ids are counted', async () => {
    const { programs, user } = await setup();
    const admin = await user('org@example.org', 'organisation-admin');
    const applicant = await user('a@example.org');
    // Records as the contract's parser reads a file: the specialty as written, no region.
    const read = [
      { ...unknownProgram('R1', 'Real One', 'Pediatrics'), state: 'TX' },
      { ...unknownProgram('R2', 'Real Two', 'Dermatology'), state: 'CA', region: 'south' as const },
    ];
    const upload = { format: 'csv' as const, programs: read };
    expect((await rejection(programs.catalogue.import(applicant, upload))).code).toBe('forbidden');
    const done = await programs.catalogue.import(admin, { ...upload, dataset: 'Texas' });
    expect(done.import).toMatchObject({
      programs: 2,
      replaced: 0,
      dataset: 'Texas',
      importedBy: admin.id,
      synthetic: false,
    });
    expect(done.warnings).toEqual([
      expect.stringContaining('Specialty "dermatology" is not one MatchReady knows'),
    ]);
    const stored = (await programs.catalogue.all()).filter((p) => p.id.startsWith('R'));
    expect(stored.map((p) => [p.id, p.specialty, p.region, p.dataset])).toEqual([
      ['R1', 'pediatrics', 'south', 'Texas'],
      ['R2', 'dermatology', 'south', 'Texas'],
    ]);
    const again = await programs.catalogue.import(null, upload);
    expect(again.import).toMatchObject({ programs: 2, replaced: 2, importedBy: null });
    expect((await programs.catalogue.meta()).totalPrograms).toBe(402);
    const reserved = programs.catalogue.import(admin, { ...upload, dataset: 'synthetic-sample' });
    expect((await rejection(reserved)).code).toBe('invalid-input');
    expect((await programs.catalogue.meta()).totalPrograms).toBe(402);
  });

  it('exports a dataset filter with what synthetic records are', async () => {
    const { programs } = await setup();
    const all = await programs.catalogue.export('all');
    expect(all.programs).toHaveLength(400);
    expect(all.syntheticLabel).toMatch(/^SYNTHETIC SAMPLE/);
    expect(all.exportedAt).toBe('2026-06-01T12:00:00.000Z');
    expect((await programs.catalogue.export('imported')).programs).toEqual([]);
  });

  it('searches by text, specialty, state and ids, with paging', async () => {
    const { programs } = await setup();
    const all = await programs.catalogue.all();
    const im = all.filter((p) => p.specialty === 'internal-medicine');
    const page = await programs.catalogue.search({
      specialty: ['Internal Medicine'],
      dataset: 'all',
      page: 1,
      pageSize: 5,
    });
    expect(page.total).toBe(im.length);
    expect(page.programs.map((p) => p.id)).toEqual(im.slice(0, 5).map((p) => p.id));
    const one = all[7];
    if (!one) throw new Error('sample too small');
    const byId = await programs.catalogue.search({
      ids: [one.id],
      dataset: 'all',
      page: 1,
      pageSize: 5,
    });
    expect(byId.programs).toEqual([one]);
    const byName = await programs.catalogue.search({
      q: one.id.toLowerCase(),
      dataset: 'synthetic',
      page: 1,
      pageSize: 5,
    });
    expect(byName.programs.map((p) => p.id)).toContain(one.id);
    expect(
      (await programs.catalogue.search({ dataset: 'imported', page: 1, pageSize: 5 })).total,
    ).toBe(0);
  });
});

describe('program list from the saved profile', () => {
  it('asks for a complete profile first', async () => {
    const { programs, user } = await setup();
    const me = await user('a@example.org');
    const error = await rejection(programs.lists.build(me, LIST));
    expect(error.code).toBe('invalid-input');
    expect(error.details.issues?.[0]?.code).toBe('profile-incomplete');
  });

  it('shows ineligible programs with reasons (never a reach) and the three tiers', async () => {
    const { services, programs, user } = await setup();
    const me = await user('a@example.org');
    await services.profile.save(me, J1_PROFILE);
    const view = await programs.lists.build(me, LIST);
    expect(view.matchYear).toBe(2027);
    expect(view.profile).toMatchObject({ visa: 'j1', failedAttempts: 1, yearsSinceGraduation: 9 });
    expect(view.entries.every((e) => e.program.specialty === 'internal-medicine')).toBe(true);
    const ineligible = view.entries.filter((e) => !e.eligible);
    expect(ineligible.length).toBeGreaterThan(0);
    for (const e of ineligible) {
      expect(e.tier).toBeNull();
      expect(e.reasons.length).toBeGreaterThan(0);
    }
    expect(ineligible.some((e) => e.reasons.some((r) => r.code === 'visa-j1-not-accepted'))).toBe(
      true,
    );
    expect(view.summary.suggestions[0]?.specialty).toBe('internal-medicine');
    // Tier order: safety, target, reach, then ineligible.
    const order = view.entries.map((e) =>
      e.tier === null ? 3 : ['safety', 'target', 'reach'].indexOf(e.tier),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));

    const reach = await programs.lists.build(me, { ...LIST, tier: ['reach'] });
    expect(reach.entries.every((e) => e.tier === 'reach' && e.eligible)).toBe(true);
    const j1 = await programs.lists.build(me, { ...LIST, visa: 'j1', eligibility: 'eligible' });
    expect(j1.entries.every((e) => e.program.j1 !== false)).toBe(true);
    const paged = await programs.lists.build(me, { ...LIST, sort: 'name', page: 2, pageSize: 3 });
    const names = view.entries.map((e) => e.program.name).sort();
    expect(paged.entries.map((e) => e.program.name)).toEqual(names.slice(3, 6));
    expect(paged.total).toBe(view.total);
  });

  it('is never stale: a saved profile or a catalogue change shows on the next read', async () => {
    const { services, programs, user } = await setup();
    const me = await user('a@example.org');
    const admin = await user('org@example.org', 'organisation-admin');
    await services.profile.save(me, J1_PROFILE);
    const query = { ...LIST, pageSize: 1000 };
    const first = await programs.lists.build(me, query);
    expect(await programs.lists.build(me, query)).toEqual(first);
    const j1Refusals = (view: typeof first) =>
      view.entries.filter((e) => e.reasons.some((r) => r.code === 'visa-j1-not-accepted')).length;
    expect(j1Refusals(first)).toBeGreaterThan(0);

    await services.profile.save(me, { ...J1_PROFILE, visaNeed: 'none' });
    const noVisa = await programs.lists.build(me, query);
    expect(noVisa.profile.visa).toBe('none');
    expect(j1Refusals(noVisa)).toBe(0);

    const added = { ...unknownProgram('NEW-IM-1', 'New Internal Medicine', 'Internal Medicine') };
    await programs.catalogue.import(admin, {
      format: 'csv',
      programs: [{ ...added, state: 'NY' }],
      dataset: 'New York',
    });
    const withNew = await programs.lists.build(me, query);
    expect(withNew.total).toBe(noVisa.total + 1);
    expect(withNew.entries.map((e) => e.id)).toContain('NEW-IM-1');
    await services.programs.datasets.deleteMine(admin, 'New York');
    const without = await programs.lists.build(me, query);
    expect(without.entries.map((e) => e.id)).not.toContain('NEW-IM-1');
    expect(without.total).toBe(noVisa.total);
  });

  it('rejects a specialty neither the core nor the catalogue knows', async () => {
    const { services, programs, user } = await setup();
    const me = await user('a@example.org');
    await services.profile.save(me, J1_PROFILE);
    const error = await rejection(programs.lists.build(me, { ...LIST, specialty: ['Astrology'] }));
    expect(error.details.issues?.[0]).toMatchObject({
      code: 'unknown-specialty',
      path: ['specialty', 0],
    });
  });

  it('estimates P(match) or names the unknown specialty', async () => {
    const { programs } = await setup();
    const estimate = programs.lists.calculate({
      specialty: 'IM',
      ranks: 8,
      type: 'non-us-img',
      step2: 250,
    });
    expect(estimate.probability).toBeGreaterThan(0.5);
    expect(estimate.sources.length).toBeGreaterThan(0);
    expect(() =>
      programs.lists.calculate({ specialty: 'Astrology', ranks: 3, type: 'us-img' }),
    ).toThrow(/cannot estimate/);
  });
});

describe('saved list and rank lists', () => {
  it('saves notes for catalogue programs only and exports them as CSV', async () => {
    const { services, programs, user } = await setup();
    const me = await user('a@example.org');
    await services.profile.save(me, J1_PROFILE);
    const [a, b] = await programs.catalogue.all();
    if (!a || !b) throw new Error('sample too small');
    const bad = await rejection(
      programs.savedList.save(me, [
        { programId: a.id, note: '' },
        { programId: 'NOPE', note: '' },
      ]),
    );
    expect(bad.details.issues?.map((i) => i.path)).toEqual([['entries', 1, 'programId']]);
    const saved = await programs.savedList.save(me, [
      { programId: b.id, note: '  =HYPERLINK("x") call them  ' },
      { programId: a.id, note: 'first choice' },
    ]);
    expect(saved.entries.map((e) => [e.programId, e.note, e.program?.name])).toEqual([
      [b.id, '=HYPERLINK("x") call them', b.name],
      [a.id, 'first choice', a.name],
    ]);
    const file = await programs.savedList.export(me);
    expect(file.syntheticLabel).toMatch(/^SYNTHETIC SAMPLE/);
    expect(file.rows.map((r) => [r.order, r.id, r.note, r.synthetic])).toEqual([
      [1, b.id, '=HYPERLINK("x") call them', true],
      [2, a.id, 'first choice', true],
    ]);
    // Judged for the saved profile: eligibility, tier and the reasons, as in the list.
    expect(file.rows[0]).toMatchObject({ eligible: expect.any(Boolean), name: b.name });
    expect(typeof file.rows[0]?.reasons).toBe('string');
  });

  it('keeps rank lists private: another applicant gets not-found', async () => {
    const { programs, user } = await setup();
    const me = await user('a@example.org');
    const other = await user('b@example.org');
    const [a, b] = await programs.catalogue.all();
    if (!a || !b) throw new Error('sample too small');
    const created = await programs.rankLists.create(me, {
      name: ' Draft ',
      entries: [{ programId: a.id, note: 'loved it' }],
    });
    expect(created).toMatchObject({
      name: 'Draft',
      entries: [{ programId: a.id, note: 'loved it' }],
    });
    const updated = await programs.rankLists.update(me, created.id, {
      name: 'Final',
      entries: [
        { programId: b.id, note: '' },
        { programId: a.id, note: '' },
      ],
    });
    expect(updated.entries.map((e) => e.programId)).toEqual([b.id, a.id]);
    expect(await programs.rankLists.list(me)).toEqual([
      expect.objectContaining({ id: created.id, name: 'Final', programs: 2 }),
    ]);
    expect((await rejection(programs.rankLists.get(other, created.id))).code).toBe('not-found');
    expect((await rejection(programs.rankLists.remove(other, created.id))).code).toBe('not-found');
    await programs.rankLists.remove(me, created.id);
    expect(await programs.rankLists.list(me)).toEqual([]);
  });

  it('shows eligibility, tier and chance on saved and rank lists, flagging ineligible entries', async () => {
    const { programs, user, services } = await setup();
    const me = await user('judge@example.org');
    const all = await programs.catalogue.all();
    const noJ1 = all.find((p) => p.j1 === false && p.specialty === 'internal-medicine');
    const fine = all.find(
      (p) => p.j1 === true && p.acceptsImgs !== false && p.specialty === 'internal-medicine',
    );
    if (!noJ1 || !fine) throw new Error('sample too small');
    const entries = [
      { programId: fine.id, note: '' },
      { programId: noJ1.id, note: '' },
    ];
    // Before a profile: nothing to judge by.
    const before = await programs.rankLists.create(me, { name: 'Mine', entries });
    expect(before.entries.map((e) => e.assessment ?? null)).toEqual([null, null]);
    await services.profile.save(me, J1_PROFILE);
    const list = await programs.rankLists.get(me, before.id);
    const [first, second] = list.entries;
    expect(second?.assessment).toMatchObject({ eligible: false, tier: null, chance: null });
    expect(second?.assessment?.reasons.join(' ')).toMatch(/J-1/);
    expect(first?.assessment?.eligible).toBe(true);
    expect(first?.assessment?.chance).toBeGreaterThan(0);
    const saved = await programs.savedList.save(me, entries);
    expect(saved.entries.map((e) => e.assessment?.eligible)).toEqual([true, false]);
  });
});
