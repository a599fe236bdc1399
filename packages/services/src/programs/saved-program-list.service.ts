import type { User } from '../account/account-domain.ts';
import type { ProfileRepository } from '../account/account-ports.ts';
import type { Clock } from '../shared/ports.ts';
import {
  assertInCatalogue,
  entryProgramIds,
  judgePrograms,
  type ProgramNote,
  withPrograms,
} from './program-domain.ts';
import { csvLine, syntheticCsvHeader } from './program-export.ts';
import type { CatalogueReader, SavedProgramListRepository } from './program-ports.ts';
import { nextMatchYear } from './program-profile.ts';

export interface SavedProgramListDeps {
  readonly savedLists: SavedProgramListRepository;
  readonly catalogue: CatalogueReader;
  readonly profiles: ProfileRepository;
  readonly clock: Clock;
}

const percent = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

export type SavedProgramListService = ReturnType<typeof createSavedProgramListService>;

/** The applicant's saved application list: program ids with private notes, one list each. */
export function createSavedProgramListService(deps: SavedProgramListDeps) {
  const { savedLists, catalogue, profiles, clock } = deps;

  async function get(user: User) {
    const list = await savedLists.find(user.id);
    const entries = list?.entries ?? [];
    return {
      entries: withPrograms(entries, await catalogue.byIds(entryProgramIds(entries))),
      updatedAt: list?.updatedAt ?? null,
    };
  }

  return {
    get,

    async save(user: User, entries: readonly ProgramNote[]) {
      assertInCatalogue(entries, await catalogue.byIds(entryProgramIds(entries)));
      const clean = entries.map((e) => ({ programId: e.programId, note: e.note.trim() }));
      await savedLists.save(user.id, { entries: clean, updatedAt: clock.now().toISOString() });
      return get(user);
    },

    /** The list as CSV: tiers and reasons for the current profile, notes, the synthetic label. */
    async csv(user: User) {
      const { entries } = await get(user);
      const programs = entries.flatMap((e) => (e.program ? [e.program] : []));
      const judged = judgePrograms(
        await profiles.find(user.id),
        programs,
        nextMatchYear(clock.now()),
      );
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
