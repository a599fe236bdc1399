// '@matchready/contract/files': the file formats (docs/program-data-format.md,
// docs/match-csv-format.md) as zod row schemas, pure parsers (text → records, or every issue
// with its line) and writers. The server, the CLI and the web app read files only through these.
export * from './file-text.ts';
export * from './instance-file.parser.ts';
export * from './match-csv.parser.ts';
export * from './match-csv.schema.ts';
export * from './mentorship-assign.parser.ts';
export * from './mentorship-assign.schema.ts';
export * from './mentorship-profiles.parser.ts';
export * from './mentorship-profiles.schema.ts';
export * from './program-file.parser.ts';
export * from './program-file.schema.ts';
export * from './program-file.writer.ts';
export * from './program-pairs.writer.ts';
export * from './program-people.parser.ts';
export * from './program-people.schema.ts';
export * from './saved-list.writer.ts';
