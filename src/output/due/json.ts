import { formatDuration } from '../../due/duration.js';
import { toJson } from '../json.js';
import type { DueFormatOptions, DueReport } from './report.js';

/**
 * The brief's shape: `{ version: 1, today, items: [{ path, plan, date, kind,
 * overdue, concerns, coordinator? }] }`. Added, optional: `until` and
 * `within` (the window), per item `key` (stable within the plan), `days`
 * (from today), `consents` (for samtykke) and, where names may be shown,
 * `name` and `coordinator`; `incomplete` lists plans not read fully, and
 * `plans` counts the plans read.
 * `plan` is null for a plan without an id.
 */
export function formatJson(report: DueReport, options: DueFormatOptions): string {
  const items = report.items.map((item) => {
    // Raw values: toJson escapes what needs escaping, and scripts want them whole.
    const coordinator = options.names ? (item.coordinator?.name ?? item.coordinator?.email) : undefined;
    // Field by field, in the order shown (no spreads: a caseload has tens of thousands of items).
    const out: Record<string, unknown> = { path: item.path, plan: item.plan ?? null, date: item.date, kind: item.kind, overdue: item.overdue, concerns: item.concerns };
    if (coordinator !== undefined) out.coordinator = coordinator;
    out.key = item.key;
    out.days = item.days;
    if (item.consents) out.consents = item.consents;
    if (options.names && item.name !== undefined) out.name = item.name;
    return out;
  });
  const out = { version: 1, today: report.today, until: report.until, within: formatDuration(report.within), items, incomplete: report.incomplete, plans: report.plans };
  return toJson(out);
}
