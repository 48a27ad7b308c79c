/** Plan dates are `YYYY-MM-DD` strings; valid ones compare correctly as strings. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The value as a valid calendar date string, or undefined. */
export function asDate(value: unknown): string | undefined {
  return typeof value === 'string' && checkDate(value) ? value : undefined;
}

function checkDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  return isValidDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole years from `birth` to `on` (both valid dates): a birthday on 29 February counts from 1 March in other years. */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  let age = oy - by;
  if (om < bm || (om === bm && od < bd)) age -= 1;
  return age;
}

/** Today's calendar date in Europe/Oslo, where the plans' dates are meant. */
export function todayInOslo(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NORWEGIAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** `YYYY-MM-DD` or `DD.MM.YYYY` (as Norwegians write dates), to `YYYY-MM-DD`; undefined if it is no calendar date. */
export function parseDateInput(value: string): string | undefined {
  const v = value.trim();
  let y: number, m: number, d: number;
  const iso = ISO.exec(v);
  const nor = NORWEGIAN.exec(v);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (nor) [d, m, y] = [Number(nor[1]), Number(nor[2]), Number(nor[3])];
  else return undefined;
  return isValidDate(y, m, d) ? formatDate(y, m, d) : undefined;
}
