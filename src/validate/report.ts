import type { SkippedFile } from '../caseload.js';
import type { FixRecord } from '../fix/index.js';
import type { Diagnostic } from '../plan/types.js';

/** The outcome of a validate run, before it is formatted. */
export interface FileReport {
  path: string;
  valid: boolean;
  diagnostics: Diagnostic[];
  /** With --fix or --fix-dry-run: the fixes made (or that would be), at their positions before fixing. */
  fixed?: FixRecord[];
  /** With --fix: the file had fixes, but writing them was refused or failed (said on standard error); it is checked as it is. */
  notFixed?: boolean;
}

export interface ValidateReport {
  files: FileReport[];
  /** Markdown files that are not plans, with the reason. */
  skipped: SkippedFile[];
  summary: { files: number; skipped: number; errors: number; warnings: number };
  /** For text output over a caseload: plans with errors, plans with warnings only, findings per code (errors and warnings). */
  tally: { withErrors: number; warningsOnly: number; codes: Map<string, number> };
}

export function summarize(files: FileReport[], skipped: SkippedFile[]): ValidateReport {
  let errors = 0;
  let warnings = 0;
  const tally = { withErrors: 0, warningsOnly: 0, codes: new Map<string, number>() };
  for (const f of files) {
    let fileErrors = 0;
    let fileWarnings = 0;
    for (const d of f.diagnostics) {
      if (d.severity === 'info') continue;
      if (d.severity === 'error') fileErrors++;
      else fileWarnings++;
      tally.codes.set(d.code, (tally.codes.get(d.code) ?? 0) + 1);
    }
    errors += fileErrors;
    warnings += fileWarnings;
    if (fileErrors > 0) tally.withErrors++;
    else if (fileWarnings > 0) tally.warningsOnly++;
  }
  return { files, skipped, summary: { files: files.length, skipped: skipped.length, errors, warnings }, tally };
}

/** What JSON and annotations carry: errors and warnings, the contract's two severities. Notes (`info`) are for text output only. */
export function reportedDiagnostics<D extends { severity: string }>(diagnostics: readonly D[]): D[] {
  return diagnostics.filter((d) => d.severity !== 'info');
}

/** The report as --quiet shows it: every file, only its errors listed; the summary still counts every finding. */
export function errorsOnly(report: ValidateReport): ValidateReport {
  return { ...report, files: report.files.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') })) };
}
