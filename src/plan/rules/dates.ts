import { asDate } from '../dates.js';
import type { PathStep } from '../types.js';
import type { PlanView } from '../view.js';
import { ALWAYS_ERROR, type Hit, type Rule } from './types.js';

function period(plan: PlanView): { fra?: string; til?: string } {
  const p = plan.planperiode;
  return { fra: asDate(p?.fra), til: asDate(p?.til) };
}

export const periodOrder: Rule = {
  code: 'period-order',
  point: 'g',
  severity: ALWAYS_ERROR,
  summary: 'planperiode.fra is before planperiode.til',
  check(plan) {
    const { fra, til } = period(plan);
    return fra && til && fra >= til ? [{ path: ['planperiode', 'til'] }] : [];
  },
};

export const measureDateOrder: Rule = {
  code: 'measure-date-order',
  point: 'e',
  severity: ALWAYS_ERROR,
  summary: 'A measure ends (til) before it starts (fra)',
  check(plan) {
    const hits: Hit[] = [];
    const tiltak = plan.tiltak ?? [];
    for (let i = 0; i < tiltak.length; i++) {
      const t = tiltak[i];
      const fra = asDate(t?.fra);
      const til = asDate(t?.til);
      if (fra && til && til < fra) hits.push({ path: ['tiltak', i, 'til'] });
    }
    return hits;
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
  check(plan) {
    const { fra, til } = period(plan);
    const hits: Hit[] = [];
    const tiltak = plan.tiltak ?? [];
    for (let i = 0; i < tiltak.length; i++) {
      const t = tiltak[i];
      if (t === undefined) continue;
      if (outside(asDate(t.fra), fra, til)) hits.push({ path: ['tiltak', i, 'fra'] });
      if (outside(asDate(t.til), fra, til)) hits.push({ path: ['tiltak', i, 'til'] });
    }
    return hits;
  },
};

export const evaluationOutsidePeriod: Rule = {
  code: 'evaluation-outside-period',
  point: 'g',
  severity: { utkast: 'warning', aktiv: 'warning', avsluttet: 'off' },
  summary: 'An evaluation or revision date lies outside the plan period',
  check(plan) {
    const { fra, til } = period(plan);
    const hits: Hit[] = [];
    const evalueringer = plan.evalueringer ?? [];
    for (let i = 0; i < evalueringer.length; i++) {
      if (outside(asDate(evalueringer[i]?.dato), fra, til)) hits.push({ path: ['evalueringer', i, 'dato'] });
    }
    return hits;
  },
};

export const noUpcomingEvaluation: Rule = {
  code: 'no-upcoming-evaluation',
  point: 'g',
  severity: { utkast: 'off', aktiv: 'warning', avsluttet: 'off' },
  summary: 'An active plan has no evaluation point on or after today that is not yet held (--today / IP_TODAY fix today)',
  check(plan, ctx) {
    const evalueringer = plan.evalueringer ?? [];
    let listed = false;
    for (const e of evalueringer) {
      if (e === undefined) continue;
      listed = true;
      if (e.utført === undefined && (asDate(e.dato) ?? '') >= ctx.today) return [];
    }
    // Without any, point g reports the missing list itself.
    return listed ? [{ path: ['evalueringer'] }] : [];
  },
};

/** What a date in the future claims was done. */
type DoneKind = 'held' | 'consent' | 'withdrawn' | 'approved' | 'closed';

export const dateInFuture: Rule = {
  code: 'date-in-future',
  severity: { utkast: 'warning', aktiv: 'warning', avsluttet: 'warning' },
  summary: 'Something recorded as done (utført, consent, godkjent, avsluttet) is dated after today',
  check(plan, ctx) {
    const hits: Hit[] = [];
    // `kind` says what was done, so the message names it rather than speaking of evaluations for every field.
    const later = (value: string | undefined, kind: DoneKind, path: () => PathStep[]) => {
      if ((asDate(value) ?? '') > ctx.today) hits.push({ path: path(), params: { kind } });
    };
    const evalueringer = plan.evalueringer ?? [];
    for (let i = 0; i < evalueringer.length; i++) later(evalueringer[i]?.utført, 'held', () => ['evalueringer', i, 'utført']);
    const samtykke = plan.samtykke;
    later(samtykke?.utarbeidelse?.dato, 'consent', () => ['samtykke', 'utarbeidelse', 'dato']);
    later(samtykke?.utarbeidelse?.trukket, 'withdrawn', () => ['samtykke', 'utarbeidelse', 'trukket']);
    later(samtykke?.taushetsplikt?.dato, 'consent', () => ['samtykke', 'taushetsplikt', 'dato']);
    later(samtykke?.taushetsplikt?.trukket, 'withdrawn', () => ['samtykke', 'taushetsplikt', 'trukket']);
    later(plan.godkjent?.dato, 'approved', () => ['godkjent', 'dato']);
    later(plan.avsluttet?.dato, 'closed', () => ['avsluttet', 'dato']);
    return hits;
  },
};
