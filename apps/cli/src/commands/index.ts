import type { CommandEntry } from '../command.ts';

/**
 * `matchready <name>`: add a command with one entry here (the help lists them in this order).
 * Every command is loaded only when it runs, so `matchready match` never loads the interview
 * bank and NLP model, the database drivers or the server launcher.
 */
export const commands: Readonly<Record<string, CommandEntry>> = {
  match: {
    summary: 'Run the match on an instance file, or generate an instance',
    load: async () => (await import('./match.command.ts')).matchCommand,
  },
  demo: {
    summary: 'Run the match on a small bundled instance and explain the result',
    load: async () => (await import('./demo.command.ts')).demoCommand,
  },
  serve: {
    summary: 'Start the web app and API server (--demo adds demo accounts)',
    load: async () => (await import('./serve.command.ts')).serveCommand,
  },
  users: {
    summary: 'Manage accounts: create-admin makes a site admin',
    load: async () => (await import('./users.command.ts')).createUsersCommand(),
  },
  interview: {
    summary: 'List the interview question bank, or analyse an answer read from stdin',
    load: async () => (await import('./interview.command.ts')).createInterviewCommand(),
  },
  programs: {
    summary: 'Import, export and list residency programs (safety/target/reach for a profile)',
    load: async () => (await import('./programs.command.ts')).programsCommand,
  },
  backup: {
    summary: 'Back up the SQLite database while the server runs (--out FILE)',
    load: async () => (await import('./backup.command.ts')).backupCommand,
  },
  restore: {
    summary: 'Restore the SQLite database from a backup FILE (server stopped)',
    load: async () => (await import('./backup.command.ts')).restoreCommand,
  },
  calc: {
    summary: 'Estimate P(match) by contiguous ranks, specialty and Step 2 CK (NRMP aggregates)',
    load: async () => (await import('./calc.command.ts')).calcCommand,
  },
  outreach: {
    summary: 'Check a first message to a mentor, read from stdin (offline)',
    load: async () => (await import('./outreach.command.ts')).createOutreachCommand(),
  },
  mentors: {
    summary: 'Rank mentors for a mentee by compatibility, with every factor shown',
    load: async () => (await import('./mentors.command.ts')).mentorsCommand,
  },
  timeline: {
    summary: 'Plan the season: dated milestones from a profile, as JSON or iCalendar',
    load: async () => (await import('./timeline.command.ts')).timelineCommand,
  },
  mentorship: {
    summary: 'Pair a cohort of mentees with mentors, provably optimal (from scores or profiles)',
    load: async () => (await import('./mentorship.command.ts')).mentorshipCommand,
  },
  organisations: {
    summary: 'List organisations and approve or revoke them (site-admin approval)',
    load: async () => (await import('./organisations.command.ts')).organisationsCommand,
  },
  simulate: {
    summary: 'Simulate your Match: a rank list (any specialties) on a synthetic market, N runs',
    load: async () => (await import('./simulate.command.ts')).simulateCommand,
  },
};
