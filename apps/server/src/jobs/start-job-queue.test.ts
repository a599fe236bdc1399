import { describe, expect, it } from 'vitest';
import { silentLogger } from '../logger.ts';
import { startJobQueue } from './start-job-queue.ts';

describe('startJobQueue', () => {
  it('runs jobs in process on SQLite, whatever DATABASE_URL held', async () => {
    for (const databaseUrl of [undefined, 'file:somewhere']) {
      const queue = await startJobQueue({ database: 'sqlite', databaseUrl, logger: silentLogger });
      expect(queue.kind).toBe('in-process');
      await queue.stop();
    }
  });
});
