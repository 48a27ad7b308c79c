import { asDate } from './dates.js';
import { parseIdNumber } from './fodselsnummer.js';
import { nonEmpty, type PlanFields } from './view.js';

/** What the birth date is read from: a plan's view, or the part of it the checks across plans keep. */
type WithPerson = Pick<PlanFields, 'person'>;

/** The person's birth date: `fødselsdato`, else the one a valid `fødselsnummer` tells, else undefined. */
export function birthDate(plan: WithPerson): string | undefined {
  const person = plan.person;
  const stated = asDate(person?.fødselsdato);
  if (stated) return stated;
  const fnr = nonEmpty(person?.fødselsnummer);
  if (!fnr) return undefined;
  const parsed = parseIdNumber(fnr);
  return parsed.valid ? parsed.birthDate : undefined;
}
