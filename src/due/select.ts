import type { PlanData } from '../plan/types.js';
import { daysBetween } from './calendar.js';
import { coordinatorMatches, isClosed, summarizePlan } from './plan.js';
import { planPoints } from './points.js';
import { DUE_KINDS, type DueItem } from './types.js';

export interface DueInput {
  path: string;
  data?: PlanData;
  /** Whether reading or checking the plan found errors, so some dates may be missing. */
  failed?: boolean;
}

export interface DueQuery {
  today: string;
  /** Last day of the window, inclusive. */
  until: string;
  coordinator?: string;
}

const KIND_ORDER = new Map<string, number>(DUE_KINDS.map((k, i) => [k, i]));

/** Sort key: date, plan (id, else path), path, kind in the brief's order, key. NUL separates, as it sorts first. */
function sortKey(item: DueItem): string {
  return `${item.date}\u0000${item.plan ?? item.path}\u0000${item.path}\u0000${KIND_ORDER.get(item.kind)}\u0000${item.key}`;
}

/**
 * The points that need attention: every overdue one (before today), and the
 * upcoming ones from today up to and including `until`. Sorted by date, so
 * the overdue come first; ties by plan, kind and key, so output is stable.
 */
export function selectDue(plans: readonly DueInput[], query: DueQuery): DueItem[] {
  const out: DueItem[] = [];
  for (const { path, data } of plans) {
    if (!data || isClosed(data)) continue;
    const summary = summarizePlan(path, data);
    if (query.coordinator !== undefined && !coordinatorMatches(summary, query.coordinator)) continue;
    for (const point of planPoints(data)) {
      if (point.date > query.until) continue;
      // Points are fresh objects from planPoints: extend them in place (spreading costs much at 10,000 plans).
      const item = point as DueItem;
      item.path = path;
      if (summary.id !== undefined) item.plan = summary.id;
      if (summary.name !== undefined) item.name = summary.name;
      if (summary.coordinator) item.coordinator = summary.coordinator;
      item.overdue = point.date < query.today;
      item.days = daysBetween(query.today, point.date);
      out.push(item);
    }
  }
  const keyed = out.map((item) => ({ item, key: sortKey(item) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.item);
}

/**
 * Plans whose dates may be incomplete: those that failed to read or check.
 * Under --coordinator, a plan that clearly belongs to someone else is left
 * out; one whose coordinator cannot be read is kept, since it may be theirs.
 * Closed plans are left out: they contribute nothing either way.
 */
export function incompletePlans(plans: readonly DueInput[], coordinator?: string): string[] {
  return plans
    .filter((p) => p.failed === true || p.data === undefined)
    .filter((p) => {
      if (!p.data) return true; // unreadable: it may be anyone's
      if (isClosed(p.data)) return false; // a closed plan has nothing due anyway
      if (coordinator === undefined) return true;
      const summary = summarizePlan(p.path, p.data);
      return summary.coordinator === undefined || coordinatorMatches(summary, coordinator);
    })
    .map((p) => p.path);
}

/** How many open plans (utkast or aktiv, or of unknown status) the list covers: the caseload, under --coordinator. */
export function openPlanCount(plans: readonly DueInput[], coordinator?: string): number {
  let n = 0;
  for (const { path, data } of plans) {
    if (!data || isClosed(data)) continue;
    if (coordinator !== undefined && !coordinatorMatches(summarizePlan(path, data), coordinator)) continue;
    n++;
  }
  return n;
}
