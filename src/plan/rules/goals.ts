import { items, refs, text } from '../access.js';
import type { PlanData } from '../types.js';
import type { Rule } from './types.js';

export const goalWithoutMeasure: Rule = {
  code: 'goal-without-measure',
  point: 'a',
  severity: { utkast: 'off', aktiv: 'warning', avsluttet: 'off' },
  summary: 'A goal that no measure serves (goals steer measures)',
  check(plan: PlanData) {
    const served = new Set(items(plan.tiltak).flatMap(([t]) => refs(t.mål).map(([id]) => id)));
    return items(plan.mål)
      .filter(([g]) => {
        const id = text(g.id);
        return id !== undefined && !served.has(id);
      })
      .map(([, i]) => ({ path: ['mål', i] }));
  },
};
