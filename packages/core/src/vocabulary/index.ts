// '@matchready/core/vocabulary': the core's words — codes, record types and issue/error codes —
// with no behaviour and no side effects. The contract builds its zod schemas from these, so a
// code is written down once. Nothing here imports anything outside this folder.

export * from './assignment.ts';
export * from './errors.ts';
