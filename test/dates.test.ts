import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asDate, isValidDate } from '../src/plan/dates.js';

/** What a plan date is, written the plain way: YYYY-MM-DD in ASCII digits, and in the calendar. */
function reference(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

const digit = fc.constantFrom(...'0123456789');
const nearDigit = fc.constantFrom(...'0123456789', '/', ':', ' ', '٣', '０', 'a');
const part = (n: number, chars: fc.Arbitrary<string>) => fc.array(chars, { minLength: n, maxLength: n }).map((c) => c.join(''));
/** Strings shaped like dates, most of them almost right. */
const dateLike = fc.oneof(
  fc.tuple(part(4, digit), part(2, digit), part(2, digit)).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.tuple(part(4, nearDigit), part(2, nearDigit), part(2, nearDigit), fc.constantFrom('-', '/', '.'), fc.constantFrom('', '\n', ' ', 'T00:00')).map(([y, m, d, sep, tail]) => `${y}${sep}${m}-${d}${tail}`),
  fc.string({ maxLength: 12 }),
);

describe('plan dates', () => {
  it('reads YYYY-MM-DD in the calendar, and nothing else', () => {
    for (const valid of ['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31']) expect(asDate(valid)).toBe(valid);
    for (const invalid of ['2023-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-01', '2026-01-01\n', ' 2026-01-01', '２０２６-01-01']) expect(asDate(invalid)).toBeUndefined();
    for (const other of [20260101, null, undefined, new Date(0), ['2026-01-01']]) expect(asDate(other)).toBeUndefined();
  });

  it('agrees with the plain expression for any date-like string', () => {
    fc.assert(
      fc.property(dateLike, (value) => {
        expect(asDate(value) !== undefined, JSON.stringify(value)).toBe(reference(value));
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });
});
