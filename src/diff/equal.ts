import { parseIdNumber } from '../plan/fodselsnummer.js';
import type { Person } from '../plan/generated/plan-types.js';
import { foldNorwegian } from '../plan/suggest.js';

/**
 * Value comparison independent of key order, and the privacy filter every
 * value passes before it leaves the core.
 */

/** A stable text form of a value: object keys sorted, so key order never counts as a change. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** Two lists hold the same values, in any order (reference lists, sets of sentences). */
export function sameMultiset(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  const left = a.map(canonical).sort();
  const right = b.map(canonical).sort();
  return left.every((v, i) => v === right[i]);
}

/** The one key whose value never leaves the tool, not even masked (the brief's privacy rule). */
export const SECRET_KEY = 'fødselsnummer' satisfies keyof Person;

/**
 * Other spellings of that key, after folding (lower case, ø → o, æ → ae,
 * å → aa, only letters): the ASCII spellings people type (`fodselsnummer`,
 * which validate calls an unknown key, but the value is a number all the
 * same) and the usual short names.
 */
const SECRET_KEYS = new Set(['fodselsnummer', 'fodselsnr', 'fnr', 'personnummer', 'dnummer']);

/** As unknown keys are folded for "did you mean", keeping only the letters. */
function fold(key: string): string {
  return foldNorwegian(key).replace(/[^a-z]/g, '');
}

export function isSecretKey(key: string): boolean {
  return key.normalize('NFC') === SECRET_KEY || SECRET_KEYS.has(fold(key));
}

/**
 * A value that is an identity number wherever it stands: eleven digits (a
 * number that lost its leading zero included) with valid check digits.
 */
export function isIdNumber(value: unknown): boolean {
  let digits: string;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) digits = String(value).padStart(11, '0');
  else if (typeof value === 'string') digits = value.replace(/[\s.]/g, '');
  else return false;
  return /^\d{11}$/.test(digits) && parseIdNumber(digits).valid;
}

export function isSecretPath(path: readonly string[]): boolean {
  return path.some(isSecretKey);
}

/** A copy of `value` without any `fødselsnummer` (by key, in any spelling, or by value), at any depth. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isIdNumber(v)).map(redact);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (isSecretKey(k) || isIdNumber(v)) continue;
      out[k] = redact(v);
    }
    return out;
  }
  return value;
}
