import { asDate } from '../plan/dates.js';
import type { EvalueringView, PlanView } from '../plan/view.js';

/**
 * The next evaluation: the earliest one not yet held (no `utført`) on or
 * after today. Earlier ones not held are overdue, not next.
 */
export function nextEvaluation(plan: PlanView, today: string): EvalueringView | undefined {
  let best: EvalueringView | undefined;
  let bestDate: string | undefined;
  for (const e of plan.evalueringer ?? []) {
    if (e === undefined || (e.utført !== undefined && e.utført !== '')) continue;
    const day = asDate(e.dato);
    if (day === undefined || day < today) continue;
    if (bestDate === undefined || day < bestDate) {
      best = e;
      bestDate = day;
    }
  }
  return best;
}
