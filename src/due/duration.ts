import { addDays, addMonths } from './calendar.js';

/**
 * `--within`: how far ahead to look. Short forms (`14d`, `6w`, `3m`, `1y`, a
 * bare number of days) and ISO 8601 date durations (`P30D`, `P6W`, `P3M`,
 * `P1Y2M10D`). Time parts (`PT12H`) are refused: plan dates have no clock time.
 */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

const SHORT = /^(\d{1,5})\s*(d|w|m|y)?$/i;
const ISO = /^P(?:(\d{1,5})Y)?(?:(\d{1,5})M)?(?:(\d{1,5})W)?(?:(\d{1,5})D)?$/i;

export function parseDuration(value: string): Duration | undefined {
  const text = value.trim();
  const short = SHORT.exec(text);
  if (short) {
    const n = Number(short[1]);
    const unit = (short[2] ?? 'd').toLowerCase();
    return {
      years: unit === 'y' ? n : 0,
      months: unit === 'm' ? n : 0,
      weeks: unit === 'w' ? n : 0,
      days: unit === 'd' ? n : 0,
    };
  }
  const iso = ISO.exec(text);
  // "P" alone matches the pattern with no parts: not a duration.
  if (!iso || text.length < 3) return undefined;
  return { years: Number(iso[1] ?? 0), months: Number(iso[2] ?? 0), weeks: Number(iso[3] ?? 0), days: Number(iso[4] ?? 0) };
}

/** The duration as ISO 8601, for JSON output. */
export function formatDuration(d: Duration): string {
  const out = `P${d.years ? `${d.years}Y` : ''}${d.months ? `${d.months}M` : ''}${d.weeks ? `${d.weeks}W` : ''}${d.days ? `${d.days}D` : ''}`;
  return out === 'P' ? 'P0D' : out;
}

/** The last day of the window: years and months first (clamped to the month's end), then weeks and days, as ISO 8601 and Temporal add. */
export function endOfWindow(today: string, d: Duration): string {
  return addDays(addMonths(today, d.years * 12 + d.months), d.weeks * 7 + d.days);
}
