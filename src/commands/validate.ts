import { UsageError, type Context } from '../context.js';
import { DEFAULT_MAX_SIZE, loadPlans, locateAnchors, type LoadedFile } from '../fs/load.js';
import type { Lang } from '../output/lang.js';
import { painter } from '../output/style.js';
import { formatGithub } from '../output/validate/github.js';
import { formatJson } from '../output/validate/json.js';
import { formatText } from '../output/validate/text.js';
import { parseSize, resolveFormat, resolveToday } from '../options.js';
import { checkAcross } from '../plan/across.js';
import { analyse } from '../plan/analyse.js';
import type { Diagnostic } from '../plan/types.js';
import { summarize, type FileReport } from '../validate/report.js';

export interface ValidateOptions {
  paths: string[];
  stdin?: boolean;
  stdinFilename?: string | undefined;
  strict?: boolean;
  format?: string | undefined;
  today?: string | undefined;
  maxSize?: string | undefined;
  lang: Lang;
}

const FORMATS = ['text', 'json', 'github'] as const;

async function readStdin(ctx: Context): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  if (ctx.stdin) for await (const chunk of ctx.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export async function validate(options: ValidateOptions, ctx: Context): Promise<number> {
  const { lang } = options;
  const format = resolveFormat(options.format, FORMATS, ctx.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text', lang);
  const today = resolveToday(options.today, ctx, lang);
  const maxSize = options.maxSize !== undefined ? parseSize(options.maxSize, lang) : DEFAULT_MAX_SIZE;
  if (options.stdinFilename !== undefined && !options.stdin) {
    throw new UsageError(lang === 'nb' ? '--stdin-filename brukes bare sammen med --stdin.' : '--stdin-filename is only used with --stdin.');
  }
  const stdin = options.stdin ? { path: options.stdinFilename ?? '<stdin>', bytes: await readStdin(ctx) } : undefined;

  // The checks across plans need only the plans' data: they run as soon as every plan is read,
  // while worker threads are still analysing (see LoadOptions.whenRead).
  let extra = new Map<string, Diagnostic[]>();
  const whenRead = (plans: LoadedFile[]) => void (extra = checkAcross(plans));
  const loaded = await loadPlans({ cwd: ctx.cwd, paths: options.paths, maxSize, today, keep: 'identity', analyse, whenRead, env: ctx.env, ...(stdin ? { stdin } : {}) });
  if (loaded.unmatched.length > 0) {
    throw new UsageError(
      lang === 'nb'
        ? `Fant ingenting som heter ${loaded.unmatched.map((p) => `«${p}»`).join(', ')}.`
        : `Nothing matches ${loaded.unmatched.map((p) => `"${p}"`).join(', ')}.`,
      lang === 'nb' ? 'Sjekk stien, eller sett globber i anførselstegn.' : 'Check the path, or put globs in quotes.',
    );
  }

  // The findings across plans were placed with the positions known when every plan was read:
  // few, if any. Find the positions for the plans involved, and check those plans again.
  // Every plan in a group with a finding has a finding itself, so checking only them gives
  // the same findings, now placed.
  if (extra.size > 0) {
    const involved = loaded.plans.filter((p) => extra.has(p.path));
    for (const plan of involved) if (!plan.anchors) plan.anchors = await locateAnchors(plan, { maxSize, today });
    for (const [path, diagnostics] of checkAcross(involved)) extra.set(path, diagnostics);
  }
  const files: FileReport[] = loaded.plans.map((p) => {
    const across = extra.get(p.path);
    // Most plans have no findings, or one: nothing to merge or sort.
    const diagnostics = across === undefined && p.diagnostics.length < 2 ? p.diagnostics : [...p.diagnostics, ...(across ?? [])].sort((a, b) => a.line - b.line || a.column - b.column);
    return { path: p.path, valid: !diagnostics.some((d) => d.severity === 'error'), diagnostics };
  });
  const report = summarize(files, loaded.skipped);

  const output =
    format === 'json' ? formatJson(report, { lang }) : format === 'github' ? formatGithub(report, { lang }) : formatText(report, { lang, paint: painter(ctx) });
  ctx.stdout.write(output);
  if (report.summary.files === 0 && !stdin) {
    // Exit 0 (nothing is wrong), but a folder without plans is usually the wrong folder.
    ctx.stderr.write(
      lang === 'nb'
        ? 'ip: Fant ingen planer her. En plan er en Markdown-fil med «ip: 1» øverst i front matter.\n'
        : 'ip: Found no plans here. A plan is a Markdown file with "ip: 1" at the top of its front matter.\n',
    );
  }

  const { errors, warnings } = report.summary;
  return errors > 0 || (options.strict && warnings > 0) ? 1 : 0;
}
