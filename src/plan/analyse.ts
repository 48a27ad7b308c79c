import type { Analyser } from './read-plan.js';
import { PLAN_RULES } from './rules/index.js';
import { checkSchema } from './schema.js';
import type { Finding, PlanStatus } from './types.js';
import { planView, type PlanView } from './view.js';

/** The schema and every rule over parsed data: findings without positions. Pure. */
export const analyse: Analyser = (data, options) => {
  // The schema reads the data as written; the rules read its lenient view, built once for all of them.
  const view = planView(data);
  const status = view.status;
  const findings = checkSchema(data, status);
  // An unknown or missing status is reported by the schema; rules then apply their draft severity.
  const level = status ?? 'utkast';
  for (const rule of PLAN_RULES) {
    const severity = rule.severity[level];
    if (severity === 'off') continue;
    for (const hit of rule.check(view, options)) {
      // Built field by field (no spreads): this runs for every finding of every plan.
      const finding: Finding = { severity, code: rule.code, path: hit.path };
      if (hit.atKey) finding.atKey = true;
      const point = hit.point ?? rule.point;
      if (point) finding.point = point;
      if (hit.params) finding.params = hit.params;
      findings.push(finding);
    }
  }
  const analysed: { findings: Finding[]; status?: PlanStatus; view: PlanView } = { findings: oneFindingPerMistake(findings, view), view };
  if (status) analysed.status = status;
  return analysed;
};

/**
 * One mistake, one finding:
 * - a reference that is not an id at all (a name written for an id) is both
 *   of the wrong form and unknown; the unknown reference says what to do;
 * - a misspelt key (`omfan:`) leaves the key it meant missing: the missing
 *   field is reported once, and its hint names the misspelt key;
 * - a plan period that ends before it starts puts every date outside it;
 * - a decision dated after it ends also "ends before the measure";
 * - a role misspelt for tjenesteyter (`Tjenesteyter`, `tjenesteytar`) is
 *   named on its participant with the role to write; point b's "no service
 *   provider", and "the coordinator is not a service provider" for that
 *   participant, would say it again, and go away with the fix.
 */
function oneFindingPerMistake(findings: Finding[], view: PlanView): Finding[] {
  const key = (path: readonly (string | number)[]) => path.join('\u0000');
  const references = new Set<string>();
  const misspelt = new Map<string, Finding>();
  let periodOrder = false;
  const decisionOrder = new Set<string>();
  let providerMisspelt = false;
  const meantAsProvider = new Set<string>();
  for (const f of findings) {
    if (f.code === 'invalid-value' && f.path[0] === 'deltakere' && f.path[2] === 'rolle' && f.params?.suggestion === 'tjenesteyter' && typeof f.path[1] === 'number') {
      providerMisspelt = true;
      const id = view.deltakere?.[f.path[1]]?.id;
      if (id) meantAsProvider.add(id);
    }
    if (f.code === 'unknown-reference') references.add(key(f.path));
    if (f.code === 'unknown-key' && typeof f.params?.suggestion === 'string' && !f.params.move) misspelt.set(key([...f.path.slice(0, -1), f.params.suggestion]), f);
    if (f.code === 'period-order') periodOrder = true;
    if (f.code === 'decision-date-order') decisionOrder.add(key(f.path));
  }
  const merged = new Set<Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.code === 'invalid-format' && f.params?.format === 'id' && references.has(key(f.path))) continue;
    if (f.code === 'wrong-type' && f.params?.expected === 'id-or-ids' && f.params.actual === 'string' && references.has(key(f.path))) continue;
    if (periodOrder && (f.code === 'measure-outside-period' || f.code === 'evaluation-outside-period')) continue;
    if (f.code === 'decision-ends-early' && decisionOrder.has(key(f.path))) continue;
    if (providerMisspelt && f.code === 'point-missing' && f.point === 'b' && key(f.path) === 'deltakere') continue;
    if (f.code === 'coordinator-role' && meantAsProvider.has(coordinatorAt(view, f.path) ?? '')) continue;
    const typo = (f.code === 'point-missing' || f.code === 'required') && misspelt.get(key(f.path));
    if (typo) {
      // Reported once, naming the misspelt key in the hint; its unknown-key warning goes.
      merged.add(typo);
      out.push({ ...f, params: { ...f.params, misspelt: String(typo.path[typo.path.length - 1]) } });
      continue;
    }
    out.push(f);
  }
  return merged.size === 0 ? out : out.filter((f) => !merged.has(f));
}

/** The participant id a coordinator-role finding is about: `koordinator`, or a transition's `ny_koordinator`. */
function coordinatorAt(view: PlanView, path: readonly (string | number)[]): string | undefined {
  if (path[0] === 'koordinator') return view.koordinator;
  return typeof path[1] === 'number' ? view.overganger?.[path[1]]?.ny_koordinator : undefined;
}
