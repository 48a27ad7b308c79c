import { asDate } from '../plan/dates.js';
import type { Delmål, Evaluering, IndividuellPlan, Mål, Overgang, Person, SamtykkeTaushetsplikt, SamtykkeUtarbeidelse, Tiltak, Vedtak } from '../plan/generated/plan-types.js';
import type { PlanData } from '../plan/types.js';
import { written, type Written } from '../plan/written.js';

/** Whether some object in `list` passes `test`. */
function someItem<T>(list: unknown, test: (item: Written<T>) => boolean): boolean {
  if (!Array.isArray(list)) return false;
  for (const item of list as unknown[]) {
    const fields = written<T>(item);
    if (fields && test(fields)) return true;
  }
  return false;
}

/**
 * Whether a plan has a date that ip due reads but cannot understand (a date
 * not written YYYY-MM-DD, or not in the calendar, or not text at all), or a
 * list of dated things that is not a list. Such a plan may be missing points
 * in the list, and is named on standard error; errors elsewhere in the plan
 * do not affect its dates and are `ip validate`'s to report. This asks about
 * the values the plan's view leaves out, so it reads the front matter as
 * written (written.ts).
 */
export function hasUnreadableDates(data: PlanData): boolean {
  const plan: Written<IndividuellPlan> = data;
  const bad = (value: unknown) => value !== undefined && value !== null && asDate(value) === undefined;
  const notList = (value: unknown) => value !== undefined && value !== null && !Array.isArray(value);
  if (notList(plan.evalueringer) || notList(plan.tiltak) || notList(plan.overganger) || notList(plan.mål)) return true;
  const period = written<NonNullable<IndividuellPlan['planperiode']>>(plan.planperiode);
  if (plan.planperiode !== undefined && !period) return true;
  if (bad(period?.til) || bad(written<Person>(plan.person)?.fødselsdato)) return true;
  if (someItem<Evaluering>(plan.evalueringer, (e) => bad(e.dato) || bad(e.utført))) return true;
  if (someItem<Tiltak>(plan.tiltak, (t) => bad(t.til) || bad(written<Vedtak>(t.vedtak)?.til)) || someItem<Overgang>(plan.overganger, (o) => bad(o.dato))) return true;
  if (someItem<Mål>(plan.mål, (g) => bad(g.frist) || notList(g.delmål) || someItem<Delmål>(g.delmål, (d) => bad(d.frist)))) return true;
  const samtykke = written<NonNullable<IndividuellPlan['samtykke']>>(plan.samtykke);
  return bad(written<SamtykkeUtarbeidelse>(samtykke?.utarbeidelse)?.dato) || bad(written<SamtykkeTaushetsplikt>(samtykke?.taushetsplikt)?.dato);
}
