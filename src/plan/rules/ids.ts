import type { PlanView } from '../view.js';
import { nonEmpty } from '../view.js';
import { ALWAYS_ERROR, type Hit, type Rule } from './types.js';

/** The lists whose items carry ids. */
type IdList = 'deltakere' | 'mål' | 'tiltak' | 'evalueringer' | 'overganger';

/** Ids that must be unique together: goals and measures share one namespace, since `gjelder` may name either. */
const NAMESPACES: ReadonlyArray<{ lists: readonly IdList[]; scope: string }> = [
  { lists: ['deltakere'], scope: 'deltakere' },
  { lists: ['mål', 'tiltak'], scope: 'mål/tiltak' },
  { lists: ['evalueringer'], scope: 'evalueringer' },
  { lists: ['overganger'], scope: 'overganger' },
];

export const duplicateId: Rule = {
  code: 'duplicate-id',
  severity: ALWAYS_ERROR,
  summary: 'Two participants, or two goals/measures, evaluations or transitions, share an id',
  check(plan: PlanView) {
    const hits: Hit[] = [];
    for (const { lists, scope } of NAMESPACES) {
      const seen = new Set<string>();
      for (const list of lists) {
        const items = plan[list] ?? [];
        for (let i = 0; i < items.length; i++) {
          const id = nonEmpty(items[i]?.id);
          if (id === undefined) continue;
          if (seen.has(id)) hits.push({ path: [list, i, 'id'], params: { scope } });
          seen.add(id);
        }
      }
    }
    return hits;
  },
};
