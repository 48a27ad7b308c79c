import { skippedLines } from '../caseload.js';
import { FIX_DESCRIPTIONS } from './fixes.js';
import { renderDiagnostic } from '../../plan/diagnostics/messages.js';
import type { Lang } from '../lang.js';
import { shownPath } from '../path.js';
import { reportedDiagnostics, type ValidateReport } from '../../validate/report.js';
import { summaryLine, type ValidateFormatOptions } from './text.js';

/** Workflow-command escaping: a message must not end the command or start a new one. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const SEE_ALSO: Record<Lang, string> = { nb: 'se også', en: 'see also' };

/** GitHub Actions annotations, one per diagnostic, then the summary as a plain line. */
export function formatGithub(report: ValidateReport, ctx: ValidateFormatOptions): string {
  const lines: string[] = [];
  for (const file of report.files) {
    // Fixes as notices: the code and the place, what the fix does in words.
    for (const fix of file.fixed ?? []) {
      const props = [`file=${escapeProperty(shownPath(file.path))}`, `line=${fix.line}`, `col=${fix.column}`, `title=${escapeProperty(`ip ${fix.code}`)}`].join(',');
      lines.push(`::notice ${props}::${escapeData(FIX_DESCRIPTIONS[ctx.lang][fix.code])}`);
    }
    for (const d of reportedDiagnostics(file.diagnostics)) {
      const { message, hint } = renderDiagnostic(d, ctx.lang, { names: ctx.names === true });
      const props = [`file=${escapeProperty(shownPath(file.path))}`, `line=${d.line}`, `col=${d.column}`, `title=${escapeProperty(`ip ${d.code}`)}`].join(',');
      const related = d.related?.length ? ` (${SEE_ALSO[ctx.lang]}: ${d.related.map(shownPath).join(', ')})` : '';
      lines.push(`::${d.severity} ${props}::${escapeData(`${message} ${hint}${related}`)}`);
    }
  }
  for (const line of skippedLines(report.skipped, ctx.lang, ctx.verbose)) lines.push(escapeData(line));
  lines.push(escapeData(summaryLine(report, ctx.lang)));
  return lines.join('\n') + '\n';
}
