import { defineConfig } from 'vitest/config';

// One process runs every project (DESIGN.md): deterministic clock zone, two workers.
process.env.TZ = 'UTC';

const node = (name: string, include: string[]) => ({
  test: { name, include, environment: 'node' as const },
});

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      node('core', ['packages/core/src/**/*.test.ts']),
      node('contract', ['packages/contract/src/**/*.test.ts']),
      node('services', ['packages/services/src/**/*.test.ts']),
      node('db', ['packages/db/src/**/*.test.ts']),
      node('server', ['apps/server/src/**/*.test.ts']),
      {
        // CLI tests spawn the real binary (~0.5 s each, more on a loaded machine).
        test: {
          name: 'cli',
          include: ['apps/cli/src/**/*.test.ts'],
          environment: 'node' as const,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
      {
        // Browser journeys through the built app (Playwright on Debian's Chromium).
        test: {
          name: 'e2e',
          include: ['apps/web/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
