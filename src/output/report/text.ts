import { shownPath } from '../path.js';
import type { Report } from '../../report/types.js';
import { attentionLabel, pointLabel, REPORT_TEXT } from './messages.js';
import { LIST_LIMIT, type ReportFormatOptions } from './options.js';

function width(s: string): number {
  return [...s].length;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

/** Ids in a line, the first LIST_LIMIT of them, the rest counted. */
export function idList(ids: readonly string[], more: (n: number) => string): string {
  const shown = ids.slice(0, LIST_LIMIT).map(shownPath).join(', ');
  return ids.length > LIST_LIMIT ? `${shown} ${more(ids.length - LIST_LIMIT)}` : shown;
}

/** A bar of block characters for a count, scaled to `max` (at most 30 wide); a count above 0 always shows. */
function bar(value: number, max: number): string {
  if (max <= 0 || value <= 0) return '';
  return '█'.repeat(Math.max(1, Math.round((value / max) * 30)));
}

/**
 * The report as a coordinating unit reads it on a terminal: the plans, the
 * points a–i, the evaluations, what needs attention and each coordinator's
 * load, in that order.
 */
export function formatText(report: Report, options: ReportFormatOptions): string {
  const { lang, paint } = options;
  const t = REPORT_TEXT[lang];
  const p = report.plans;
  const out: string[] = [paint('bold', `${t.title(report.today)}: ${t.planCount(p.total)}`), ''];

  out.push(paint('bold', t.plansHeading));
  const statuses = [`${t.status.utkast} ${p.utkast}`, `${t.status.aktiv} ${p.aktiv}`, `${t.status.avsluttet} ${p.avsluttet}`];
  if (p.unknown > 0) statuses.push(`${t.status.unknown} ${p.unknown}`);
  out.push(`  ${statuses.join(' · ')}`, `  ${t.withErrors} ${p.with_errors} · ${t.withWarnings} ${p.with_warnings}`);
  if (report.rules.length === 0) out.push(`  ${t.noFindings}`);
  else {
    out.push(`  ${t.rulesHeading}:`);
    for (const r of report.rules.slice(0, LIST_LIMIT)) out.push(`    ${t.ruleLine(r.code, t.severity[r.severity], r.plans)}`);
    if (report.rules.length > LIST_LIMIT) out.push(`    ${t.more(report.rules.length - LIST_LIMIT)}`);
  }
  out.push('');

  out.push(paint('bold', t.pointsHeading(p.aktiv)));
  if (p.aktiv === 0) out.push(`  ${t.noActive}`);
  else {
    const labels = report.points.map((r) => pointLabel(r.point, lang));
    const w = Math.max(...labels.map(width));
    report.points.forEach((r, i) => {
      const line = `  ${pad(labels[i]!, w)}  ${t.metOf(r.met, p.aktiv)}`;
      out.push(r.not_met.length > 0 ? `${line}; ${t.notMet}: ${paint('red', idList(r.not_met, t.more))}` : line);
    });
  }
  out.push('');

  const e = report.evaluations;
  out.push(paint('bold', t.evaluationsHeading));
  out.push(`  ${e.overdue > 0 ? paint('red', `${t.overdue} ${e.overdue}`) : `${t.overdue} 0`} · ${t.next30} ${e.next_30} · ${t.next90} ${e.next_90}`);
  out.push(`  ${t.byMonthHeading}:`);
  const maxMonth = Math.max(0, ...e.by_month.map((m) => m.count));
  const countWidth = String(maxMonth).length;
  for (const m of e.by_month) out.push(`    ${m.month}  ${String(m.count).padStart(countWidth)}  ${bar(m.count, maxMonth)}`.trimEnd());
  out.push(`  ${t.noneHeld}: ${e.none_held_12_months.length > 0 ? idList(e.none_held_12_months, t.more) : t.none}`);
  out.push('');

  out.push(paint('bold', t.attentionHeading));
  if (report.attention.length === 0) out.push(`  ${t.none}`);
  else {
    const shown = report.attention.slice(0, LIST_LIMIT);
    const planWidth = Math.max(...shown.map((a) => width(shownPath(a.plan))));
    for (const a of shown) {
      const what = a.ref !== undefined ? `${attentionLabel(a, lang)} (${a.ref})` : attentionLabel(a, lang);
      const mark = a.overdue ? `  ${paint('red', t.overdueMark)}` : '';
      out.push(`  ${pad(a.date ?? '', 10)}  ${pad(shownPath(a.plan), planWidth)}  ${what}${mark}`);
    }
    if (report.attention.length > LIST_LIMIT) out.push(`  ${t.more(report.attention.length - LIST_LIMIT)}`);
  }
  out.push('');

  out.push(paint('bold', t.coordinatorsHeading));
  if (report.coordinators.length === 0) out.push(`  ${t.noCoordinators}`);
  let group: string | null | undefined;
  for (const c of report.coordinators) {
    if (c.virksomhet !== group) {
      group = c.virksomhet;
      out.push(`  ${group ?? t.noVirksomhet}`);
    }
    const who = c.name !== undefined ? `${c.id} (${c.name})` : c.id;
    out.push(`    ${who}: ${t.coordinatorLine(c.plans, c.overdue, c.attention)}`);
  }
  return out.join('\n') + '\n';
}
