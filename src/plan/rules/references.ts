import { goalIds, items, measureIds, obj, participants, refs } from '../access.js';
import type { LegalPoint } from '../legal.js';
import type { PathStep, PlanData } from '../types.js';
import { ALWAYS_ERROR, type Hit, type Rule } from './types.js';

type Target = 'participant' | 'goal' | 'goal-or-measure';

interface Known {
  has(id: string): boolean;
}

/**
 * Reports each id in `value` (one id, or a list of them) that `known` lacks.
 * The path is built only for a hit: this runs for every reference of every plan.
 */
function check(hits: Hit[], known: Known, value: unknown, path: () => PathStep[], target: Target, point?: LegalPoint): void {
  if (value === undefined) return;
  if (typeof value === 'string') {
    if (!known.has(value)) hits.push(hit(path(), target, point));
    return;
  }
  for (const [ref, index] of refs(value)) {
    if (!known.has(ref)) hits.push(hit([...path(), index!], target, point));
  }
}

function hit(path: PathStep[], target: Target, point: LegalPoint | undefined): Hit {
  const h: Hit = { path, params: { target } };
  if (point) h.point = point;
  return h;
}

/** Every reference that is written must resolve, in every status. */
export const unknownReference: Rule = {
  code: 'unknown-reference',
  severity: ALWAYS_ERROR,
  summary: 'A reference (koordinator, ansvarlig, gitt_av, godkjent.av, tiltak[].mål, gjelder …) names no participant, goal or measure',
  check(plan: PlanData) {
    const people = participants(plan);
    const goals = goalIds(plan);
    const measures = measureIds(plan);
    const goalsAndMeasures: Known = { has: (id) => goals.has(id) || measures.has(id) };
    const hits: Hit[] = [];
    check(hits, people, plan.koordinator, () => ['koordinator'], 'participant', 'c');
    for (const [t, i] of items(plan.tiltak)) {
      check(hits, people, t.ansvarlig, () => ['tiltak', i, 'ansvarlig'], 'participant', 'e');
      check(hits, goals, t.mål, () => ['tiltak', i, 'mål'], 'goal', 'e');
      const delplan = obj(t.delplan);
      if (delplan) check(hits, people, delplan.ansvarlig, () => ['tiltak', i, 'delplan', 'ansvarlig'], 'participant', 'e');
    }
    for (const [o, i] of items(plan.overganger)) {
      check(hits, people, o.ansvarlig, () => ['overganger', i, 'ansvarlig'], 'participant');
      check(hits, people, o.ny_koordinator, () => ['overganger', i, 'ny_koordinator'], 'participant', 'c');
    }
    const samtykke = obj(plan.samtykke);
    if (samtykke) {
      for (const kind of ['utarbeidelse', 'taushetsplikt'] as const) {
        const consent = obj(samtykke[kind]);
        if (!consent) continue;
        check(hits, people, consent.gitt_av, () => ['samtykke', kind, 'gitt_av'], 'participant', 'h');
        if (kind === 'taushetsplikt') check(hits, people, consent.deltakere, () => ['samtykke', kind, 'deltakere'], 'participant', 'h');
      }
    }
    const godkjent = obj(plan.godkjent);
    if (godkjent) check(hits, people, godkjent.av, () => ['godkjent', 'av'], 'participant');
    for (const [e, i] of items(plan.evalueringer)) check(hits, goalsAndMeasures, e.gjelder, () => ['evalueringer', i, 'gjelder'], 'goal-or-measure', 'g');
    return hits;
  },
};
