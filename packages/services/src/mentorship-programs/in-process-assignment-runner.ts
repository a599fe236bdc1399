import { solveProgramJob } from '@matchready/core/mentorship/assignment';
import type { AssignmentRunner } from './mentorship-program-ports.ts';

/**
 * Solves drafts on the calling thread, each after the current task ends (so the request that
 * starts one answers first). For service tests and the CLI; the server uses a worker thread.
 */
export function createInProcessAssignmentRunner(): AssignmentRunner {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(job) {
      const next = tail.then(
        () =>
          new Promise<ReturnType<typeof solveProgramJob>>((resolve, reject) => {
            setTimeout(() => {
              try {
                resolve(solveProgramJob(job));
              } catch (error) {
                reject(error);
              }
            }, 0);
          }),
      );
      tail = next.catch(() => {});
      return next;
    },
  };
}
