import { readCaseload, readingFromEnv } from '../../caseload.js';
import { UsageError, type Context } from '../../context.js';
import { endOfWindow, type Duration } from '../../due/duration.js';
import { dueEntry } from '../../due/entry.js';
import { incompletePlans, openPlanCount, selectDue } from '../../due/select.js';
import { formatIcs } from '../../output/due/ics.js';
import { formatJson } from '../../output/due/json.js';
import { formatMarkdown } from '../../output/due/markdown.js';
import { clean, type DueFormatOptions, type DueReport } from '../../output/due/report.js';
import { formatText } from '../../output/due/text.js';
import type { Formatter } from '../../output/formatter.js';
import type { Lang } from '../../output/lang.js';
import { painter, type Paint } from '../../output/style.js';
import { requireFound } from '../found.js';
import { namesShown, todayOf } from '../options.js';
import { DUE_MESSAGES } from './messages.js';

/** `ip due`'s options, as its declaration (./command.ts) parsed them. */
export interface DueOptions {
  paths: string[];
  lang: Lang;
  format?: keyof typeof FORMATTERS;
  /** Unset: IP_TODAY, else the clock. */
  today?: string;
  within: Duration;
  coordinator?: string;
  /** true: --names; false: --no-names; unset: names only on a terminal. */
  names?: boolean;
  failOnOverdue?: boolean;
  allowEmpty?: boolean;
  maxSize: number;
}

/** What every due formatter gets besides the report. */
type DueOutputOptions = DueFormatOptions & { paint: Paint; now: Date };

const FORMATTERS = {
  text: formatText,
  json: formatJson,
  ics: formatIcs,
  markdown: formatMarkdown,
} satisfies Record<string, Formatter<DueReport, DueOutputOptions>>;

/**
 * Names are shown only to someone at a terminal (or when asked): piped,
 * redirected and in CI the output may end up in logs that others read.
 */
function showNames(options: DueOptions, format: string, ctx: Context): boolean {
  return format !== 'ics' && namesShown(options.names, ctx);
}

/** How many incomplete plans are named on standard error. */
const MAX_LISTED = 10;

export async function due(options: DueOptions, ctx: Context): Promise<number> {
  const { lang, within, maxSize } = options;
  const e = DUE_MESSAGES[lang];
  const format = options.format ?? 'text';
  const today = todayOf(options.today, ctx, lang);
  if (options.coordinator !== undefined && options.coordinator.trim() === '') throw new UsageError(e.coordinator, e.coordinatorHint);

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
