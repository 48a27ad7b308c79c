import type { SkippedFile } from '../caseload.js';
import type { Diagnostic } from '../plan/types.js';

/** The outcome of a validate run, before it is formatted. */
export interface FileReport {
  path: string;
  valid: boolean;
  diagnostics: Diagnostic[];
}

export interface ValidateReport {
  files: FileReport[];
  /** Markdown files that are not plans, with the reason. */
  skipped: SkippedFile[];
  summary: { files: number; skipped: number; errors: number; warnings: number };
}

export function summarize(files: FileReport[], skipped: SkippedFile[]): ValidateReport {
  let errors = 0;
  let warnings = 0;
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
  }
  return { files, skipped, summary: { files: files.length, skipped: skipped.length, errors, warnings } };
}

/** What JSON and annotations carry: errors and warnings, the contract's two severities. Notes (`info`) are for text output only. */
export function reportedDiagnostics<D extends { severity: string }>(diagnostics: readonly D[]): D[] {
  return diagnostics.filter((d) => d.severity !== 'info');
}

/** The report as --quiet shows it: every file, only its errors listed; the summary still counts every finding. */
export function errorsOnly(report: ValidateReport): ValidateReport {
  return { ...report, files: report.files.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') })) };
}
