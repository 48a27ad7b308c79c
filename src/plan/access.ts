import { asDate } from './dates.js';
import type { Rolle, Vurderingsstatus } from './generated/plan-types.js';
import { nonEmpty, type DelmålView, type DeltakerView, type IdRefsView, type KontaktView, type MålView, type PlanView, type TiltakView } from './view.js';

/**
 * Lookups several readers of one plan ask for, over its lenient view
 * (view.ts): participants by id, the ids of goals and measures, the ids in
 * a reference.
 */

/** The ids in a reference: one id, or each id in a list (refs() without the indexes). */
export function refIds(value: IdRefsView | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  const out: string[] = [];
  for (const id of value) if (id !== undefined) out.push(id);
  return out;
}

/** One id, or each id in a list with its index (undefined for a single id). */
export function refs(value: IdRefsView | undefined): Array<[string, number | undefined]> {
  if (value === undefined) return [];
  if (typeof value === 'string') return [[value, undefined]];
  const out: Array<[string, number]> = [];
  for (let i = 0; i < value.length; i++) {
    const id = value[i];
    if (id !== undefined) out.push([id, i]);
  }
  return out;
}

export interface Participant {
  id: string;
  rolle?: Rolle;
  /** The name, where it is not empty. */
  navn?: string;
  /** Its index in `deltakere`. */
  index: number;
  kontakt?: KontaktView;
  item: DeltakerView;
}

/** Participants by id; the first with an id wins (validation reports the duplicate). */
export function participants(plan: PlanView): Map<string, Participant> {
  const map = new Map<string, Participant>();
  const list = plan.deltakere;
  if (list) {
    for (let index = 0; index < list.length; index++) {
      const p = list[index];
      const id = nonEmpty(p?.id);
      if (p === undefined || id === undefined || map.has(id)) continue;
      // Field by field (no spreads): this runs for every plan of a caseload.
      const found: Participant = { id, index, item: p };
      if (p.rolle !== undefined) found.rolle = p.rolle;
      const navn = nonEmpty(p.navn);
      if (navn !== undefined) found.navn = navn;
      if (p.kontakt !== undefined) found.kontakt = p.kontakt;
      map.set(id, found);
    }
  }
  return map;
}

/** The ids of the items of a list (the rules ask for goals and measures). */
function idsOf(list: ReadonlyArray<MålView | DelmålView | TiltakView | undefined> | undefined): Set<string> {
  const ids = new Set<string>();
  if (list) {
    for (const item of list) {
      const id = nonEmpty(item?.id);
      if (id !== undefined) ids.add(id);
    }
  }
  return ids;
}

export function goalIds(plan: PlanView): Set<string> {
  return idsOf(plan.mål);
}

export function measureIds(plan: PlanView): Set<string> {
  return idsOf(plan.tiltak);
}

/** The ids of every goal's sub-goals (`mål[].delmål[]`). */
export function subGoalIds(plan: PlanView): Set<string> {
  const ids = new Set<string>();
  for (const goal of plan.mål ?? []) {
    for (const id of idsOf(goal?.delmål)) ids.add(id);
  }
  return ids;
}

/** The latest status recorded for each goal or sub-goal, by the date its evaluation was held (`utført`); later entries win a tie. */
export function latestAssessments(plan: PlanView): Map<string, { status: Vurderingsstatus; on: string }> {
  const latest = new Map<string, { status: Vurderingsstatus; on: string }>();
  for (const e of plan.evalueringer ?? []) {
    const on = asDate(e?.utført);
    if (e === undefined || on === undefined) continue;
    for (const v of e.vurderinger ?? []) {
      const id = nonEmpty(v?.gjelder);
      if (id === undefined || v?.status === undefined) continue;
      const before = latest.get(id);
      if (before === undefined || before.on <= on) latest.set(id, { status: v.status, on });
    }
  }
  return latest;
}
