/** Filters and sort orders for programs and list entries. Inputs are never sorted in place. */

import type { Affiliation, Program, Region, Tier, Track } from '../../vocabulary/programs.ts';
import { normalizeSpecialty } from '../specialties.ts';
import type { ProgramListEntry } from './list-types.ts';

export interface ProgramFilter {
  /** Specialty ids or names; empty or absent = any. */
  readonly specialties?: readonly string[];
  readonly states?: readonly string[];
  readonly regions?: readonly Region[];
  readonly tracks?: readonly Track[];
  readonly affiliations?: readonly Affiliation[];
  /** Keep programs known to accept J-1 / sponsor H-1B (plus unknown ones when includeUnknownVisa). */
  readonly visa?: 'j1' | 'h1b';
  readonly includeUnknownVisa?: boolean;
}

export interface EntryFilter {
  readonly tiers?: readonly Tier[];
  readonly eligible?: boolean;
}

const set = <T>(xs: readonly T[] | undefined, f: (x: T) => T = (x) => x): ReadonlySet<T> | null =>
  xs === undefined || xs.length === 0 ? null : new Set(xs.map(f));

/** Compiles a filter once so that testing thousands of programs allocates nothing. */
export function compileProgramFilter(filter: ProgramFilter): (program: Program) => boolean {
  const specialties = set(filter.specialties?.map((s) => normalizeSpecialty(s) ?? s));
  const states = set(filter.states, (s) => s.toUpperCase());
  const regions = set(filter.regions);
  const tracks = set(filter.tracks);
  const affiliations = set(filter.affiliations);
  const { visa, includeUnknownVisa = false } = filter;
  const canonical = new Map<string, string>();
  return (p) => {
    if (specialties !== null) {
      let id = canonical.get(p.specialty);
      if (id === undefined) {
        id = normalizeSpecialty(p.specialty) ?? p.specialty;
        canonical.set(p.specialty, id);
      }
      if (!specialties.has(id)) return false;
    }
    if (states !== null && (p.state === null || !states.has(p.state.toUpperCase()))) return false;
    if (regions !== null && (p.region === null || !regions.has(p.region))) return false;
    if (tracks !== null && (p.track === null || !tracks.has(p.track))) return false;
    if (affiliations !== null && (p.affiliation === null || !affiliations.has(p.affiliation)))
      return false;
    if (visa !== undefined) {
      const v = visa === 'j1' ? p.j1 : p.h1b;
      if (!(v === true || (v === null && includeUnknownVisa))) return false;
    }
    return true;
  };
}

export function filterPrograms(programs: readonly Program[], filter: ProgramFilter): Program[] {
  return programs.filter(compileProgramFilter(filter));
}

export function filterEntries(
  entries: readonly ProgramListEntry[],
  filter: EntryFilter,
): ProgramListEntry[] {
  const tiers = set(filter.tiers);
  return entries.filter(
    (e) =>
      (filter.eligible === undefined || e.eligible === filter.eligible) &&
      (tiers === null || (e.tier !== null && tiers.has(e.tier))),
  );
}

const TIER_ORDER: Readonly<Record<Tier, number>> = { safety: 0, target: 1, reach: 2 };
// Code-point order, not localeCompare: the same result on every machine.
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => cmp(a.id, b.id);
// Sorted by the chance shown, so the order agrees with what the rows say (decision 038).
const scoreOf = (e: ProgramListEntry) => e.chance ?? -1;

/**
 * 'score': highest interview likelihood first, ineligible last; 'tier': safety → target → reach →
 * ineligible, by score within a tier. Ties break on id so the order is deterministic.
 */
export function sortEntries(
  entries: readonly ProgramListEntry[],
  by: 'score' | 'tier',
): ProgramListEntry[] {
  return entries.slice().sort((a, b) => {
    if (by === 'tier') {
      const ta = a.tier === null ? 3 : TIER_ORDER[a.tier];
      const tb = b.tier === null ? 3 : TIER_ORDER[b.tier];
      if (ta !== tb) return ta - tb;
    }
    return scoreOf(b) - scoreOf(a) || byId(a, b);
  });
}

export function sortPrograms(
  programs: readonly Program[],
  by: 'name' | 'state' | 'positions' | 'imgShare',
): Program[] {
  const text = (p: Program) => (by === 'name' ? p.name : (p.state ?? '\uffff'));
  const num = (p: Program) => (by === 'positions' ? p.positions : p.imgShare) ?? -1;
  return programs.slice().sort((a, b) => {
    if (by === 'name' || by === 'state') return cmp(text(a), text(b)) || byId(a, b);
    return num(b) - num(a) || byId(a, b);
  });
}
