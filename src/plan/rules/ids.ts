import { items, text } from '../access.js';
import type { PlanData } from '../types.js';
import { ALWAYS_ERROR, type Hit, type Rule } from './types.js';

/** Ids that must be unique together: goals and measures share one namespace, since `gjelder` may name either. */
const NAMESPACES: Array<{ lists: string[]; scope: string }> = [
  { lists: ['deltakere'], scope: 'deltakere' },
  { lists: ['mål', 'tiltak'], scope: 'mål/tiltak' },
  { lists: ['evalueringer'], scope: 'evalueringer' },
  { lists: ['overganger'], scope: 'overganger' },
];

export const duplicateId: Rule = {
  code: 'duplicate-id',
  severity: ALWAYS_ERROR,
  summary: 'Two participants, or two goals/measures, evaluations or transitions, share an id',
  check(plan: PlanData) {
    const hits: Hit[] = [];
    for (const { lists, scope } of NAMESPACES) {
      const seen = new Set<string>();
      for (const list of lists) {
        for (const [item, i] of items(plan[list])) {
          const id = text(item.id);
          if (id === undefined) continue;
          if (seen.has(id)) hits.push({ path: [list, i, 'id'], params: { scope } });
          seen.add(id);
        }
      }
    }
    return hits;
  },
};
