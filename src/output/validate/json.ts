import { findingBasis } from '../../plan/legal.js';
import { toJson } from '../json.js';
import { renderDiagnostic } from '../../plan/diagnostics/messages.js';
import { echoKey, formatPath } from '../../plan/diagnostics/field-path.js';
import { reportedDiagnostics, type ValidateReport } from '../../validate/report.js';
import type { ValidateFormatOptions } from './text.js';

/**
 * The JSON shape scripts rely on (a contract): version, files with their
 * diagnostics, summary. `basis`, `hint`, `field` and `item` on a diagnostic,
 * `fixed` on a file (--fix, --fix-dry-run) and `skipped_files` in the summary
 * are added fields.
 */
export function formatJson(report: ValidateReport, ctx: Pick<ValidateFormatOptions, 'lang' | 'names'>): string {
  const out = {
    version: 1,
    files: report.files.map((f) => ({
      path: f.path,
      valid: f.valid,
      diagnostics: reportedDiagnostics(f.diagnostics).map((d) => {
        const { message, hint } = renderDiagnostic(d, ctx.lang, { names: ctx.names === true });
        const basis = findingBasis(d);
        return {
          severity: d.severity,
          code: d.code,
          message,
          line: d.line,
          column: d.column,
          ...(d.point ? { point: d.point } : {}),
          ...(basis ? { basis } : {}),
          ...(d.related ? { related: d.related } : {}),
          ...(d.path.length > 0 ? { field: formatPath(d.path, ctx.lang) } : {}),
          // An id comes from the plan: echoed as keys are (no control characters, no run of digits).
          ...(d.item !== undefined ? { item: typeof d.item === 'string' ? echoKey(d.item, ctx.lang) : d.item } : {}),
          hint,
        };
      }),
      // With --fix or --fix-dry-run: codes and positions (before fixing), never the values mended.
      ...(f.fixed ? { fixed: f.fixed.map(({ code, line, column }) => ({ code, line, column })) } : {}),
    })),
    summary: { ...report.summary, skipped_files: report.skipped.map((s) => ({ path: s.path, reason: s.reason })) },
  };
  return toJson(out);
}
