import { obj, text } from './access.js';
import { asDate } from './dates.js';
import { parseIdNumber } from './fodselsnummer.js';
import type { PlanData } from './types.js';

/** Several rules ask for it, one plan after another: the last plan's answer is kept (see participants). */
let lastPlan: PlanData | undefined;
let lastBirthDate: string | undefined;

/** The person's birth date: `fødselsdato`, else the one a valid `fødselsnummer` tells, else undefined. */
export function birthDate(plan: PlanData): string | undefined {
  if (plan !== lastPlan) {
    lastBirthDate = findBirthDate(plan);
    lastPlan = plan;
  }
  return lastBirthDate;
}

function findBirthDate(plan: PlanData): string | undefined {
  const person = obj(plan.person);
  const stated = asDate(person?.fødselsdato);
  if (stated) return stated;
  const fnr = text(person?.fødselsnummer);
  if (!fnr) return undefined;
  const parsed = parseIdNumber(fnr);
  return parsed.valid ? parsed.birthDate : undefined;
}
