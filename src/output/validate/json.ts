import { findingBasis } from '../../plan/legal.js';
import { safeJson, toJson } from '../json.js';
import { renderDiagnostic } from '../../plan/diagnostics/messages.js';
import { echoKey, formatPath } from '../../plan/diagnostics/field-path.js';
import { reportedDiagnostics, type FileReport, type ValidateReport } from '../../validate/report.js';
import type { ValidateFormatOptions } from './text.js';

/**
 * The JSON shape scripts rely on (a contract): version, files with their
 * diagnostics, summary. `basis`, `hint`, `field` and `item` on a diagnostic,
 * `fixed` on a file (--fix, --fix-dry-run) and `skipped_files` in the summary
 * are added fields.
 */
export function formatJson(report: ValidateReport, ctx: JsonOptions): string {
  return toJson({ version: 1, files: report.files.map((f) => fileEntry(f, ctx)), summary: summaryEntry(report) });
}

/** Files per piece of formatJsonChunks. */
const FILES_PER_CHUNK = 1000;

/**
 * formatJson's text, byte for byte, in pieces of a thousand files, for the
 * command to write as they come: a run over 100,000 plans then never holds
 * every file's entry as objects and the whole report as one string at once.
 * JSON strings hold no raw line break, so indenting a nested value is
 * putting spaces after each of its line breaks.
 */
export function* formatJsonChunks(report: ValidateReport, ctx: JsonOptions): Generator<string> {
  const files = report.files;
  if (files.length === 0) {
    yield formatJson(report, ctx);
    return;
  }
  yield '{\n  "version": 1,\n  "files": [\n';
  for (let start = 0; start < files.length; start += FILES_PER_CHUNK) {
    const end = Math.min(start + FILES_PER_CHUNK, files.length);
    const entries = files.slice(start, end).map((f) => `    ${safeJson(fileEntry(f, ctx)).replaceAll('\n', '\n    ')}`);
    yield `${entries.join(',\n')}${end < files.length ? ',' : ''}\n`;
  }
  yield `  ],\n  "summary": ${safeJson(summaryEntry(report)).replaceAll('\n', '\n  ')}\n}\n`;
}

type JsonOptions = Pick<ValidateFormatOptions, 'lang' | 'names'>;

function fileEntry(f: FileReport, ctx: JsonOptions) {
  return {
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
  };
}

function summaryEntry(report: ValidateReport) {
  return { ...report.summary, skipped_files: report.skipped.map((s) => ({ path: s.path, reason: s.reason })) };
}
