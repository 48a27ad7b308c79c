import { stringify } from 'csv-stringify/sync';
import type { PlanRow, Report } from '../../report/types.js';
import { REPORT_TEXT } from './messages.js';
import type { ReportFormatOptions } from './options.js';

/**
 * A cell a spreadsheet would read as a formula (=, +, -, @) or whose leading
 * tab or carriage return it may strip to find one, is prefixed with an
 * apostrophe, as OWASP's advice on CSV injection says. Control characters
 * other than those are removed: a cell is text from a plan.
 */
export function safeCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** The coordinator's participant id, with their name where names may be shown. */
function coordinator(row: PlanRow): string {
  const c = row.coordinator;
  if (!c) return '';
  return c.name !== undefined ? `${c.id} (${c.name})` : c.id;
}

/**
 * One row per plan (RFC 4180, via csv-stringify): its id, path, status,
 * errors and warnings, the points a–i an aktiv plan meets and misses, its
 * next evaluation, its overdue evaluations, what needs attention, and its
 * coordinator (participant id and virksomhet; the name only where allowed). With
 * --excel: a BOM and `;`, as spreadsheets in Norwegian locales expect.
 */
export function formatCsv(report: Report, options: ReportFormatOptions): string {
  const h = REPORT_TEXT[options.lang].csv;
  const head = [h.plan, h.path, h.status, h.errors, h.warnings, h.met, h.notMet, h.nextEvaluation, h.overdue, h.attention, h.coordinator, h.virksomhet];
  const rows = report.rows.map((r) => [r.plan, r.path, r.status ?? '', r.errors, r.warnings, r.met.join(' '), r.notMet.join(' '), r.nextEvaluation ?? '', r.overdue, r.attention.join(' '), coordinator(r), r.coordinator?.virksomhet ?? ''].map((v) => safeCell(String(v))));
  const text = stringify([head, ...rows], { delimiter: options.excel ? ';' : ',', record_delimiter: 'windows' });
  return options.excel ? `\uFEFF${text}` : text;
}
