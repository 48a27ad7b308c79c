import { parseDateInput } from '../plan/dates.js';
import { booleanWord, foldNorwegian } from '../plan/suggest.js';

/**
 * The near misses --fix corrects, held tighter than the hints' "did you
 * mean" (suggest.ts): a fix is written without asking, so only a result
 * that is certain qualifies.
 */

/** Case folded and æ, ø, å folded to the ASCII spellings people type (`maal`, `mal`, `paaroerende`, `parorende` alike). */
function fold(s: string): string {
  return foldNorwegian(s).replace(/aa/g, 'a');
}

/** Edits between two strings: insertion, deletion, replacement, or a swap of neighbours (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Keys this short are corrected only for case and æøå: one edit turns `av` into `id`. */
const SHORTEST_TYPO = 4;

/**
 * The key meant by `key`, which the format does not have here: the one key
 * in `allowed` it equals after folding case and æøå, or is one edit away from
 * (when both are at least four letters). Undefined unless exactly one matches.
 */
export function keyMeant(key: string, allowed: readonly string[]): string | undefined {
  if (key.length > 64) return undefined;
  const folded = fold(key);
  const matches = allowed.filter((candidate) => {
    const target = fold(candidate);
    if (folded === target) return true;
    return Math.min(folded.length, target.length) >= SHORTEST_TYPO && Math.abs(folded.length - target.length) <= 1 && editDistance(folded, target) === 1;
  });
  return matches.length === 1 ? matches[0] : undefined;
}

/** The allowed value `value` differs from only in case or in the ASCII spelling of æ, ø, å; undefined unless exactly one. */
export function enumMeant(value: string, allowed: readonly string[]): string | undefined {
  if (value.length > 64 || allowed.includes(value)) return undefined;
  const folded = fold(value);
  const matches = allowed.filter((candidate) => fold(candidate) === folded);
  return matches.length === 1 ? matches[0] : undefined;
}

const NORWEGIAN_DATE = /^\d{1,2}\.\d{1,2}\.\d{4}$/;

/** A date written D.M.YYYY or DD.MM.YYYY, as YYYY-MM-DD; undefined for any other form (never slashes) or no such day. */
export function isoDateMeant(value: string): string | undefined {
  return NORWEGIAN_DATE.test(value) ? parseDateInput(value) : undefined;
}

/**
 * `ja`/`nei` (and the other words the hints know: `yes`, `no`, `sant`,
 * `usant` …), in any case, as the boolean they mean. A single letter (`j`,
 * `n`) is not certain enough to write without asking.
 */
export function booleanMeant(value: string): boolean | undefined {
  return value.length > 1 && value.trim() === value ? booleanWord(value) : undefined;
}
