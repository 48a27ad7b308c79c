import type { LegalPoint } from '../plan/legal.js';
import type { PlanStatus, Severity } from '../plan/types.js';
import type { ConsentRenewal } from '../due/types.js';

/**
 * What `ip report` may flag in a plan besides its evaluations. The first four
 * are ip due's points of those kinds; `samtykke_trukket` is a consent
 * withdrawn in an open plan; `to_planer` another open plan for the same
 * person (same fødselsnummer), `mulig_to_planer` one with the same name and
 * birth date.
 */
export const ATTENTION_KINDS = ['samtykke', 'barnekoordinator', 'overgang', 'vedtak', 'samtykke_trukket', 'to_planer', 'mulig_to_planer'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** One thing to see to in one plan, before it is placed in the report. */
export interface AttentionPoint {
  kind: AttentionKind;
  date?: string;
  /** The entry's own id (a measure for `vedtak`, a transition), when it has one. */
  ref?: string;
  /** For `samtykke`: confirm (at 16) or obtain again (at 18). */
  renewal?: ConsentRenewal;
}

/** The coordinator as the plan names them: participant id, their virksomhet, and their name (shown only where names may be). */
export interface CoordinatorRef {
  id: string;
  virksomhet?: string;
  name?: string;
}

/**
 * What the report keeps of one plan while the caseload is read: a few dates
 * and ids, never the person's name or fødselsnummer.
 */
export interface ReportEntry {
  path: string;
  id?: string;
  status?: PlanStatus;
  /** Dates of the evaluation and revision points not yet held (none for a closed plan). */
  evaluations: string[];
  /** Consents, child coordinator, transitions and decisions due up to 90 days ahead (overdue included), and consents withdrawn. */
  attention: AttentionPoint[];
  /** The latest day an evaluation was held. */
  lastHeld?: string;
  coordinator?: CoordinatorRef;
}

/** One plan as the report reads it: what the caseload pipeline gives, its findings across plans included. */
export interface ReportInput {
  path: string;
  diagnostics: ReadonlyArray<{ severity: Severity; code: string; point?: LegalPoint }>;
  kept: ReportEntry;
}

/** One line of the attention list: JSON's `{ plan, path, kind, date? }`, with the entry's id and whether it is past. */
export interface AttentionItem {
  /** The plan's id, or its path where it has none. */
  plan: string;
  path: string;
  kind: AttentionKind;
  date?: string;
  ref?: string;
  renewal?: ConsentRenewal;
  overdue?: boolean;
}

export interface PointRow {
  point: LegalPoint;
  met: number;
  not_met: string[];
}

export interface RuleRow {
  code: string;
  severity: 'error' | 'warning';
  /** How many plans have at least one finding of this code at this severity. */
  plans: number;
}

export interface CoordinatorRow {
  id: string;
  /** null where the coordinator has no virksomhet in the plan. */
  virksomhet: string | null;
  name?: string;
  plans: number;
  overdue: number;
  attention: number;
}

/** One plan as a row of the CSV: the spreadsheet's view of the caseload. */
export interface PlanRow {
  plan: string;
  path: string;
  status?: PlanStatus;
  errors: number;
  warnings: number;
  /** For an aktiv plan: the points a–i it meets and those it does not; empty for other plans. */
  met: LegalPoint[];
  notMet: LegalPoint[];
  /** The first evaluation or revision on or after today. */
  nextEvaluation?: string;
  overdue: number;
  attention: AttentionKind[];
  /** The plan's coordinator; the name only where names may be shown. */
  coordinator?: CoordinatorRef;
}

/** The report: the JSON contract's fields, the rules behind the counts, and the rows of the CSV. */
export interface Report {
  version: 1;
  today: string;
  plans: { total: number; utkast: number; aktiv: number; avsluttet: number; with_errors: number; with_warnings: number; unknown: number };
  rules: RuleRow[];
  points: PointRow[];
  evaluations: { overdue: number; next_30: number; next_90: number; by_month: Array<{ month: string; count: number }>; none_held_12_months: string[] };
  attention: AttentionItem[];
  coordinators: CoordinatorRow[];
  rows: PlanRow[];
}
