import { describe, expect, it } from 'vitest';
import { idNumberMatchesBirthDate, parseIdNumber } from '../src/plan/fodselsnummer.js';

/** Synthetic test numbers only (month + 80), also for the 2032 rule. */
describe('fødselsnummer', () => {
  it.each([
    { n: '17850250006', kinds: ['fødselsnummer', 'syntetisk'], rule: 'current', birth: '2002-05-17' },
    { n: '12839112376', kinds: ['fødselsnummer', 'syntetisk'], rule: 'current', birth: '1991-03-12' },
    { n: '04901660080', kinds: ['fødselsnummer', 'syntetisk'], rule: 'current', birth: '2016-10-04' },
    // The 2032 rule accepts a first-check remainder of 1–3; the century is then unknown.
    { n: '30908299902', kinds: ['fødselsnummer', 'syntetisk'], rule: '2032', birth: undefined },
  ])('$n is valid ($rule rule)', ({ n, kinds, rule, birth }) => {
    const r = parseIdNumber(n);
    expect(r).toMatchObject({ valid: true, kinds, rule });
    if (r.valid) expect(r.birthDate).toBe(birth);
  });

  it('recognises D-numbers (day + 40) and H-numbers (month + 40)', () => {
    // Built with the current check-digit rule from day 57 (17 + 40) and month 45 (05 + 40).
    expect(parseIdNumber(firstValid('578502', 500))).toMatchObject({ valid: true, kinds: ['d-nummer', 'syntetisk'], day: 17, month: 5 });
    expect(parseIdNumber(firstValid('174502', 100))).toMatchObject({ valid: true, kinds: ['h-nummer'], day: 17, month: 5 });
  });

  it.each([
    { n: '17850250007', reason: 'check-digits' },
    { n: '1785025000', reason: 'format' },
    { n: '1785025000a', reason: 'format' },
    { n: firstValid('300280', 100), reason: 'date' }, // 30 February
  ])('$n is invalid: $reason', ({ n, reason }) => {
    expect(parseIdNumber(n)).toEqual({ valid: false, reason });
  });

  it('29 February is valid only in a leap year', () => {
    expect(parseIdNumber(firstValid('298204', 500))).toMatchObject({ valid: true, birthDate: '2004-02-29' });
    expect(parseIdNumber(firstValid('298203', 500))).toEqual({ valid: false, reason: 'date' });
  });

  it('compares with a birth date, by day, month and two-digit year when the century is unknown', () => {
    const current = parseIdNumber('17850250006');
    const modern = parseIdNumber('30908299902');
    if (!current.valid || !modern.valid) throw new Error('expected valid numbers');
    expect(idNumberMatchesBirthDate(current, '2002-05-17')).toBe(true);
    expect(idNumberMatchesBirthDate(current, '1902-05-17')).toBe(false);
    expect(idNumberMatchesBirthDate(modern, '1982-10-30')).toBe(true);
    expect(idNumberMatchesBirthDate(modern, '1982-10-31')).toBe(false);
  });
});

/** The first number with the current rule's check digits for a date part, from an individual number up. */
function firstValid(datePart: string, fromIndividual: number): string {
  for (let i = fromIndividual; i < 1000; i++) {
    const d = [...`${datePart}${String(i).padStart(3, '0')}`].map(Number);
    const k = (weights: number[]) => {
      const r = 11 - (weights.reduce((s, w, j) => s + w * d[j]!, 0) % 11);
      return r === 11 ? 0 : r;
    };
    const k1 = k([3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (k1 === 10) continue;
    d.push(k1);
    const k2 = k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 === 10) continue;
    d.push(k2);
    return d.join('');
  }
  throw new Error(`no valid number for ${datePart}`);
}
