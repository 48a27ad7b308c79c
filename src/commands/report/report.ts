import { dirname, resolve } from 'node:path';
import { readCaseload, readingFromEnv } from '../../caseload.js';
import { EXIT, UsageError, type Context } from '../../context.js';
import { conflicts, gitRoot } from '../../fs/output-path.js';
import { writeIfStillChecked, WriteError } from '../../fs/write.js';
import type { Formatter } from '../../output/formatter.js';
import type { Lang } from '../../output/lang.js';
import { shownFrom } from '../../output/path.js';
import { formatCsv } from '../../output/report/csv.js';
import { formatHtml } from '../../output/report/html.js';
import { formatJson } from '../../output/report/json.js';
import { formatMarkdown } from '../../output/report/markdown.js';
import type { ReportFormatOptions } from '../../output/report/options.js';
import { formatText } from '../../output/report/text.js';
import { painter, type Paint } from '../../output/style.js';
import { analyse } from '../../plan/analyse.js';
import { buildReport } from '../../report/build.js';
import { reportEntry } from '../../report/entry.js';
import type { Report } from '../../report/types.js';
import { requireFound } from '../found.js';
import { namesShown, todayOf } from '../options.js';
import { REPORT_MESSAGES } from './messages.js';

/** `ip report`'s options, as its declaration (./command.ts) parsed them. */
export interface ReportOptions {
  paths: string[];
  lang: Lang;
  /** Unset: html when -o names an .html file, csv with --excel, else text. */
  format?: keyof typeof FORMATTERS;
  output?: string;
  force?: boolean;
  excel?: boolean;
  /** true: --names; false: --no-names; unset: names only on a terminal. */
  names?: boolean;
  allowEmpty?: boolean;
  /** Unset: IP_TODAY, else the clock. */
  today?: string;
  maxSize: number;
}

const FORMATTERS = {
  text: formatText,
  json: formatJson,
  csv: formatCsv,
  markdown: formatMarkdown,
  html: formatHtml,
} satisfies Record<string, Formatter<Report, ReportFormatOptions>>;

/** A file is read later, elsewhere: no terminal colours in it. */
const plain: Paint = (_style, text) => text;

function formatOf(options: ReportOptions, toFile: boolean): keyof typeof FORMATTERS {
  if (options.format) return options.format;
  if (options.excel) return 'csv';
  return toFile && /\.html?$/i.test(options.output ?? '') ? 'html' : 'text';
}


/**
 * `ip report`: the caseload at a glance. Plans are read and checked as
 * ip validate checks them (the report counts their findings), and each plan's
 * dates are taken as ip due takes them; only what the report needs of a plan
 * is kept while the rest are read (src/report/entry.ts).
 */
export async function report(options: ReportOptions, ctx: Context): Promise<number> {
  const { lang, maxSize } = options;
  const m = REPORT_MESSAGES[lang];
  const toFile = options.output !== undefined && options.output !== '' && options.output !== '-';
  const format = formatOf(options, toFile);
  if (options.excel && format !== 'csv') throw new UsageError(m.excelFormat(format), m.excelFormatHint);
  const today = todayOf(options.today, ctx, lang);

  const caseload = await readCaseload({ cwd: ctx.cwd, paths: options.paths, maxSize, today, analyse, across: true, ...readingFromEnv(ctx.env) }, (plan) =>
    reportEntry({ path: plan.path, ...(plan.data ? { data: plan.data } : {}), ...(plan.status ? { status: plan.status } : {}), ...(plan.view ? { view: plan.view } : {}), today }),
  );
  requireFound(caseload, lang, options.allowEmpty === true);

  // Coordinators' names: asked for with --names; else only on a terminal, and never in a file (it is shared).
  const names = toFile ? options.names === true : namesShown(options.names, ctx);
  const result = buildReport(caseload.plans, { today, names });
  const text = FORMATTERS[format](result, { lang, paint: toFile ? plain : painter(ctx), excel: options.excel === true });

  if (!toFile) {
    ctx.stdout.write(text);
    return EXIT.ok;
  }
  const absolute = resolve(ctx.cwd, options.output!);
  const shown = shownFrom(ctx.cwd, absolute);
  const { blocked: [blocked], checked } = await conflicts([absolute], caseload.plans.map((p) => resolve(ctx.cwd, p.path)), options.force === true);
  if (blocked?.kind === 'source') throw new UsageError(m.isPlan(shown), m.isPlanHint);
  if (blocked?.kind === 'folder') throw new UsageError(m.isFolder(shown), m.isFolderHint);
  if (blocked?.kind === 'special') throw new UsageError(m.isSpecial(shown), m.isFolderHint);
  if (blocked) throw new UsageError(m.exists(shown), m.existsHint);
  try {
    // Created exclusively, or (with --force) replaced only while it is still the file checked above.
    const written = await writeIfStillChecked(absolute, text, checked.get(absolute));
    if (written.leftover) ctx.stderr.write(`ip: ${m.leftover(shownFrom(ctx.cwd, written.leftover))}\n`);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    if (error.kind === 'exists' || error.kind === 'changed') throw new UsageError(m.exists(shown), m.existsHint);
    const leftover = error.leftover ? `\nip: ${m.leftover(shownFrom(ctx.cwd, error.leftover))}` : '';
    throw new UsageError(`${m.cannotWrite(shown, error.errno)}${leftover}`, m.cannotWriteHint);
  }
  ctx.stderr.write(`ip: ${m.wrote(shown, result.plans.total)}\n`);
  if (await gitRoot(dirname(absolute))) ctx.stderr.write(`ip: ${m.inRepository(shown)}\n`);
  return EXIT.ok;
}
