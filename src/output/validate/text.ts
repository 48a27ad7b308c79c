import { skippedLines } from '../caseload.js';
import { shownPath } from '../path.js';
import type { Lang } from '../lang.js';
import { renderDiagnostic } from '../../plan/diagnostics/messages.js';
import type { Paint } from '../style.js';
import type { ValidateReport } from '../../validate/report.js';

/** What every validate formatter gets besides the report. */
export interface ValidateFormatOptions {
  lang: Lang;
  paint: Paint;
  /** List every skipped file, however many. */
  verbose: boolean;
}

const WORDS = {
  nb: { error: 'feil', warning: 'advarsel', info: 'merknad', fix: 'Slik retter du', related: 'Se også' },
  en: { error: 'error', warning: 'warning', info: 'note', fix: 'How to fix', related: 'See also' },
};


function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summaryLine(report: ValidateReport, lang: Lang): string {
  const { files, skipped, errors, warnings } = report.summary;
  if (lang === 'nb') {
    const checked = `${plural(files, 'plan', 'planer')} sjekket`;
    const skip = skipped > 0 ? ` (${plural(skipped, 'annen fil', 'andre filer')} hoppet over)` : '';
    return `${checked}${skip}: ${plural(errors, 'feil', 'feil')}, ${plural(warnings, 'advarsel', 'advarsler')}.`;
  }
  const checked = `Checked ${plural(files, 'plan', 'plans')}`;
  const skip = skipped > 0 ? ` (${plural(skipped, 'other file', 'other files')} skipped)` : '';
  return `${checked}${skip}: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}.`;
}

/**
 * Human text: one line per finding, `file:line:column`, so editors and
 * terminals can jump to it, then how to fix it.
 */
export function formatText(report: ValidateReport, ctx: ValidateFormatOptions): string {
  const w = WORDS[ctx.lang];
  const { paint } = ctx;
  const lines: string[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const { message, hint } = renderDiagnostic(d, ctx.lang);
      const label = d.severity === 'error' ? paint('red', w.error) : d.severity === 'warning' ? paint('yellow', w.warning) : paint('cyan', w.info);
      lines.push(`${paint('bold', `${shownPath(file.path)}:${d.line}:${d.column}`)}: ${label}: ${message} ${paint('dim', `[${d.code}]`)}`);
      if (hint) lines.push(`  ${w.fix}: ${hint}`);
      if (d.related?.length) lines.push(`  ${w.related}: ${d.related.map(shownPath).join(', ')}`);
    }
  }
  if (lines.length > 0) lines.push('');
  const skipped = skippedLines(report.skipped, ctx.lang, ctx.verbose);
  if (skipped.length > 0) lines.push(...skipped.map((l, i) => (i === 0 ? l : paint('dim', l))), '');
  const summary = summaryLine(report, ctx.lang);
  const { errors, warnings } = report.summary;
  lines.push(errors > 0 ? paint('red', summary) : warnings > 0 ? paint('yellow', summary) : paint('green', summary));
  return lines.join('\n') + '\n';
}
