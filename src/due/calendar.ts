import { asDate, daysInMonth, formatDate } from '../plan/dates.js';

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. Plain dates only: no clock
 * time and no time zone, so daylight-saving changes cannot shift a day.
 * Days are counted through UTC, which has no DST.
 */

const DAY_MS = 86_400_000;
/** The last date we print; later results are clamped so strings stay comparable. */
export const MAX_DATE = '9999-12-31';

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

/**
 * Days since 1970-01-01 for a valid date string, in integer arithmetic
 * (H. Hinnant's days_from_civil): a caseload has tens of thousands of dates.
 */
export function dayNumber(date: string): number {
  const y0 = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): string {
  const t = new Date(n * DAY_MS);
  return formatDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function addDays(date: string, days: number): string {
  const out = fromDayNumber(dayNumber(date) + days);
  return out > MAX_DATE || out.length > 10 ? MAX_DATE : out;
}

/** Add calendar months; a day past the end of the target month becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (year > 9999) return MAX_DATE;
  return formatDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The date on which a person born on `birth` turns `years` old. Someone born
 * on 29 February turns a year older on 1 March in other years, as `ageOn`
 * in src/plan/dates.ts counts it.
 */
export function birthday(birth: string, years: number): string | undefined {
  const [y, m, d] = parts(birth);
  const year = y + years;
  if (year > 9999) return undefined;
  return asDate(formatDate(year, m, d)) ?? formatDate(year, 3, 1);
}
