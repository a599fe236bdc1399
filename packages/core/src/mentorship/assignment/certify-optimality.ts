/**
 * Checks of the two kinds of optimality proof, recomputed from the problem with exact (BigInt)
 * arithmetic:
 * - LP duality (weak duality of the b-matching LP, whose matrix is totally unimodular): any mentor
 *   prices v ≥ 0 with u_i = max(0, max_j w_ij − v_j) bound every assignment's weight by
 *   Σu + Σ capacity·v; an assignment reaching the bound is optimal;
 * - vertex cover (König): no assignment matches more than |cover mentees| + Σ cover capacities.
 * O(pairs).
 */
import type {
  CertificateIssueCode,
  CoverCertificate,
  DualCertificate,
  ScoredPair,
} from '../../vocabulary/assignment.ts';
import type { Facts } from './certify-facts.ts';
import type { IssueCollector, Path } from './issues.ts';
import { toScaled } from './scaled-scores.ts';

type Out = IssueCollector<CertificateIssueCode>;

export interface DualRules {
  /** Mode total: weight multiplier must exceed the number of unpinned mentees, bonus 1. */
  readonly tieBreakByCount: boolean;
}

const isNatural = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

/** True when `certificate` proves that the result's unpinned pairs have the best weight. */
export function checkDual(
  facts: Facts,
  certificate: DualCertificate,
  chosen: readonly ScoredPair[],
  rules: DualRules,
  out: Out,
  path: Path,
): boolean {
  const { scale, multiplier, bonus, atLeast, mentorPrices } = certificate;
  const invalid = (message: string) => {
    out.add('certificate-invalid', path, message);
    return false;
  };
  if (certificate.method !== 'lp-duality') return invalid('Expected an lp-duality certificate.');
  if (!isNatural(scale) || scale < 1 || !isNatural(bonus) || !Number.isSafeInteger(multiplier)) {
    return invalid('Scale, multiplier and bonus must be safe integers (scale ≥ 1, bonus ≥ 0).');
  }
  const freeMentees = [...facts.mentees].filter((m) => !facts.pins.has(m)).length;
  if (rules.tieBreakByCount ? multiplier <= freeMentees || bonus !== 1 : multiplier !== 1) {
    return invalid('The weights do not express this mode’s objective.');
  }
  const price = new Map<string, bigint>();
  for (const [mentor, value] of Object.entries(mentorPrices)) {
    if (!facts.capacity.has(mentor) || !isNatural(value)) {
      return invalid(
        `Price of ${JSON.stringify(mentor)} is not a known mentor's whole number ≥ 0.`,
      );
    }
    price.set(mentor, BigInt(value));
  }
  const inScope = (score: number) => atLeast === null || score >= atLeast;
  const weight = (score: number): bigint | undefined => {
    const scaled = toScaled(score, scale);
    return Number.isNaN(scaled) ? undefined : BigInt(multiplier) * BigInt(scaled) + BigInt(bonus);
  };

  const value = new Map<string, bigint>();
  for (const pair of facts.freePairs) {
    if (!inScope(pair.score)) continue;
    const w = weight(pair.score);
    if (w === undefined)
      return invalid(`Score ${pair.score} is not a whole number at scale ${scale}.`);
    const slack = w - (price.get(pair.mentor) ?? 0n);
    if (slack > (value.get(pair.mentee) ?? 0n)) value.set(pair.mentee, slack);
  }
  let bound = 0n;
  for (const u of value.values()) bound += u;
  for (const [mentor, v] of price) bound += BigInt(facts.freeCapacity.get(mentor) ?? 0) * v;

  let objective = 0n;
  for (const pair of chosen) {
    const w = weight(pair.score);
    if (!inScope(pair.score) || w === undefined) {
      return invalid(`The pair ${pair.mentee}–${pair.mentor} is outside the certificate's pairs.`);
    }
    objective += w;
  }
  if (objective !== bound) {
    out.add(
      'duality-gap',
      path,
      `The assignment weighs ${objective} but the dual bound is ${bound}: not proven optimal.`,
    );
    return false;
  }
  if (BigInt(certificate.objective) !== objective || BigInt(certificate.bound) !== bound) {
    return invalid(
      `The certificate states ${certificate.objective}/${certificate.bound}, not ${objective}.`,
    );
  }
  return true;
}

/**
 * The size of a valid cover of the unpinned allowed pairs that `include` keeps, or undefined
 * (after reporting) when the cover misses a pair or is malformed.
 */
export function checkCover(
  facts: Facts,
  cover: Omit<CoverCertificate, 'method'>,
  include: (pair: ScoredPair) => boolean,
  out: Out,
  path: Path,
): number | undefined {
  const mentees = new Set(cover.mentees);
  const mentors = new Set(cover.mentors);
  if (mentees.size !== cover.mentees.length || mentors.size !== cover.mentors.length) {
    out.add('certificate-invalid', path, 'The cover lists someone twice.');
    return undefined;
  }
  let size = mentees.size;
  for (const mentee of mentees) {
    if (!facts.mentees.has(mentee)) {
      out.add(
        'certificate-invalid',
        path,
        `The cover names an unknown mentee ${JSON.stringify(mentee)}.`,
      );
      return undefined;
    }
  }
  for (const mentor of mentors) {
    const capacity = facts.freeCapacity.get(mentor);
    if (capacity === undefined) {
      out.add(
        'certificate-invalid',
        path,
        `The cover names an unknown mentor ${JSON.stringify(mentor)}.`,
      );
      return undefined;
    }
    size += capacity;
  }
  for (const pair of facts.freePairs) {
    if (include(pair) && !mentees.has(pair.mentee) && !mentors.has(pair.mentor)) {
      out.add('cover-invalid', path, `The cover misses the pair ${pair.mentee}–${pair.mentor}.`);
      return undefined;
    }
  }
  if (size !== cover.size) {
    out.add('certificate-invalid', path, `The cover's size is ${size}, not ${cover.size}.`);
    return undefined;
  }
  return size;
}
