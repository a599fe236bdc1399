/**
 * Roth–Peranson instability chaining (Roth & Peranson 1999, AER 89(4), §III, after Roth & Vande
 * Vate 1990): applicant-proposing deferred acceptance for singles, then couples added one at a
 * time; an applicant stack and a program stack are drained until no blocking pair is left.
 * O(Σ list length) without couples; bounded by the cycle and proposal limits with them.
 */
import { improveCouple, walkCouple } from './couples.ts';
import { processSingle, reconsiderSingle } from './deferred-acceptance.ts';
import type { MatchState } from './matching-state.ts';
import { pushAgent } from './matching-state.ts';

/**
 * Program p gained room (a withdrawal, a move up, a reversion): every applicant it ranks above the
 * point where it is full again and who prefers it to its current place forms a blocking pair,
 * including applicants it rejected earlier. They are re-admitted best-ranked first.
 */
export function reconsiderProgram(s: MatchState, p: number): void {
  const cp = s.cp;
  const start = cp.progStart[p]!;
  const end = cp.progStart[p + 1]!;
  const slots = cp.slotStart[p]!;
  for (let e = start; e < end && !s.aborted; e++) {
    const c = s.count[p]!;
    if (c >= s.cap[p]! && (c === 0 || e - start >= s.held[slots + c - 1]!)) return;
    const a = cp.progApplicant[e]!;
    const couple = cp.coupleOf[a]!;
    if (couple >= 0) {
      if (s.frozen[cp.nApplicants + couple] === 0) improveCouple(s, couple);
    } else if (s.frozen[a] === 0) {
      reconsiderSingle(s, a, p);
    }
  }
}

/** Drains both stacks (applicants first, LIFO) until empty or the proposal budget is spent. */
export function runChain(s: MatchState): void {
  const nA = s.cp.nApplicants;
  while (!s.aborted) {
    if (s.agentTop > 0) {
      const agent = s.agents[--s.agentTop]!;
      s.onAgents[agent] = 0;
      if (agent < nA) processSingle(s, agent);
      else walkCouple(s, agent - nA);
    } else if (s.programTop > 0) {
      const p = s.programs[--s.programTop]!;
      s.onPrograms[p] = 0;
      reconsiderProgram(s, p);
    } else {
      return;
    }
    if (s.proposals > s.proposalLimit) s.aborted = true;
  }
}

/**
 * Singles first, in input order (pushed in reverse so applicant 0 proposes first), chained to a
 * stable matching; then each couple in `coupleOrder`, chained to stability before the next.
 */
export function chainSinglesThenCouples(s: MatchState, coupleOrder: Int32Array): void {
  const cp = s.cp;
  for (let a = cp.nApplicants - 1; a >= 0; a--) {
    if (cp.coupleOf[a]! < 0) pushAgent(s, a);
  }
  runChain(s);
  for (let i = 0; i < coupleOrder.length && !s.aborted; i++) {
    pushAgent(s, cp.nApplicants + coupleOrder[i]!);
    runChain(s);
  }
}
