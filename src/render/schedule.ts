import { items, type Obj } from '../plan/raw-access.js';
import { asDate } from '../plan/dates.js';
import type { PlanData } from '../plan/types.js';

/**
 * The next evaluation: the earliest one not yet held (no `utført`) on or
 * after today. Earlier ones not held are overdue, not next.
 */
export function nextEvaluation(plan: PlanData, today: string): Obj | undefined {
  let best: Obj | undefined;
  let bestDate: string | undefined;
  for (const [e] of items(plan.evalueringer)) {
    if (e.utført !== undefined && e.utført !== null && e.utført !== '') continue;
    const day = asDate(e.dato);
    if (day === undefined || day < today) continue;
    if (bestDate === undefined || day < bestDate) {
      best = e;
      bestDate = day;
    }
  }
  return best;
}
