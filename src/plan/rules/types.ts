import type { Code } from '../diagnostics/code.js';
import type { LegalPoint } from '../legal.js';
import type { PathStep, PlanStatus, Severity } from '../types.js';
import type { PlanView } from '../view.js';

export type Level = Severity | 'off';

export interface RuleContext {
  /** Today, `YYYY-MM-DD`, for the rules that look ahead. */
  today: string;
}

export interface Hit {
  path: PathStep[];
  atKey?: boolean;
  /** Overrides the rule's point where one rule serves several (references). */
  point?: LegalPoint;
  params?: Record<string, string | number>;
}

/** A check beyond the schema: small, named, with a stable code and a severity per status. */
export interface Rule {
  code: Code;
  point?: LegalPoint;
  severity: Record<PlanStatus, Level>;
  /** One line for the English table of rules (docs/reference/diagnostics.md). */
  summary: string;
  /** Reads the plan's lenient view (view.ts), built once for all rules. */
  check(plan: PlanView, ctx: RuleContext): Hit[];
}

export const ALWAYS_ERROR: Record<PlanStatus, Level> = { utkast: 'error', aktiv: 'error', avsluttet: 'error' };
export const ALWAYS_WARNING: Record<PlanStatus, Level> = { utkast: 'warning', aktiv: 'warning', avsluttet: 'warning' };
