import { simulateMatch } from '@matchready/core/programs';
import type { SimulationRunner } from './program-ports.ts';

/**
 * Runs simulations on the calling thread, one at a time, each after the current task ends (so a
 * request that starts one still answers first). For service tests and the CLI; the server uses
 * worker threads instead.
 */
export function createInProcessSimulationRunner(): SimulationRunner {
  let waiting = 0;
  let tail: Promise<unknown> = Promise.resolve();
  return {
    queued: () => waiting,
    run(job, events) {
      waiting++;
      const next = tail.then(
        () =>
          new Promise<ReturnType<typeof simulateMatch>>((resolve) => {
            setTimeout(() => {
              waiting--;
              events.onStart();
              resolve(
                simulateMatch({
                  ...job,
                  onProgress: ({ done, total }) => events.onProgress(done, total),
                }),
              );
            }, 0);
          }),
      );
      tail = next.catch(() => {});
      return next;
    },
  };
}
