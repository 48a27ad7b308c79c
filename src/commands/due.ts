import { UsageError, type Context } from '../context.js';
import { DEFAULT_MAX_SIZE, readCaseload, readingFromEnv } from '../caseload.js';
import { endOfWindow, parseDuration } from '../due/duration.js';
import { incompletePlans, openPlanCount, selectDue } from '../due/select.js';
import { dueEntry } from '../due/entry.js';
import type { Lang } from '../output/lang.js';
import { painter } from '../output/style.js';
import { formatIcs } from '../output/due/ics.js';
import { formatJson } from '../output/due/json.js';
import { formatMarkdown } from '../output/due/markdown.js';
import { ERRORS } from '../output/due/messages.js';
import { clean, type DueFormatOptions, type DueReport } from '../output/due/report.js';
import { formatText } from '../output/due/text.js';
import type { Formatter } from '../output/formatter.js';
import type { Paint } from '../output/style.js';
import { parseSize, resolveFormat, resolveToday } from '../options.js';
import { requireFound } from './found.js';

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
  allowEmpty?: boolean;
  maxSize?: string | undefined;
}

/** What every due formatter gets besides the report. */
type DueOutputOptions = DueFormatOptions & { paint: Paint; now: Date };

const FORMATTERS = {
  text: formatText,
  json: formatJson,
  ics: formatIcs,
  markdown: formatMarkdown,
} satisfies Record<string, Formatter<DueReport, DueOutputOptions>>;
const FORMATS = Object.keys(FORMATTERS) as (keyof typeof FORMATTERS)[];
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
  // Only the dates matter here: plans are read, not checked (that is ip validate's job).
  // Each plan's points after the window are dropped as it is read.
  const caseload = await readCaseload({ cwd: ctx.cwd, paths: options.paths, maxSize, today, ...readingFromEnv(ctx.env) }, (plan) => {
    const failed = plan.diagnostics.some((d) => d.severity === 'error');
    return dueEntry(plan.data ? { path: plan.path, data: plan.data, failed, until } : { path: plan.path, failed });
  });
  requireFound(caseload, lang, options.allowEmpty === true);

  const plans = caseload.plans.map((p) => p.kept);
  const items = selectDue(plans, { today, until, ...(options.coordinator !== undefined ? { coordinator: options.coordinator } : {}) });
  // A plan with errors still gives the dates it has; say which, by path only.
  const incomplete = incompletePlans(plans, options.coordinator);
  const report: DueReport = { today, until, within, items, incomplete, plans: openPlanCount(plans, options.coordinator), byCoordinator: options.coordinator !== undefined };

  ctx.stdout.write(FORMATTERS[format](report, { lang, names: showNames(options, format, ctx), paint: painter(ctx), now: ctx.now?.() ?? new Date() }));

  if (incomplete.length > 0) {
    // A caseload may have hundreds: name the first few, count the rest (the JSON output lists them all).
    const shown = incomplete.slice(0, MAX_LISTED);
    const rest = incomplete.length - shown.length;
    ctx.stderr.write(`${e.incomplete(incomplete.length)}\n${shown.map((p) => `  ${clean(p, 1000)}\n`).join('')}${rest > 0 ? `  ${e.incompleteMore(rest)}\n` : ''}${e.incompleteHint}\n`);
  }
  return options.failOnOverdue && items.some((i) => i.overdue) ? 1 : 0;
}
