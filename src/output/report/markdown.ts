import { escapeMarkdown } from '../due/markdown.js';
import type { Report } from '../../report/types.js';
import { attentionLabel, pointLabel, REPORT_TEXT } from './messages.js';
import { LIST_LIMIT, type ReportFormatOptions } from './options.js';
import { idList } from './text.js';

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** The report for a status message or the minutes: headings, and a table per section. */
export function formatMarkdown(report: Report, options: ReportFormatOptions): string {
  const { lang } = options;
  const t = REPORT_TEXT[lang];
  const p = report.plans;
  const md = (s: string) => escapeMarkdown(s);
  const out: string[] = [`# ${t.title(report.today)}`, '', `## ${t.plansHeading}`, ''];
  const statusRows = [
    [t.status.utkast, String(p.utkast)],
    [t.status.aktiv, String(p.aktiv)],
    [t.status.avsluttet, String(p.avsluttet)],
    ...(p.unknown > 0 ? [[t.status.unknown, String(p.unknown)]] : []),
    [t.withErrors, String(p.with_errors)],
    [t.withWarnings, String(p.with_warnings)],
  ];
  out.push(...table([t.plansHeading, t.value], statusRows), '');
  if (report.rules.length > 0) {
    out.push(`### ${t.rulesHeading}`, '');
    out.push(...report.rules.slice(0, LIST_LIMIT).map((r) => `- ${t.ruleLine(`\`${r.code}\``, t.severity[r.severity], r.plans)}`));
    if (report.rules.length > LIST_LIMIT) out.push(`- ${t.more(report.rules.length - LIST_LIMIT)}`);
    out.push('');
  }

  out.push(`## ${t.pointsHeading(p.aktiv)}`, '');
  if (p.aktiv === 0) out.push(t.noActive, '');
  else out.push(...table([t.point, t.met, t.notMet], report.points.map((r) => [pointLabel(r.point, lang), `${r.met} / ${p.aktiv}`, idList(r.not_met.map(md), t.more)])), '');

  const e = report.evaluations;
  out.push(`## ${t.evaluationsHeading}`, '');
  out.push(...table([t.overdue, t.next30, t.next90], [[String(e.overdue), String(e.next_30), String(e.next_90)]]), '');
  out.push(`### ${t.byMonthHeading}`, '');
  out.push(...table([t.month, t.count], e.by_month.map((m) => [m.month, String(m.count)])), '');
  out.push(`${t.noneHeld}: ${e.none_held_12_months.length > 0 ? idList(e.none_held_12_months.map(md), t.more) : t.none}`, '');

  out.push(`## ${t.attentionHeading}`, '');
  if (report.attention.length === 0) out.push(t.none, '');
  else {
    const rows = report.attention.slice(0, LIST_LIMIT).map((a) => [
      a.date ?? '',
      md(a.plan),
      (a.ref !== undefined ? `${attentionLabel(a, lang)} (${md(a.ref)})` : attentionLabel(a, lang)) + (a.overdue ? ` **${t.overdueMark}**` : ''),
    ]);
    out.push(...table([t.date, t.plan, t.what], rows));
    if (report.attention.length > LIST_LIMIT) out.push('', t.more(report.attention.length - LIST_LIMIT));
    out.push('');
  }

  out.push(`## ${t.coordinatorsHeading}`, '');
  if (report.coordinators.length === 0) out.push(t.noCoordinators, '');
  else {
    const rows = report.coordinators.map((c) => [md(c.virksomhet ?? t.noVirksomhet), c.name !== undefined ? `${md(c.id)} (${md(c.name)})` : md(c.id), String(c.plans), String(c.overdue), String(c.attention)]);
    out.push(...table([t.virksomhet, t.coordinator, t.plans, t.overdue, t.attention], rows), '');
  }
  return out.join('\n');
}
