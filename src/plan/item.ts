import type { PathStep, PlanData } from './types.js';

/**
 * The item a finding is about, as the plan names it: a goal, sub-goal,
 * measure, evaluation or transition by its id, any other list item (and any
 * of those without an id) by its number counted from 1. A participant is
 * always named by number: participant ids are usually first names, and a
 * diagnostic may be read where names may not.
 */

/** The lists whose items the plan names by id. */
const BY_ID = new Set(['mål', 'tiltak', 'evalueringer', 'overganger']);
/** Top-level lists whose items have no id, or may not be named by it: named by number. */
const BY_NUMBER = new Set(['deltakere', 'samarbeid', 'ressurser', 'behov']);

/** An id as the format allows it, and short: only such a value is named as an id (anything else may be a name or a sentence). */
export const ID_SHAPE = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,31}$/u;

function asId(value: unknown): string | undefined {
  // A run of six digits is never shown (it may be a fødselsnummer or a birth date): such an item is named by number.
  return typeof value === 'string' && ID_SHAPE.test(value) && !/\p{Nd}{6}/u.test(value) ? value : undefined;
}

function idAt(list: unknown, index: number): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const item: unknown = list[index];
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  return asId((item as Record<string, unknown>).id);
}

/** The id or 1-based number of the item at the head of `path`, or undefined for a finding about the plan as a whole or a single field. */
export function itemOf(path: readonly PathStep[], data: PlanData | undefined): string | number | undefined {
  const [key, index, sub, subIndex] = path;
  if (typeof key !== 'string' || typeof index !== 'number') return undefined;
  if (BY_NUMBER.has(key)) return index + 1;
  if (!BY_ID.has(key)) return undefined;
  const list = data?.[key];
  if (key === 'mål' && sub === 'delmål' && typeof subIndex === 'number') {
    const goal: unknown = Array.isArray(list) ? list[index] : undefined;
    const subGoals = goal !== null && typeof goal === 'object' ? (goal as Record<string, unknown>).delmål : undefined;
    return idAt(subGoals, subIndex) ?? subIndex + 1;
  }
  return idAt(list, index) ?? index + 1;
}

/** One step of a finding's place as the plan names it: a key, or a list item by id or number. */
export type PlaceStep = string | { noun: string; id?: string; n: number; role?: string; participant?: string };

/** The top-level lists whose items a message names as items, with the noun for one item. */
const TOP_NOUNS: Readonly<Record<string, string>> = {
  mål: 'mål',
  tiltak: 'tiltak',
  evalueringer: 'evaluering',
  overganger: 'overgang',
  deltakere: 'deltaker',
  samarbeid: 'samarbeid',
  ressurser: 'ressurs',
  behov: 'behov',
};
const ROLES = new Set(['tjenestemottaker', 'pårørende', 'foresatt', 'verge', 'framtidsfullmektig', 'tjenesteyter', 'bidragsyter']);

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * Where a finding is, in the plan's own terms: `tiltak T2`, `mål M1, delmål
 * M1a`, `deltaker nr. 3 (tjenesteyter)` instead of 0-based indexes. Undefined
 * where the path has no list item (the field path says it as well).
 * Participants are named by number and role, never by id (a first name).
 */
export function placeOf(path: readonly PathStep[], data: PlanData | undefined): PlaceStep[] | undefined {
  if (!path.some((step) => typeof step === 'number')) return undefined;
  const steps: PlaceStep[] = [];
  let node: unknown = data;
  let parentNoun: string | undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    const next = path[i + 1];
    if (typeof step === 'number') {
      // A number not taken with its list's key: an item of a list of references or sentences.
      steps.push({ noun: '', n: step + 1 });
      node = Array.isArray(node) ? node[step] : undefined;
      continue;
    }
    const list = field(node, step);
    if (typeof next !== 'number') {
      steps.push(step);
      node = list;
      continue;
    }
    const item: unknown = Array.isArray(list) ? list[next] : undefined;
    const noun =
      i === 0 ? TOP_NOUNS[step] : step === 'delmål' && parentNoun === 'mål' && i === 2 ? 'delmål' : step === 'vurderinger' && parentNoun === 'evaluering' && i === 2 ? 'vurdering' : undefined;
    if (noun === undefined) {
      steps.push(step, { noun: '', n: next + 1 });
    } else {
      const named: { noun: string; id?: string; n: number; role?: string; participant?: string } = { noun, n: next + 1 };
      const id = asId(noun === 'vurdering' ? field(item, 'gjelder') : noun === 'deltaker' ? undefined : field(item, 'id'));
      if (id !== undefined) named.id = id;
      const role = noun === 'deltaker' ? field(item, 'rolle') : undefined;
      if (typeof role === 'string' && ROLES.has(role)) named.role = role;
      // Kept for messages that may name participants (a terminal, --names); never shown otherwise.
      const participant = noun === 'deltaker' ? asId(field(item, 'id')) : undefined;
      if (participant !== undefined) named.participant = participant;
      steps.push(named);
      parentNoun = noun;
    }
    node = item;
    i++;
  }
  return steps;
}
