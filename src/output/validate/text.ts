import { skippedLines } from '../caseload.js';
import { fixLines, type FixMode } from './fixes.js';
import { shownPath } from '../path.js';
import type { Lang } from '../lang.js';
import { regulationLegend, renderDiagnostic } from '../../plan/diagnostics/messages.js';
import { findingBasis } from '../../plan/legal.js';
import type { Paint } from '../style.js';
import type { ValidateReport } from '../../validate/report.js';

/** What every validate formatter gets besides the report. */
export interface ValidateFormatOptions {
  lang: Lang;
  paint: Paint;
  /** List every skipped file, however many. */
  verbose: boolean;
  /** Name participants by id (a terminal, or --names); by number and role otherwise. */
  names?: boolean;
  /** With --fix or --fix-dry-run: the fixes are reported first. */
  fix?: FixMode;
}

const WORDS = {
  nb: {
    error: 'feil',
    warning: 'advarsel',
    info: 'merknad',
    fix: 'Slik retter du',
    related: 'Se også',
    plans: (withErrors: number, warningsOnly: number) => `Planer med feil: ${withErrors}. Planer med bare advarsler: ${warningsOnly}.`,
    frequent: (codes: string) => `Oftest: ${codes}.`,
  },
  en: {
    error: 'error',
    warning: 'warning',
    info: 'note',
    fix: 'How to fix',
    related: 'See also',
    plans: (withErrors: number, warningsOnly: number) => `Plans with errors: ${withErrors}. Plans with warnings only: ${warningsOnly}.`,
    frequent: (codes: string) => `Most frequent: ${codes}.`,
  },
};

/** How many codes the summary of a caseload names. */
const FREQUENT_CODES = 5;

/**
 * For a run over several plans: how many have errors, how many only
 * warnings, and the codes met most often (counted over every finding, also
 * under --quiet), so a caseload's state reads in two lines. None for one
 * plan, or when nothing was found.
 */
function caseloadLines(report: ValidateReport, ctx: ValidateFormatOptions): string[] {
  const w = WORDS[ctx.lang];
  const { withErrors, warningsOnly, codes } = report.tally;
  if (report.summary.files < 2 || codes.size === 0) return [];
  const frequent = [...codes]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, FREQUENT_CODES)
    .map(([code, n]) => `${code} (${n})`)
    .join(', ');
  return [w.plans(withErrors, warningsOnly), w.frequent(frequent)];
}


function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const SUMMARY: Record<Lang, (files: number, skipped: number, errors: number, warnings: number) => string> = {
  nb: (files, skipped, errors, warnings) =>
    `${plural(files, 'plan', 'planer')} sjekket${skipped > 0 ? ` (${plural(skipped, 'annen fil', 'andre filer')} hoppet over)` : ''}: ${plural(errors, 'feil', 'feil')}, ${plural(warnings, 'advarsel', 'advarsler')}.`,
  en: (files, skipped, errors, warnings) =>
    `Checked ${plural(files, 'plan', 'plans')}${skipped > 0 ? ` (${plural(skipped, 'other file', 'other files')} skipped)` : ''}: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}.`,
};

export function summaryLine(report: ValidateReport, lang: Lang): string {
  const { files, skipped, errors, warnings } = report.summary;
  return SUMMARY[lang](files, skipped, errors, warnings);
}

/**
 * Human text: each file's findings together, one line per finding,
 * `file:line:column`, so editors and terminals can jump to it, then how to
 * fix it. A hint the same as one
 * already given in the file is not repeated: in a long run, the findings
 * stay readable. Messages say «forskriften» for short, and a legend under
 * the summary names it once.
 */
export function formatText(report: ValidateReport, ctx: ValidateFormatOptions): string {
  const w = WORDS[ctx.lang];
  const { paint } = ctx;
  const lines: string[] = ctx.fix ? [...fixLines(report, ctx.fix, ctx.lang, paint), ''] : [];
  let namedRegulation = false;
  for (const file of report.files) {
    // Each file's findings together, a blank line between files: read as one block per plan.
    if (file.diagnostics.length > 0 && lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
    const hinted = new Set<string>();
    for (const d of file.diagnostics) {
      const { message, hint } = renderDiagnostic(d, ctx.lang, { regulation: 'short', names: ctx.names === true });
      // Every basis note that mentions the regulation («forskriften») calls for the legend.
      const basis = findingBasis(d);
      if ((basis !== undefined && d.point) || basis === 'veileder') namedRegulation = true;
      const label = d.severity === 'error' ? paint('red', w.error) : d.severity === 'warning' ? paint('yellow', w.warning) : paint('cyan', w.info);
      lines.push(`${paint('bold', `${shownPath(file.path)}:${d.line}:${d.column}`)}: ${label}: ${message} ${paint('dim', `[${d.code}]`)}`);
      if (hint && !hinted.has(hint)) lines.push(`  ${w.fix}: ${hint}`);
      hinted.add(hint);
      if (d.related?.length) lines.push(`  ${w.related}: ${d.related.map(shownPath).join(', ')}`);
    }
  }
  if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
  const skipped = skippedLines(report.skipped, ctx.lang, ctx.verbose);
  if (skipped.length > 0) lines.push(...skipped.map((l, i) => (i === 0 ? l : paint('dim', l))), '');
  const summary = summaryLine(report, ctx.lang);
  const { errors, warnings } = report.summary;
  lines.push(errors > 0 ? paint('red', summary) : warnings > 0 ? paint('yellow', summary) : paint('green', summary));
  lines.push(...caseloadLines(report, ctx));
  if (namedRegulation) lines.push(paint('dim', regulationLegend(ctx.lang)));
  return lines.join('\n') + '\n';
}
