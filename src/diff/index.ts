import type { PlanKey } from '../plan/fields.js';
import type { Deltaker, Delmål, Evaluering, Mål, Overgang, Samarbeid, Tiltak, Vurdering } from '../plan/generated/plan-types.js';
import { diffBody } from './body.js';
import { diffList, type FieldRules, type KeyOf, type ListRule } from './lists.js';
import { diffValue, unionKeys } from './values.js';
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
const LISTS: Partial<Record<PlanKey, ListRule>> = {
  deltakere: field<Deltaker>('id'),
  mål: field<Mål>('id'),
  tiltak: field<Tiltak>('id'),
  evalueringer: either(field<Evaluering>('id'), field<Evaluering>('dato')),
  overganger: either(field<Overgang>('id'), field<Overgang>('dato')),
  samarbeid: field<Samarbeid>('part'),
  ressurser: 'set',
  behov: 'set',
};

/**
 * Lists inside the items of a list: a goal's sub-goals by id
 * (`["mål", "M1", "delmål", "M1a", "frist"]`); an evaluation's assessments
 * by the goal they assess (`["evalueringer", "E1", "vurderinger", "M1a",
 * "status"]`), who took part as a set of ids and what was decided as a set
 * of sentences. Other lists in items (`tiltak[].mål`, `gjelder`) are
 * compared whole, as references.
 */
const ITEM_FIELDS: Partial<Record<PlanKey, FieldRules>> = {
  mål: { delmål: field<Delmål>('id') } satisfies Partial<Record<keyof Mål, ListRule>>,
  evalueringer: { vurderinger: field<Vurdering>('gjelder'), deltok: 'set', beslutninger: 'set' } satisfies Partial<Record<keyof Evaluering, ListRule>>,
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
  const rule = isListKey(key) ? LISTS[key] : undefined;
  if (rule === undefined) diffValue([key], before, after, out);
  else diffList([key], rule, before, after, out, ITEM_FIELDS[key as PlanKey]);
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
