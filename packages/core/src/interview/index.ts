// Interview practice: question bank types and data, and practice scheduling rules.

export * from './analyse/index.ts';
export * from './bank/index.ts';
export * from './question.ts';
export * from './schedule.ts';
