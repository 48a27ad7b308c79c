import { canonical } from './equal.js';
import { change, diffValue } from './values.js';
import type { Change, DiffPath } from './types.js';

/**
 * Lists matched by key, never by position: reordering alone is no change, a
 * renamed key is one item removed and another added. Items without a key
 * (only in plans that do not validate) are matched by equal content.
 */

/** The key that identifies an item, or undefined when it has none. */
export type KeyOf = (item: unknown) => string | undefined;

/** How a list is compared: items matched by a key, or the list as a set of values (`ressurser`, `deltok`). */
export type ListRule = KeyOf | 'set';

/**
 * The lists inside an item that have rules of their own, by field name: a
 * goal's `delmål` by id, an evaluation's `vurderinger` by `gjelder`. Only the
 * item's own fields; deeper lists are compared as values.
 */
export type FieldRules = Readonly<Partial<Record<string, ListRule>>>;

interface Entry {
  item: unknown;
  /** 1-based position in its list, for items that have no key. */
  position: number;
}

function group(list: readonly unknown[], keyOf: KeyOf): { keyed: Map<string, Entry[]>; unkeyed: Entry[] } {
  const keyed = new Map<string, Entry[]>();
  const unkeyed: Entry[] = [];
  list.forEach((item, i) => {
    const raw = keyOf(item);
    const entry = { item, position: i + 1 };
    if (raw === undefined) {
      unkeyed.push(entry);
      return;
    }
    // Keys are compared as Unicode NFC, so a decomposed `ø` is the same id.
    const key = raw.normalize('NFC');
    const entries = keyed.get(key);
    if (entries) entries.push(entry);
    else keyed.set(key, [entry]);
  });
  return { keyed, unkeyed };
}

/** Remove the pairs of equal items from both lists; what is left differs. Items are matched by their canonical form (as deepEqual compares them), through a map: comparing each with each costs the square of a long list. */
function dropEqualPairs(olds: Entry[], news: Entry[]): { olds: Entry[]; news: Entry[] } {
  const waiting = new Map<string, { entries: Entry[]; next: number }>();
  for (const entry of olds) {
    const form = canonical(entry.item);
    const same = waiting.get(form);
    if (same) same.entries.push(entry);
    else waiting.set(form, { entries: [entry], next: 0 });
  }
  const matched = new Set<Entry>();
  const right: Entry[] = [];
  for (const entry of news) {
    const same = waiting.get(canonical(entry.item));
    const old = same?.entries[same.next];
    if (old) {
      same.next++;
      matched.add(old);
    } else right.push(entry);
  }
  return { olds: olds.filter((o) => !matched.has(o)), news: right };
}

export function diffKeyedList(path: DiffPath, before: readonly unknown[], after: readonly unknown[], keyOf: KeyOf, out: Change[], fields?: FieldRules): void {
  const olds = group(before, keyOf);
  const news = group(after, keyOf);
  const removed: Change[] = [];

  const keys = [...news.keyed.keys()];
  for (const k of olds.keyed.keys()) if (!news.keyed.has(k)) keys.push(k);

  for (const key of keys) {
    const o = olds.keyed.get(key) ?? [];
    const n = news.keyed.get(key) ?? [];
    if (o.length <= 1 && n.length <= 1) {
      const at = [...path, key];
      if (o[0] && n[0]) diffValue(at, o[0].item, n[0].item, out, fields);
      else if (n[0]) out.push(change('added', at, undefined, n[0].item));
      else if (o[0]) removed.push(change('removed', at, o[0].item, undefined));
      continue;
    }
    // The same key more than once (invalid ids, or two evaluations on one date):
    // equal items cancel out, the rest pair up in order. The second item with
    // a key is named key#2 (by its place among the items with that key).
    const rest = dropEqualPairs(o, n);
    const pairs = Math.max(rest.olds.length, rest.news.length);
    const places = new Map<Entry, number>();
    o.forEach((entry, i) => places.set(entry, i + 1));
    n.forEach((entry, i) => places.set(entry, i + 1));
    const name = (entry: Entry) => {
      const nth = places.get(entry) ?? 0;
      return nth <= 1 ? key : `${key}#${nth}`;
    };
    for (let i = 0; i < pairs; i++) {
      const oi = rest.olds[i];
      const ni = rest.news[i];
      if (oi && ni) diffValue([...path, name(ni)], oi.item, ni.item, out, fields);
      else if (ni) out.push(change('added', [...path, name(ni)], undefined, ni.item));
      else if (oi) removed.push(change('removed', [...path, name(oi)], oi.item, undefined));
    }
  }

  const rest = dropEqualPairs(olds.unkeyed, news.unkeyed);
  for (const entry of rest.news) out.push(change('added', [...path, `#${entry.position}`], undefined, entry.item));
  for (const entry of rest.olds) removed.push(change('removed', [...path, `#${entry.position}`], entry.item, undefined));
  for (const c of removed) out.push(c);
}

/**
 * Lists of values (the sentences of `ressurser` and `behov`, the ids in
 * `deltok`) as sets: each value that is new is added, each that is gone is
 * removed, at the list's own path.
 */
export function diffSet(path: DiffPath, before: readonly unknown[], after: readonly unknown[], out: Change[]): void {
  const remaining = new Map<string, number>();
  for (const v of before) remaining.set(canonical(v), (remaining.get(canonical(v)) ?? 0) + 1);
  const added: unknown[] = [];
  for (const v of after) {
    const k = canonical(v);
    const left = remaining.get(k) ?? 0;
    if (left > 0) remaining.set(k, left - 1);
    else added.push(v);
  }
  const removed: unknown[] = [];
  const counted = new Map(remaining);
  for (const v of before) {
    const k = canonical(v);
    const left = counted.get(k) ?? 0;
    if (left > 0) {
      removed.push(v);
      counted.set(k, left - 1);
    }
  }
  for (const v of added) out.push(change('added', path, undefined, v));
  for (const v of removed) out.push(change('removed', path, v, undefined));
}

/**
 * A list the format knows, by its rule. A key missing on one side counts as
 * an empty list, so a list written for the first time shows item by item;
 * but a key written as an empty list means something (`samarbeid: []`: no
 * cooperation needed), so adding or removing one is said. A value that is
 * not a list on either side is compared as a value.
 */
export function diffList(path: DiffPath, rule: ListRule, before: unknown, after: unknown, out: Change[], fields?: FieldRules): void {
  if (before === undefined && after === undefined) return;
  const listish = (v: unknown) => v === undefined || Array.isArray(v);
  if (!listish(before) || !listish(after)) {
    diffValue(path, before, after, out);
    return;
  }
  const olds = (before as unknown[] | undefined) ?? [];
  const news = (after as unknown[] | undefined) ?? [];
  if (before === undefined && news.length === 0) {
    out.push(change('added', path, undefined, after));
    return;
  }
  if (after === undefined && olds.length === 0) {
    out.push(change('removed', path, before, undefined));
    return;
  }
  if (rule === 'set') diffSet(path, olds, news, out);
  else diffKeyedList(path, olds, news, rule, out, fields);
}
