import type { PathStep } from '../types.js';
import type { PlanView } from '../view.js';
import { nonEmpty } from '../view.js';
import { ALWAYS_ERROR, type Hit, type Rule } from './types.js';

/** The lists whose items carry ids. */
type IdList = 'deltakere' | 'mål' | 'tiltak' | 'evalueringer' | 'overganger';

/** Ids that must be unique together: goals, their sub-goals and measures share one namespace, since `gjelder` may name any of them. */
const NAMESPACES: ReadonlyArray<{ lists: readonly IdList[]; scope: string }> = [
  { lists: ['deltakere'], scope: 'deltakere' },
  { lists: ['mål', 'tiltak'], scope: 'mål/tiltak' },
  { lists: ['evalueringer'], scope: 'evalueringer' },
  { lists: ['overganger'], scope: 'overganger' },
];

export const duplicateId: Rule = {
  code: 'duplicate-id',
  severity: ALWAYS_ERROR,
  summary: 'Two participants, two goals/sub-goals/measures, evaluations or transitions, or two assessments in one evaluation, share an id',
  check(plan: PlanView) {
    const hits: Hit[] = [];
    const goals = plan.mål ?? [];
    for (const { lists, scope } of NAMESPACES) {
      const seen = new Set<string>();
      const see = (id: string | undefined, path: () => PathStep[]) => {
        if (id === undefined) return;
        if (seen.has(id)) hits.push({ path: path(), params: { scope } });
        seen.add(id);
      };
      for (const list of lists) {
        const items = plan[list] ?? [];
        for (let i = 0; i < items.length; i++) {
          const item = items[i];
          see(nonEmpty(item?.id), () => [list, i, 'id']);
          // Sub-goals follow their goal, so a clash names the later one in reading order.
          if (list === 'mål') {
            const delmål = goals[i]?.delmål ?? [];
            for (let j = 0; j < delmål.length; j++) see(nonEmpty(delmål[j]?.id), () => ['mål', i, 'delmål', j, 'id']);
          }
        }
      }
    }
    // An evaluation assesses each goal once: ip diff and the page follow a goal's course by these.
    const evalueringer = plan.evalueringer ?? [];
    for (let i = 0; i < evalueringer.length; i++) {
      const vurderinger = evalueringer[i]?.vurderinger ?? [];
      const seen = new Set<string>();
      for (let j = 0; j < vurderinger.length; j++) {
        const id = nonEmpty(vurderinger[j]?.gjelder);
        if (id === undefined) continue;
        if (seen.has(id)) hits.push({ path: ['evalueringer', i, 'vurderinger', j, 'gjelder'], params: { scope: 'vurderinger' } });
        seen.add(id);
      }
    }
    return hits;
  },
};
