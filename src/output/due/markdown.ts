import { TEXT, detail, kindLabel, relative, windowText } from './messages.js';
import { clean, coordinatorLabel, planLabel, type DueFormatOptions, type DueReport } from './report.js';
import type { DueItem } from '../../due/types.js';

/** Escape text for Markdown so an id or a name cannot start a link, emphasis or HTML. */
export function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`);
}

function line(item: DueItem, options: DueFormatOptions): string {
  const { lang } = options;
  const what = detail(item, lang);
  let text = `- [ ] **${item.date}** · ${escapeMarkdown(planLabel(item, options))} · ${escapeMarkdown(kindLabel(item, lang))}`;
  if (what) text += ` (${escapeMarkdown(what)})`;
  if (options.names && item.kind === 'overgang' && (item.from || item.to)) text += `: ${escapeMarkdown(clean(item.from ?? '?'))} → ${escapeMarkdown(clean(item.to ?? '?'))}`;
  text += ` — ${relative(item.days, lang)}`;
  const who = options.names ? coordinatorLabel(item) : undefined;
  if (who) text += ` · ${TEXT[lang].coordinator}: ${escapeMarkdown(who)}`;
  return text;
}

/** A checklist ready to paste into a meeting agenda: overdue first, then the window. */
export function formatMarkdown(report: DueReport, options: DueFormatOptions): string {
  const t = TEXT[options.lang];
  const overdue = report.items.filter((i) => i.overdue);
  const upcoming = report.items.filter((i) => !i.overdue);
  const section = (heading: string, list: DueItem[]) => [`## ${heading}`, '', ...(list.length > 0 ? list.map((i) => line(i, options)) : [t.noneInSection]), ''];
  return [
    `# ${t.markdownTitle(report.today)}`,
    '',
    ...section(t.overdueHeading, overdue),
    ...section(t.upcomingHeading(windowText(report.within, options.lang), report.until), upcoming),
  ].join('\n');
}
