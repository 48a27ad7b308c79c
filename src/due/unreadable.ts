import { isObj, obj, someItem } from '../plan/raw-access.js';
import { asDate } from '../plan/dates.js';
import type { PlanData } from '../plan/types.js';

/**
 * Whether a plan has a date that ip due reads but cannot understand (a date
 * not written YYYY-MM-DD, or not in the calendar), or a list of dated things
 * that is not a list. Such a plan may be missing points in the list, and is
 * named on standard error; errors elsewhere in the plan do not affect its
 * dates and are `ip validate`'s to report.
 */
export function hasUnreadableDates(plan: PlanData): boolean {
  const bad = (value: unknown) => value !== undefined && value !== null && asDate(value) === undefined;
  const notList = (value: unknown) => value !== undefined && value !== null && !Array.isArray(value);
  if (notList(plan.evalueringer) || notList(plan.tiltak) || notList(plan.overganger) || notList(plan.mål)) return true;
  if (plan.planperiode !== undefined && !isObj(plan.planperiode)) return true;
  if (bad(obj(plan.planperiode)?.til) || bad(obj(plan.person)?.fødselsdato)) return true;
  if (someItem(plan.evalueringer, (e) => bad(e.dato) || bad(e.utført))) return true;
  if (someItem(plan.tiltak, (t) => bad(t.til)) || someItem(plan.overganger, (o) => bad(o.dato)) || someItem(plan.mål, (g) => bad(g.frist))) return true;
  const samtykke = obj(plan.samtykke);
  return bad(obj(samtykke?.utarbeidelse)?.dato) || bad(obj(samtykke?.taushetsplikt)?.dato);
}
