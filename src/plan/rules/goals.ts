import { items, refIds, text } from '../access.js';
import type { PlanData } from '../types.js';
import type { Hit, Rule } from './types.js';

export const goalWithoutMeasure: Rule = {
  code: 'goal-without-measure',
  point: 'a',
  severity: { utkast: 'off', aktiv: 'warning', avsluttet: 'off' },
  summary: 'A goal that no measure serves (goals steer measures)',
  check(plan: PlanData) {
    const goals = items(plan.mål);
    if (goals.length === 0) return [];
    const served = new Set<string>();
    for (const [t] of items(plan.tiltak)) {
      for (const id of refIds(t.mål)) served.add(id);
    }
    const hits: Hit[] = [];
    for (const [g, i] of goals) {
      const id = text(g.id);
      if (id !== undefined && !served.has(id)) hits.push({ path: ['mål', i] });
    }
    return hits;
  },
};
