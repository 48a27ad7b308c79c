import { UsageError, type Context } from '../context.js';
import { DEFAULT_MAX_SIZE, loadPlans } from '../fs/load.js';
import { endOfWindow, parseDuration } from '../due/duration.js';
import { incompletePlans, openPlanCount, selectDue } from '../due/select.js';
import { dueEntry } from '../due/entry.js';
import type { Lang } from '../output/lang.js';
import { painter } from '../output/style.js';
import { formatIcs } from '../output/due/ics.js';
import { formatJson } from '../output/due/json.js';
import { formatMarkdown } from '../output/due/markdown.js';
import { ERRORS } from '../output/due/messages.js';
import { clean, type DueReport } from '../output/due/report.js';
import { formatText } from '../output/due/text.js';
import { parseSize, resolveFormat, resolveToday } from '../options.js';

export interface DueOptions {
  paths: string[];
  lang: Lang;
  format?: string | undefined;
  today?: string | undefined;
  within?: string | undefined;
  coordinator?: string | undefined;
  /** true: --names; false: --no-names; undefined: names only on a terminal. */
  names?: boolean | undefined;
  failOnOverdue?: boolean;
  maxSize?: string | undefined;
}

const FORMATS = ['text', 'json', 'ics', 'markdown'] as const;
export const DEFAULT_WITHIN = '30d';

/**
 * Names are shown only to someone at a terminal (or when asked): piped,
 * redirected and in CI the output may end up in logs that others read.
 */
function showNames(options: DueOptions, format: string, ctx: Context): boolean {
  if (format === 'ics') return false;
  if (options.names !== undefined) return options.names;
  const ci = ctx.env.CI !== undefined && ctx.env.CI !== '' && ctx.env.CI !== 'false';
  return ctx.stdout.isTTY === true && !ci;
}

/** How many incomplete plans are named on standard error. */
const MAX_LISTED = 10;

export async function due(options: DueOptions, ctx: Context): Promise<number> {
  const { lang } = options;
  const e = ERRORS[lang];
  const format = resolveFormat(options.format, FORMATS, 'text', lang);
  const today = resolveToday(options.today, ctx, lang);
  const within = parseDuration(options.within ?? DEFAULT_WITHIN);
  if (!within) throw new UsageError(e.within, e.withinHint);
  if (options.coordinator !== undefined && options.coordinator.trim() === '') throw new UsageError(e.coordinator, e.coordinatorHint);
  const maxSize = options.maxSize !== undefined ? parseSize(options.maxSize, lang) : DEFAULT_MAX_SIZE;

  const until = endOfWindow(today, within);
  // Only the dates matter here: plans are read, not checked (that is ip validate's job), so no analyser.
  // Points after the window are dropped where each plan is read, so they never cross between threads.
  const loaded = await loadPlans({ cwd: ctx.cwd, paths: options.paths, maxSize, today, keep: 'due', dueKeeper: dueEntry, dueUntil: until, env: ctx.env });
  if (loaded.unmatched.length > 0) {
    const quoted = loaded.unmatched.map((p) => (lang === 'nb' ? `«${p}»` : `"${p}"`)).join(', ');
    throw new UsageError(e.unmatched(quoted), e.unmatchedHint);
  }

  // Files that could not be read at all have no entry yet: they count as incomplete.
  const plans = loaded.plans.map((p) => p.due ?? dueEntry({ path: p.path }));
  const items = selectDue(plans, { today, until, ...(options.coordinator !== undefined ? { coordinator: options.coordinator } : {}) });
  // A plan with errors still gives the dates it has; say which, by path only.
  const incomplete = incompletePlans(plans, options.coordinator);
  const report: DueReport = { today, until, within, items, incomplete, plans: openPlanCount(plans, options.coordinator), byCoordinator: options.coordinator !== undefined };

  const names = showNames(options, format, ctx);
  const output =
    format === 'json'
      ? formatJson(report, { lang, names })
      : format === 'ics'
        ? formatIcs(report, { lang, now: ctx.now?.() ?? new Date() })
        : format === 'markdown'
          ? formatMarkdown(report, { lang, names })
          : formatText(report, { lang, names, paint: painter(ctx) });
  ctx.stdout.write(output);

  if (incomplete.length > 0) {
    // A caseload may have hundreds: name the first few, count the rest (the JSON output lists them all).
    const shown = incomplete.slice(0, MAX_LISTED);
    const rest = incomplete.length - shown.length;
    ctx.stderr.write(`${e.incomplete(incomplete.length)}\n${shown.map((p) => `  ${clean(p, 1000)}\n`).join('')}${rest > 0 ? `  ${e.incompleteMore(rest)}\n` : ''}${e.incompleteHint}\n`);
  }
  return options.failOnOverdue && items.some((i) => i.overdue) ? 1 : 0;
}
