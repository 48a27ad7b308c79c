import { lstat, mkdir, open, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { EXIT, UsageError, type Context } from '../context.js';
import { DEFAULT_MAX_SIZE, loadPlans, type LoadedFile } from '../fs/load.js';
import { writeFileSafely, WriteError } from '../fs/write.js';
import type { Lang } from '../output/lang.js';
import { RENDER_MESSAGES, type RenderMessages } from '../output/render/messages.js';
import { parseSize, resolveToday } from '../options.js';
import { analyse } from '../plan/analyse.js';
import { HEAD_BYTES, isPreviousRender } from '../render/marker.js';
import { outputNames } from '../render/names.js';
import { renderPlan } from '../render/page.js';

/**
 * `ip render`: plans in, one self-contained HTML page per plan out.
 *
 * The output is always named by -o, never put beside the plan on its own: a
 * rendered copy left in a plan folder or repository is one more copy of
 * health data. Every target is checked before anything is written (a file
 * that ip render did not make is never replaced without --force, and a plan
 * is never replaced at all), and each page is written atomically.
 */

export interface RenderOptions {
  paths: string[];
  output?: string | undefined;
  force?: boolean;
  today?: string | undefined;
  maxSize?: string | undefined;
  lang: Lang;
}

interface Target {
  plan: LoadedFile;
  absolute: string;
}

/** Paths come from the command line and the disk: no control characters reach the terminal. */
function shown(path: string): string {
  // eslint-disable-next-line no-control-regex
  return path.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
}

function display(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return shown(rel === '' || rel.startsWith('..') ? absolute : rel);
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'ERROR';
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The nearest folder upwards that holds a `.git` (folder or file), if any. */
async function gitRoot(start: string): Promise<string | undefined> {
  let dir = start;
  for (;;) {
    if (await lstat(join(dir, '.git')).catch(() => undefined)) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Whether each target may be written: new, a previous render, or --force. A plan itself is never a target. */
async function conflicts(targets: Target[], sources: Set<string>, force: boolean, m: RenderMessages, cwd: string): Promise<string[]> {
  const found: string[] = [];
  for (const { absolute } of targets) {
    const info = await lstat(absolute).catch(() => undefined);
    if (!info) continue;
    const real = await realpath(absolute).catch(() => absolute);
    if (sources.has(real) || sources.has(absolute)) {
      found.push(m.conflictSource(display(cwd, absolute)));
      continue;
    }
    const target = info.isSymbolicLink() ? await stat(absolute).catch(() => undefined) : info;
    if (target?.isDirectory()) {
      found.push(m.conflictFolder(display(cwd, absolute)));
      continue;
    }
    if (force) continue;
    const head = target?.isFile() ? await readHead(absolute).catch(() => '') : '';
    if (!isPreviousRender(head)) found.push(m.conflictForeign(display(cwd, absolute)));
  }
  return found;
}

export async function render(options: RenderOptions, ctx: Context): Promise<number> {
  const m = RENDER_MESSAGES[options.lang];
  if (options.output === undefined || options.output === '') throw new UsageError(m.noOutput, m.noOutputHint);
  if (options.paths.length === 0) throw new UsageError(m.noPaths, m.noPathsHint);
  const today = resolveToday(options.today, ctx, options.lang);
  const maxSize = options.maxSize !== undefined ? parseSize(options.maxSize, options.lang) : DEFAULT_MAX_SIZE;

  const loaded = await loadPlans({ cwd: ctx.cwd, paths: options.paths, maxSize, today, analyse });
  if (loaded.unmatched.length > 0) {
    const list = loaded.unmatched.map((p) => (options.lang === 'nb' ? `«${shown(p)}»` : `"${shown(p)}"`)).join(', ');
    throw new UsageError(m.unmatched(list), m.unmatchedHint);
  }
  const plans = loaded.plans;
  if (plans.length === 0) throw new UsageError(m.noPlans, m.noPlansHint);

  const render = (plan: LoadedFile) =>
    renderPlan({
      ...(plan.data ? { data: plan.data } : {}),
      ...(plan.status ? { status: plan.status } : {}),
      ...(plan.body !== undefined ? { body: plan.body } : {}),
      diagnostics: plan.diagnostics,
      today,
    });
  const noteErrors = (plan: LoadedFile, errors: number) => {
    if (errors > 0) ctx.stderr.write(`ip: ${m.withErrors(shown(plan.path), errors)}\n`);
  };

  // Standard output: one page, nothing else on stdout.
  if (options.output === '-') {
    if (plans.length !== 1) throw new UsageError(m.stdoutOne(plans.length), m.stdoutOneHint);
    const result = render(plans[0]!);
    ctx.stdout.write(result.html);
    noteErrors(plans[0]!, result.errors);
    return result.errors > 0 ? EXIT.findings : EXIT.ok;
  }

  const out = resolve(ctx.cwd, options.output);
  const single = options.paths.length === 1 && !(await isDirectory(resolve(ctx.cwd, options.paths[0]!))) && plans.length === 1;
  // A folder when -o says so (trailing slash, or an existing folder), or when several plans may come and -o does not name an .html file.
  const folderMode = /[/\\]$/.test(options.output) || options.output.endsWith(sep) || (await isDirectory(out)) || (!single && !/\.html?$/i.test(options.output));
  let targets: Target[];
  if (folderMode) {
    const existing = await stat(out).catch(() => undefined);
    if (existing && !existing.isDirectory()) throw new UsageError(m.outputNotFolder(display(ctx.cwd, out)), m.outputNotFolderHint);
    const names = outputNames(plans.map((p) => ({ id: typeof p.data?.id === 'string' ? p.data.id : undefined, path: p.path })));
    targets = plans.map((plan, i) => ({ plan, absolute: join(out, names[i]!) }));
  } else {
    if (plans.length !== 1) throw new UsageError(m.fileOne(plans.length), m.fileOneHint);
    targets = [{ plan: plans[0]!, absolute: out }];
  }

  const sources = new Set<string>();
  for (const p of plans) {
    const absolute = resolve(ctx.cwd, p.path);
    sources.add(absolute);
    sources.add(await realpath(absolute).catch(() => absolute));
  }
  const blocked = await conflicts(targets, sources, options.force === true, m, ctx.cwd);
  if (blocked.length > 0) throw new UsageError(`${m.conflicts}\n${blocked.map((b) => `  ${b}`).join('\n')}`, m.conflictsHint);

  const folder = folderMode ? out : dirname(out);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new UsageError(m.cannotCreate(display(ctx.cwd, folder), reason(error)), m.cannotWriteHint);
  }
  const repository = await gitRoot(folder);
  if (repository) ctx.stderr.write(`ip: ${m.inRepository(display(ctx.cwd, folder))}\n`);

  let errors = 0;
  const failures: string[] = [];
  for (const { plan, absolute } of targets) {
    const result = render(plan);
    try {
      // A previous render (or a file --force allows) is replaced in one step; a new file is created exclusively.
      const exists = (await lstat(absolute).catch(() => undefined)) !== undefined;
      await writeFileSafely(absolute, result.html, { force: exists });
    } catch (error) {
      const why = error instanceof WriteError ? error.errno : reason(error);
      failures.push(m.cannotWrite(display(ctx.cwd, absolute), why));
      if (error instanceof WriteError && error.leftover) failures.push(m.leftover(display(ctx.cwd, error.leftover)));
      continue;
    }
    ctx.stderr.write(`ip: ${m.wrote(display(ctx.cwd, absolute), shown(plan.path))}\n`);
    noteErrors(plan, result.errors);
    if (result.errors > 0) errors++;
  }
  if (failures.length > 0) {
    ctx.stderr.write(`ip: ${failures.join('\nip: ')}\n${m.cannotWriteHint}\n`);
    return EXIT.usage;
  }
  return errors > 0 ? EXIT.findings : EXIT.ok;
}
