import type { CommandEntry } from '../command.ts';
import { interviewEntry } from './interview.command.ts';
import { serveEntry } from './serve.command.ts';
import { usersEntry } from './users.command.ts';

/** `matchready <name>`: add a command with one entry here (the help lists them in this order). */
export const commands: Readonly<Record<string, CommandEntry>> = {
  match: {
    summary: 'Run the match on an instance file, or generate an instance',
    load: async () => (await import('./match.command.ts')).matchCommand,
  },
  demo: {
    summary: 'Run the match on a small bundled instance and explain the result',
    load: async () => (await import('./demo.command.ts')).demoCommand,
  },
  serve: serveEntry,
  users: usersEntry,
  interview: interviewEntry,
  programs: {
    summary: 'Import, export and list residency programs (safety/target/reach for a profile)',
    load: async () => (await import('./programs.command.ts')).programsCommand,
  },
  calc: {
    summary: 'Estimate P(match) by contiguous ranks, specialty and Step 2 CK (NRMP aggregates)',
    load: async () => (await import('./calc.command.ts')).calcCommand,
  },
};
