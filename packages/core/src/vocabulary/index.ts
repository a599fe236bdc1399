// '@matchready/core/vocabulary': the core's words — codes, record types and issue/error codes —
// with no behaviour and no side effects. The contract builds its zod schemas from these, so a
// code is written down once. Nothing here imports anything outside this folder (decision 015).

export * from './assignment.ts';
export * from './errors.ts';
export * from './interview.ts';
export * from './matching.ts';
export * from './mentorship.ts';
export * from './mentorship-programs.ts';
export * from './profile-sharing.ts';
export * from './program-invitations.ts';
export * from './programs.ts';
export * from './timeline.ts';
