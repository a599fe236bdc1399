import type { Result } from '@matchready/core';
import type { ProgramSolveJob } from '@matchready/core/mentorship/assignment';
import type { AssignmentResult } from '@matchready/core/vocabulary';

/** Messages between the assignment runner (main thread) and assignment.worker.ts. */
export interface ToAssignmentWorker {
  readonly jobId: number;
  readonly job: ProgramSolveJob;
}

export type FromAssignmentWorker =
  | { readonly type: 'done'; readonly jobId: number; readonly result: Result<AssignmentResult> }
  | { readonly type: 'error'; readonly jobId: number; readonly message: string };
