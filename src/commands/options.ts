import { Option } from '@commander-js/extra-typings';
import { UsageError, type Context } from '../context.js';
import { parseDuration } from '../due/duration.js';
import type { Lang } from '../output/lang.js';
import { parseDateInput, todayInOslo } from '../plan/dates.js';
import { SHARED_TEXT } from './messages.js';

/**
 * The options several commands share. Each value is parsed once, as
 * commander reads it, into a typed value; one that does not parse is a usage
 * error (exit 2) in the user's language. Defaults that depend on the
 * environment (IP_TODAY, GITHUB_ACTIONS, a terminal) are taken from the
 * Context when the command runs, never from process.env.
 */

/** The size limit when --max-size is not given: 1 MiB. */
const DEFAULT_MAX_SIZE = 1024 * 1024;

export function langOption(lang: Lang) {
  return new Option('--lang <lang>', SHARED_TEXT[lang].lang).choices(['nb', 'nn', 'no', 'en']);
}

/** `--format`, limited to the command's formats; commander names the allowed ones when another is given. */
export function formatOption<const F extends readonly string[]>(lang: Lang, formats: F) {
  return new Option('--format <format>', SHARED_TEXT[lang].format).choices(formats);
}

/** A date as `ip new` reads one: YYYY-MM-DD, or D.M.YYYY / DD.MM.YYYY as Norwegians write it (never with slashes, which read differently in English). */
function dateFrom(value: string, source: string, lang: Lang): string {
  const date = parseDateInput(value);
  if (!date) throw new UsageError(SHARED_TEXT[lang].notADate(source), SHARED_TEXT[lang].notADateHint);
  return date;
}

/** `--today`: a date written YYYY-MM-DD or DD.MM.YYYY; an empty value leaves the day to the clock, whatever IP_TODAY says. */
export function todayOption(lang: Lang, description: string = SHARED_TEXT[lang].today) {
  return new Option('--today <date>', description).argParser((value) => (value === '' ? value : dateFrom(value, '--today', lang)));
}

/** Today's date: --today as parsed, else IP_TODAY (checked here), else the clock in Oslo. */
export function todayOf(flag: string | undefined, ctx: Context, lang: Lang): string {
  const value = flag ?? ctx.env.IP_TODAY;
  if (value === undefined || value === '') return todayInOslo(ctx.now?.() ?? new Date());
  return flag ?? dateFrom(value, 'IP_TODAY', lang);
}

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib)?$/i;

/** A size in bytes, or with a unit (512k, 2M, 1MiB). */
function parseSize(value: string, lang: Lang): number {
  const m = SIZE.exec(value.trim());
  if (!m) throw new UsageError(SHARED_TEXT[lang].notASize);
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1;
  const bytes = Math.floor(Number(m[1]) * factor);
  if (bytes <= 0) throw new UsageError(SHARED_TEXT[lang].sizeNotPositive);
  return bytes;
}

/** `--max-size`: the largest file read, in bytes. Help shows the default as it is written (commander quotes it, as JSON). */
export function maxSizeOption(lang: Lang) {
  return new Option('--max-size <size>', SHARED_TEXT[lang].maxSize).default(DEFAULT_MAX_SIZE, JSON.stringify('1M')).argParser((value) => parseSize(value, lang));
}

const DEFAULT_WITHIN = '30d';

/** `--within`: how far ahead to look, as a duration (30d, 6w, 3m, 1y, P3M); help shows the default as it is written. */
export function withinOption(lang: Lang) {
  const within = parseDuration(DEFAULT_WITHIN);
  if (!within) throw new Error(`The default --within (${DEFAULT_WITHIN}) does not parse`);
  return new Option('--within <duration>', SHARED_TEXT[lang].within).default(within, JSON.stringify(DEFAULT_WITHIN)).argParser((value) => {
    const parsed = parseDuration(value);
    if (!parsed) throw new UsageError(SHARED_TEXT[lang].notADuration, SHARED_TEXT[lang].notADurationHint);
    return parsed;
  });
}

/**
 * Whether names (and participant ids, often first names) may be shown: as
 * asked (--names / --no-names), else only to someone at a terminal. Piped,
 * redirected and in CI the output may end up in logs that others read.
 */
export function namesShown(flag: boolean | undefined, ctx: Context): boolean {
  if (flag !== undefined) return flag;
  const ci = ctx.env.CI !== undefined && ctx.env.CI !== '' && ctx.env.CI !== 'false';
  return ctx.stdout.isTTY === true && !ci;
}
