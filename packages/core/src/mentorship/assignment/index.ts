// Bulk mentor–mentee assignment with capacities (issue 10): validation, the solver in two modes,
// its independent certificate check, the review helpers, and a seeded instance generator.
export * from '../../vocabulary/assignment.ts';
export { type CertifiedAssignment, certifyAssignment } from './certify.ts';
export { type GenerateAssignmentOptions, generateAssignmentProblem } from './generate.ts';
export {
  CANDIDATES_PER_MENTEE,
  candidatePairs,
  type ProgramSolveJob,
  solveProgramJob,
} from './program-job.ts';
export {
  diffAssignments,
  type ReviewChanges,
  resolveAssignment,
  swapChanges,
  withReviewChanges,
} from './review.ts';
export { type SolveAssignmentOptions, solveAssignment } from './solve.ts';
export { validateAssignmentProblem } from './validate.ts';
