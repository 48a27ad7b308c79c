import type { Analyser } from './read-plan.js';
import { PLAN_RULES } from './rules/index.js';
import { checkSchema } from './schema.js';
import type { Finding, PlanStatus } from './types.js';
import { planView } from './view.js';

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
  const analysed: { findings: Finding[]; status?: PlanStatus } = { findings: withoutEchoes(findings) };
  if (status) analysed.status = status;
  return analysed;
};

/**
 * One mistake, one finding: a reference that is not an id at all (a name
 * written for an id) is both of the wrong form and unknown; the unknown
 * reference says what to do, so the form finding at the same place goes.
 */
function withoutEchoes(findings: Finding[]): Finding[] {
  const references = new Set<string>();
  for (const f of findings) if (f.code === 'unknown-reference') references.add(f.path.join('\u0000'));
  if (references.size === 0) return findings;
  return findings.filter((f) => !(f.code === 'invalid-format' && f.params?.format === 'id' && references.has(f.path.join('\u0000'))));
}
