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

/**
 * List items that are objects, with their index in the list. Do not modify
 * the result. Not cached: a WeakMap cache of these lists cost more than it
 * saved on a large caseload.
 */
export function items(value: unknown): Array<[Obj, number]> {
  if (!Array.isArray(value)) return NO_ITEMS;
  const out: Array<[Obj, number]> = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (isObj(item)) out.push([item, i]);
  }
  return out;
}

/**
 * Each object in `list` with its index, if it is a list: as items(), with no
 * list built (for code that runs for every plan of a caseload).
 */
export function forEachItem(list: unknown, visit: (item: Obj, index: number) => void): void {
  if (!Array.isArray(list)) return;
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    if (isObj(item)) visit(item, index);
  }
}

/** Whether some object in `list` passes `test`. */
export function someItem(list: unknown, test: (item: Obj) => boolean): boolean {
  if (!Array.isArray(list)) return false;
  for (const item of list as unknown[]) if (isObj(item) && test(item)) return true;
  return false;
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The ids in a reference: one string, or the strings in a list (refs() without the indexes). */
export function refIds(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  const out: string[] = [];
  if (Array.isArray(value)) for (const v of value as unknown[]) if (typeof v === 'string') out.push(v);
  return out;
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

/**
 * Several rules ask for the same lookups of one plan, one plan after
 * another: the last plan's answer is kept. (A WeakMap per plan cost more than
 * it saved: ip validate on 10,000 plans 8 % slower.)
 */
let lastPlan: PlanData | undefined;
let lastParticipants: Map<string, Participant> | undefined;

export function participants(plan: PlanData): Map<string, Participant> {
  if (plan === lastPlan && lastParticipants) return lastParticipants;
  const map = new Map<string, Participant>();
  for (const [p, index] of items(plan.deltakere)) {
    const id = text(p.id);
    if (id === undefined || map.has(id)) continue;
    map.set(id, { id, index, rolle: text(p.rolle), navn: text(p.navn), kontakt: obj(p.kontakt) });
  }
  lastPlan = plan;
  lastParticipants = map;
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
