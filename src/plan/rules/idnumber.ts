import { asDate } from '../dates.js';
import { idNumberMatchesBirthDate, parseIdNumber } from '../fodselsnummer.js';
import { ALWAYS_ERROR, type Rule } from './types.js';

export const idNumberInvalid: Rule = {
  code: 'fodselsnummer-invalid',
  severity: ALWAYS_ERROR,
  summary: 'person.fødselsnummer is not eleven digits with valid check digits and date (current or 2032 rule; D-, H- and synthetic numbers accepted)',
  check(plan) {
    const fnr = plan.person?.fødselsnummer;
    if (fnr === undefined) return [];
    const parsed = parseIdNumber(fnr);
    return parsed.valid ? [] : [{ path: ['person', 'fødselsnummer'], params: { reason: parsed.reason } }];
  },
};

export const idNumberBirthDate: Rule = {
  code: 'fodselsnummer-birth-date',
  severity: ALWAYS_ERROR,
  summary: 'The date in person.fødselsnummer does not match person.fødselsdato',
  check(plan) {
    const person = plan.person;
    const birth = asDate(person?.fødselsdato);
    if (person?.fødselsnummer === undefined || !birth) return [];
    const parsed = parseIdNumber(person.fødselsnummer);
    return parsed.valid && !idNumberMatchesBirthDate(parsed, birth) ? [{ path: ['person', 'fødselsdato'] }] : [];
  },
};
