import { dirname, join, resolve } from 'node:path';
import { readCaseload, readingFromEnv, type CaseloadPlan, type ReadPlan } from '../../caseload.js';
import { EXIT, UsageError, type Context } from '../../context.js';
import { conflicts, gitRoot, makeFolder, outputPlan, type Conflict } from '../../fs/output-path.js';
import { WriteError, writeIfStillChecked, type WriteFs } from '../../fs/write.js';
import type { Lang } from '../../output/lang.js';
import { shownFrom, shownPath } from '../../output/path.js';
import { analyse } from '../../plan/analyse.js';
import { outputNames } from '../../render/names.js';
import { renderPlan } from '../../render/page.js';
import { requireFound } from '../found.js';
import { todayOf } from '../options.js';
import { RENDER_MESSAGES, type RenderMessages } from './messages.js';

/**
 * `ip render`: plans in, one self-contained HTML page per plan out.
 *
 * The output is always named by -o, never put beside the plan on its own: a
 * rendered copy left in a plan folder or repository is one more copy of
 * health data. Every target is checked before anything is written
 * (fs/output-path.ts), and each page is written atomically.
 */

/** `ip render`'s options, as its declaration (./command.ts) parsed them. */
export interface RenderOptions {
  paths: string[];
  output?: string;
  force?: boolean;
  /** Name each page written, also for a folder. */
  verbose?: boolean;
  allowEmpty?: boolean;
  /** Unset: IP_TODAY, else the clock. */
  today?: string;
  maxSize: number;
  lang: Lang;
  /** Tests: file system functions for the writes (someone creating a file between the check and the write). */
  writeFs?: WriteFs;
}

type Plan = CaseloadPlan<ReadPlan>;


function conflictText(c: Conflict, m: RenderMessages, cwd: string): string {
  const path = shownFrom(cwd, c.absolute);
  if (c.kind === 'source') return m.conflictSource(path);
  if (c.kind === 'folder') return m.conflictFolder(path);
  return c.kind === 'special' ? m.conflictSpecial(path) : m.conflictForeign(path);
}

export async function render(options: RenderOptions, ctx: Context): Promise<number> {
  const { lang, maxSize } = options;
  const m = RENDER_MESSAGES[lang];
  if (options.output === undefined || options.output === '') throw new UsageError(m.noOutput, m.noOutputHint);
  if (options.paths.length === 0) throw new UsageError(m.noPaths, m.noPathsHint);
  const today = todayOf(options.today, ctx, lang);

  // The page shows the whole plan, so each plan is kept whole.
  // The checks' view is let go: the page builds its own from the data it keeps.
  const caseload = await readCaseload({ cwd: ctx.cwd, paths: options.paths, maxSize, today, analyse, ...readingFromEnv(ctx.env) }, ({ view: _view, ...plan }) => plan);
  requireFound(caseload, lang, options.allowEmpty === true);
  const plans = caseload.plans;
  if (plans.length === 0) return EXIT.ok;

  const page = ({ kept, diagnostics }: Plan) =>
    renderPlan({
      ...(kept.data ? { data: kept.data } : {}),
      ...(kept.status ? { status: kept.status } : {}),
      ...(kept.body !== undefined ? { body: kept.body } : {}),
      diagnostics,
      today,
    });
  const noteBody = (plan: Plan) => {
    if (plan.diagnostics.some((d) => d.code === 'body-too-complex')) ctx.stderr.write(`ip: ${m.bodyOmitted(shownPath(plan.path))}\n`);
  };
  const noteErrors = (plan: Plan, errors: number) => {
    noteBody(plan);
    if (errors > 0) ctx.stderr.write(`ip: ${m.withErrors(shownPath(plan.path), errors)}\n`);
  };

  // Standard output: one page, nothing else on stdout.
  if (options.output === '-') {
    if (plans.length !== 1) throw new UsageError(m.stdoutOne(plans.length), m.stdoutOneHint);
    const result = page(plans[0]!);
    ctx.stdout.write(result.html);
    noteErrors(plans[0]!, result.errors);
    return result.errors > 0 ? EXIT.findings : EXIT.ok;
  }

  const out = await outputPlan(ctx.cwd, options.output, options.paths, plans.length);
  if (out.mode === 'not-a-folder') throw new UsageError(m.outputNotFolder(shownFrom(ctx.cwd, out.absolute)), m.outputNotFolderHint);
  if (out.mode === 'file' && plans.length !== 1) throw new UsageError(m.fileOne(plans.length), m.fileOneHint);
  const names = out.mode === 'folder' ? outputNames(plans.map((p) => ({ id: typeof p.kept.data?.id === 'string' ? p.kept.data.id : undefined, path: p.path }))) : [];
  const targets = plans.map((plan, i) => ({ plan, absolute: out.mode === 'folder' ? join(out.absolute, names[i]!) : out.absolute }));

  const { blocked, checked } = await conflicts(
    targets.map((t) => t.absolute),
    plans.map((p) => resolve(ctx.cwd, p.path)),
    options.force === true,
  );
  if (blocked.length > 0) throw new UsageError(`${m.conflicts}\n${blocked.map((b) => `  ${conflictText(b, m, ctx.cwd)}`).join('\n')}`, m.conflictsHint);

  const folder = out.mode === 'folder' ? out.absolute : dirname(out.absolute);
  const cannot = await makeFolder(folder);
  if (cannot) throw new UsageError(m.cannotCreate(shownFrom(ctx.cwd, folder), cannot), m.cannotWriteHint);
  if (await gitRoot(folder)) ctx.stderr.write(`ip: ${m.inRepository(shownFrom(ctx.cwd, folder))}\n`);

  let errors = 0;
  const failures: string[] = [];
  // A folder of many pages gets one line for the run; each page is named with --verbose, or when there is one.
  const each = out.mode === 'file' || options.verbose === true || targets.length === 1;
  const withErrors: string[] = [];
  // Kept for a run that fails part-way: then every page written is named, so the user knows which are complete.
  const wroteLines: string[] = [];
  let written = 0;
  // Pages that appeared or changed after the check: not replaced, named at the end.
  const changed: string[] = [];
  for (const { plan, absolute } of targets) {
    const result = page(plan);
    try {
      // A new page is created exclusively; a previous render (or a file --force allows) is replaced only while it is still the file checked above.
      await writeIfStillChecked(absolute, result.html, checked.get(absolute), options.writeFs ? { fs: options.writeFs } : {});
    } catch (error) {
      if (error instanceof WriteError && (error.kind === 'exists' || error.kind === 'changed')) {
        changed.push(shownFrom(ctx.cwd, absolute));
        if (error.leftover) failures.push(m.leftover(shownFrom(ctx.cwd, error.leftover)));
        continue;
      }
      const why = error instanceof WriteError ? error.errno : ((error as NodeJS.ErrnoException | undefined)?.code ?? 'ERROR');
      failures.push(m.cannotWrite(shownFrom(ctx.cwd, absolute), why));
      if (error instanceof WriteError && error.leftover) failures.push(m.leftover(shownFrom(ctx.cwd, error.leftover)));
      continue;
    }
    written++;
    if (result.errors > 0) errors++;
    if (each) {
      ctx.stderr.write(`ip: ${m.wrote(shownFrom(ctx.cwd, absolute), shownPath(plan.path))}\n`);
      noteErrors(plan, result.errors);
      continue;
    }
    wroteLines.push(`ip: ${m.wrote(shownFrom(ctx.cwd, absolute), shownPath(plan.path))}\n`);
    noteBody(plan);
    if (result.errors > 0) withErrors.push(shownPath(plan.path));
  }
  if (!each && (failures.length > 0 || changed.length > 0)) ctx.stderr.write(wroteLines.join(''));
  else if (!each && written > 0) ctx.stderr.write(`ip: ${m.summary(written, shownFrom(ctx.cwd, folder), withErrors)}\n`);
  if (changed.length > 0) ctx.stderr.write(`ip: ${m.changedSince}\n${changed.map((c) => `  ${c}\n`).join('')}${m.changedSinceHint}\n`);
  if (failures.length > 0) ctx.stderr.write(`ip: ${failures.join('\nip: ')}\n${m.cannotWriteHint}\n`);
  if (failures.length > 0 || changed.length > 0) return EXIT.usage;
  return errors > 0 ? EXIT.findings : EXIT.ok;
}
