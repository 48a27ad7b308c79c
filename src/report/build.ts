import { addDays, addMonths } from '../due/calendar.js';
import { LEGAL_POINTS, type LegalPoint } from '../plan/legal.js';
import { ATTENTION_KINDS, type AttentionItem, type AttentionKind, type CoordinatorRow, type PlanRow, type PointRow, type Report, type ReportInput, type RuleRow } from './types.js';

/**
 * The caseload at a glance, from what the pipeline kept of each plan and the
 * findings of ip validate's checks on it (those across plans included).
 * Pure: the same plans and today give the same report.
 *
 * - plans: by status; with at least one error, with at least one warning; and per rule (code and severity), how many plans have it.
 * - points: over `aktiv` plans, a point a–i is met when the plan has no error for it (its minimum, as ip validate checks it).
 * - evaluations: the evaluation and revision points not held in open plans: before today (overdue), from today through 30 and
 *   90 days ahead, and from today on in each of the twelve months starting with this one; and the `aktiv` plans with no
 *   evaluation held in the twelve months up to today.
 * - attention: ip due's consent, child-coordinator, transition and decision points up to 90 days ahead (overdue included),
 *   withdrawn consents, and two open plans for one person.
 * - coordinators: per coordinator (participant id within their virksomhet) of open plans: plans, overdue evaluations, plans
 *   with something in the attention list.
 */
export interface ReportOptions {
  today: string;
  /** Coordinators' names may be shown (a terminal, or --names): only then are they in the report at all. */
  names: boolean;
}

const DUPLICATES: Record<string, AttentionKind> = { 'duplicate-person': 'to_planer', 'possible-duplicate-person': 'mulig_to_planer' };
const KIND_ORDER = new Map<string, number>(ATTENTION_KINDS.map((k, i) => [k, i]));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The name a plan goes by in the report: its id, else its path. */
function planName(p: ReportInput): string {
  return p.kept.id ?? p.path;
}

/** The attention list's order: by date (undated first: they are not waiting for a day), then plan, kind, entry. */
function compareAttention(a: AttentionItem, b: AttentionItem): number {
  if (a.date !== b.date) return a.date === undefined ? -1 : b.date === undefined ? 1 : compareText(a.date, b.date);
  return compareText(a.plan, b.plan) || compareText(a.path, b.path) || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || compareText(a.ref ?? '', b.ref ?? '');
}

export function buildReport(input: readonly ReportInput[], options: ReportOptions): Report {
  const { today } = options;
  const in30 = addDays(today, 30);
  const in90 = addDays(today, 90);
  const yearAgo = addMonths(today, -12);
  const months = Array.from({ length: 12 }, (_, i) => addMonths(`${today.slice(0, 7)}-01`, i).slice(0, 7));
  const byMonth = new Map(months.map((m) => [m, 0]));

  const plans = { total: input.length, utkast: 0, aktiv: 0, avsluttet: 0, with_errors: 0, with_warnings: 0, unknown: 0 };
  const rules = new Map<string, RuleRow>();
  const notMet = new Map<LegalPoint, string[]>(LEGAL_POINTS.map((p) => [p, []]));
  const evaluations = { overdue: 0, next_30: 0, next_90: 0, none_held_12_months: [] as string[] };
  const attention: AttentionItem[] = [];
  const coordinators = new Map<string, CoordinatorRow>();
  const rows: PlanRow[] = [];

  for (const p of input) {
    const { kept } = p;
    const status = kept.status;
    if (status === 'utkast' || status === 'aktiv' || status === 'avsluttet') plans[status]++;
    else plans.unknown++;
    const open = status !== 'avsluttet';
    const name = planName(p);

    // Findings: counts per plan, per rule, and the points an aktiv plan misses.
    let errors = 0;
    let warnings = 0;
    const seen = new Set<string>();
    const missed = new Set<LegalPoint>();
    const duplicates = new Set<AttentionKind>();
    for (const d of p.diagnostics) {
      if (d.severity === 'info') continue;
      if (d.severity === 'error') errors++;
      else warnings++;
      if (d.severity === 'error' && d.point) missed.add(d.point);
      const dup = DUPLICATES[d.code];
      if (dup && open) duplicates.add(dup);
      const key = `${d.code}\u0000${d.severity}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const rule = rules.get(key);
      if (rule) rule.plans++;
      else rules.set(key, { code: d.code, severity: d.severity, plans: 1 });
    }
    if (errors > 0) plans.with_errors++;
    if (warnings > 0) plans.with_warnings++;
    const met: LegalPoint[] = [];
    const notMetHere: LegalPoint[] = [];
    if (status === 'aktiv') {
      for (const point of LEGAL_POINTS) {
        if (missed.has(point)) {
          notMet.get(point)!.push(name);
          notMetHere.push(point);
        } else met.push(point);
      }
      if (kept.lastHeld === undefined || kept.lastHeld < yearAgo) evaluations.none_held_12_months.push(name);
    }

    // Evaluations not held.
    let overdue = 0;
    let next: string | undefined;
    for (const date of kept.evaluations) {
      if (date < today) {
        overdue++;
        continue;
      }
      if (next === undefined || date < next) next = date;
      if (date <= in30) evaluations.next_30++;
      if (date <= in90) evaluations.next_90++;
      const month = date.slice(0, 7);
      const count = byMonth.get(month);
      if (count !== undefined) byMonth.set(month, count + 1);
    }
    evaluations.overdue += overdue;

    // What needs attention.
    const kinds = new Set<AttentionKind>();
    const add = (item: Omit<AttentionItem, 'plan' | 'path'>) => {
      const full: AttentionItem = { plan: name, path: p.path, ...item };
      // A withdrawn consent is dated when it happened: past, but not late.
      if (full.date !== undefined && full.date < today && item.kind !== 'samtykke_trukket') full.overdue = true;
      attention.push(full);
      kinds.add(item.kind);
    };
    for (const a of kept.attention) add(a);
    for (const kind of duplicates) add({ kind });

    const row: PlanRow = { plan: name, path: p.path, errors, warnings, met, notMet: notMetHere, overdue, attention: ATTENTION_KINDS.filter((k) => kinds.has(k)) };
    if (status) row.status = status;
    if (next !== undefined) row.nextEvaluation = next;
    const c = kept.coordinator;
    if (c) row.coordinator = options.names || c.name === undefined ? c : { id: c.id, ...(c.virksomhet !== undefined ? { virksomhet: c.virksomhet } : {}) };
    rows.push(row);

    // The coordinator's load: open plans only.
    if (open && c) {
      const key = `${c.virksomhet ?? ''}\u0000${c.id}`;
      let load = coordinators.get(key);
      if (!load) {
        load = { id: c.id, virksomhet: c.virksomhet ?? null, plans: 0, overdue: 0, attention: 0 };
        if (options.names && c.name !== undefined) load.name = c.name;
        coordinators.set(key, load);
      }
      load.plans++;
      load.overdue += overdue;
      if (kinds.size > 0) load.attention++;
    }
  }

  const points: PointRow[] = LEGAL_POINTS.map((point) => {
    const missing = notMet.get(point)!.sort(compareText);
    return { point, met: plans.aktiv - missing.length, not_met: missing };
  });
  return {
    version: 1,
    today,
    plans,
    rules: [...rules.values()].sort((a, b) => b.plans - a.plans || compareText(a.code, b.code) || compareText(a.severity, b.severity)),
    points,
    evaluations: {
      overdue: evaluations.overdue,
      next_30: evaluations.next_30,
      next_90: evaluations.next_90,
      by_month: months.map((month) => ({ month, count: byMonth.get(month)! })),
      none_held_12_months: evaluations.none_held_12_months.sort(compareText),
    },
    attention: attention.sort(compareAttention),
    coordinators: [...coordinators.values()].sort((a, b) => compareText(a.virksomhet ?? '', b.virksomhet ?? '') || compareText(a.id, b.id)),
    rows,
  };
}
