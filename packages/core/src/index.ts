// The pure core. Subpath exports keep heavy modules (NLP) out of callers that do not need them:
// '@matchready/core/interview', '@matchready/core/programs'.

export * from './matching/index.ts';
export * from './shared/index.ts';
