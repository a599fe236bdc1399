import { SYNTHETIC_LABEL } from '@matchready/core/programs';
import type { User } from '../account/account-domain.ts';
import type { ProfileRepository } from '../account/account-ports.ts';
import type { Clock } from '../shared/ports.ts';
import {
  assertInCatalogue,
  entryProgramIds,
  judgePrograms,
  type ProgramNote,
  withAssessments,
  withPrograms,
} from './program-domain.ts';
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
    const noted = withPrograms(entries, await catalogue.byIds(entryProgramIds(entries)));
    return {
      entries: withAssessments(noted, await profiles.find(user.id), nextMatchYear(clock.now())),
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

    /**
     * The list as the rows of its CSV export (the contract's savedListFile writes the file):
     * tiers and reasons for the current profile, notes, and what synthetic records are.
     */
    async export(user: User) {
      const { entries } = await get(user);
      const programs = entries.flatMap((e) => (e.program ? [e.program] : []));
      const now = clock.now();
      const judged = judgePrograms(await profiles.find(user.id), programs, nextMatchYear(now));
      const rows = entries.map((e, i) => {
        const p = e.program;
        const j = judged?.get(e.programId);
        return {
          order: i + 1,
          id: e.programId,
          name: p?.name ?? '(no longer in the catalogue)',
          specialty: p?.specialty ?? null,
          state: p?.state ?? null,
          city: p?.city ?? null,
          eligible: j ? j.eligible : null,
          tier: j?.tier ?? null,
          interviewChancePct: percent(j?.chance ?? null),
          reasons: j ? j.reasons.map((r) => r.message).join(' | ') : null,
          j1: p?.j1 ?? null,
          h1b: p?.h1b ?? null,
          imgShare: p?.imgShare ?? null,
          positions: p?.positions ?? null,
          note: e.note,
          synthetic: p?.synthetic ?? null,
          dataset: p?.dataset ?? null,
        };
      });
      return { rows, exportedAt: now.toISOString(), syntheticLabel: SYNTHETIC_LABEL };
    },
  };
}
