import { goalIds, measureIds, participants, subGoalIds, type Participant } from '../access.js';
import type { LegalPoint } from '../legal.js';
import type { PathStep } from '../types.js';
import type { IdRefsView } from '../view.js';
import { ALWAYS_ERROR, type Hit, type Rule } from './types.js';

/** What a reference may name: sub-goals share the namespace of goals and measures, so a reference to a goal may name either. */
type Target = 'participant' | 'goal' | 'goal-or-measure';

interface Known {
  has(id: string): boolean;
  /** What a reference to nothing probably meant, where that can be told. */
  meant?: (value: string) => Meant | undefined;
}

/**
 * Reports each id in `value` (one id, or a list of them) that `known` lacks.
 * The path is built only for a hit: this runs for every reference of every plan.
 */
function check(hits: Hit[], known: Known, value: IdRefsView | undefined, path: () => PathStep[], target: Target, point?: LegalPoint): void {
  if (value === undefined) return;
  if (typeof value === 'string') {
    if (!known.has(value)) hits.push(hit(path(), target, point, known.meant?.(value)));
    return;
  }
  for (let index = 0; index < value.length; index++) {
    const ref = value[index];
    if (ref !== undefined && !known.has(ref)) hits.push(hit([...path(), index], target, point, known.meant?.(ref)));
  }
}

function hit(path: PathStep[], target: Target, point: LegalPoint | undefined, meant: Meant | undefined): Hit {
  const h: Hit = { path, params: { target, ...meant } };
  if (point) h.point = point;
  return h;
}

/** What a reference that resolves to nothing was probably meant to name: never the value written. */
type Meant = { participant: number; participantId?: string; role?: string } | { suggestion: string } | { measure: string };

/** An id as compared for a near miss: no spaces, one case (`m 2` → `M2`). */
function loose(id: string): string {
  return id.normalize('NFC').replace(/\s+/gu, '').toLocaleUpperCase('nb');
}

/** A participant named by name, or by id in another case: who it is, by number and role (a participant id is often a first name). */
function participantMeant(people: Map<string, Participant>): (value: string) => Meant | undefined {
  return (value) => {
    const v = value.trim().toLocaleLowerCase('nb');
    for (const p of people.values()) {
      if (p.id.toLocaleLowerCase('nb') === v || p.navn?.trim().toLocaleLowerCase('nb') === v) {
        // An id with a run of six digits is never shown, not even where names may be: then by number and role only.
        const shown = /\p{Nd}{6}/u.test(p.id) ? {} : { participantId: p.id };
        return p.rolle !== undefined ? { participant: p.index + 1, ...shown, role: p.rolle } : { participant: p.index + 1, ...shown };
      }
    }
    return undefined;
  };
}

/** A goal, sub-goal or measure id written with a space or in another case (`M 2`, `m2`): the id. */
function idMeant(ids: Iterable<string>): (value: string) => Meant | undefined {
  const byLoose = new Map<string, string>();
  for (const id of ids) byLoose.set(loose(id), id);
  return (value) => {
    const id = byLoose.get(loose(value));
    return id === undefined ? undefined : { suggestion: id };
  };
}

/** Every reference that is written must resolve, in every status. */
export const unknownReference: Rule = {
  code: 'unknown-reference',
  severity: ALWAYS_ERROR,
  summary: 'A reference (koordinator, ansvarlig, gitt_av, godkjent.av, deltok, tiltak[].mål, gjelder …) names no participant, goal, sub-goal or measure',
  check(plan) {
    const found = participants(plan);
    const people: Known = { has: (id) => found.has(id), meant: participantMeant(found) };
    const mainGoals = goalIds(plan);
    const subGoals = subGoalIds(plan);
    const measures = measureIds(plan);
    const nearGoal = idMeant([...mainGoals, ...subGoals]);
    // A measure named where a goal belongs is not "not in the plan": say what it is.
    const goals: Known = { has: (id) => mainGoals.has(id) || subGoals.has(id), meant: (value) => (measures.has(value) ? { measure: value } : nearGoal(value)) };
    const goalsAndMeasures: Known = { has: (id) => goals.has(id) || measures.has(id), meant: idMeant([...mainGoals, ...subGoals, ...measures]) };
    const hits: Hit[] = [];
    check(hits, people, plan.koordinator, () => ['koordinator'], 'participant', 'c');
    const tiltak = plan.tiltak ?? [];
    for (let i = 0; i < tiltak.length; i++) {
      const t = tiltak[i];
      if (t === undefined) continue;
      check(hits, people, t.ansvarlig, () => ['tiltak', i, 'ansvarlig'], 'participant', 'e');
      check(hits, goals, t.mål, () => ['tiltak', i, 'mål'], 'goal', 'e');
      if (t.delplan) check(hits, people, t.delplan.ansvarlig, () => ['tiltak', i, 'delplan', 'ansvarlig'], 'participant', 'e');
    }
    const overganger = plan.overganger ?? [];
    for (let i = 0; i < overganger.length; i++) {
      const o = overganger[i];
      if (o === undefined) continue;
      check(hits, people, o.ansvarlig, () => ['overganger', i, 'ansvarlig'], 'participant');
      check(hits, people, o.ny_koordinator, () => ['overganger', i, 'ny_koordinator'], 'participant', 'c');
    }
    const utarbeidelse = plan.samtykke?.utarbeidelse;
    if (utarbeidelse) check(hits, people, utarbeidelse.gitt_av, () => ['samtykke', 'utarbeidelse', 'gitt_av'], 'participant', 'h');
    const taushetsplikt = plan.samtykke?.taushetsplikt;
    if (taushetsplikt) {
      check(hits, people, taushetsplikt.gitt_av, () => ['samtykke', 'taushetsplikt', 'gitt_av'], 'participant', 'h');
      check(hits, people, taushetsplikt.deltakere, () => ['samtykke', 'taushetsplikt', 'deltakere'], 'participant', 'h');
    }
    if (plan.godkjent) check(hits, people, plan.godkjent.av, () => ['godkjent', 'av'], 'participant');
    const evalueringer = plan.evalueringer ?? [];
    for (let i = 0; i < evalueringer.length; i++) {
      const e = evalueringer[i];
      if (e === undefined) continue;
      check(hits, goalsAndMeasures, e.gjelder, () => ['evalueringer', i, 'gjelder'], 'goal-or-measure', 'g');
      check(hits, people, e.deltok, () => ['evalueringer', i, 'deltok'], 'participant', 'b');
      const vurderinger = e.vurderinger ?? [];
      for (let j = 0; j < vurderinger.length; j++) {
        const v = vurderinger[j];
        if (v !== undefined) check(hits, goals, v.gjelder, () => ['evalueringer', i, 'vurderinger', j, 'gjelder'], 'goal', 'g');
      }
    }
    return hits;
  },
};
