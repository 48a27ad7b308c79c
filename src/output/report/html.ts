import { esc, selfContainedPolicy } from '../../render/html.js';
import type { Report } from '../../report/types.js';
import { attentionLabel, pointLabel, REPORT_TEXT, type ReportWords } from './messages.js';
import type { ReportFormatOptions } from './options.js';
import { barChart, type Bar } from './svg.js';

/**
 * The report as one self-contained page for the unit to share and print:
 * charts as inline SVG, each with its title and its numbers in a table beside
 * it, then the lists behind them. No script, no request: a
 * Content-Security-Policy allows only the page's own stylesheet, by hash.
 * Dark grey on white, so it reads in grey-scale; laid out for A4.
 */

const CSS = `
:root { color: #111; background: #fff; font-family: system-ui, sans-serif; line-height: 1.4; }
body { max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid #999; }
h3 { font-size: 1.05rem; margin: 1rem 0 .35rem; }
.pair { display: flex; flex-wrap: wrap; gap: 1.25rem; align-items: flex-start; }
.pair svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #999; padding: .2rem .5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; }
thead th { background: #e6e6e6; }
.ids { overflow-wrap: anywhere; }
.overdue { font-weight: bold; }
footer { margin-top: 2rem; font-size: .85rem; color: #333; }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; max-width: none; } section, figure, tr { break-inside: avoid; } h2 { break-after: avoid; } }
`;

function numberTable(caption: string, bars: readonly Bar[], t: ReportWords): string {
  const rows = bars.map((b) => `<tr><th scope="row">${esc(b.label)}</th><td class="n" data-value="${b.value}">${b.value}</td></tr>`).join('');
  return `<table><caption class="visually-hidden">${esc(caption)}</caption><thead><tr><th scope="col">${esc(t.what)}</th><th scope="col">${esc(t.value)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function chart(key: string, title: string, bars: readonly Bar[], t: ReportWords): string {
  const id = `chart-${key}-title`;
  return `<section class="chart" id="chart-${key}" data-chart="${key}"><h2 id="${id}">${esc(title)}</h2><div class="pair">${barChart(bars, title, id)}${numberTable(title, bars, t)}</div></section>`;
}

function list(ids: readonly string[], t: ReportWords): string {
  return ids.length === 0 ? `<p>${esc(t.none)}</p>` : `<p class="ids">${ids.map(esc).join(', ')}</p>`;
}

/** What each chart shows, from the report: the same numbers the JSON holds. */
export function chartBars(report: Report, options: Pick<ReportFormatOptions, 'lang'>): Record<'status' | 'evaluations' | 'points' | 'months' | 'coordinators', Bar[]> {
  const t = REPORT_TEXT[options.lang];
  const p = report.plans;
  const e = report.evaluations;
  return {
    status: [
      { label: t.status.utkast, value: p.utkast },
      { label: t.status.aktiv, value: p.aktiv },
      { label: t.status.avsluttet, value: p.avsluttet },
      ...(p.unknown > 0 ? [{ label: t.status.unknown, value: p.unknown }] : []),
    ],
    evaluations: [
      { label: t.overdue, value: e.overdue },
      { label: t.next30, value: e.next_30 },
      { label: t.next90, value: e.next_90 },
    ],
    points: report.points.map((r) => ({ label: pointLabel(r.point, options.lang), value: r.met })),
    months: e.by_month.map((m) => ({ label: m.month, value: m.count })),
    coordinators: report.coordinators.map((c) => ({ label: `${c.virksomhet ?? t.noVirksomhet} · ${c.name !== undefined ? `${c.id} (${c.name})` : c.id}`, value: c.plans })),
  };
}

export function formatHtml(report: Report, options: ReportFormatOptions): string {
  const { lang } = options;
  const t = REPORT_TEXT[lang];
  const p = report.plans;
  const bars = chartBars(report, options);
  const parts: string[] = [];

  parts.push(`<header><h1>${esc(t.title(report.today))}</h1><p>${esc(t.planCount(p.total))} · ${esc(t.withErrors)} ${p.with_errors} · ${esc(t.withWarnings)} ${p.with_warnings}</p></header>`);
  parts.push(chart('status', t.chartStatus, bars.status, t));
  if (report.rules.length > 0) {
    const rows = report.rules.map((r) => `<tr><td><code>${esc(r.code)}</code></td><td>${esc(t.severity[r.severity])}</td><td class="n">${r.plans}</td></tr>`).join('');
    parts.push(`<section id="rules"><h3>${esc(t.rulesHeading)}</h3><table><thead><tr><th scope="col">${esc(t.what)}</th><th scope="col">${esc(t.severity.error)} / ${esc(t.severity.warning)}</th><th scope="col">${esc(t.plans)}</th></tr></thead><tbody>${rows}</tbody></table></section>`);
  }

  parts.push(chart('points', `${t.chartPoints} (${p.aktiv})`, bars.points, t));
  const notMet = report.points.filter((r) => r.not_met.length > 0);
  if (notMet.length > 0) {
    parts.push(`<section id="not-met"><h3>${esc(t.notMet)}</h3><dl>${notMet.map((r) => `<dt>${esc(pointLabel(r.point, lang))}</dt><dd class="ids">${r.not_met.map(esc).join(', ')}</dd>`).join('')}</dl></section>`);
  }

  parts.push(chart('evaluations', t.chartEvaluations, bars.evaluations, t));
  parts.push(chart('months', t.chartMonths, bars.months, t));
  parts.push(`<section id="none-held"><h3>${esc(t.noneHeld)}</h3>${list(report.evaluations.none_held_12_months, t)}</section>`);

  const attention =
    report.attention.length === 0
      ? `<p>${esc(t.none)}</p>`
      : `<table><thead><tr><th scope="col">${esc(t.date)}</th><th scope="col">${esc(t.plan)}</th><th scope="col">${esc(t.path)}</th><th scope="col">${esc(t.what)}</th></tr></thead><tbody>${report.attention
          .map(
            (a) =>
              `<tr${a.overdue ? ' class="overdue"' : ''}><td>${a.date ?? ''}${a.overdue ? ` ${esc(t.overdueMark)}` : ''}</td><td>${esc(a.plan)}</td><td class="ids">${esc(a.path)}</td><td>${esc(attentionLabel(a, lang))}${a.ref !== undefined ? ` (${esc(a.ref)})` : ''}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  parts.push(`<section id="attention"><h2>${esc(t.attentionHeading)}</h2>${attention}</section>`);

  parts.push(chart('coordinators', t.chartCoordinators, bars.coordinators, t));
  if (report.coordinators.length > 0) {
    const rows = report.coordinators
      .map((c) => `<tr><td>${esc(c.virksomhet ?? t.noVirksomhet)}</td><td>${esc(c.name !== undefined ? `${c.id} (${c.name})` : c.id)}</td><td class="n">${c.plans}</td><td class="n">${c.overdue}</td><td class="n">${c.attention}</td></tr>`)
      .join('');
    parts.push(`<section id="coordinator-load"><table><thead><tr><th scope="col">${esc(t.virksomhet)}</th><th scope="col">${esc(t.coordinator)}</th><th scope="col">${esc(t.plans)}</th><th scope="col">${esc(t.overdue)}</th><th scope="col">${esc(t.attention)}</th></tr></thead><tbody>${rows}</tbody></table></section>`);
  }
  parts.push(`<footer><p>${esc(t.generated(report.today))}</p></footer>`);

  const css = `${CSS}.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }\n`;
  const csp = selfContainedPolicy(css);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="ip report">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title(report.today))}</title>
<style>${css}</style>
</head>
<body>
<main>
${parts.join('\n')}
</main>
</body>
</html>
`;
}
