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

function idAt(list: unknown, index: number): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const item: unknown = list[index];
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const id = (item as Record<string, unknown>).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
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
