import { refIds } from '../access.js';
import { nonEmpty } from '../view.js';
import type { Hit, Rule } from './types.js';

export const goalWithoutMeasure: Rule = {
  code: 'goal-without-measure',
  point: 'a',
  severity: { utkast: 'off', aktiv: 'warning', avsluttet: 'off' },
  summary: 'A goal that no measure serves, directly or through one of its sub-goals (goals steer measures)',
  check(plan) {
    const goals = plan.mål ?? [];
    if (!goals.some((g) => g !== undefined)) return [];
    const served = new Set<string>();
    for (const t of plan.tiltak ?? []) {
      if (t !== undefined) for (const id of refIds(t.mål)) served.add(id);
    }
    const hits: Hit[] = [];
    for (let i = 0; i < goals.length; i++) {
      const goal = goals[i];
      const id = nonEmpty(goal?.id);
      if (id === undefined || served.has(id)) continue;
      if ((goal?.delmål ?? []).some((d) => { const sub = nonEmpty(d?.id); return sub !== undefined && served.has(sub); })) continue;
      hits.push({ path: ['mål', i] });
    }
    return hits;
  },
};
