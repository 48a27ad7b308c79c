import { goalIds, latestAssessments, refs, subGoalIds } from '../access.js';
import { asDate } from '../dates.js';
import type { EvalueringView } from '../view.js';
import { nonEmpty } from '../view.js';
import { ALWAYS_ERROR, type Hit, type Rule } from './types.js';

/**
 * The plan's life after the first meeting: what a held evaluation records
 * (vurderinger), and the decisions (vedtak) that grant the measures.
 */

/** An evaluation is held once it has a valid `utført` date. */
function held(e: EvalueringView): boolean {
  return asDate(e.utført) !== undefined;
}

export const assessmentNotHeld: Rule = {
  code: 'assessment-not-held',
  point: 'g',
  severity: ALWAYS_ERROR,
  summary: 'Assessments (vurderinger) on an evaluation that has not been held (no utført date)',
  check(plan) {
    const hits: Hit[] = [];
    const evalueringer = plan.evalueringer ?? [];
    for (let i = 0; i < evalueringer.length; i++) {
      const e = evalueringer[i];
      if (e === undefined || e.utført !== undefined) continue;
      // An invalid utført date is the schema's finding; only a missing one is this rule's.
      if ((e.vurderinger ?? []).some((v) => v !== undefined)) hits.push({ path: ['evalueringer', i, 'vurderinger'], atKey: true });
    }
    return hits;
  },
};

export const assessmentMissing: Rule = {
  code: 'assessment-missing',
  point: 'g',
  severity: { utkast: 'warning', aktiv: 'warning', avsluttet: 'off' },
  summary: 'A held evaluation names a goal or sub-goal in gjelder but records no assessment of it in vurderinger',
  check(plan) {
    const goals = goalIds(plan);
    const subGoals = subGoalIds(plan);
    const hits: Hit[] = [];
    const evalueringer = plan.evalueringer ?? [];
    for (let i = 0; i < evalueringer.length; i++) {
      const e = evalueringer[i];
      if (e === undefined || !held(e)) continue;
      const assessed = new Set<string>();
      for (const v of e.vurderinger ?? []) {
        const id = nonEmpty(v?.gjelder);
        if (id !== undefined) assessed.add(id);
      }
      // Measures named in gjelder are evaluated, not assessed as reached: only goals and sub-goals ask for an assessment.
      for (const [id, index] of refs(e.gjelder)) {
        if ((goals.has(id) || subGoals.has(id)) && !assessed.has(id)) {
          hits.push({ path: index === undefined ? ['evalueringer', i, 'gjelder'] : ['evalueringer', i, 'gjelder', index], params: { item: id } });
        }
      }
    }
    return hits;
  },
};

export const decisionEndsEarly: Rule = {
  code: 'decision-ends-early',
  point: 'e',
  severity: { utkast: 'warning', aktiv: 'warning', avsluttet: 'off' },
  summary: 'The decision granting a measure (vedtak.til) ends before the measure does (til): the service would lapse, or has lapsed when that day is past',
  check(plan, ctx) {
    const hits: Hit[] = [];
    const tiltak = plan.tiltak ?? [];
    for (let i = 0; i < tiltak.length; i++) {
      const t = tiltak[i];
      const ends = asDate(t?.vedtak?.til);
      const until = asDate(t?.til);
      if (ends !== undefined && until !== undefined && ends < until) hits.push({ path: ['tiltak', i, 'vedtak', 'til'], params: { expired: ends < ctx.today ? 1 : 0 } });
    }
    return hits;
  },
};

export const decisionDateOrder: Rule = {
  code: 'decision-date-order',
  point: 'e',
  severity: ALWAYS_ERROR,
  summary: 'A decision ends (vedtak.til) before it was made (vedtak.dato)',
  check(plan) {
    const hits: Hit[] = [];
    const tiltak = plan.tiltak ?? [];
    for (let i = 0; i < tiltak.length; i++) {
      const v = tiltak[i]?.vedtak;
      const made = asDate(v?.dato);
      const ends = asDate(v?.til);
      if (made !== undefined && ends !== undefined && ends < made) hits.push({ path: ['tiltak', i, 'vedtak', 'til'] });
    }
    return hits;
  },
};

/**
 * A note, not a fault: a goal reached may still need its measure for a while
 * (to keep what was reached), so the tool only points it out, in text output.
 */
export const reachedGoalRunningMeasure: Rule = {
  code: 'reached-goal-running-measure',
  severity: { utkast: 'info', aktiv: 'info', avsluttet: 'off' },
  summary: 'A measure is still running for a goal or sub-goal whose latest assessment is nådd (a note in text output only: is the measure still needed?)',
  check(plan, ctx) {
    const latest = latestAssessments(plan);
    if (latest.size === 0) return [];
    const hits: Hit[] = [];
    const tiltak = plan.tiltak ?? [];
    for (let i = 0; i < tiltak.length; i++) {
      const t = tiltak[i];
      if (t === undefined) continue;
      const fra = asDate(t.fra);
      const til = asDate(t.til);
      const running = (fra === undefined || fra <= ctx.today) && (til === undefined || til >= ctx.today);
      if (!running) continue;
      for (const [id, index] of refs(t.mål)) {
        if (latest.get(id)?.status !== 'nådd') continue;
        hits.push({ path: index === undefined ? ['tiltak', i, 'mål'] : ['tiltak', i, 'mål', index], params: { item: id } });
        break;
      }
    }
    return hits;
  },
};

export const LIFE_RULES: readonly Rule[] = [assessmentNotHeld, assessmentMissing, decisionDateOrder, decisionEndsEarly, reachedGoalRunningMeasure];
