import type { Explanation, MatchOutcome, Result } from '@matchready/core';
import type { ProgramSolveJob } from '@matchready/core/mentorship/assignment';
import type { SimulationResult } from '@matchready/core/programs';
import type { AssignmentResult } from '@matchready/core/vocabulary';
import type { SimulationJob } from '@matchready/services';

/** Messages between the worker pool (main thread) and pool.worker.ts (decision 042). */

/** One part of a simulation: `runs` runs starting at run `firstRun` (the core merges the parts). */
export interface SimulationPart extends SimulationJob {
  readonly firstRun: number;
  readonly progressEvery: number;
}

/**
 * Match problems travel as JSON text: posting the parsed object costs a structured clone on the
 * main thread about as long as the solve itself (decision 042), a string is copied in one go.
 */
export type PoolTask =
  | { readonly kind: 'simulate'; readonly input: SimulationPart }
  | { readonly kind: 'solve'; readonly problemJson: string }
  | {
      readonly kind: 'explain';
      readonly problemJson: string;
      readonly outcomeJson: string;
      readonly applicantId: string;
    }
  | { readonly kind: 'assign'; readonly job: ProgramSolveJob };

export type TaskKind = PoolTask['kind'];
export type TaskOf<K extends TaskKind> = Extract<PoolTask, { readonly kind: K }>;

export interface TaskResults {
  readonly simulate: Result<SimulationResult>;
  readonly solve: Result<MatchOutcome>;
  readonly explain: Result<Explanation>;
  readonly assign: Result<AssignmentResult>;
}

export interface ToWorker {
  readonly id: number;
  readonly task: PoolTask;
}

export type FromWorker =
  | { readonly type: 'progress'; readonly id: number; readonly done: number }
  | { readonly type: 'done'; readonly id: number; readonly result: TaskResults[TaskKind] }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
