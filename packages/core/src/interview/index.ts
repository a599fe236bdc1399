// Interview practice: the question bank, the answer analyser and practice scheduling rules. The
// records and codes they speak (question, answer report, ratings) are vocabulary, re-exported here.

export * from '../vocabulary/interview.ts';
export * from './analyse/index.ts';
export * from './bank/index.ts';
export * from './schedule.ts';
