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
      else warnings++;
    }
  }
  return { files, skipped, summary: { files: files.length, skipped: skipped.length, errors, warnings } };
}
