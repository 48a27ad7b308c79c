import { items, obj, participants, refs, text } from '../plan/access.js';
import { birthDate } from '../plan/birth.js';
import { asDate } from '../plan/dates.js';
import type { PlanData } from '../plan/types.js';
import { birthday } from './calendar.js';
import type { ConsentKind, DuePoint } from './types.js';

/**
 * Every dated point a plan holds, whatever today is. Pure and defensive: a
 * plan that failed validation still gives the points whose dates can be
 * read; a field of the wrong shape gives nothing rather than an error.
 */

const CONSENT_KINDS: readonly ConsentKind[] = ['utarbeidelse', 'taushetsplikt'];
/** The age of consent in health matters, and the age of majority. */
const CONSENT_AGES = [16, 18] as const;

function ids(value: unknown): string[] {
  return refs(value).map(([id]) => id);
}

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

function evaluationPoints(plan: PlanData): DuePoint[] {
  const out: DuePoint[] = [];
  for (const [e, index] of items(plan.evalueringer)) {
    const date = asDate(e.dato);
    // Held evaluations are done. Any value in `utført` counts, even a malformed one: validate reports that.
    if (!date || (e.utført !== undefined && e.utført !== null)) continue;
    const id = text(e.id);
    // The key does not carry the type, so turning an evaluation into a revision keeps its calendar event.
    out.push(point(e.type === 'revisjon' ? 'revisjon' : 'evaluering', date, keyFor('evaluering', id, index), ids(e.gjelder), id));
  }
  return out;
}

function periodPoint(plan: PlanData): DuePoint[] {
  const date = asDate(obj(plan.planperiode)?.til);
  return date ? [point('planperiode', date, 'planperiode', [])] : [];
}

/** A point for each item of `list` with a date in `field`: a measure's end, a goal's deadline. It concerns the item itself. */
function itemPoints(list: unknown, field: 'til' | 'frist', kind: 'tiltak' | 'frist'): DuePoint[] {
  const out: DuePoint[] = [];
  for (const [item, index] of items(list)) {
    const date = asDate(item[field]);
    if (!date) continue;
    const id = text(item.id);
    out.push(point(kind, date, keyFor(kind, id, index), id ? [id] : [], id));
  }
  return out;
}

function measurePoints(plan: PlanData): DuePoint[] {
  return itemPoints(plan.tiltak, 'til', 'tiltak');
}

function transitionPoints(plan: PlanData): DuePoint[] {
  const out: DuePoint[] = [];
  for (const [o, index] of items(plan.overganger)) {
    const date = asDate(o.dato);
    if (!date) continue;
    const id = text(o.id);
    const from = text(o.fra_tjeneste);
    const to = text(o.til_tjeneste);
    const p = point('overgang', date, keyFor('overgang', id, index), [], id);
    if (from !== undefined) p.from = from;
    if (to !== undefined) p.to = to;
    out.push(p);
  }
  return out;
}

function deadlinePoints(plan: PlanData): DuePoint[] {
  return itemPoints(plan.mål, 'frist', 'frist');
}

/**
 * Where a `foresatt` gave a consent, it must be renewed when the person can
 * consent themselves: at 16 (health matters) and at 18 (of age). Only
 * birthdays after the consent was given count (a consent given at 17 is
 * renewed at 18), and withdrawn consents are not renewed. One point per
 * birthday, naming every consent it concerns.
 */
function consentPoints(plan: PlanData): DuePoint[] {
  const samtykke = obj(plan.samtykke);
  if (!samtykke) return [];
  const people = participants(plan);
  const byGuardian: Array<{ kind: ConsentKind; given: string }> = [];
  for (const kind of CONSENT_KINDS) {
    const consent = obj(samtykke[kind]);
    const given = asDate(consent?.dato);
    if (!consent || !given || consent.trukket !== undefined) continue;
    if (refs(consent.gitt_av).some(([id]) => people.get(id)?.rolle === 'foresatt')) byGuardian.push({ kind, given });
  }
  // Most plans are for adults who consented themselves: no need to read a birth date.
  if (byGuardian.length === 0) return [];
  const birth = birthDate(plan);
  if (!birth) return [];
  const out: DuePoint[] = [];
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
  return out;
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
  for (const [e] of items(plan.evalueringer)) {
    const held = asDate(e.utført);
    if (held && (last === undefined || held > last)) last = held;
  }
  return last;
}

const FOLLOWED_UP_BY_EVALUATION = new Set(['tiltak', 'overgang', 'frist']);

/** All points of one plan, in no particular order. Points already followed up are left out. */
export function planPoints(plan: PlanData): DuePoint[] {
  const held = lastHeld(plan);
  const all = [...evaluationPoints(plan), ...periodPoint(plan), ...measurePoints(plan), ...transitionPoints(plan), ...deadlinePoints(plan), ...consentPoints(plan)];
  return held === undefined ? all : all.filter((p) => !(FOLLOWED_UP_BY_EVALUATION.has(p.kind) && p.date <= held));
}
