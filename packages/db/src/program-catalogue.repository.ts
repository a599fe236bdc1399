import type {
  CatalogueProgram,
  ProgramCatalogueRepository,
  ProgramImport,
  ProgramImportFormat,
} from '@matchready/services';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ProgramsOwnerColumn } from './hardening-tables.ts';
import type { ProgramImportsTable, ProgramsTable } from './program-tables.ts';
import type { Database } from './schema.ts';

type Row = Selectable<ProgramsTable>;
type P = CatalogueProgram;

const bit = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);
const bool = (value: number | null): boolean | null =>
  value === null ? null : Number(value) === 1;
const int = (value: number | null): number | null => (value === null ? null : Number(value));

const toRow = (p: P, batch: ProgramImport): Insertable<ProgramsTable> => ({
  id: p.id,
  name: p.name,
  specialty: p.specialty,
  institution: p.institution,
  track: p.track,
  state: p.state,
  region: p.region,
  city: p.city,
  affiliation: p.affiliation,
  positions: p.positions,
  img_share: p.imgShare,
  accepts_imgs: bit(p.acceptsImgs),
  j1: bit(p.j1),
  h1b: bit(p.h1b),
  min_step2: p.minStep2,
  yog_cutoff: p.yogCutoff,
  max_attempts: p.maxAttempts,
  usce_required: bit(p.usceRequired),
  signals: bit(p.signals),
  application_deadline: p.deadlines?.application ?? null,
  interview_invitations: p.deadlines?.interviewInvitations ?? null,
  website: p.website,
  synthetic: p.synthetic ? 1 : 0,
  typical_step2: p.typicalStep2,
  step2_p10: p.step2P10,
  step2_p90: p.step2P90,
  dataset: p.dataset,
  import_id: batch.id,
  imported_by: batch.importedBy,
  updated_at: batch.importedAt,
});

const toProgram = (r: Row): P => ({
  id: r.id,
  name: r.name,
  specialty: r.specialty,
  institution: r.institution,
  track: r.track as P['track'],
  state: r.state,
  region: r.region as P['region'],
  city: r.city,
  affiliation: r.affiliation as P['affiliation'],
  positions: int(r.positions),
  imgShare: r.img_share === null ? null : Number(r.img_share),
  acceptsImgs: bool(r.accepts_imgs),
  j1: bool(r.j1),
  h1b: bool(r.h1b),
  minStep2: int(r.min_step2),
  yogCutoff: int(r.yog_cutoff),
  maxAttempts: int(r.max_attempts),
  usceRequired: bool(r.usce_required),
  signals: bool(r.signals),
  deadlines:
    r.application_deadline === null && r.interview_invitations === null
      ? null
      : { application: r.application_deadline, interviewInvitations: r.interview_invitations },
  website: r.website,
  synthetic: Number(r.synthetic) === 1,
  typicalStep2: int(r.typical_step2),
  step2P10: int(r.step2_p10),
  step2P90: int(r.step2_p90),
  dataset: r.dataset,
});

const toImport = (r: Selectable<ProgramImportsTable>): ProgramImport => ({
  id: r.id,
  dataset: r.dataset,
  format: r.format as ProgramImportFormat,
  filename: r.filename,
  synthetic: Number(r.synthetic) === 1,
  programs: Number(r.programs),
  replaced: Number(r.replaced),
  importedBy: r.imported_by,
  importedAt: r.created_at,
});

/** Rows per INSERT: 30 columns × 400 stays far below SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 400;
/** Every column but the id: what an import replaces when the id is already in the catalogue. */
const UPDATED_COLUMNS = [
  'name',
  'specialty',
  'institution',
  'track',
  'state',
  'region',
  'city',
  'affiliation',
  'positions',
  'img_share',
  'accepts_imgs',
  'j1',
  'h1b',
  'min_step2',
  'yog_cutoff',
  'max_attempts',
  'usce_required',
  'signals',
  'application_deadline',
  'interview_invitations',
  'website',
  'synthetic',
  'typical_step2',
  'step2_p10',
  'step2_p90',
  'dataset',
  'import_id',
  'imported_by',
  'updated_at',
] as const satisfies readonly Exclude<keyof ProgramsTable, 'id'>[];

const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
};

export function createProgramCatalogueRepository(db: Kysely<Database>): ProgramCatalogueRepository {
  return {
    async stamp() {
      // Two scalar subqueries, not one select with both aggregates: SQLite then counts from the
      // b-tree's page counts and reads the max from the updated_at index (~4 µs for 3,000
      // programs) instead of scanning every row (~300 µs). It runs on every program-list read.
      const row = await db
        .selectNoFrom((eb) => [
          eb
            .selectFrom('programs')
            .select((sub) => sub.fn.countAll().as('n'))
            .as('count'),
          eb
            .selectFrom('programs')
            .select((sub) => sub.fn.max('updated_at').as('m'))
            .as('changed_at'),
        ])
        .executeTakeFirstOrThrow();
      return { count: Number(row.count), changedAt: row.changed_at ?? null };
    },

    async listAll() {
      const rows = await db.selectFrom('programs').selectAll().orderBy('id').execute();
      return rows.map(toProgram);
    },

    async importBatch(batch, programs, scope = { owner: null, restricted: false }) {
      // 0007-hardening adds programs.owner_scope (decision 033).
      const owned = db.withTables<{ programs: ProgramsOwnerColumn }>();
      return owned.transaction().execute(async (trx) => {
        let replaced = 0;
        const refused: string[] = [];
        for (const ids of chunks(programs.map((p) => p.id))) {
          const rows = await trx
            .selectFrom('programs')
            .select(['id', 'owner_scope'])
            .where('id', 'in', ids)
            .execute();
          replaced += rows.length;
          for (const row of rows) {
            if (scope.restricted && row.owner_scope !== scope.owner) refused.push(row.id);
          }
        }
        if (refused.length > 0) return { replaced: 0 as const, refused: refused.sort() };
        await trx
          .insertInto('program_imports')
          .values({
            id: batch.id,
            dataset: batch.dataset,
            format: batch.format,
            filename: batch.filename,
            synthetic: batch.synthetic ? 1 : 0,
            programs: batch.programs,
            replaced,
            imported_by: batch.importedBy,
            created_at: batch.importedAt,
          })
          .execute();
        for (const part of chunks(programs)) {
          await trx
            .insertInto('programs')
            .values(part.map((p) => ({ ...toRow(p, batch), owner_scope: scope.owner })))
            .onConflict((oc) =>
              oc
                .column('id')
                .doUpdateSet(
                  (eb) =>
                    Object.fromEntries([
                      ...UPDATED_COLUMNS.map((c) => [c, eb.ref(`excluded.${c}`)]),
                      ['owner_scope', eb.ref('excluded.owner_scope')],
                    ]) as Record<keyof ProgramsTable, never>,
                ),
            )
            .execute();
        }
        return { replaced };
      });
    },

    async listOwnedDatasets(owner) {
      const owned = db.withTables<{ programs: ProgramsOwnerColumn }>();
      const counts = await owned
        .selectFrom('programs')
        .select((eb) => [
          'dataset',
          eb.fn.countAll().as('programs'),
          eb.fn.min('updated_at').as('first'),
          eb.fn.max('updated_at').as('last'),
        ])
        .where('owner_scope', '=', owner)
        .groupBy('dataset')
        .orderBy('dataset')
        .execute();
      const importers = await owned
        .selectFrom('programs')
        .innerJoin('users', 'users.id', 'programs.imported_by')
        .select(['programs.dataset', 'users.email'])
        .distinct()
        .where('programs.owner_scope', '=', owner)
        .execute();
      return counts.map((row) => ({
        dataset: row.dataset,
        // PostgreSQL returns count(*) as a bigint string.
        programs: Number(row.programs),
        firstImportedAt: String(row.first),
        lastImportedAt: String(row.last),
        importedBy: importers
          .filter((i) => i.dataset === row.dataset)
          .map((i) => i.email)
          .sort(),
      }));
    },

    async deleteOwnedDataset(owner, dataset) {
      // One statement: atomic on both engines, and its WHERE cannot reach another owner's rows.
      const result = await db
        .withTables<{ programs: ProgramsOwnerColumn }>()
        .deleteFrom('programs')
        .where('owner_scope', '=', owner)
        .where('dataset', '=', dataset)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async listImports() {
      const rows = await db
        .selectFrom('program_imports')
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toImport);
    },
  };
}
