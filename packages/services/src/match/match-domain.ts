import type { MatchOutcome, MatchProblem } from '@matchready/core';

/** Saved match instances and runs; repositories map rows to these and back. */

export interface InstanceSummary {
  readonly applicants: number;
  readonly programs: number;
  readonly couples: number;
  readonly positions: number;
}

export interface MatchInstanceListItem {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly summary: InstanceSummary;
}

export interface MatchInstance extends MatchInstanceListItem {
  readonly problem: MatchProblem;
}

export interface MatchInstanceRecord extends MatchInstance {
  readonly ownerId: string;
}

export interface MatchRun {
  readonly id: string;
  readonly instanceId: string;
  readonly createdAt: string;
  readonly durationMs: number;
  readonly outcome: MatchOutcome;
}

export interface MatchRunSummary {
  readonly id: string;
  readonly instanceId: string;
  readonly createdAt: string;
  readonly durationMs: number;
  readonly status: MatchOutcome['status'];
  readonly stats: MatchOutcome['stats'];
}

/** A run as stored: with its owner and the problem it solved (instances may change later). */
export interface MatchRunRecord extends MatchRun {
  readonly ownerId: string;
  readonly problem: MatchProblem;
}
