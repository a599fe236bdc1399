import type { CatalogueProgram } from '@matchready/services';
import {
  catalogueSample,
  importRecord,
  programsRepositorySuite,
} from '@matchready/services/testing';
import { expect, it } from 'vitest';
import { describeEachDatabase } from './each-database.ts';

describeEachDatabase('program repositories', (fixture) => {
  programsRepositorySuite(() => fixture().repos);

  // The database's own guarantee (a fake has no failing insert to roll back).
  it('writes nothing when any row of a batch fails (one transaction)', async () => {
    const { catalogue } = fixture().repos.programs;
    const programs = catalogueSample(900);
    // Row 850 lands in the third INSERT: the first two must be rolled back too.
    const broken = programs.map((p, i) =>
      i === 850 ? ({ ...p, name: null } as unknown as CatalogueProgram) : p,
    );
    await expect(
      catalogue.importBatch(importRecord('b1', '2026-01-01T00:00:00.000Z'), broken),
    ).rejects.toThrow();
    expect(await catalogue.stamp()).toEqual({ count: 0, changedAt: null });
    expect(await catalogue.listImports()).toEqual([]);
  });
});
