import type { Issue } from '@matchready/core';
import type { User } from '../account/account-domain.ts';
import { invalidInput } from '../shared/app-error.ts';
import type { Clock } from '../shared/ports.ts';
import type { ProgramCatalogueService } from './program-catalogue.service.ts';
import type { CatalogueProgram, ProgramNote } from './program-domain.ts';
import { csvLine, syntheticCsvHeader } from './program-export.ts';
import type { ProgramListService } from './program-list.service.ts';
import type { SavedProgramListRepository } from './program-ports.ts';

export interface SavedProgramListDeps {
  readonly savedLists: SavedProgramListRepository;
  readonly catalogue: ProgramCatalogueService;
  readonly lists: ProgramListService;
  readonly clock: Clock;
}

export interface NotedProgram extends ProgramNote {
  /** Null when the program has left the catalogue since it was saved. */
  readonly program: CatalogueProgram | null;
}

/** Every id must be in the catalogue; issues point at `entries[i].programId`. */
export async function checkProgramIds(
  catalogue: ProgramCatalogueService,
  entries: readonly ProgramNote[],
): Promise<void> {
  const found = await catalogue.byIds(entries.map((e) => e.programId));
  const issues: Issue[] = [];
  entries.forEach((e, i) => {
    if (!found.has(e.programId))
      issues.push({
        code: 'unknown-program',
        path: ['entries', i, 'programId'],
        message: `No program "${e.programId}" in the catalogue`,
      });
  });
  if (issues.length > 0) throw invalidInput('Some programs are not in the catalogue', issues);
}

export async function withPrograms(
  catalogue: ProgramCatalogueService,
  entries: readonly ProgramNote[],
): Promise<NotedProgram[]> {
  const found = await catalogue.byIds(entries.map((e) => e.programId));
  return entries.map((e) => ({ ...e, program: found.get(e.programId) ?? null }));
}

const percent = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

export type SavedProgramListService = ReturnType<typeof createSavedProgramListService>;

/** The applicant's saved application list: program ids with private notes, one list each. */
export function createSavedProgramListService(deps: SavedProgramListDeps) {
  const { savedLists, catalogue, lists, clock } = deps;

  async function get(user: User) {
    const list = await savedLists.find(user.id);
    return {
      entries: await withPrograms(catalogue, list?.entries ?? []),
      updatedAt: list?.updatedAt ?? null,
    };
  }

  return {
    get,

    async save(user: User, entries: readonly ProgramNote[]) {
      await checkProgramIds(catalogue, entries);
      const clean = entries.map((e) => ({ programId: e.programId, note: e.note.trim() }));
      await savedLists.save(user.id, { entries: clean, updatedAt: clock.now().toISOString() });
      return get(user);
    },

    /** The list as CSV: tiers and reasons for the current profile, notes, the synthetic label. */
    async csv(user: User) {
      const { entries } = await get(user);
      const judged = await lists.judgeIds(
        user,
        entries.map((e) => e.programId),
      );
      const programs = entries.flatMap((e) => (e.program ? [e.program] : []));
      let out =
        syntheticCsvHeader(programs) +
        csvLine([
          'order',
          'id',
          'name',
          'specialty',
          'state',
          'city',
          'eligible',
          'tier',
          'interview_chance_pct',
          'reasons',
          'j1',
          'h1b',
          'img_share',
          'positions',
          'note',
          'synthetic',
          'dataset',
        ]);
      entries.forEach((e, i) => {
        const p = e.program;
        const j = judged?.get(e.programId);
        out += csvLine(
          [
            i + 1,
            e.programId,
            p?.name ?? '(no longer in the catalogue)',
            p?.specialty ?? null,
            p?.state ?? null,
            p?.city ?? null,
            j ? j.eligible : null,
            j?.tier ?? null,
            percent(j?.score ?? null),
            j ? j.reasons.map((r) => r.message).join(' | ') : null,
            p?.j1 ?? null,
            p?.h1b ?? null,
            p?.imgShare ?? null,
            p?.positions ?? null,
            e.note,
            p?.synthetic ?? null,
            p?.dataset ?? null,
          ],
          true,
        );
      });
      return {
        filename: `matchready-my-program-list-${clock.now().toISOString().slice(0, 10)}.csv`,
        contentType: 'text/csv; charset=utf-8',
        content: out,
      };
    },
  };
}
