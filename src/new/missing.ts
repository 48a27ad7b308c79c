import { LEGAL_POINTS, type LegalPoint } from '../plan/legal.js';
import type { Diagnostic } from '../plan/types.js';

/**
 * Which points a–i a new draft still lacks before it can be `aktiv`, read from
 * the checker's "point-missing" warnings (the checker, not this module, knows
 * what each point needs). Point f lives inside the measures, so when there are
 * no measures at all, f is missing with e.
 */
export function missingPoints(diagnostics: readonly Diagnostic[]): LegalPoint[] {
  const found = new Set<LegalPoint>();
  for (const d of diagnostics) {
    if (d.code !== 'point-missing' || !d.point) continue;
    found.add(d.point);
    if (d.point === 'e' && d.path.length === 1 && d.path[0] === 'tiltak') found.add('f');
  }
  return LEGAL_POINTS.filter((p) => found.has(p));
}

/**
 * Warnings worth showing beside the missing points. A goal without a measure
 * is left out: a new plan has no measures yet, which point e already says.
 */
export function otherWarnings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'warning' && d.code !== 'point-missing' && d.code !== 'goal-without-measure');
}
