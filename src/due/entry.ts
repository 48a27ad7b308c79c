import type { PlanData } from '../plan/types.js';
import { planView } from '../plan/view.js';
import { isClosed, summarizePlan } from './plan.js';
import { viewPoints } from './points.js';
import type { DuePoint, PlanSummary } from './types.js';
import { hasUnreadableDates } from './unreadable.js';

/**
 * What `ip due` keeps of one plan: its summary and every dated point, taken
 * where the plan is read, so the plan itself can be let go at once. Pure.
 */
export interface DueEntry {
  path: string;
  /** Absent when the plan could not be read at all. */
  summary?: PlanSummary;
  closed: boolean;
  /** Some dates may be missing: reading found errors, or a date could not be understood. */
  failed: boolean;
  points: DuePoint[];
}

export interface DueInput {
  path: string;
  data?: PlanData;
  /** Whether reading the plan found errors, so some dates may be missing. */
  failed?: boolean;
  /** Keep only the points up to this day (ip due's window); all when absent. */
  until?: string;
}

export function dueEntry({ path, data, failed = false, until }: DueInput): DueEntry {
  if (!data) return { path, closed: false, failed: true, points: [] };
  // The plan is read through its view, built once here; only the check for unreadable dates reads the data as written.
  const plan = planView(data);
  const closed = isClosed(plan);
  return {
    path,
    summary: summarizePlan(path, plan),
    closed,
    failed: failed || hasUnreadableDates(data),
    // A closed plan has nothing due: its points are never listed.
    points: closed ? [] : viewPoints(plan, until),
  };
}
