import { readCaseload, readingFromEnv } from '../../caseload.js';
import { UsageError, type Context } from '../../context.js';
import { readStdin } from '../../fs/stdin.js';
import type { Formatter } from '../../output/formatter.js';
import type { Lang } from '../../output/lang.js';
import { painter } from '../../output/style.js';
import { formatGithub } from '../../output/validate/github.js';
import { formatJsonChunks } from '../../output/validate/json.js';
import { formatText, type ValidateFormatOptions } from '../../output/validate/text.js';
import { analyse } from '../../plan/analyse.js';
import { errorsOnly, summarize, type FileReport, type ValidateReport } from '../../validate/report.js';
import { requireFound } from '../found.js';
import { namesShown, todayOf } from '../options.js';
import { VALIDATE_ERRORS } from './messages.js';

/** `ip validate`'s options, as its declaration (./command.ts) parsed them. */
export interface ValidateOptions {
  paths: string[];
  lang: Lang;
  stdin?: boolean;
  stdinFilename?: string;
  strict?: boolean;
  verbose?: boolean;
  /** Show errors only; the summary still counts everything. */
  quiet?: boolean;
  /** true: --names; false: --no-names; unset: participant ids in text messages only on a terminal. */
  names?: boolean;
  /** Exit 1 past this many warnings. */
  maxWarnings?: number;
  allowEmpty?: boolean;
  /** Unset: annotations under GitHub Actions, else text. */
  format?: keyof typeof FORMATTERS;
  /** Unset: IP_TODAY, else the clock. */
  today?: string;
  maxSize: number;
  /** Mend the mechanical mistakes in the files, then check them. */
  fix?: boolean;
  /** Say what --fix would mend, and check the plans as it would leave them; write nothing. */
  fixDryRun?: boolean;
}

/** JSON is written in pieces as it is made (see formatJsonChunks); the other formats are one string each. */
const FORMATTERS = { text: formatText, json: formatJsonChunks, github: formatGithub } satisfies Record<string, Formatter<ValidateReport, ValidateFormatOptions> | ((report: ValidateReport, options: ValidateFormatOptions) => Iterable<string>)>;

export async function validate(options: ValidateOptions, ctx: Context): Promise<number> {
  const { lang, maxSize } = options;
  const format = options.format ?? (ctx.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  const today = todayOf(options.today, ctx, lang);
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError(VALIDATE_ERRORS[lang].stdinFilename);
  if (options.fix && options.fixDryRun) throw new UsageError(VALIDATE_ERRORS[lang].fixBoth, VALIDATE_ERRORS[lang].fixBothHint);
  if (options.fix && options.stdin) throw new UsageError(VALIDATE_ERRORS[lang].fixStdin, VALIDATE_ERRORS[lang].fixStdinHint);
  const fixMode = options.fix ? 'write' : options.fixDryRun ? 'dry-run' : undefined;
  let stdin = options.stdin ? { path: options.stdinFilename ?? '<stdin>', bytes: await readStdin(ctx, maxSize) } : undefined;

  // Fixing comes first; the check then reads the plans as fixing left them (or, in a dry run, would leave them).
  const fixing = fixMode ? await (await import('./fix.js')).fixPass({ paths: options.paths, maxSize, write: fixMode === 'write', lang, ...(stdin ? { stdin } : {}) }, ctx) : undefined;
  if (fixing?.stdin) stdin = fixing.stdin;
  const caseload = await readCaseload(
    {
      cwd: ctx.cwd,
      paths: options.paths,
      maxSize,
      today,
      analyse,
      across: true,
      ...readingFromEnv(ctx.env),
      ...(stdin ? { stdin } : {}),
      ...(fixing && fixing.contents.size > 0 ? { contents: fixing.contents } : {}),
    },
    () => undefined,
  );
  requireFound(caseload, lang, options.allowEmpty === true);

  const files: FileReport[] = caseload.plans.map((p) => ({
    path: p.path,
    valid: !p.diagnostics.some((d) => d.severity === 'error'),
    diagnostics: p.diagnostics,
    ...(fixing ? { fixed: fixing.fixed.get(p.path) ?? [] } : {}),
    ...(fixing?.notFixed.has(p.path) ? { notFixed: true } : {}),
  }));
  const report = summarize(files, caseload.skipped);
  const shown = options.quiet ? errorsOnly(report) : report;
  // Participant ids in messages: asked for with --names, else only in text on a terminal (JSON and annotations go to logs and scripts).
  const names = options.names ?? (format === 'text' && namesShown(undefined, ctx));
  const written = FORMATTERS[format](shown, { lang, paint: painter(ctx), verbose: options.verbose === true, names, ...(fixMode ? { fix: fixMode } : {}) });
  for (const piece of typeof written === 'string' ? [written] : written) ctx.stdout.write(piece);

  const { errors, warnings } = report.summary;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  const checked = errors > 0 || (options.strict && warnings > 0) || tooManyWarnings ? 1 : 0;
  return Math.max(checked, fixing?.exit ?? 0);
}
