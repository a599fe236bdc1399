// The pure core. Subpath exports keep heavy modules (NLP) out of callers that do not need them:
// '@matchready/core/interview', '/programs', '/mentorship', '/mentorship/assignment', '/timeline', '/vocabulary'.

export * from './matching/index.ts';
export * from './shared/index.ts';
