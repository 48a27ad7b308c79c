import type { Lang } from '../lang.js';
import { renderDiagnostic } from '../messages.js';
import { formatPath } from '../path.js';
import type { ValidateReport } from '../../validate/report.js';

/**
 * The JSON shape scripts rely on (a contract): version, files with their
 * diagnostics, summary. `hint` and `field` are added, optional fields.
 */
export function formatJson(report: ValidateReport, ctx: { lang: Lang }): string {
  const out = {
    version: 1,
    files: report.files.map((f) => ({
      path: f.path,
      valid: f.valid,
      diagnostics: f.diagnostics.map((d) => {
        const { message, hint } = renderDiagnostic(d, ctx.lang);
        return {
          severity: d.severity,
          code: d.code,
          message,
          line: d.line,
          column: d.column,
          ...(d.point ? { point: d.point } : {}),
          ...(d.related ? { related: d.related } : {}),
          ...(d.path.length > 0 ? { field: formatPath(d.path) } : {}),
          hint,
        };
      }),
    })),
    summary: report.summary,
  };
  return JSON.stringify(out, null, 2) + '\n';
}
