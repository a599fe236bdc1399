// Generated from the endpoint registry in packages/contract by `npm run generate:endpoints`;
// do not edit (scripts/web-endpoints.test.ts fails when this file is stale).
// The registry without its schemas, one module per contract tag so each lazy chunk carries
// only its area's routes (decision 018). Import as `import * as endpoints from './index.ts'`.
export * from './account.ts';
export * from './admin.ts';
export * from './auth.ts';
export * from './interview.ts';
export * from './mail.ts';
export * from './match.ts';
export * from './mentorship.ts';
export * from './mentorship-programs.ts';
export * from './meta.ts';
export * from './organisation.ts';
export * from './profile.ts';
export * from './programs.ts';
export * from './timeline.ts';
