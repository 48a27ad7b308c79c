import { addDays, addMonths, daysBetween } from '../due/calendar.js';
import { participants } from '../plan/access.js';
import { asDate } from '../plan/dates.js';
import type { Evalueringstype, Vurderingsstatus } from '../plan/generated/plan-types.js';
import { nonEmpty, type PlanView } from '../plan/view.js';

/**
 * What `ip evaluate` reads from a plan before it asks anything: which
 * evaluation point to record, which goals to assess there, who could have
 * taken part, and the next evaluation to propose. Pure, over the plan's
 * lenient view.
 */

export interface EvaluationPoint {
  /** Its place in `evalueringer` (0-based). */
  index: number;
  id?: string;
  dato?: string;
  type?: Evalueringstype;
  utført?: string;
  /** The ids in `gjelder` (empty: the whole plan). */
  gjelder: string[];
  /** What is already written on the point (pre-filled before the meeting, say): kept, and offered as defaults. */
  deltok: string[];
  /** Assessments already written, by goal id. */
  vurderinger: Map<string, Vurderingsstatus>;
}

export function evaluationPoints(plan: PlanView): EvaluationPoint[] {
  const out: EvaluationPoint[] = [];
  const list = plan.evalueringer ?? [];
  for (let index = 0; index < list.length; index++) {
    const e = list[index];
    if (e === undefined) continue;
    const point: EvaluationPoint = {
      index,
      gjelder: (e.gjelder ?? []).filter((g): g is string => typeof g === 'string' && g !== ''),
      deltok: (e.deltok ?? []).filter((g): g is string => typeof g === 'string' && g !== ''),
      vurderinger: new Map(),
    };
    for (const v of e.vurderinger ?? []) {
      const gjelder = nonEmpty(v?.gjelder);
      if (gjelder !== undefined && v?.status !== undefined && !point.vurderinger.has(gjelder)) point.vurderinger.set(gjelder, v.status);
    }
    const id = nonEmpty(e.id);
    if (id !== undefined) point.id = id;
    const dato = asDate(e.dato);
    if (dato !== undefined) point.dato = dato;
    if (e.type !== undefined) point.type = e.type;
    // Any value written as utført marks the point held: a malformed date is validate's to report, not a reason to record it twice.
    if (e.utført !== undefined) point.utført = e.utført;
    out.push(point);
  }
  return out;
}

export type Choice = { ok: true; point: EvaluationPoint } | { ok: false; reason: 'none-open' | 'unknown-id' | 'already-held' };

/** The point named by `id`, or else the first one not yet held, earliest date first (undated ones last, in file order). */
export function chooseEvaluation(points: readonly EvaluationPoint[], id?: string): Choice {
  if (id !== undefined) {
    const point = points.find((p) => p.id === id);
    if (!point) return { ok: false, reason: 'unknown-id' };
    if (point.utført !== undefined) return { ok: false, reason: 'already-held' };
    return { ok: true, point };
  }
  const open = points.filter((p) => p.utført === undefined);
  if (open.length === 0) return { ok: false, reason: 'none-open' };
  const sorted = [...open].sort((a, b) => (a.dato ?? '9999-99-99').localeCompare(b.dato ?? '9999-99-99') || a.index - b.index);
  return { ok: true, point: sorted[0]! };
}

export interface Goal {
  id: string;
  /** The goal's text, for the question (never for a message). */
  text?: string;
  /** The goal a sub-goal belongs to. */
  parent?: string;
}

/** Every goal and sub-goal with an id, each goal followed by its sub-goals. */
export function allGoals(plan: PlanView): Goal[] {
  const out: Goal[] = [];
  for (const goal of plan.mål ?? []) {
    const id = nonEmpty(goal?.id);
    if (id !== undefined) out.push({ id, ...(goal?.tekst ? { text: goal.tekst } : {}) });
    for (const sub of goal?.delmål ?? []) {
      const subId = nonEmpty(sub?.id);
      if (subId !== undefined) out.push({ id: subId, ...(sub?.tekst ? { text: sub.tekst } : {}), ...(id !== undefined ? { parent: id } : {}) });
    }
  }
  return out;
}

/**
 * The goals to assess at a point: those its `gjelder` names (a goal or a
 * sub-goal; a measure named there brings the goals it serves), in the
 * plan's order; every goal and sub-goal when `gjelder` is absent or empty.
 */
export function goalsToAssess(plan: PlanView, point: EvaluationPoint): Goal[] {
  const goals = allGoals(plan);
  if (point.gjelder.length === 0) return goals;
  const named = new Set(point.gjelder);
  for (const measure of plan.tiltak ?? []) {
    const id = nonEmpty(measure?.id);
    if (id === undefined || !named.has(id)) continue;
    const served = measure?.mål;
    for (const goal of typeof served === 'string' ? [served] : (served ?? [])) if (goal) named.add(goal);
  }
  return goals.filter((g) => named.has(g.id));
}

export interface ParticipantChoice {
  id: string;
  /** The name, for the question (never for a message). */
  name?: string;
}

export function participantChoices(plan: PlanView): ParticipantChoice[] {
  return [...participants(plan).values()].map((p) => ({ id: p.id, ...(p.navn ? { name: p.navn } : {}) }));
}

/** When there is no earlier interval to follow: the guidance's early look, three months on. */
export const DEFAULT_INTERVAL_MONTHS = 3;

/**
 * The next evaluation's date, proposed: the held date plus the interval
 * between the two latest planned dates of evaluations (type `evaluering`) up
 * to the one being recorded; in whole months where both fall on the same
 * day of the month, else in days. With no earlier evaluation, three months.
 */
export function proposeNext(points: readonly EvaluationPoint[], point: EvaluationPoint, held: string): string {
  const limit = point.dato ?? held;
  const dates = points
    .filter((p) => p.dato !== undefined && p.dato <= limit && (p.type === 'evaluering' || p === point))
    .map((p) => p.dato!)
    .sort();
  const [earlier, later] = dates.slice(-2);
  if (earlier === undefined || later === undefined || earlier >= later) return addMonths(held, DEFAULT_INTERVAL_MONTHS);
  if (earlier.slice(8) === later.slice(8)) {
    const months = (Number(later.slice(0, 4)) - Number(earlier.slice(0, 4))) * 12 + Number(later.slice(5, 7)) - Number(earlier.slice(5, 7));
    return addMonths(held, months);
  }
  return addDays(held, daysBetween(earlier, later));
}

/** Whether another point of type `evaluering` is still open: then no next one is proposed by default. */
export function anotherOpenEvaluation(points: readonly EvaluationPoint[], point: EvaluationPoint): boolean {
  return points.some((p) => p !== point && p.utført === undefined && p.type === 'evaluering');
}

/** Every id written in the plan: goals, sub-goals, measures, evaluations, transitions, participants. */
function usedIds(plan: PlanView): Set<string> {
  const ids = new Set<string>();
  const add = (id: string | undefined) => {
    if (id) ids.add(id.toUpperCase());
  };
  for (const g of plan.mål ?? []) {
    add(g?.id);
    for (const s of g?.delmål ?? []) add(s?.id);
  }
  for (const list of [plan.tiltak, plan.evalueringer, plan.overganger, plan.deltakere]) for (const item of list ?? []) add(item?.id);
  return ids;
}

/** A fresh evaluation id: E and one more than the highest E-number, not used by anything in the plan. */
export function freshEvaluationId(plan: PlanView): string {
  const used = usedIds(plan);
  let n = 0;
  for (const e of plan.evalueringer ?? []) {
    const m = /^E(\d{1,6})$/i.exec(e?.id ?? '');
    if (m) n = Math.max(n, Number(m[1]));
  }
  do n++;
  while (used.has(`E${n}`));
  return `E${n}`;
}
