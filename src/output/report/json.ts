import { toJson } from '../json.js';
import type { Report } from '../../report/types.js';

/**
 * The report as JSON: the contract's shape (DESIGN.md, "report JSON"), with
 * two added fields: `plans.unknown` (files whose status could not be read) and
 * `rules` (per code and severity, how many plans have it). The per-plan rows
 * are the CSV's.
 */
export function formatJson(report: Report): string {
  const { rows: _rows, ...contract } = report;
  return toJson(contract);
}
