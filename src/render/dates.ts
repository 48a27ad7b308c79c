import { asDate } from '../plan/dates.js';
import type { PageLang } from './i18n.js';

/**
 * Dates as readers expect them: «torsdag 14. januar 2027» in bokmål and
 * nynorsk (the month names are the same in both; nynorsk's weekdays differ
 * in two), «Thursday 14 January 2027» in English. The weekday helps a reader
 * place a meeting; a birth date goes without it.
 * Written out by hand rather than through Intl, so the page never depends on
 * the ICU data a Node build happens to carry.
 */

const MONTHS: Record<PageLang, readonly string[]> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const DAY_MONTH_YEAR: Record<PageLang, (day: number, month: string, year: number) => string> = {
  nb: (d, month, y) => `${d}. ${month} ${y}`,
  nn: (d, month, y) => `${d}. ${month} ${y}`,
  en: (d, month, y) => `${d} ${month} ${y}`,
};

const WEEKDAYS: Record<PageLang, readonly string[]> = {
  nb: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  nn: ['sundag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** A valid `YYYY-MM-DD` date in words; anything else is undefined (the caller shows the raw text). */
export function longDate(value: unknown, lang: PageLang, weekday = true): string | undefined {
  const date = asDate(value);
  if (!date) return undefined;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = MONTHS[lang][m - 1]!;
  const words = DAY_MONTH_YEAR[lang](d, month, y);
  if (!weekday) return words;
  return `${WEEKDAYS[lang][new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!} ${words}`;
}
