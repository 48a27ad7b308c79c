import type { PlanData } from './types.js';

/**
 * Defensive reads over front matter whose shape the schema has checked
 * separately: rules look only at values of the right type and ignore the rest
 * (the schema step already reported it).
 */

export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function obj(value: unknown): Obj | undefined {
  return isObj(value) ? value : undefined;
}

const NO_ITEMS: Array<[Obj, number]> = [];
/** Rules walk the same lists many times per plan: each list's items are gathered once. */
const itemCache = new WeakMap<unknown[], Array<[Obj, number]>>();

/** List items that are objects, with their index in the list. Do not modify the result. */
export function items(value: unknown): Array<[Obj, number]> {
  if (!Array.isArray(value)) return NO_ITEMS;
  const cached = itemCache.get(value);
  if (cached) return cached;
  const out: Array<[Obj, number]> = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (isObj(item)) out.push([item, i]);
  }
  itemCache.set(value, out);
  return out;
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A string, or each string in a list, with the list index (undefined for a single string). */
export function refs(value: unknown): Array<[string, number | undefined]> {
  if (typeof value === 'string') return [[value, undefined]];
  if (!Array.isArray(value)) return [];
  const out: Array<[string, number]> = [];
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (typeof v === 'string') out.push([v, i]);
  }
  return out;
}

export interface Participant {
  id: string;
  rolle?: string;
  navn?: string;
  index: number;
  kontakt?: Obj;
}

/** Several rules ask for the same lookups of one plan: built once per plan object. */
const participantCache = new WeakMap<PlanData, Map<string, Participant>>();

export function participants(plan: PlanData): Map<string, Participant> {
  const cached = participantCache.get(plan);
  if (cached) return cached;
  const map = new Map<string, Participant>();
  participantCache.set(plan, map);
  for (const [p, index] of items(plan.deltakere)) {
    const id = text(p.id);
    if (id === undefined || map.has(id)) continue;
    map.set(id, { id, index, rolle: text(p.rolle), navn: text(p.navn), kontakt: obj(p.kontakt) });
  }
  return map;
}

/** The ids of the items of a list (the rules ask for goals and measures). */
function idsOf(list: unknown): Set<string> {
  const ids = new Set<string>();
  for (const [item] of items(list)) {
    const id = text(item.id);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

export function goalIds(plan: PlanData): Set<string> {
  return idsOf(plan.mål);
}

export function measureIds(plan: PlanData): Set<string> {
  return idsOf(plan.tiltak);
}

export function status(plan: PlanData): 'utkast' | 'aktiv' | 'avsluttet' | undefined {
  const s = plan.status;
  return s === 'utkast' || s === 'aktiv' || s === 'avsluttet' ? s : undefined;
}
