/**
 * certifyAssignment: an independent check of a result against its problem, recomputed from scratch
 * (certify-facts.ts): the assignment is feasible (allowed pairs, pins kept, capacities respected),
 * its summary and unmatched reasons are right, and its certificate proves it optimal for its mode.
 * total: one LP-duality proof of the best (n + 1)·score + 1 weight. fair: a cover proving the
 * matched count is the most, a proof that no assignment matching as many has a higher lowest
 * score, and an LP-duality proof of the best total among those. O(pairs). An invalid problem is
 * an issue, not an exception; the result must have the AssignmentResult shape (parse untrusted
 * JSON with the contract's schema first).
 */
import { fail, ok, type Result } from '../../shared/result.ts';
import type {
  AssignmentMode,
  AssignmentProblem,
  AssignmentResult,
  CertificateIssueCode,
  ScoredPair,
  UnmatchedReason,
} from '../../vocabulary/assignment.ts';
import { type Facts, readFacts } from './certify-facts.ts';
import { checkCover, checkDual } from './certify-optimality.ts';
import { createIssueCollector, type IssueCollector } from './issues.ts';
import { scaleFor, toScaled } from './scaled-scores.ts';
import { validateAssignmentProblem } from './validate.ts';

type Out = IssueCollector<CertificateIssueCode>;

export interface CertifiedAssignment {
  readonly mode: AssignmentMode;
  readonly matched: number;
  readonly total: number;
  readonly minScore: number | null;
}

const q = (id: string) => JSON.stringify(id);
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The assigned pairs, after checking each one; undefined values are reported. */
function readAssignments(facts: Facts, result: AssignmentResult, out: Out): ScoredPair[] {
  const assignments: Readonly<Record<string, unknown>> = result.assignments ?? {};
  for (const mentee of Object.keys(assignments)) {
    if (!facts.mentees.has(mentee)) {
      out.add('not-a-mentee', ['assignments', mentee], `${q(mentee)} is not a mentee.`);
    }
  }
  const pairs: ScoredPair[] = [];
  const load = new Map<string, number>();
  for (const mentee of facts.mentees) {
    const path = ['assignments', mentee];
    const pin = facts.pins.get(mentee);
    if (!Object.hasOwn(assignments, mentee)) {
      out.add('missing-mentee', path, `Mentee ${q(mentee)} is missing.`);
      continue;
    }
    const mentor = assignments[mentee];
    if (pin !== undefined && mentor !== pin) {
      out.add('pin-missing', path, `Mentee ${q(mentee)} is pinned to ${q(pin)}.`);
    }
    if (mentor === null) continue;
    if (typeof mentor !== 'string' || !facts.capacity.has(mentor)) {
      out.add('unknown-mentor', path, `${JSON.stringify(mentor)} is not a mentor.`);
      continue;
    }
    if (!facts.isAllowed(mentee, mentor)) {
      out.add('pair-not-allowed', path, `The pair ${q(mentee)}–${q(mentor)} is not allowed.`);
      continue;
    }
    pairs.push({ mentee, mentor, score: facts.scores.get(mentee)?.get(mentor) ?? 0 });
    load.set(mentor, (load.get(mentor) ?? 0) + 1);
  }
  for (const [mentor, count] of load) {
    const capacity = facts.capacity.get(mentor) ?? 0;
    if (count > capacity) {
      out.add(
        'capacity-exceeded',
        ['assignments'],
        `Mentor ${q(mentor)} has ${count} mentees, capacity ${capacity}.`,
      );
    }
  }
  return pairs.sort((a, b) => byCodeUnits(a.mentee, b.mentee));
}

function reasonFor(
  facts: Facts,
  mentee: string,
  load: ReadonlyMap<string, number>,
): UnmatchedReason {
  const row = facts.scores.get(mentee);
  if (!row || row.size === 0) return 'no-candidates';
  const open = [...row.keys()].filter((mentor) => !facts.isForbidden(mentee, mentor));
  if (open.length === 0) return 'all-forbidden';
  const allowed = open.filter((mentor) => facts.isAllowed(mentee, mentor));
  if (allowed.length === 0) return 'below-minimum-score';
  const hasRoom = allowed.some((m) => (load.get(m) ?? 0) < (facts.capacity.get(m) ?? 0));
  return hasRoom ? 'lowers-total' : 'candidates-full';
}

function checkSummary(
  facts: Facts,
  result: AssignmentResult,
  pairs: readonly ScoredPair[],
  out: Out,
) {
  const scale = scaleFor(pairs.map((p) => p.score));
  let scaled = 0n;
  for (const pair of pairs) scaled += BigInt(toScaled(pair.score, scale));
  const total = Number(scaled) / scale + 0;
  let minScore: number | null = null;
  for (const p of pairs) minScore = minScore === null ? p.score : Math.min(minScore, p.score);
  const listed = result.pairs ?? [];
  const listedOk =
    listed.length === pairs.length &&
    pairs.every((p, k) => {
      const l = listed[k];
      const pinned = facts.pins.get(p.mentee) === p.mentor;
      return (
        l?.mentee === p.mentee &&
        l.mentor === p.mentor &&
        l.score === p.score &&
        l.pinned === pinned
      );
    });
  if (
    result.matched !== pairs.length ||
    result.total !== total ||
    result.minScore !== minScore ||
    !listedOk
  ) {
    out.add(
      'summary-mismatch',
      [],
      `Expected matched ${pairs.length}, total ${total}, minScore ${minScore} and the pairs to match the assignments.`,
    );
  }
  const load = new Map<string, number>();
  for (const p of pairs) load.set(p.mentor, (load.get(p.mentor) ?? 0) + 1);
  const assigned = new Set(pairs.map((p) => p.mentee));
  const expected = [...facts.mentees]
    .filter((m) => !assigned.has(m))
    .sort(byCodeUnits)
    .map((mentee) => ({ mentee, reason: reasonFor(facts, mentee, load) }));
  const unmatched = result.unmatched ?? [];
  const same =
    unmatched.length === expected.length &&
    expected.every(
      (e, k) => unmatched[k]?.mentee === e.mentee && unmatched[k]?.reason === e.reason,
    );
  if (!same) {
    out.add(
      'unmatched-mismatch',
      ['unmatched'],
      'The unmatched list (sorted by mentee, with reasons) is not right.',
    );
  }
}

function checkCertificate(
  facts: Facts,
  result: AssignmentResult,
  pairs: readonly ScoredPair[],
  out: Out,
) {
  const certificate = result.certificate;
  const free = pairs.filter((p) => !facts.pins.has(p.mentee));
  if (certificate?.mode !== result.mode) {
    out.add('certificate-invalid', ['certificate'], 'The certificate is not for this mode.');
    return;
  }
  if (certificate.mode === 'total') {
    checkDual(facts, certificate.total, free, { tieBreakByCount: true }, out, [
      'certificate',
      'total',
    ]);
    return;
  }
  const size = checkCover(facts, certificate.matched, () => true, out, ['certificate', 'matched']);
  if (size !== undefined && size !== free.length) {
    out.add(
      'cover-too-large',
      ['certificate', 'matched'],
      `A cover of ${size} does not prove that ${free.length} is the most.`,
    );
  }
  const b = certificate.bottleneck;
  const path = ['certificate', 'bottleneck'];
  if (b.method === 'none-matched') {
    if (pairs.length !== 0) out.add('certificate-invalid', path, 'Mentees are matched.');
  } else if (b.method === 'pinned') {
    const score = facts.scores.get(b.mentee)?.get(b.mentor);
    if (facts.pins.get(b.mentee) !== b.mentor || score !== result.minScore) {
      out.add('certificate-invalid', path, 'No pin scores the lowest score.');
    }
  } else if (b.above !== result.minScore) {
    out.add(
      'certificate-invalid',
      path,
      `The cover is for scores above ${b.above}, not above the lowest score.`,
    );
  } else {
    const above = b.above;
    const covered = checkCover(facts, b, (p) => p.score > above, out, path);
    if (covered !== undefined && covered >= free.length) {
      out.add(
        'cover-too-large',
        path,
        `A cover of ${covered} leaves room for ${free.length} pairs above ${above}.`,
      );
    }
  }
  if (certificate.total.atLeast !== result.minScore) {
    out.add(
      'certificate-invalid',
      ['certificate', 'total'],
      'The total is not proven for pairs at or above the lowest score.',
    );
    return;
  }
  checkDual(facts, certificate.total, free, { tieBreakByCount: false }, out, [
    'certificate',
    'total',
  ]);
}

export function certifyAssignment(
  problem: AssignmentProblem,
  result: AssignmentResult,
): Result<CertifiedAssignment> {
  const valid = validateAssignmentProblem(problem);
  if (!valid.ok) {
    const message = `The problem is not valid (${valid.issues.length} issues).`;
    return fail([{ code: 'invalid-problem', path: [], message }]);
  }
  return certifyValidAssignment(problem, result);
}

/** certifyAssignment for a problem already validated (the solver's own check). */
export function certifyValidAssignment(
  problem: AssignmentProblem,
  result: AssignmentResult,
): Result<CertifiedAssignment> {
  const out = createIssueCollector<CertificateIssueCode>();
  const facts = readFacts(problem);
  const pairs = readAssignments(facts, result, out);
  if (out.count() > 0) return fail(out.finish());
  checkSummary(facts, result, pairs, out);
  checkCertificate(facts, result, pairs, out);
  if (out.count() > 0) return fail(out.finish());
  const { mode, matched, total, minScore } = result;
  return ok({ mode, matched, total, minScore });
}
