import type { Issue } from '@matchready/core';
import {
  buildProgramList,
  type ApplicantProfile as CoreProfile,
  estimateMatchProbability,
  explainTier,
  normalizeSpecialty,
  type ProgramListEntry,
  type ProgramListSummary,
  sortEntries,
  specialtyInfo,
  type Tier,
  yearsSinceGraduation,
} from '@matchready/core/programs';
import type { User } from '../account/account-domain.ts';
import type { ProfileRepository } from '../account/account-ports.ts';
import { invalidInput } from '../shared/app-error.ts';
import type { Clock } from '../shared/ports.ts';
import { type CatalogueProgram, type DatasetFilter, inDataset } from './program-domain.ts';
import type { CatalogueReader } from './program-ports.ts';
import { nextMatchYear, specialtyId, toCoreProfile } from './program-profile.ts';

export interface ProgramListQuery {
  readonly specialty?: readonly string[] | undefined;
  readonly state?: readonly string[] | undefined;
  readonly tier?: readonly Tier[] | undefined;
  readonly eligibility: 'all' | 'eligible' | 'ineligible';
  readonly visa?: 'j1' | 'h1b' | undefined;
  readonly dataset: DatasetFilter;
  readonly sort: 'tier' | 'score' | 'name' | 'state';
  readonly page: number;
  readonly pageSize: number;
}

export interface ListedProgram extends ProgramListEntry {
  readonly tierReasonText: string | null;
  readonly program: CatalogueProgram;
}

export interface ProgramListView {
  readonly matchYear: number;
  readonly profile: CoreProfile & { yearsSinceGraduation: number; unknownSpecialties: string[] };
  readonly summary: ProgramListSummary;
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly entries: readonly ListedProgram[];
  readonly syntheticPrograms: number;
}

export interface ProgramListDeps {
  readonly profiles: ProfileRepository;
  readonly catalogue: CatalogueReader;
  readonly clock: Clock;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type ProgramListService = ReturnType<typeof createProgramListService>;

/** The applicant's program list: eligibility, interview score and tier for the saved profile. */
export function createProgramListService(deps: ProgramListDeps) {
  const { profiles, catalogue, clock } = deps;

  async function loadProfile(user: User) {
    const saved = await profiles.find(user.id);
    const profile = toCoreProfile(saved);
    if (!profile.ok)
      throw invalidInput('Complete your profile to build a program list', profile.issues);
    return { profile: profile.value, specialties: saved?.specialties ?? [] };
  }

  /** Specialty names → catalogue ids; a name neither the core nor the catalogue knows is an issue. */
  function resolveSpecialties(
    names: readonly string[],
    present: ReadonlySet<string>,
    path: string,
  ): { ids: string[]; unknown: string[]; issues: Issue[] } {
    const ids: string[] = [];
    const unknown: string[] = [];
    const issues: Issue[] = [];
    names.forEach((name, i) => {
      const id = specialtyId(name);
      if (normalizeSpecialty(name) !== null || present.has(id)) ids.push(id);
      else {
        unknown.push(name);
        issues.push({
          code: 'unknown-specialty',
          path: [path, i],
          message: `Unknown specialty "${name}". Known: ${[...present].sort().join(', ')}`,
        });
      }
    });
    return { ids: [...new Set(ids)], unknown, issues };
  }

  /** Builds the list for `programs` (all of them when no filter applies). */
  async function judge(user: User, programs: readonly CatalogueProgram[], query: ProgramListQuery) {
    const { profile, specialties } = await loadProfile(user);
    const matchYear = nextMatchYear(clock.now());
    const present = new Set(programs.map((p) => p.specialty));
    const fromQuery = query.specialty !== undefined && query.specialty.length > 0;
    const resolved = resolveSpecialties(
      fromQuery ? (query.specialty ?? []) : specialties,
      present,
      'specialty',
    );
    if (fromQuery && resolved.issues.length > 0)
      throw invalidInput('Unknown specialty', resolved.issues);
    const pool = programs.filter(inDataset(query.dataset));
    const built = buildProgramList(profile, pool, {
      matchYear,
      filter: {
        specialties: resolved.ids,
        ...(query.state?.length ? { states: query.state } : {}),
        ...(query.visa ? { visa: query.visa, includeUnknownVisa: true } : {}),
      },
    });
    if (!built.ok) throw invalidInput('Your profile cannot be judged', built.issues);
    return { profile, matchYear, built: built.value, unknownSpecialties: resolved.unknown };
  }

  return {
    async build(user: User, query: ProgramListQuery): Promise<ProgramListView> {
      const all = await catalogue.all();
      const { profile, matchYear, built, unknownSpecialties } = await judge(user, all, query);
      const byId = await catalogue.byIds(built.programs.map((e) => e.id));
      const tiers = query.tier?.length ? new Set(query.tier) : null;
      const filtered = built.programs.filter(
        (e) =>
          (query.eligibility === 'all' || e.eligible === (query.eligibility === 'eligible')) &&
          (tiers === null || (e.tier !== null && tiers.has(e.tier))),
      );
      const program = (e: ProgramListEntry) => byId.get(e.id) as CatalogueProgram;
      const sorted =
        query.sort === 'tier' || query.sort === 'score'
          ? sortEntries(filtered, query.sort)
          : filtered.slice().sort((a, b) => {
              const [pa, pb] = [program(a), program(b)];
              const key = (p: CatalogueProgram) =>
                query.sort === 'name' ? p.name : (p.state ?? '~');
              return cmp(key(pa), key(pb)) || cmp(pa.name, pb.name) || cmp(a.id, b.id);
            });
      const start = (query.page - 1) * query.pageSize;
      return {
        matchYear,
        profile: {
          ...profile,
          yearsSinceGraduation: yearsSinceGraduation(profile, matchYear),
          unknownSpecialties,
        },
        summary: built.summary,
        total: sorted.length,
        page: query.page,
        pageSize: query.pageSize,
        entries: sorted.slice(start, start + query.pageSize).map((e) => ({
          ...e,
          tierReasonText:
            e.tier === null || e.tierReason === null || e.score === null
              ? null
              : explainTier(
                  { tier: e.tier, reason: e.tierReason },
                  e.score,
                  program(e),
                  profile,
                  specialtyInfo(program(e).specialty),
                ),
          program: program(e),
        })),
        syntheticPrograms: all.filter((p) => p.synthetic).length,
      };
    },

    calculate(input: {
      specialty: string;
      ranks: number;
      type: 'non-us-img' | 'us-img';
      step2?: number | undefined;
    }) {
      const estimate = estimateMatchProbability({
        specialty: input.specialty,
        applicantType: input.type,
        ranks: input.ranks,
        step2: input.step2 ?? null,
      });
      if (!estimate.ok) throw invalidInput('The calculator cannot estimate this', estimate.issues);
      return estimate.value;
    },
  };
}
