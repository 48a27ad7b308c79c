import { forEachItem, obj, participants, refIds, refs, text } from '../plan/raw-access.js';
import { birthDate } from '../plan/birth.js';
import { asDate } from '../plan/dates.js';
import type { PlanData } from '../plan/types.js';
import { birthday } from './calendar.js';
import type { ConsentKind, DuePoint } from './types.js';

/**
 * Every dated point a plan holds, whatever today is. Pure and defensive: a
 * plan that failed validation still gives the points whose dates can be
 * read; a field of the wrong shape gives nothing rather than an error.
 * Each kind of point is pushed onto one list, by plain loops over the plan's
 * lists: this runs for every plan of a caseload, mostly before the code is
 * optimised, and building a list per kind and joining them cost a third of
 * ip due's time on 10,000 plans.
 */

const CONSENT_KINDS: readonly ConsentKind[] = ['utarbeidelse', 'taushetsplikt'];
/** The age of consent in health matters, and the age of majority. */
const CONSENT_AGES = [16, 18] as const;

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

function evaluationPoints(plan: PlanData, out: DuePoint[]): void {
  forEachItem(plan.evalueringer, (e, index) => {
    const date = asDate(e.dato);
    // Held evaluations are done. Any value in `utført` counts, even a malformed one: validate reports that.
    if (!date || (e.utført !== undefined && e.utført !== null)) return;
    const id = text(e.id);
    // The key does not carry the type, so turning an evaluation into a revision keeps its calendar event.
    out.push(point(e.type === 'revisjon' ? 'revisjon' : 'evaluering', date, keyFor('evaluering', id, index), refIds(e.gjelder), id));
  });
}

function periodPoint(plan: PlanData, out: DuePoint[]): void {
  const date = asDate(obj(plan.planperiode)?.til);
  if (date) out.push(point('planperiode', date, 'planperiode', []));
}

/** A point for each item of `list` with a date in `field`: a measure's end, a goal's deadline. It concerns the item itself. */
function itemPoints(list: unknown, field: 'til' | 'frist', kind: 'tiltak' | 'frist', out: DuePoint[]): void {
  forEachItem(list, (item, index) => {
    const date = asDate(item[field]);
    if (!date) return;
    const id = text(item.id);
    out.push(point(kind, date, keyFor(kind, id, index), id ? [id] : [], id));
  });
}

function transitionPoints(plan: PlanData, out: DuePoint[]): void {
  forEachItem(plan.overganger, (o, index) => {
    const date = asDate(o.dato);
    if (!date) return;
    const id = text(o.id);
    const from = text(o.fra_tjeneste);
    const to = text(o.til_tjeneste);
    const p = point('overgang', date, keyFor('overgang', id, index), [], id);
    if (from !== undefined) p.from = from;
    if (to !== undefined) p.to = to;
    out.push(p);
  });
}

/**
 * Where a `foresatt` gave a consent, it must be renewed when the person can
 * consent themselves: at 16 (health matters) and at 18 (of age). Only
 * birthdays after the consent was given count (a consent given at 17 is
 * renewed at 18), and withdrawn consents are not renewed. One point per
 * birthday, naming every consent it concerns.
 */
function consentPoints(plan: PlanData, out: DuePoint[]): void {
  const samtykke = obj(plan.samtykke);
  if (!samtykke) return;
  const people = participants(plan);
  const byGuardian: Array<{ kind: ConsentKind; given: string }> = [];
  for (const kind of CONSENT_KINDS) {
    const consent = obj(samtykke[kind]);
    const given = asDate(consent?.dato);
    if (!consent || !given || consent.trukket !== undefined) continue;
    if (refs(consent.gitt_av).some(([id]) => people.get(id)?.rolle === 'foresatt')) byGuardian.push({ kind, given });
  }
  // Most plans are for adults who consented themselves: no need to read a birth date.
  if (byGuardian.length === 0) return;
  const birth = birthDate(plan);
  if (!birth) return;
  CONSENT_AGES.forEach((age, n) => {
    const date = birthday(birth, age);
    if (!date) return;
    const consents = byGuardian.filter((c) => c.given < date).map((c) => c.kind);
    // The key counts renewals (1, 2) rather than naming the age, so the UID does not spell out a birthday.
    if (consents.length > 0) {
      const p = point('samtykke', date, `samtykke/${n + 1}`, []);
      p.consents = consents;
      out.push(p);
    }
  });
}

/**
 * The latest date an evaluation was held (`utført`), if any. A measure's end,
 * a transition or a goal deadline that lies in the past counts as followed up
 * once an evaluation has been held on or after it: these entries have no
 * "done" marker of their own, and without this rule every plan would carry its
 * whole history as overdue.
 */
function lastHeld(plan: PlanData): string | undefined {
  let last: string | undefined;
  forEachItem(plan.evalueringer, (e) => {
    const held = asDate(e.utført);
    if (held && (last === undefined || held > last)) last = held;
  });
  return last;
}

const FOLLOWED_UP_BY_EVALUATION = new Set(['tiltak', 'overgang', 'frist']);

/**
 * All points of one plan, in no particular order, up to `until` when given
 * (ip due's window). Points already followed up are left out.
 */
export function planPoints(plan: PlanData, until?: string): DuePoint[] {
  const all: DuePoint[] = [];
  evaluationPoints(plan, all);
  periodPoint(plan, all);
  itemPoints(plan.tiltak, 'til', 'tiltak', all);
  transitionPoints(plan, all);
  itemPoints(plan.mål, 'frist', 'frist', all);
  consentPoints(plan, all);
  const held = lastHeld(plan);
  if (held === undefined && until === undefined) return all;
  return all.filter((p) => (until === undefined || p.date <= until) && !(held !== undefined && FOLLOWED_UP_BY_EVALUATION.has(p.kind) && p.date <= held));
}
