import type { Context } from '../context.js';
import { DEFAULT_MAX_SIZE, readCaseload, readingFromEnv } from '../caseload.js';
import { readStdin } from '../fs/stdin.js';
import type { Formatter } from '../output/formatter.js';
import type { Lang } from '../output/lang.js';
import { painter } from '../output/style.js';
import { formatGithub } from '../output/validate/github.js';
import { formatJson } from '../output/validate/json.js';
import { formatText, type ValidateFormatOptions } from '../output/validate/text.js';
import { VALIDATE_ERRORS } from '../output/validate/messages.js';
import { UsageError } from '../context.js';
import { parseSize, resolveFormat, resolveToday } from '../options.js';
import { analyse } from '../plan/analyse.js';
import { summarize, type FileReport, type ValidateReport } from '../validate/report.js';
import { requireFound } from './found.js';

export interface ValidateOptions {
  paths: string[];
  stdin?: boolean;
  stdinFilename?: string | undefined;
  strict?: boolean;
  verbose?: boolean;
  allowEmpty?: boolean;
  format?: string | undefined;
  today?: string | undefined;
  maxSize?: string | undefined;
  lang: Lang;
}

const FORMATTERS = { text: formatText, json: formatJson, github: formatGithub } satisfies Record<string, Formatter<ValidateReport, ValidateFormatOptions>>;
const FORMATS = Object.keys(FORMATTERS) as (keyof typeof FORMATTERS)[];

export async function validate(options: ValidateOptions, ctx: Context): Promise<number> {
  const { lang } = options;
  const format = resolveFormat(options.format, FORMATS, ctx.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text', lang);
  const today = resolveToday(options.today, ctx, lang);
  const maxSize = options.maxSize !== undefined ? parseSize(options.maxSize, lang) : DEFAULT_MAX_SIZE;
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError(VALIDATE_ERRORS[lang].stdinFilename);
  const stdin = options.stdin ? { path: options.stdinFilename ?? '<stdin>', bytes: await readStdin(ctx) } : undefined;

  const caseload = await readCaseload(
    { cwd: ctx.cwd, paths: options.paths, maxSize, today, analyse, across: true, ...readingFromEnv(ctx.env), ...(stdin ? { stdin } : {}) },
    () => undefined,
  );
  requireFound(caseload, lang, options.allowEmpty === true);

  const files: FileReport[] = caseload.plans.map((p) => ({ path: p.path, valid: !p.diagnostics.some((d) => d.severity === 'error'), diagnostics: p.diagnostics }));
  const report = summarize(files, caseload.skipped);
  ctx.stdout.write(FORMATTERS[format](report, { lang, paint: painter(ctx), verbose: options.verbose === true }));

  const { errors, warnings } = report.summary;
  return errors > 0 || (options.strict && warnings > 0) ? 1 : 0;
}
