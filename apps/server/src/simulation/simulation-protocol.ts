import type { Result } from '@matchready/core';
import type { SimulationResult } from '@matchready/core/programs';
import type { SimulationJob } from '@matchready/services';

/** Messages between the simulation pool (main thread) and simulation.worker.ts. */

/** One part of a job: `runs` runs starting at run `firstRun` (the core merges the parts). */
export interface PartInput extends SimulationJob {
  readonly firstRun: number;
  readonly progressEvery: number;
}

export type ToWorker = { readonly type: 'run'; readonly partId: number; readonly input: PartInput };

export type FromWorker =
  | { readonly type: 'progress'; readonly partId: number; readonly done: number }
  | {
      readonly type: 'done';
      readonly partId: number;
      readonly result: Result<SimulationResult>;
    }
  | { readonly type: 'error'; readonly partId: number; readonly message: string };
