/**
 * The contract's endpoint registry without its schemas: what `call()` needs at run time. The
 * registry itself would bring zod and every schema into the first-load bundle (decision 018), so
 * these modules restate ids, methods and paths only, and their type (`EndpointRoute<id>`, derived
 * from the registry) makes a wrong method, path or file flag a type error; endpoints.test.ts
 * checks that every endpoint is here. One module per contract tag, so each lazy chunk carries
 * only its area's routes. Use as `import * as endpoints from '…/lib/endpoints/index.ts'`.
 */
export * from './account.ts';
export * from './admin.ts';
export * from './auth.ts';
export * from './interview.ts';
export * from './match.ts';
export * from './mentorship.ts';
export * from './mentorship-programs.ts';
export * from './meta.ts';
export * from './organisation.ts';
export * from './profile.ts';
export * from './program-invitations.ts';
export * from './programs.ts';
export * from './timeline.ts';
