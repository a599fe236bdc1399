/**
 * Test-only oracles, written independently of the engine and of blocking-pairs.ts: random tiny
 * instances, brute-force enumeration of all matchings, a naive set-based stability check (the
 * docs/glossary.md "Blocking couple" definition, vacated positions counted as free) and
 * program-proposing DA. Exponential or quadratic on purpose: clarity over speed. Not exported from
 * index.ts.
 */
import { createRandom, type Random, shuffled } from '../shared/random.ts';
import type { CoupleInput, MatchProblem, ProgramPair } from '../vocabulary/matching.ts';
import type { Matching } from './matching-view.ts';

type Assignment = Record<string, string | null>;

const pick = <T>(items: readonly T[], random: Random, keep: number): T[] =>
  shuffled(items, random).slice(0, keep);

/** Random singles instance: lists drawn at random, about one entry in five not ranked back. */
export function randomSinglesProblem(
  nA: number,
  nP: number,
  seed: number,
  maxCapacity = 2,
): MatchProblem {
  const random = createRandom(seed);
  const applicants = Array.from({ length: nA }, (_, i) => `a${i}`);
  const programs = Array.from({ length: nP }, (_, i) => `p${i}`);
  const lists = applicants.map(() => pick(programs, random, 1 + random.int(nP)));
  return {
    applicants: applicants.map((id, i) => ({ id, ranking: lists[i] ?? [] })),
    programs: programs.map((id) => {
      const rankers = applicants.filter((_, i) => lists[i]?.includes(id) && random.next() < 0.8);
      const strangers = applicants.filter((a) => !rankers.includes(a) && random.next() < 0.2);
      return {
        id,
        capacity: random.int(maxCapacity + 1),
        ranking: shuffled([...rankers, ...strangers], random),
      };
    }),
  };
}

/** Random instance with couples (members at the end of `applicants`, with empty rankings). */
export function randomCouplesProblem(
  nSingles: number,
  nCouples: number,
  nP: number,
  seed: number,
): MatchProblem {
  const base = randomSinglesProblem(nSingles, nP, seed, 2);
  const random = createRandom(seed ^ 0x5bd1e995);
  const programIds = base.programs.map((p) => p.id);
  const options: (string | null)[] = [...programIds, null];
  const couples: CoupleInput[] = [];
  const members: string[] = [];
  for (let c = 0; c < nCouples; c++) {
    const m0 = `c${c}x`;
    const m1 = `c${c}y`;
    members.push(m0, m1);
    const pairs = new Map<string, ProgramPair>();
    const wanted = 1 + random.int(4);
    for (let tries = 0; tries < 20 && pairs.size < wanted; tries++) {
      const pair: ProgramPair = [
        options[random.int(options.length)] ?? null,
        options[random.int(options.length)] ?? null,
      ];
      if (pair[0] !== null || pair[1] !== null) pairs.set(`${pair[0]}|${pair[1]}`, pair);
    }
    couples.push({ id: `c${c}`, members: [m0, m1], ranking: [...pairs.values()] });
  }
  const programs = base.programs.map((program) => {
    const named = couples.flatMap((c) =>
      c.ranking.flatMap((pair) => [
        pair[0] === program.id ? c.members[0] : null,
        pair[1] === program.id ? c.members[1] : null,
      ]),
    );
    const extra = [...new Set(named.filter((m): m is string => m !== null))].filter(
      () => random.next() < 0.85,
    );
    return { ...program, ranking: shuffled([...program.ranking, ...extra], random) };
  });
  return {
    programs,
    applicants: [...base.applicants, ...members.map((id) => ({ id, ranking: [] }))],
    couples,
  };
}

/** Every valid matching (capacities, mutual acceptability, couples on a listed pair or both unmatched). */
export function allMatchings(problem: MatchProblem): Assignment[] {
  const couples = problem.couples ?? [];
  const inCouple = new Set(couples.flatMap((c) => c.members));
  const singles = problem.applicants.filter((a) => !inCouple.has(a.id));
  const ranks = (program: string | null, applicant: string): boolean =>
    program === null ||
    (problem.programs.find((p) => p.id === program)?.ranking.includes(applicant) ?? false);
  const capacity = new Map(problem.programs.map((p) => [p.id, p.capacity]));
  const out: Assignment[] = [];
  const used = new Map<string, number>();
  const current: Assignment = {};
  const take = (p: string | null, delta: number): void => {
    if (p !== null) used.set(p, (used.get(p) ?? 0) + delta);
  };
  const fits = (): boolean => [...used.entries()].every(([p, n]) => n <= (capacity.get(p) ?? 0));
  const visitCouple = (c: number): void => {
    if (c === couples.length) {
      out.push({ ...current });
      return;
    }
    const couple = couples[c] as CoupleInput;
    const options: ProgramPair[] = [[null, null], ...couple.ranking];
    for (const [p0, p1] of options) {
      if (!ranks(p0, couple.members[0]) || !ranks(p1, couple.members[1])) continue;
      take(p0, 1);
      take(p1, 1);
      if (fits()) {
        current[couple.members[0]] = p0;
        current[couple.members[1]] = p1;
        visitCouple(c + 1);
      }
      take(p0, -1);
      take(p1, -1);
    }
  };
  const visitSingle = (i: number): void => {
    if (i === singles.length) {
      visitCouple(0);
      return;
    }
    const a = singles[i] as (typeof singles)[number];
    for (const p of [null, ...a.ranking]) {
      if (!ranks(p, a.id)) continue;
      take(p, 1);
      if (fits()) {
        current[a.id] = p;
        visitSingle(i + 1);
      }
      take(p, -1);
    }
  };
  visitSingle(0);
  return out;
}

/**
 * Blocking pairs as strings: "single:a:p", "supplemental:a:p", "couple:c:p0|p1" (null as "-").
 * A program admits a set of newcomers when they all rank among its `capacity` best of
 * (its other assignees + newcomers), assignees it never ranked counting as worst.
 */
export function naiveBlockingPairs(problem: MatchProblem, matching: Matching): string[] {
  const get = <T>(r: Readonly<Record<string, T>> | undefined, k: string): T | undefined =>
    r && Object.hasOwn(r, k) ? r[k] : undefined;
  const holdersOf = (p: string): string[] =>
    problem.applicants
      .filter(
        (a) =>
          get(matching.assignments, a.id) === p ||
          get(matching.supplementalAssignments, a.id) === p,
      )
      .map((a) => a.id);
  const admits = (p: string, newcomers: string[], leaving: string[]): boolean => {
    const program = problem.programs.find((x) => x.id === p);
    if (!program || newcomers.some((a) => !program.ranking.includes(a))) return false;
    const cap = get(matching.capacities, p) ?? program.capacity;
    const rank = (a: string): number =>
      program.ranking.includes(a) ? program.ranking.indexOf(a) : 1e9;
    const pool = [...holdersOf(p).filter((a) => !leaving.includes(a)), ...newcomers];
    const chosen = pool
      .sort((x, y) => rank(x) - rank(y) || (newcomers.includes(x) ? 1 : -1))
      .slice(0, cap);
    return newcomers.every((a) => chosen.includes(a));
  };
  const out: string[] = [];
  const couples = problem.couples ?? [];
  const inCouple = new Set(couples.flatMap((c) => c.members));
  for (const a of problem.applicants) {
    if (inCouple.has(a.id)) continue;
    const held = get(matching.assignments, a.id) ?? null;
    const at = held === null ? -1 : a.ranking.indexOf(held);
    const better = at < 0 ? a.ranking : a.ranking.slice(0, at);
    for (const p of better) if (admits(p, [a.id], [a.id])) out.push(`single:${a.id}:${p}`);
    const linked = a.supplementalLists?.find(
      (s) => held !== null && s.advancedPrograms.includes(held),
    );
    if (!linked) continue;
    const prelim = get(matching.supplementalAssignments, a.id) ?? null;
    const j = prelim === null ? -1 : linked.ranking.indexOf(prelim);
    for (const p of j < 0 ? linked.ranking : linked.ranking.slice(0, j)) {
      if (admits(p, [a.id], [a.id])) out.push(`supplemental:${a.id}:${p}`);
    }
  }
  for (const c of couples) {
    const held = c.members.map((m) => get(matching.assignments, m) ?? null);
    const at = c.ranking.findIndex((pair) => pair[0] === held[0] && pair[1] === held[1]);
    const better =
      at < 0 || (held[0] === null && held[1] === null) ? c.ranking : c.ranking.slice(0, at);
    for (const [p0, p1] of better) {
      let ok: boolean;
      if (p0 !== null && p0 === p1) ok = admits(p0, [...c.members], [...c.members]);
      else {
        ok = [p0, p1].every(
          (p, i) =>
            p === null || p === held[i] || admits(p, [c.members[i] as string], [...c.members]),
        );
      }
      if (ok) out.push(`couple:${c.id}:${p0 ?? '-'}|${p1 ?? '-'}`);
    }
  }
  return out.sort();
}

/** Program-proposing deferred acceptance (singles only): the program-optimal stable matching. */
export function programOptimal(problem: MatchProblem): Assignment {
  const held = new Map<string, string>();
  const next = new Map(problem.programs.map((p) => [p.id, 0]));
  const accepts = (a: string, p: string): boolean =>
    problem.applicants.find((x) => x.id === a)?.ranking.includes(p) ?? false;
  const pref = (a: string, p: string): number =>
    problem.applicants.find((x) => x.id === a)?.ranking.indexOf(p) ?? -1;
  let changed = true;
  while (changed) {
    changed = false;
    for (const program of problem.programs) {
      const count = [...held.values()].filter((p) => p === program.id).length;
      let free = program.capacity - count;
      while (free > 0 && (next.get(program.id) ?? 0) < program.ranking.length) {
        const a = program.ranking[next.get(program.id) ?? 0] as string;
        next.set(program.id, (next.get(program.id) ?? 0) + 1);
        if (!accepts(a, program.id)) continue;
        const current = held.get(a);
        if (current !== undefined && pref(a, current) < pref(a, program.id)) continue;
        held.set(a, program.id);
        free--;
        changed = true;
      }
    }
  }
  return Object.fromEntries(problem.applicants.map((a) => [a.id, held.get(a.id) ?? null]));
}

/**
 * Random singles market with NRMP extras: some applicants get a supplemental list linked to their
 * first choice, and some programs revert positions to a later program (acyclic by index order).
 */
export function randomNrmpProblem(nA: number, nP: number, seed: number): MatchProblem {
  const base = randomSinglesProblem(nA, nP, seed, 2);
  const random = createRandom(seed ^ 0x2545f491);
  const extraRanks = new Map<string, string[]>();
  const applicants = base.applicants.map((a) => {
    const advanced = a.ranking[0];
    if (advanced === undefined || random.next() < 0.5) return a;
    const others = base.programs.map((p) => p.id).filter((p) => p !== advanced);
    const ranking = pick(others, random, random.int(others.length + 1));
    for (const p of ranking)
      if (random.next() < 0.8) extraRanks.set(p, [...(extraRanks.get(p) ?? []), a.id]);
    return {
      ...a,
      supplementalLists: [{ id: `${a.id}-s`, advancedPrograms: [advanced], ranking }],
    };
  });
  const programs = base.programs.map((p, i) => {
    const extra = (extraRanks.get(p.id) ?? []).filter((a) => !p.ranking.includes(a));
    const ranking = shuffled([...p.ranking, ...extra], random);
    const receiver = base.programs[i + 1 + random.int(Math.max(1, nP - i - 1))];
    if (receiver === undefined || random.next() < 0.5) return { ...p, ranking };
    return {
      ...p,
      ranking,
      reversions: [{ to: receiver.id, positions: random.int(p.capacity + 1) }],
    };
  });
  return { programs, applicants };
}
