/**
 * Value comparison independent of key order, and the privacy filter every
 * value passes before it leaves the core.
 */

/** A stable text form of a value: object keys sorted, so key order never counts as a change. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as object)
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
export const SECRET_KEY = 'fødselsnummer';

export function isSecretPath(path: readonly string[]): boolean {
  return path.some((step) => step.normalize('NFC') === SECRET_KEY);
}

/** A copy of `value` without any `fødselsnummer`, at any depth. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k.normalize('NFC') === SECRET_KEY) continue;
      out[k] = redact(v);
    }
    return out;
  }
  return value;
}
