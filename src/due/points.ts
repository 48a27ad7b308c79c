import { latestAssessments, participants, refIds, refs } from '../plan/access.js';
import { birthDate } from '../plan/birth.js';
import { asDate } from '../plan/dates.js';
import type { PlanData } from '../plan/types.js';
import { nonEmpty, planView, type MålView, type PlanView, type TiltakView } from '../plan/view.js';
import { birthday } from './calendar.js';
import type { ConsentKind, DuePoint } from './types.js';

/**
 * Every dated point a plan holds, whatever today is. Pure, over the plan's
 * lenient view: a plan that failed validation still gives the points whose
 * dates can be read; a field of the wrong shape gives nothing rather than an
 * error. Each kind of point is pushed onto one list, by plain loops over the
 * plan's lists: this runs for every plan of a caseload, mostly before the
 * code is optimised, and building a list per kind and joining them cost a
 * third of ip due's time on 10,000 plans.
 */

const CONSENT_KINDS: readonly ConsentKind[] = ['utarbeidelse', 'taushetsplikt'];
/**
 * The age of consent in health matters (the patient and user rights act
 * ch. 4): the person should confirm a foresatt's consent; and the age of
 * majority: consent must be obtained from the person again, unless a verge or
 * framtidsfullmektig covers it. The law behind both is not the regulation on
 * individual plans (see BASIS in src/plan/legal.ts: consent-guardian-*).
 */
const CONSENT_AGES = [
  { age: 16, renewal: 'confirm' },
  { age: 18, renewal: 'obtain' },
] as const;

/** A point; optional fields are set only when present, so JSON stays tidy. */
function point(kind: DuePoint['kind'], date: string, key: string, concerns: string[], ref?: string): DuePoint {
  const p: DuePoint = { kind, date, key, concerns };
  if (ref !== undefined) p.ref = ref;
  return p;
}

/** `kind/id`, or `kind/#n` (1-based position) for an entry without an id. */
function keyFor(prefix: string, id: string | undefined, index: number): string {
  return id !== undefined ? `${prefix}/${id}` : `${prefix}/#${index + 1}`;
}

function evaluationPoints(plan: PlanView, out: DuePoint[]): void {
  const list = plan.evalueringer;
  if (!list) return;
  for (let index = 0; index < list.length; index++) {
    const e = list[index];
    const date = asDate(e?.dato);
    // Held evaluations are done. Any text in `utført` counts, even one that is not a date: validate reports that.
    if (!e || !date || e.utført !== undefined) continue;
    const id = nonEmpty(e.id);
    // The key does not carry the type, so turning an evaluation into a revision keeps its calendar event.
    out.push(point(e.type === 'revisjon' ? 'revisjon' : 'evaluering', date, keyFor('evaluering', id, index), refIds(e.gjelder), id));
  }
}

function periodPoint(plan: PlanView, out: DuePoint[]): void {
  const date = asDate(plan.planperiode?.til);
  if (date) out.push(point('planperiode', date, 'planperiode', []));
}

/** A point for each measure with an end, or goal with a deadline. It concerns the item itself. */
function itemPoints<T extends TiltakView | MålView>(list: ReadonlyArray<T | undefined> | undefined, date: (item: T) => string | undefined, kind: 'tiltak' | 'frist', out: DuePoint[]): void {
  if (!list) return;
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    const day = item && asDate(date(item));
    if (!item || !day) continue;
    const id = nonEmpty(item.id);
    out.push(point(kind, day, keyFor(kind, id, index), id ? [id] : [], id));
  }
}

/**
 * A point where the decision (vedtak) granting a measure ends: the service
 * needs a new decision to go on. Where the measure itself ends on or before
 * that day, its own `tiltak` point says so and no renewal is needed, so the
 * decision gives no point.
 */
function decisionPoints(plan: PlanView, out: DuePoint[]): void {
  const list = plan.tiltak;
  if (!list) return;
  for (let index = 0; index < list.length; index++) {
    const t = list[index];
    const day = asDate(t?.vedtak?.til);
    if (!t || !day) continue;
    const ends = asDate(t.til);
    if (ends !== undefined && ends <= day) continue;
    const id = nonEmpty(t.id);
    out.push(point('vedtak', day, keyFor('vedtak', id, index), id ? [id] : [], id));
  }
}

/**
 * A point for each sub-goal with a deadline: kind `frist`, like a goal's, and
 * concerning the sub-goal. Its key is `frist/<id>` (ids of goals and
 * sub-goals share one namespace), or for a sub-goal without an id its goal's
 * part and its own position: `frist/M1/#2`.
 */
function subGoalPoints(plan: PlanView, out: DuePoint[]): void {
  const goals = plan.mål;
  if (!goals) return;
  for (let g = 0; g < goals.length; g++) {
    const list = goals[g]?.delmål;
    if (!list) continue;
    for (let index = 0; index < list.length; index++) {
      const sub = list[index];
      const day = asDate(sub?.frist);
      if (!sub || !day) continue;
      const id = nonEmpty(sub.id);
      const key = id !== undefined ? `frist/${id}` : `${keyFor('frist', nonEmpty(goals[g]?.id), g)}/#${index + 1}`;
      const p = point('frist', day, key, id ? [id] : [], id);
      p.subGoal = true;
      out.push(p);
    }
  }
}

function transitionPoints(plan: PlanView, out: DuePoint[]): void {
  const list = plan.overganger;
  if (!list) return;
  for (let index = 0; index < list.length; index++) {
    const o = list[index];
    const date = asDate(o?.dato);
    if (!o || !date) continue;
    const id = nonEmpty(o.id);
    const from = nonEmpty(o.fra_tjeneste);
    const to = nonEmpty(o.til_tjeneste);
    const p = point('overgang', date, keyFor('overgang', id, index), [], id);
    if (from !== undefined) p.from = from;
    if (to !== undefined) p.to = to;
    out.push(p);
  }
}

/**
 * Where a `foresatt` gave a consent, the person sees to it when they can
 * consent themselves: at 16 (health matters) they should confirm it, at 18
 * (of age) it must be obtained from them again. Only birthdays after the
 * consent was given count (a consent given at 17 is seen to at 18), and
 * withdrawn consents are not. One point per birthday, naming every consent
 * it concerns.
 */
function consentPoints(plan: PlanView, out: DuePoint[]): void {
  const samtykke = plan.samtykke;
  if (!samtykke) return;
  const people = participants(plan);
  const byGuardian: Array<{ kind: ConsentKind; given: string }> = [];
  for (const kind of CONSENT_KINDS) {
    const consent = samtykke[kind];
    const given = asDate(consent?.dato);
    if (!consent || !given || consent.trukket !== undefined) continue;
    if (refs(consent.gitt_av).some(([id]) => people.get(id)?.rolle === 'foresatt')) byGuardian.push({ kind, given });
  }
  // Most plans are for adults who consented themselves: no need to read a birth date.
  if (byGuardian.length === 0) return;
  const birth = birthDate(plan);
  if (!birth) return;
  CONSENT_AGES.forEach(({ age, renewal }, n) => {
    const date = birthday(birth, age);
    if (!date) return;
    const consents = byGuardian.filter((c) => c.given < date).map((c) => c.kind);
    // The key counts renewals (1, 2) rather than naming the age, so the UID does not spell out a birthday.
    if (consents.length > 0) {
      const p = point('samtykke', date, `samtykke/${n + 1}`, []);
      p.consents = consents;
      p.renewal = renewal;
      out.push(p);
    }
  });
}

/**
 * A child coordinator (barnekoordinator) is for a child: where one is set
 * and the plan runs past the 18th birthday (planperiode.til after it, or no
 * end), the birthday is a point, to arrange the coordination for an adult.
 */
function childCoordinatorPoint(plan: PlanView, out: DuePoint[]): void {
  if (plan.barnekoordinator !== true) return;
  const birth = birthDate(plan);
  const date = birth && birthday(birth, 18);
  if (!date) return;
  const end = asDate(plan.planperiode?.til);
  if (end !== undefined && end <= date) return;
  out.push(point('barnekoordinator', date, 'barnekoordinator', []));
}

/**
 * The latest date an evaluation was held (`utført`), if any. A measure's end,
 * a decision's end, a transition or a goal or sub-goal deadline that lies in
 * the past counts as followed up
 * once an evaluation has been held on or after it: these entries have no
 * "done" marker of their own, and without this rule every plan would carry its
 * whole history as overdue.
 */
export function lastHeld(plan: PlanView): string | undefined {
  let last: string | undefined;
  for (const e of plan.evalueringer ?? []) {
    const held = asDate(e?.utført);
    if (held && (last === undefined || held > last)) last = held;
  }
  return last;
}

// A decision that ends is not followed up by an evaluation: it needs a new decision, so it stays until then.
const FOLLOWED_UP_BY_EVALUATION = new Set(['tiltak', 'overgang', 'frist']);

/** Goals and sub-goals whose latest assessment is `nådd`: their deadlines need no reminder. */
function reachedGoals(plan: PlanView): Set<string> {
  const reached = new Set<string>();
  for (const [id, { status }] of latestAssessments(plan)) if (status === 'nådd') reached.add(id);
  return reached;
}

/**
 * All points of one plan's view, in no particular order, up to `until` when
 * given (ip due's window). Points already followed up are left out.
 */
export function viewPoints(plan: PlanView, until?: string): DuePoint[] {
  const all: DuePoint[] = [];
  evaluationPoints(plan, all);
  periodPoint(plan, all);
  itemPoints(plan.tiltak, (t) => t.til, 'tiltak', all);
  decisionPoints(plan, all);
  transitionPoints(plan, all);
  itemPoints(plan.mål, (g) => g.frist, 'frist', all);
  subGoalPoints(plan, all);
  consentPoints(plan, all);
  childCoordinatorPoint(plan, all);
  const held = lastHeld(plan);
  const reached = reachedGoals(plan);
  if (held === undefined && until === undefined && reached.size === 0) return all;
  return all.filter(
    (p) =>
      (until === undefined || p.date <= until) &&
      !(held !== undefined && FOLLOWED_UP_BY_EVALUATION.has(p.kind) && p.date <= held) &&
      !(p.kind === 'frist' && p.concerns.length === 1 && reached.has(p.concerns[0]!)),
  );
}

/** All points of one plan, read from its front matter (viewPoints, for a plan whose view is not at hand). */
export function planPoints(data: PlanData, until?: string): DuePoint[] {
  return viewPoints(planView(data), until);
}
