import type { Diagnostic } from '../plan/types.js';

/** The outcome of a validate run, before it is formatted. */
export interface FileReport {
  path: string;
  valid: boolean;
  diagnostics: Diagnostic[];
}

export interface ValidateReport {
  files: FileReport[];
  summary: { files: number; skipped: number; errors: number; warnings: number };
}

export function summarize(files: FileReport[], skipped: number): ValidateReport {
  let errors = 0;
  let warnings = 0;
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (d.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { files, summary: { files: files.length, skipped, errors, warnings } };
}
