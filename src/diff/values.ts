import { deepEqual, isIdNumber, isSecretPath, redact, sameMultiset } from './equal.js';
import { diffKeyedList, diffList, type FieldRules, type KeyOf } from './lists.js';
import type { Change, DiffPath } from './types.js';

/**
 * Field-by-field comparison of two values at a path. Objects recurse, so a
 * change names the field (`["tiltak", "T1", "omfang"]`); lists compare
 * without regard to order (reference lists such as `mål: [M1, M2]` are sets).
 */

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A change, with the values run through the privacy filter: a `fødselsnummer` never leaves the core. */
export function change(op: Change['op'], path: DiffPath, before: unknown, after: unknown): Change {
  const out: Change = { op, path };
  if (isSecretPath(path) || isIdNumber(before) || isIdNumber(after)) return out;
  if (op !== 'added') out.before = redact(before);
  if (op !== 'removed') out.after = redact(after);
  return out;
}

/** Keys of both objects: the new side's order first, then keys only the old side has. */
export function unionKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = Object.keys(after);
  for (const k of Object.keys(before)) if (!(k in after)) keys.push(k);
  return keys;
}

/** Items of a nested list that all carry an id can be matched by it. */
const byId: KeyOf = (item) => (isPlainObject(item) && typeof item.id === 'string' && item.id !== '' ? item.id : undefined);

function allHaveIds(list: readonly unknown[]): boolean {
  return list.length > 0 && list.every((item) => byId(item) !== undefined);
}

/** `fields`: the rules for lists among the fields of this value (a list item's own lists); deeper values take none. */
export function diffValue(path: DiffPath, before: unknown, after: unknown, out: Change[], fields?: FieldRules): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    out.push(change('added', path, undefined, after));
    return;
  }
  if (after === undefined) {
    out.push(change('removed', path, before, undefined));
    return;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of unionKeys(before, after)) {
      const rule = fields?.[key];
      if (rule) diffList([...path, key], rule, before[key], after[key], out);
      else diffValue([...path, key], before[key], after[key], out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (sameMultiset(before, after)) return;
    if (allHaveIds(before) && allHaveIds(after)) {
      diffKeyedList(path, before, after, byId, out);
      return;
    }
    out.push(change('changed', path, before, after));
    return;
  }
  if (!deepEqual(before, after)) out.push(change('changed', path, before, after));
}
