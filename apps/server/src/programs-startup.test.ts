import { RUN_LEASE_MS } from '@matchready/services';
import { createInMemoryServices, simulationRecord } from '@matchready/services/testing';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';
import { startPrograms } from './programs-startup.ts';

/** One stale simulation (its process stopped beating a lease ago) and one fresh one. */
async function setup() {
  const { ports, services } = createInMemoryServices('2026-12-01T12:00:00.000Z');
  await services.programs.catalogue.seedSampleIfEmpty(10); // not empty: start-up seeds nothing
  const { user } = await services.auth.signUp({
    email: 'sim@example.org',
    password: 'a long password',
    displayName: 'Sim',
    role: 'applicant',
  });
  const store = (id: string) => {
    const at = ports.clock.now().toISOString();
    return ports.programs.simulations.create(
      simulationRecord(id, user.id, at, { status: 'running', progress: 0.5 }),
    );
  };
  await store('stale');
  ports.clock.advance(RUN_LEASE_MS);
  await store('fresh');
  const lines: string[] = [];
  const logger = createLogger('info', (line) => lines.push(line));
  const status = async (id: string) =>
    (await ports.programs.simulations.findById(id))?.status ?? 'missing';
  return { services, logger, lines, status };
}

describe('program start-up', () => {
  it('on PostgreSQL fails only runs past their lease: another process may hold the rest', async () => {
    const { services, logger, lines, status } = await setup();
    expect(await startPrograms(services, logger, 'postgres')).toEqual([]);
    expect([await status('stale'), await status('fresh')]).toEqual(['failed', 'running']);
    expect(lines.join('\n')).toContain('1 unfinished simulation(s) marked failed');
  });

  it('on SQLite fails every unfinished run: no other process uses the file', async () => {
    const { services, logger, lines, status } = await setup();
    await startPrograms(services, logger, 'sqlite');
    expect([await status('stale'), await status('fresh')]).toEqual(['failed', 'failed']);
    expect(lines.join('\n')).toContain('2 unfinished simulation(s) marked failed');
  });
});
