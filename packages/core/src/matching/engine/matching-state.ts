/**
 * Mutable engine state for instability chaining (Roth & Peranson 1999, §III; Roth & Vande Vate
 * 1990): held positions per program, each applicant's and couple's place on its list, the
 * applicant stack and the program stack. Integer indices and typed arrays only; no allocation
 * per proposal. Program p keeps the ranks it holds sorted ascending in its slot region, so the
 * worst held is the last one: admits() is O(1), hold()/release() O(capacity).
 */
import { invariant } from '../../shared/invariant.ts';
import type { CompiledProblem } from './compile.ts';

export interface MatchState {
  readonly cp: CompiledProblem;
  /** Current capacities (reversions move positions). */
  readonly cap: Int32Array;
  readonly held: Int32Array;
  readonly count: Int32Array;
  /** Singles: index on the cleaned primary list of the program held, or -1; next index to try. */
  readonly pos: Int32Array;
  readonly next: Int32Array;
  /** Singles on a linked advanced program: index on the supplemental list held, or -1; next to try. */
  readonly suppPos: Int32Array;
  readonly suppNext: Int32Array;
  /** Couples: pair held (offset from pairStart), or -1; next pair to try. */
  readonly cPos: Int32Array;
  readonly cNext: Int32Array;
  /** Per agent (as on the applicant stack): forced moves of couples and supplemental applicants. */
  readonly moves: Int32Array;
  /**
   * Agents caught in a cycle: when displaced they still walk down their lists, but they never
   * move up again (no re-admission, no improving move), which breaks the cycle.
   */
  readonly frozen: Uint8Array;
  /** Applicant stack: single a is a, couple c is nApplicants + c. */
  readonly agents: Int32Array;
  readonly onAgents: Uint8Array;
  agentTop: number;
  /** Programs that gained room and must reconsider applicants they rejected. */
  readonly programs: Int32Array;
  readonly onPrograms: Uint8Array;
  programTop: number;
  proposals: number;
  /** Set when some agent was frozen: the result may be unstable. */
  cycled: boolean;
  /** Set when the proposal budget is spent; the state stays a valid matching. */
  aborted: boolean;
  readonly cycleLimit: number;
  readonly proposalLimit: number;
}

export function createState(
  cp: CompiledProblem,
  cycleLimit: number,
  proposalLimit: number,
): MatchState {
  const nAgents = cp.nApplicants + cp.nCouples;
  return {
    cp,
    cap: cp.capacity.slice(),
    held: new Int32Array(cp.slotStart[cp.nPrograms]!),
    count: new Int32Array(cp.nPrograms),
    pos: new Int32Array(cp.nApplicants).fill(-1),
    next: new Int32Array(cp.nApplicants),
    suppPos: new Int32Array(cp.nApplicants).fill(-1),
    suppNext: new Int32Array(cp.nApplicants),
    cPos: new Int32Array(cp.nCouples).fill(-1),
    cNext: new Int32Array(cp.nCouples),
    moves: new Int32Array(nAgents),
    frozen: new Uint8Array(nAgents),
    agents: new Int32Array(nAgents),
    onAgents: new Uint8Array(nAgents),
    agentTop: 0,
    programs: new Int32Array(cp.nPrograms),
    onPrograms: new Uint8Array(cp.nPrograms),
    programTop: 0,
    proposals: 0,
    cycled: false,
    aborted: false,
    cycleLimit,
    proposalLimit,
  };
}

export function pushAgent(s: MatchState, agent: number): void {
  if (s.onAgents[agent] === 1) return;
  s.onAgents[agent] = 1;
  s.agents[s.agentTop++] = agent;
}

export function pushProgram(s: MatchState, p: number): void {
  if (s.onPrograms[p] === 1) return;
  s.onPrograms[p] = 1;
  s.programs[s.programTop++] = p;
}

/** Would p take an applicant it ranks r: a free position, or r beats its worst held. */
export function admits(s: MatchState, p: number, r: number): boolean {
  const c = s.count[p]!;
  if (c < s.cap[p]!) return true;
  return c > 0 && r < s.held[s.cp.slotStart[p]! + c - 1]!;
}

/** Would p take both partners at once (both members of a couple at one program). */
export function admitsTwo(s: MatchState, p: number, r1: number, r2: number): boolean {
  const c = s.count[p]!;
  const free = s.cap[p]! - c;
  const worse = Math.max(r1, r2);
  const last = s.cp.slotStart[p]! + c - 1;
  if (free >= 2) return true;
  if (free === 1) return c > 0 && worse < s.held[last]!;
  return c > 1 && worse < s.held[last - 1]!;
}

/** Inserts rank r (the caller checked admits); returns the displaced rank or -1. */
function insert(s: MatchState, p: number, r: number): number {
  const { held } = s;
  const base = s.cp.slotStart[p]!;
  let c = s.count[p]!;
  let displaced = -1;
  if (c >= s.cap[p]!) {
    displaced = held[base + c - 1]!;
    c--;
  } else {
    s.count[p] = c + 1;
  }
  let i = base + c;
  while (i > base && held[i - 1]! > r) {
    held[i] = held[i - 1]!;
    i--;
  }
  held[i] = r;
  return displaced;
}

/** p holds its applicant of rank r; anyone displaced is withdrawn and goes back on the stack. */
export function hold(s: MatchState, p: number, r: number): void {
  const displaced = insert(s, p, r);
  if (displaced >= 0) onDisplaced(s, p, displaced);
}

/** Removes rank r from p without reconsidering anyone (for tentative moves). */
export function release(s: MatchState, p: number, r: number): void {
  const { held } = s;
  const base = s.cp.slotStart[p]!;
  const end = base + s.count[p]!;
  let i = base;
  while (i < end && held[i] !== r) i++;
  invariant(i < end, 'release: the program does not hold this rank');
  for (; i < end - 1; i++) held[i] = held[i + 1]!;
  s.count[p] = s.count[p]! - 1;
}

/** Removes rank r from p, which must then reconsider applicants it rejected. */
export function vacate(s: MatchState, p: number, r: number): void {
  release(s, p, r);
  pushProgram(s, p);
}

/** Releases a single's preliminary position, if any. */
export function vacateSupplemental(s: MatchState, a: number): void {
  const j = s.suppPos[a]!;
  if (j < 0) return;
  const cp = s.cp;
  const list = cp.appSupp[cp.appStart[a]! + s.pos[a]!]!;
  const at = cp.suppStart[list]! + j;
  vacate(s, cp.suppProgram[at]!, cp.suppRank[at]!);
  s.suppPos[a] = -1;
}

/** Releases everything a single holds (primary and preliminary). */
export function vacateSingle(s: MatchState, a: number): void {
  const k = s.pos[a]!;
  if (k < 0) return;
  vacateSupplemental(s, a);
  const at = s.cp.appStart[a]! + k;
  vacate(s, s.cp.appProgram[at]!, s.cp.appRank[at]!);
  s.pos[a] = -1;
}

/**
 * Counts a forced move of an agent with complementarities (a couple, or a single holding an
 * advanced + preliminary pair). Chaining can only cycle through such moves, so an agent moving
 * more than cycleLimit times is frozen (walks forward only): the market settles around it, and
 * the blocking pairs left involve frozen agents.
 */
export function countMove(s: MatchState, agent: number): void {
  s.moves[agent] = s.moves[agent]! + 1;
  if (s.moves[agent]! > s.cycleLimit) {
    s.frozen[agent] = 1;
    s.cycled = true;
  }
}

/**
 * The applicant of rank r lost its place at p. A single resumes its primary list (releasing its
 * preliminary position) or, if it lost the preliminary one, its supplemental list. A couple
 * member's partner withdraws too (RP §III.B): the partner's program gains room.
 */
function onDisplaced(s: MatchState, p: number, r: number): void {
  const cp = s.cp;
  const a = cp.progApplicant[cp.progStart[p]! + r]!;
  const c = cp.coupleOf[a]!;
  if (c >= 0) {
    const k = cp.pairStart[c]! + s.cPos[c]!;
    const side = cp.coupleMember[2 * c] === a ? 1 : 0;
    const q = cp.pairProgram[2 * k + side]!;
    if (q >= 0) vacate(s, q, cp.pairRank[2 * k + side]!);
    s.cPos[c] = -1;
    countMove(s, cp.nApplicants + c);
    pushAgent(s, cp.nApplicants + c);
    return;
  }
  const k = s.pos[a]!;
  if (k >= 0 && cp.appProgram[cp.appStart[a]! + k] === p) {
    if (cp.appSupp[cp.appStart[a]! + k]! >= 0) countMove(s, a);
    vacateSupplemental(s, a);
    s.pos[a] = -1;
  } else {
    countMove(s, a);
    s.suppPos[a] = -1;
  }
  pushAgent(s, a);
}
