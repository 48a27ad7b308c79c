import type { Paint } from '../style.js';
import { TEXT, detail, kindLabel, relative, windowText } from './messages.js';
import { clean, coordinatorLabel, countPlans, planLabel, type DueFormatOptions, type DueReport } from './report.js';

/** Display width: code points, which is right for the Latin letters plans use. */
function width(s: string): number {
  return [...s].length;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

/**
 * The list a coordinator reads on Monday morning: one line per point, by
 * date, the overdue first and marked, then a one-line summary.
 */
export function formatText(report: DueReport, options: DueFormatOptions & { paint: Paint }): string {
  const { lang, paint } = options;
  const t = TEXT[lang];
  const lines: string[] = [paint('bold', t.header(report.today, windowText(report.within, lang), report.until)), ''];
  if (report.items.length === 0) {
    lines.push(report.plans > 0 ? t.none(report.until, report.plans) : report.byCoordinator ? t.noCaseload : t.noPlans);
    return lines.join('\n') + '\n';
  }
  const rows = report.items.map((item) => {
    let what = detail(item, lang);
    if (options.names && item.kind === 'overgang' && (item.from || item.to)) {
      what = [what, `${clean(item.from ?? '?')} → ${clean(item.to ?? '?')}`].filter(Boolean).join(', ');
    }
    const who = options.names ? coordinatorLabel(item) : undefined;
    return {
      item,
      mark: item.overdue ? t.overdue : '',
      plan: planLabel(item, options),
      kind: kindLabel(item, lang),
      what,
      when: relative(item.days, lang),
      who: who ? ` · ${t.coordinator}: ${who}` : '',
    };
  });
  // A loop, not Math.max(...rows): a whole caseload can be more rows than a call takes arguments.
  const w = { mark: 0, plan: 0, kind: 0, what: 0 };
  for (const r of rows) {
    w.mark = Math.max(w.mark, width(r.mark));
    w.plan = Math.max(w.plan, width(r.plan));
    w.kind = Math.max(w.kind, width(r.kind));
    w.what = Math.max(w.what, width(r.what));
  }
  for (const r of rows) {
    const mark = w.mark > 0 ? (r.mark ? paint('red', pad(r.mark, w.mark)) : ' '.repeat(w.mark)) + '  ' : '';
    const cells = [pad(r.item.date, 10), pad(r.plan, w.plan), pad(r.kind, w.kind), pad(r.what, w.what)];
    lines.push(`${mark}${cells.join('  ')}  ${paint(r.item.overdue ? 'red' : 'dim', r.when)}${r.who}`);
  }
  const overdue = report.items.filter((i) => i.overdue).length;
  lines.push('', t.summary(overdue, report.items.length - overdue, countPlans(report.items), report.plans));
  return lines.join('\n') + '\n';
}
