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
import { LRUCache } from 'lru-cache';
import type { ApplicantProfile, User } from '../account/account-domain.ts';
import type { ProfileRepository } from '../account/account-ports.ts';
import { invalidInput } from '../shared/app-error.ts';
import type { Clock } from '../shared/ports.ts';
import { type CatalogueProgram, type DatasetFilter, inDataset } from './program-domain.ts';
import type { CatalogueReader, CatalogueSnapshot } from './program-ports.ts';
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

/**
 * Judged, filtered and sorted lists kept per process. Judging the whole catalogue (eligibility,
 * fit, tier for ~3,000 programs) was the costliest part of a read under load (docs/benchmarks.md);
 * a list depends only on the saved profile, the catalogue stamp, the match year and the query
 * without its page, so those are the key and any change to one of them misses. Bounded twice,
 * so a user cycling through filters cannot grow it: at most 256 lists and 50,000 listed programs
 * in all (~630 bytes each with their reasons, measured, so ~32 MB at worst; a whole-catalogue
 * list holds up to ~3,000).
 */
const LIST_CACHE_ENTRIES = 256;
const LIST_CACHE_PROGRAMS = 50_000;

interface JudgedList {
  readonly profile: CoreProfile;
  readonly unknownSpecialties: string[];
  readonly summary: ProgramListSummary;
  readonly sorted: readonly ProgramListEntry[];
  readonly syntheticPrograms: number;
}

export type ProgramListService = ReturnType<typeof createProgramListService>;

/** The applicant's program list: eligibility, interview score and tier for the saved profile. */
export function createProgramListService(deps: ProgramListDeps) {
  const { profiles, catalogue, clock } = deps;

  const judgedLists = new LRUCache<string, JudgedList>({
    max: LIST_CACHE_ENTRIES,
    maxSize: LIST_CACHE_PROGRAMS,
    sizeCalculation: (list) => Math.max(1, list.sorted.length),
  });

  function coreProfileOf(saved: ApplicantProfile | null) {
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

  /** Judges every program of the snapshot for the profile, then filters and sorts (no paging). */
  function judge(
    saved: ApplicantProfile | null,
    catalogueNow: CatalogueSnapshot,
    matchYear: number,
    query: ProgramListQuery,
  ): JudgedList {
    const { profile, specialties } = coreProfileOf(saved);
    const programs = catalogueNow.programs;
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
    const tiers = query.tier?.length ? new Set(query.tier) : null;
    const filtered = built.value.programs.filter(
      (e) =>
        (query.eligibility === 'all' || e.eligible === (query.eligibility === 'eligible')) &&
        (tiers === null || (e.tier !== null && tiers.has(e.tier))),
    );
    const program = (e: ProgramListEntry) => catalogueNow.byId.get(e.id) as CatalogueProgram;
    const sorted =
      query.sort === 'tier' || query.sort === 'score'
        ? sortEntries(filtered, query.sort)
        : filtered.slice().sort((a, b) => {
            const [pa, pb] = [program(a), program(b)];
            const key = (p: CatalogueProgram) =>
              query.sort === 'name' ? p.name : (p.state ?? '~');
            return cmp(key(pa), key(pb)) || cmp(pa.name, pb.name) || cmp(a.id, b.id);
          });
    return {
      profile,
      unknownSpecialties: resolved.unknown,
      summary: built.value.summary,
      sorted,
      syntheticPrograms: programs.filter((p) => p.synthetic).length,
    };
  }

  return {
    async build(user: User, query: ProgramListQuery): Promise<ProgramListView> {
      const saved = await profiles.find(user.id);
      const catalogueNow = await catalogue.snapshot();
      const matchYear = nextMatchYear(clock.now());
      const { page, pageSize, ...listQuery } = query;
      const key = JSON.stringify([user.id, saved, catalogueNow.stamp, matchYear, listQuery]);
      let judged = judgedLists.get(key);
      if (judged === undefined) {
        judged = judge(saved, catalogueNow, matchYear, query);
        judgedLists.set(key, judged);
      }
      const { profile, sorted } = judged;
      const program = (e: ProgramListEntry) => catalogueNow.byId.get(e.id) as CatalogueProgram;
      const start = (page - 1) * pageSize;
      return {
        matchYear,
        profile: {
          ...profile,
          yearsSinceGraduation: yearsSinceGraduation(profile, matchYear),
          unknownSpecialties: judged.unknownSpecialties,
        },
        summary: judged.summary,
        total: sorted.length,
        page,
        pageSize,
        entries: sorted.slice(start, start + pageSize).map((e) => ({
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
        syntheticPrograms: judged.syntheticPrograms,
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
