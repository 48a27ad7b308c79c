/**
 * "Did you mean" for unknown keys: near misses by edit distance, after
 * folding the Norwegian letters to the ASCII spellings people type when the
 * keyboard has none (`maal`, `spraak`, `fodselsnummer`).
 */

export function foldNorwegian(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/å/g, 'aa')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/oe/g, 'o');
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const temp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = temp;
    }
  }
  return prev[b.length]!;
}

export function suggestKey(key: string, allowed: readonly string[]): string | undefined {
  if (key.length > 64) return undefined;
  const folded = foldNorwegian(key);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of allowed) {
    const target = foldNorwegian(candidate);
    // `maal` folds to `maal`, `mål` folds to `maal`: an exact match after folding.
    const d = Math.min(distance(folded, target), distance(folded.replace(/aa/g, 'a'), target.replace(/aa/g, 'a')));
    const limit = Math.max(1, Math.floor(Math.max(target.length, folded.length) / 4));
    if (d <= limit && d < bestScore) {
      best = candidate;
      bestScore = d;
    }
  }
  return best;
}

/**
 * Keys written at the top level that belong inside a field: a plan closed by
 * hand often gets `årsak:` and `dato:` beside `status: avsluttet`.
 */
const MISPLACED_AT_TOP: Readonly<Record<string, string>> = { årsak: 'avsluttet.årsak', aarsak: 'avsluttet.årsak', arsak: 'avsluttet.årsak', dato: 'avsluttet.dato' };

/** Where a top-level key the format does not have belongs instead, if it is one of those. */
export function misplacedTopKey(key: string): string | undefined {
  return MISPLACED_AT_TOP[key.normalize('NFC').toLowerCase()];
}

/**
 * The allowed value someone meant: the same after folding case and the
 * ASCII spellings of æ, ø, å (`Aktiv`, `paaroerende`), or a near miss such as
 * a nynorsk form (`tjenesteytar`). Only ever an allowed value is returned,
 * never what was written.
 */
export function suggestValue(value: string, allowed: readonly string[]): string | undefined {
  if (value.length > 64) return undefined;
  return suggestKey(value.trim(), allowed);
}

const TRUE_WORDS = new Set(['ja', 'yes', 'sann', 'sant', 'j', 'y']);
const FALSE_WORDS = new Set(['nei', 'no', 'usann', 'usant', 'n']);

/** `ja`/`nei`/`yes`/`no` as the boolean they mean, or undefined. */
export function booleanWord(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  return TRUE_WORDS.has(v) ? true : FALSE_WORDS.has(v) ? false : undefined;
}
