import { formatDate, isValidDate } from './dates.js';

/**
 * Norwegian identity numbers (fødselsnummer and D-number), DDMMYYIIIKK.
 *
 * Check digits: the current rule, and the rule for numbers issued from 2032,
 * where the first check digit may leave a remainder of 0–3 (Skatteetaten,
 * «Nytt fødselsnummer fra 2032»). Under the 2032 rule the individual number no
 * longer tells the century, so only day, month and two-digit year are known.
 *
 * Recognised variants: D-numbers (day + 40), H-numbers (month + 40) and the
 * synthetic test numbers of the test registry (month + 80).
 */

export type IdNumberKind = 'fødselsnummer' | 'd-nummer' | 'h-nummer' | 'syntetisk';

export type IdNumberResult =
  | { valid: false; reason: 'format' | 'check-digits' | 'date' }
  | {
      valid: true;
      kinds: IdNumberKind[];
      rule: 'current' | '2032';
      /** The birth date with its century, where the number tells it. */
      birthDate?: string;
      day: number;
      month: number;
      /** Two-digit year. */
      yy: number;
    };

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

function weightedRemainder(digits: number[], weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  return sum % 11;
}

function centuryFor(yy: number, individual: number): number | undefined {
  if (individual <= 499) return 1900;
  if (individual <= 749 && yy >= 54) return 1800;
  if (individual >= 900 && yy >= 40) return 1900;
  if (yy <= 39) return 2000;
  return undefined;
}

export function parseIdNumber(value: string): IdNumberResult {
  return parse(value);
}

function parse(value: string): IdNumberResult {
  if (!/^\d{11}$/.test(value)) return { valid: false, reason: 'format' };
  const digits: number[] = [];
  for (let i = 0; i < 11; i++) digits.push(value.charCodeAt(i) - 48);

  // A check digit of 10 cannot be written, so a remainder that needs it fails below.
  const k1Remainder = weightedRemainder(digits, K1_WEIGHTS);
  const k2Ok = weightedRemainder(digits, K2_WEIGHTS) === 0;
  if (!k2Ok || k1Remainder > 3) return { valid: false, reason: 'check-digits' };
  const rule = k1Remainder === 0 ? 'current' : '2032';

  let day = Number(value.slice(0, 2));
  let month = Number(value.slice(2, 4));
  const yy = Number(value.slice(4, 6));
  const individual = Number(value.slice(6, 9));
  const kinds: IdNumberKind[] = [];
  if (day > 40) {
    day -= 40;
    kinds.push('d-nummer');
  }
  if (month > 80) {
    month -= 80;
    kinds.push('syntetisk');
  } else if (month > 40) {
    month -= 40;
    kinds.push('h-nummer');
  }
  if (kinds.length === 0 || (kinds.length === 1 && kinds[0] === 'syntetisk')) kinds.unshift('fødselsnummer');

  // Leap day check needs the century; 2000 is a leap year, so an unknown century is checked as one.
  const century = rule === 'current' ? centuryFor(yy, individual) : undefined;
  const yearForCheck = century !== undefined ? century + yy : 2000 + yy;
  if (!isValidDate(yearForCheck, month, day)) return { valid: false, reason: 'date' };

  const birthDate = century !== undefined ? formatDate(century + yy, month, day) : undefined;
  const result: IdNumberResult = { valid: true, kinds, rule, day, month, yy };
  if (birthDate) result.birthDate = birthDate;
  return result;
}

/** Whether the number's date agrees with a birth date `YYYY-MM-DD`. */
export function idNumberMatchesBirthDate(result: Extract<IdNumberResult, { valid: true }>, birthDate: string): boolean {
  if (result.birthDate) return result.birthDate === birthDate;
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  return d === result.day && m === result.month && y % 100 === result.yy;
}
