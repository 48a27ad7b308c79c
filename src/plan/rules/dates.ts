import { items, obj } from '../access.js';
import { asDate } from '../dates.js';
import type { PathStep, PlanData } from '../types.js';
import { ALWAYS_ERROR, type Hit, type Rule, type RuleContext } from './types.js';

function period(plan: PlanData): { fra?: string; til?: string } {
  const p = obj(plan.planperiode);
  return { fra: asDate(p?.fra), til: asDate(p?.til) };
}

export const periodOrder: Rule = {
  code: 'period-order',
  point: 'g',
  severity: ALWAYS_ERROR,
  summary: 'planperiode.fra is before planperiode.til',
  check(plan: PlanData) {
    const { fra, til } = period(plan);
    return fra && til && fra >= til ? [{ path: ['planperiode', 'til'] }] : [];
  },
};

export const measureDateOrder: Rule = {
  code: 'measure-date-order',
  point: 'e',
  severity: ALWAYS_ERROR,
  summary: 'A measure ends (til) before it starts (fra)',
  check(plan: PlanData) {
    return items(plan.tiltak).flatMap(([t, i]) => {
      const fra = asDate(t.fra);
      const til = asDate(t.til);
      return fra && til && til < fra ? [{ path: ['tiltak', i, 'til'] }] : [];
    });
  },
};

function outside(date: string | undefined, fra: string | undefined, til: string | undefined): boolean {
  return date !== undefined && ((fra !== undefined && date < fra) || (til !== undefined && date > til));
}

export const measureOutsidePeriod: Rule = {
  code: 'measure-outside-period',
  point: 'g',
  severity: { utkast: 'warning', aktiv: 'warning', avsluttet: 'off' },
  summary: 'A measure starts or ends outside the plan period',
  check(plan: PlanData) {
    const { fra, til } = period(plan);
    const hits: Hit[] = [];
    for (const [t, i] of items(plan.tiltak)) {
      for (const key of ['fra', 'til'] as const) {
        if (outside(asDate(t[key]), fra, til)) hits.push({ path: ['tiltak', i, key] });
      }
    }
    return hits;
  },
};

export const evaluationOutsidePeriod: Rule = {
  code: 'evaluation-outside-period',
  point: 'g',
  severity: { utkast: 'warning', aktiv: 'warning', avsluttet: 'off' },
  summary: 'An evaluation or revision date lies outside the plan period',
  check(plan: PlanData) {
    const { fra, til } = period(plan);
    return items(plan.evalueringer)
      .filter(([e]) => outside(asDate(e.dato), fra, til))
      .map(([, i]) => ({ path: ['evalueringer', i, 'dato'] }));
  },
};

export const noUpcomingEvaluation: Rule = {
  code: 'no-upcoming-evaluation',
  point: 'g',
  severity: { utkast: 'off', aktiv: 'warning', avsluttet: 'off' },
  summary: 'An active plan has no evaluation point on or after today that is not yet held (--today / IP_TODAY fix today)',
  check(plan: PlanData, ctx: RuleContext) {
    const list = items(plan.evalueringer);
    if (list.length === 0) return []; // point g reports the missing list itself
    const open = list.some(([e]) => e.utført === undefined && (asDate(e.dato) ?? '') >= ctx.today);
    return open ? [] : [{ path: ['evalueringer'] }];
  },
};

export const dateInFuture: Rule = {
  code: 'date-in-future',
  severity: { utkast: 'warning', aktiv: 'warning', avsluttet: 'warning' },
  summary: 'Something recorded as done (utført, consent, godkjent, avsluttet) is dated after today',
  check(plan: PlanData, ctx: RuleContext) {
    const candidates: Array<[unknown, PathStep[]]> = [];
    for (const [e, i] of items(plan.evalueringer)) candidates.push([e.utført, ['evalueringer', i, 'utført']]);
    const samtykke = obj(plan.samtykke);
    for (const kind of ['utarbeidelse', 'taushetsplikt']) {
      const c = obj(samtykke?.[kind]);
      candidates.push([c?.dato, ['samtykke', kind, 'dato']], [c?.trukket, ['samtykke', kind, 'trukket']]);
    }
    candidates.push([obj(plan.godkjent)?.dato, ['godkjent', 'dato']], [obj(plan.avsluttet)?.dato, ['avsluttet', 'dato']]);
    return candidates.filter(([v]) => (asDate(v) ?? '') > ctx.today).map(([, path]) => ({ path }));
  },
};
