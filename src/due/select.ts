import { daysBetween } from './calendar.js';
import type { DueEntry } from './entry.js';
import { coordinatorMatches } from './plan.js';
import { DUE_KINDS, type DueItem } from './types.js';

export interface DueQuery {
  today: string;
  /** Last day of the window, inclusive. */
  until: string;
  coordinator?: string;
}

const KIND_ORDER = new Map<string, number>(DUE_KINDS.map((k, i) => [k, i]));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order of the list: date, plan (id, else path), path, kind in the
 * brief's order, key. Field by field: building a key string per item cost
 * more than the sort itself.
 */
function compareItems(a: DueItem, b: DueItem): number {
  // Dates differ for most pairs.
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return (
    compareText(a.plan ?? a.path, b.plan ?? b.path) ||
    compareText(a.path, b.path) ||
    KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
    compareText(a.key, b.key)
  );
}

/**
 * The points that need attention: every overdue one (before today), and the
 * upcoming ones from today up to and including `until`. Sorted by date, so
 * the overdue come first; ties by plan, kind and key, so output is stable.
 * The entries' points become the items: select from a set of entries once.
 */
export function selectDue(plans: readonly DueEntry[], query: DueQuery): DueItem[] {
  const out: DueItem[] = [];
  for (const { path, summary, closed, points } of plans) {
    if (!summary || closed) continue;
    if (query.coordinator !== undefined && !coordinatorMatches(summary, query.coordinator)) continue;
    for (const point of points) {
      if (point.date > query.until) continue;
      // The entries' points are made for this selection: extended in place, since
      // copying tens of thousands of them costs more than the rest of the step.
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
  return out.sort(compareItems);
}

/**
 * Plans whose dates may be incomplete: those that failed to read, or whose
 * dates could not all be understood. Under --coordinator, a plan that
 * clearly belongs to someone else is left out; one whose coordinator cannot
 * be read is kept, since it may be theirs. Closed plans are left out: they
 * contribute nothing either way.
 */
export function incompletePlans(plans: readonly DueEntry[], coordinator?: string): string[] {
  return plans
    .filter(({ failed, closed, summary }) => {
      if (!failed || closed) return false;
      if (!summary || coordinator === undefined) return true; // unreadable: it may be anyone's
      return summary.coordinator === undefined || coordinatorMatches(summary, coordinator);
    })
    .map((p) => p.path);
}

/** How many open plans (utkast or aktiv, or of unknown status) the list covers: the caseload, under --coordinator. */
export function openPlanCount(plans: readonly DueEntry[], coordinator?: string): number {
  let n = 0;
  for (const { summary, closed } of plans) {
    if (!summary || closed) continue;
    if (coordinator !== undefined && !coordinatorMatches(summary, coordinator)) continue;
    n++;
  }
  return n;
}
