import { UsageError, type Context } from './context.js';
import { asDate, todayInOslo } from './plan/dates.js';
import type { Lang } from './output/lang.js';

/** Shared option parsing, so every command reads --today, --format and sizes alike. */

export function resolveToday(flag: string | undefined, ctx: Context, lang: Lang): string {
  const value = flag ?? ctx.env.IP_TODAY;
  if (value === undefined || value === '') return todayInOslo(ctx.now?.() ?? new Date());
  const date = asDate(value);
  if (!date) {
    const source = flag !== undefined ? '--today' : 'IP_TODAY';
    throw new UsageError(
      lang === 'nb' ? `${source} må være en dato skrevet ÅÅÅÅ-MM-DD.` : `${source} must be a date written YYYY-MM-DD.`,
      lang === 'nb' ? 'For eksempel: --today 2027-01-14' : 'For example: --today 2027-01-14',
    );
  }
  return date;
}

export function resolveFormat<T extends string>(flag: string | undefined, allowed: readonly T[], fallback: T, lang: Lang): T {
  if (flag === undefined) return fallback;
  if ((allowed as readonly string[]).includes(flag)) return flag as T;
  throw new UsageError(
    lang === 'nb' ? `Ukjent format for --format. Bruk ett av: ${allowed.join(', ')}.` : `Unknown --format. Use one of: ${allowed.join(', ')}.`,
  );
}

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib)?$/i;

/** `--max-size`: bytes, or with a unit (512k, 2M, 1MiB). */
export function parseSize(value: string, lang: Lang): number {
  const m = SIZE.exec(value.trim());
  if (!m) throw new UsageError(lang === 'nb' ? '--max-size må være en størrelse, for eksempel 1M eller 512k.' : '--max-size must be a size, for example 1M or 512k.');
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1;
  const bytes = Math.floor(Number(m[1]) * factor);
  if (bytes <= 0) throw new UsageError(lang === 'nb' ? '--max-size må være større enn 0.' : '--max-size must be greater than 0.');
  return bytes;
}
