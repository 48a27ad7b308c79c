import type { PlanKey } from '../plan/fields.js';
import type { Deltaker, Evaluering, Mål, Overgang, Samarbeid, Tiltak } from '../plan/generated/plan-types.js';
import { diffBody } from './body.js';
import { diffKeyedList, diffSentenceSet, type KeyOf } from './lists.js';
import { change, diffValue, unionKeys } from './values.js';
import type { Change, PlanSide } from './types.js';

/**
 * Two revisions of a plan in, the changes out, in the plan's own terms. Pure.
 *
 * Order: what matters most first (coordinator, status, plan period,
 * acceptance, consent), then the plan's sections in the order of the format,
 * then keys the format does not know, then the body.
 *
 * A diff reports every change as written, values of the wrong type and keys
 * the format does not know included, so it compares the front matter as
 * parsed rather than its lenient view; the fields it names are the schema's
 * (the generated types), so a misspelt one does not compile.
 */

/** The item's text field `name`, as its key in the list. */
function field<T>(name: keyof T & string): KeyOf {
  return (item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
    const value = (item as Record<string, unknown>)[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
}

function either(first: KeyOf, second: KeyOf): KeyOf {
  return (item) => first(item) ?? second(item);
}

/** How each list of the format is matched (the brief's natural keys). */
const LISTS: Partial<Record<PlanKey, KeyOf | 'sentences'>> = {
  deltakere: field<Deltaker>('id'),
  mål: field<Mål>('id'),
  tiltak: field<Tiltak>('id'),
  evalueringer: either(field<Evaluering>('id'), field<Evaluering>('dato')),
  overganger: either(field<Overgang>('id'), field<Overgang>('dato')),
  samarbeid: field<Samarbeid>('part'),
  ressurser: 'sentences',
  behov: 'sentences',
};

/** Called out first, because they matter most at a revision. */
export const KEY_FIELDS = ['koordinator', 'barnekoordinator', 'status', 'avsluttet', 'planperiode', 'godkjent', 'samtykke'] as const satisfies readonly PlanKey[];

/** The rest of the format, in the order a plan is written. */
export const PLAN_FIELDS = [
  'ip',
  'id',
  'språk',
  'eier',
  'arkiv',
  'person',
  'deltakere',
  'mål',
  'ressurser',
  'behov',
  'tiltak',
  'samarbeid',
  'overganger',
  'evalueringer',
] as const satisfies readonly PlanKey[];

type None<T extends never> = T;
/** Every field of the format has its place in the order above: a new field does not compile until it has one. */
export type UnplacedFields = None<Exclude<PlanKey, (typeof KEY_FIELDS)[number] | (typeof PLAN_FIELDS)[number]>>;

function isListKey(key: string): key is keyof typeof LISTS {
  return Object.hasOwn(LISTS, key);
}

function diffTopLevel(key: string, before: unknown, after: unknown, out: Change[]): void {
  if (before === undefined && after === undefined) return;
  const how = isListKey(key) ? LISTS[key] : undefined;
  const listish = (v: unknown) => v === undefined || Array.isArray(v);
  if (how === undefined || !listish(before) || !listish(after)) {
    diffValue([key], before, after, out);
    return;
  }
  const olds = (before as unknown[] | undefined) ?? [];
  const news = (after as unknown[] | undefined) ?? [];
  // A key written as an empty list means something (`samarbeid: []`: no cooperation needed).
  if (before === undefined && news.length === 0) {
    out.push(change('added', [key], undefined, after));
    return;
  }
  if (after === undefined && olds.length === 0) {
    out.push(change('removed', [key], before, undefined));
    return;
  }
  if (how === 'sentences') diffSentenceSet([key], olds, news, out);
  else diffKeyedList([key], olds, news, how, out);
}

export function diffPlans(before: PlanSide, after: PlanSide): Change[] {
  const out: Change[] = [];
  const known = new Set<string>([...KEY_FIELDS, ...PLAN_FIELDS]);
  for (const key of [...KEY_FIELDS, ...PLAN_FIELDS]) diffTopLevel(key, before.data[key], after.data[key], out);
  for (const key of unionKeys(before.data, after.data)) {
    if (!known.has(key)) diffTopLevel(key, before.data[key], after.data[key], out);
  }
  diffBody(before.body, after.body, out);
  return out;
}

export { BODY, type Change, type Op, type PlanSide } from './types.js';
