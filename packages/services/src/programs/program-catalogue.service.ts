import {
  calculatorSpecialties,
  generateSyntheticPrograms,
  type Program,
  SPECIALTIES,
  SYNTHETIC_LABEL,
} from '@matchready/core/programs';
import type { User } from '../account/account-domain.ts';
import type { OrganisationRepository } from '../account/account-ports.ts';
import { requireApprovedOrganisation } from '../organisations/organisation-approval.ts';
import { forbidden, invalidInput } from '../shared/app-error.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import { createCatalogueReader } from './catalogue-reader.ts';
import {
  type CatalogueProgram,
  type DatasetFilter,
  inDataset,
  type ProgramImport,
} from './program-domain.ts';
import { toCataloguePrograms } from './program-import.ts';
import type { CatalogueReader, ImportScope, ProgramCatalogueRepository } from './program-ports.ts';
import { nextMatchYear, specialtyId } from './program-profile.ts';

/** The synthetic sample seeded into an empty catalogue: fixed seed, so every install has the same one. */
export const SAMPLE_SEED = 2026;
export const SAMPLE_DATASET = 'synthetic-sample';

export interface ProgramCatalogueDeps {
  readonly catalogue: ProgramCatalogueRepository;
  /** The in-memory copy the program services share; a new one over `catalogue` when left out. */
  readonly reader?: CatalogueReader;
  /** Organisation admins import only once their organisation is approved (decision 040). */
  readonly organisations: Pick<OrganisationRepository, 'findApproval'>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

export interface CatalogueSearch {
  readonly q?: string | undefined;
  readonly specialty?: readonly string[] | undefined;
  readonly state?: readonly string[] | undefined;
  readonly ids?: readonly string[] | undefined;
  readonly dataset: DatasetFilter;
  readonly page: number;
  readonly pageSize: number;
}

/** An import file's programs, as the contract's parser read them (every field checked). */
export interface ProgramUpload {
  readonly format: 'csv' | 'json';
  /** The specialty as written and the region as given: the import normalises both. */
  readonly programs: readonly Program[];
  readonly dataset?: string | undefined;
  readonly filename?: string | undefined;
}

export type ProgramCatalogueService = ReturnType<typeof createProgramCatalogueService>;

/**
 * Organisation admins import into their organisation's part of the shared catalogue: they may
 * replace their own organisation's programs, never another's nor the synthetic sample
 * (decision 033). Operators (CLI: no actor; site admins) are unrestricted.
 */
function importScope(actor: User | null): ImportScope {
  if (actor === null || actor.role === 'site-admin') return { owner: null, restricted: false };
  const owner = actor.organisationId === null ? `user:${actor.id}` : `org:${actor.organisationId}`;
  return { owner, restricted: true };
}

/** At most this many refused ids are listed; the message gives the count. */
const MAX_LISTED = 100;

function refusedImport(ids: readonly string[]) {
  return invalidInput(
    `${ids.length} program id${ids.length === 1 ? '' : 's'} in this file belong to another organisation or to the synthetic sample; nothing was imported. Use your own ids.`,
    ids.slice(0, MAX_LISTED).map((id) => ({
      code: 'not-yours',
      path: ['programs', id],
      message: `Program ${id} belongs to another organisation or to the synthetic sample`,
    })),
  );
}

/**
 * The shared program catalogue: the synthetic sample and organisation imports, readable by every
 * signed-in user (program data is not personal). Kept in memory and re-read when the database
 * says it changed (a CLI import while the server runs is picked up on the next request).
 */
export function createProgramCatalogueService(deps: ProgramCatalogueDeps) {
  const { catalogue, clock, ids } = deps;
  const reader = deps.reader ?? createCatalogueReader(catalogue);

  async function importPrograms(
    actor: User | null,
    upload: ProgramUpload,
  ): Promise<{ import: ProgramImport; warnings: readonly string[] }> {
    if (actor !== null && actor.role !== 'organisation-admin' && actor.role !== 'site-admin')
      throw forbidden('Only organisation and site admins can import programs');
    if (actor?.role === 'organisation-admin')
      await requireApprovedOrganisation(deps.organisations, actor);
    const dataset = upload.dataset?.trim() || `Import ${clock.now().toISOString().slice(0, 10)}`;
    if (dataset === SAMPLE_DATASET)
      throw invalidInput(`"${SAMPLE_DATASET}" is reserved for the generated sample`, [
        { code: 'reserved', path: ['dataset'], message: 'Choose another dataset name' },
      ]);
    const { programs, warnings } = toCataloguePrograms(upload.programs);
    const batch: ProgramImport = {
      id: ids.newId(),
      dataset,
      format: upload.format,
      filename: upload.filename?.trim() || null,
      synthetic: programs.every((p) => p.synthetic),
      programs: programs.length,
      replaced: 0,
      importedBy: actor?.id ?? null,
      importedAt: clock.now().toISOString(),
    };
    const result = await catalogue.importBatch(
      batch,
      programs.map((p) => ({ ...p, dataset })),
      importScope(actor),
    );
    if (result.refused !== undefined) throw refusedImport(result.refused);
    return { import: { ...batch, replaced: result.replaced }, warnings };
  }

  return {
    /** Seeds the synthetic sample when the catalogue is empty; returns how many were added. */
    async seedSampleIfEmpty(count = 3000): Promise<number> {
      if ((await catalogue.stamp()).count > 0) return 0;
      const sample = generateSyntheticPrograms({ seed: SAMPLE_SEED, count });
      await catalogue.importBatch(
        {
          id: ids.newId(),
          dataset: SAMPLE_DATASET,
          format: 'generated',
          filename: null,
          synthetic: true,
          programs: sample.programs.length,
          replaced: 0,
          importedBy: null,
          importedAt: clock.now().toISOString(),
        },
        sample.programs.map((p) => ({ ...p, dataset: SAMPLE_DATASET })),
      );
      return sample.programs.length;
    },

    all: (): Promise<readonly CatalogueProgram[]> => reader.all(),

    import: importPrograms,

    /** The programs of a dataset filter, for the contract's export writer (CSV or JSON). */
    async export(dataset: DatasetFilter = 'all') {
      return {
        programs: (await reader.all()).filter(inDataset(dataset)),
        exportedAt: clock.now().toISOString(),
        syntheticLabel: SYNTHETIC_LABEL,
      };
    },

    async search(query: CatalogueSearch) {
      const programs = await reader.all();
      const q = query.q?.trim().toLowerCase() ?? '';
      const specialties = query.specialty?.length
        ? new Set(query.specialty.map(specialtyId))
        : null;
      const states = query.state?.length ? new Set(query.state.map((s) => s.toUpperCase())) : null;
      const wanted = query.ids?.length ? new Set(query.ids) : null;
      const keep = inDataset(query.dataset);
      const hits = programs.filter(
        (p) =>
          keep(p) &&
          (wanted === null || wanted.has(p.id)) &&
          (specialties === null || specialties.has(p.specialty)) &&
          (states === null || (p.state !== null && states.has(p.state))) &&
          (q === '' ||
            p.id.toLowerCase().includes(q) ||
            p.name.toLowerCase().includes(q) ||
            (p.city?.toLowerCase().includes(q) ?? false) ||
            (p.institution?.toLowerCase().includes(q) ?? false)),
      );
      const start = (query.page - 1) * query.pageSize;
      return {
        programs: hits.slice(start, start + query.pageSize),
        total: hits.length,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async meta() {
      const programs = await reader.all();
      const datasets = new Map<string, { dataset: string; synthetic: boolean; programs: number }>();
      const present = new Set<string>();
      let synthetic = 0;
      for (const p of programs) {
        present.add(p.specialty);
        if (p.synthetic) synthetic++;
        const d = datasets.get(p.dataset) ?? { dataset: p.dataset, synthetic: true, programs: 0 };
        datasets.set(p.dataset, {
          ...d,
          synthetic: d.synthetic && p.synthetic,
          programs: d.programs + 1,
        });
      }
      const curves = new Set(calculatorSpecialties());
      return {
        specialties: SPECIALTIES.map((s) => ({
          id: s.id,
          name: s.name,
          hasCurve: curves.has(s.id),
        })),
        catalogueSpecialties: [...present].sort(),
        datasets: [...datasets.values()],
        totalPrograms: programs.length,
        syntheticPrograms: synthetic,
        matchYear: nextMatchYear(clock.now()),
      };
    },

    listImports: () => catalogue.listImports(),
  };
}
