import { join, resolve } from 'node:path';
import { readCaseload, readingFromEnv } from '../../caseload.js';
import { EXIT, UsageError, type Context } from '../../context.js';
import { bundleOf, ndjsonOf } from '../../export/bundle.js';
import { planBase, planResources, type Resource } from '../../export/resources.js';
import { conflicts, makeFolder, type Conflict } from '../../fs/output-path.js';
import { isDirectory } from '../../fs/is-directory.js';
import { directWriter } from '../../fs/stdout.js';
import { identify, writeIfStillChecked, WriteError } from '../../fs/write.js';
import type { Lang } from '../../output/lang.js';
import { shownFrom, shownPath } from '../../output/path.js';
import { analyse } from '../../plan/analyse.js';
import { planView } from '../../plan/view.js';
import { requireFound } from '../found.js';
import { todayOf } from '../options.js';
import { EXPORT_MESSAGES } from './messages.js';

/**
 * `ip export`: plans in, FHIR R4 out (src/export/). A plan with errors is left
 * out unless --allow-invalid, and the run names it. Output goes to a file or
 * folder (-o: each file written atomically, readable by you alone, never
 * replacing a file without --force), or to standard output when that is not
 * a terminal: health data is not printed to a screen by accident.
 */

export interface ExportOptions {
  paths: string[];
  format?: 'fhir';
  ndjson?: boolean;
  output?: string;
  includeIdentifiers?: boolean;
  allowInvalid?: boolean;
  force?: boolean;
  allowEmpty?: boolean;
  today?: string;
  maxSize: number;
  lang: Lang;
}

/** What is kept of a plan as it is read: its file's text, made at once, so no plan or resource stays in memory. */
interface Exported {
  path: string;
  base: string;
  text: string | undefined;
}

type Chosen = Exported & { text: string };

/** How many left-out plans are named on standard error. */
const MAX_LISTED = 10;

/** Characters written to standard output at a time. */
const CHUNK = 1 << 20;


/** A plan's file: its Bundle, or its resources one per line. */
function fileText(base: string, resources: readonly Resource[], ndjson: boolean): string {
  return ndjson ? ndjsonOf(resources) : `${JSON.stringify(bundleOf(`${base}-bundle`, resources))}\n`;
}

export async function exportPlans(options: ExportOptions, ctx: Context): Promise<number> {
  const { lang, maxSize } = options;
  const m = EXPORT_MESSAGES[lang];
  const ndjson = options.ndjson === true;
  const toStdout = options.output === undefined || options.output === '-';
  if (toStdout && ctx.stdout.isTTY === true) throw new UsageError(m.terminal, m.terminalHint);
  const today = todayOf(options.today, ctx, lang);

  // Each plan is turned into its resources as it is read; the plan itself is not kept.
  const caseload = await readCaseload({ cwd: ctx.cwd, paths: options.paths, maxSize, today, analyse, across: 'unplaced', ...readingFromEnv(ctx.env) }, (plan): Exported => {
    const view = plan.view ?? (plan.data ? planView(plan.data) : undefined);
    const usable = view !== undefined && (options.allowInvalid === true || plan.diagnostics.every((d) => d.severity !== 'error'));
    const base = view ? planBase(view, plan.path) : '';
    return {
      path: plan.path,
      base,
      text: usable ? fileText(base, planResources(view, { includeIdentifiers: options.includeIdentifiers === true, path: plan.path }), ndjson) : undefined,
    };
  });
  requireFound(caseload, lang, options.allowEmpty === true);
  // Errors found across plans (a second plan for one person, an id used twice) count too, so the choice is made after the run.
  // Export names no finding's position, so those plans are not read again to place them ('unplaced').
  const chosen: Chosen[] = [];
  const leftOut: Exported[] = [];
  let invalidIncluded = 0;
  for (const { kept, diagnostics } of caseload.plans) {
    const failed = diagnostics.some((d) => d.severity === 'error');
    if (kept.text === undefined || (failed && options.allowInvalid !== true)) leftOut.push(kept);
    else {
      chosen.push({ ...kept, text: kept.text });
      if (failed) invalidIncluded++;
    }
  }

  refuseSharedIds(chosen, options.lang);

  if (toStdout) {
    if (chosen.length > 1 && !ndjson) throw new UsageError(m.severalToStdout(chosen.length), m.severalToStdoutHint);
    // In chunks of about a megabyte: one write per plan costs a buffer and a system call each.
    const direct = directWriter(ctx.stdout);
    const write = (text: string) => {
      if (!direct) return void ctx.stdout.write(text);
      try {
        direct(text);
      } catch (error) {
        throw new UsageError(m.cannotWriteOut((error as NodeJS.ErrnoException).code ?? 'EIO'), m.cannotWriteHint);
      }
    };
    let parts: string[] = [];
    let size = 0;
    for (const plan of chosen) {
      parts.push(plan.text);
      size += plan.text.length;
      if (size >= CHUNK) {
        write(parts.join(''));
        parts = [];
        size = 0;
      }
    }
    if (parts.length > 0) write(parts.join(''));
  } else {
    await writeFiles(chosen, options, ctx);
  }
  return report(leftOut, invalidIncluded, options, ctx);
}

/**
 * Two plans whose resources would get the same FHIR ids would be mixed, in
 * one file or stream as in a folder: two plans with one id (exported with
 * --allow-invalid), or ids that differ only where FHIR's ids cannot tell
 * them apart (æ, ø, å written out; case, on a disk that ignores it). Refused
 * before anything is written.
 */
function refuseSharedIds(plans: readonly Chosen[], lang: Lang): void {
  const m = EXPORT_MESSAGES[lang];
  const byBase = new Map<string, Chosen[]>();
  for (const plan of plans) {
    const key = plan.base.toLowerCase();
    const same = byBase.get(key);
    if (same) same.push(plan);
    else byBase.set(key, [plan]);
  }
  const shared = [...byBase.values()].filter((same) => same.length > 1);
  if (shared.length === 0) return;
  const lines = shared.slice(0, MAX_LISTED).map((same) => `  ${m.sameFhirIdLine(same[0]!.base, same.slice(0, MAX_LISTED).map((p) => shownPath(p.path)), same.length - MAX_LISTED)}`);
  if (shared.length > MAX_LISTED) lines.push(`  ${m.leftOutMore(shared.length - MAX_LISTED)}`);
  throw new UsageError(`${m.sameFhirId}\n${lines.join('\n')}`, m.sameFhirIdHint);
}

/** -o: one file for one plan (or for all resources with --ndjson), else a folder with a file per plan. */
async function writeFiles(plans: readonly Chosen[], options: ExportOptions, ctx: Context): Promise<void> {
  const m = EXPORT_MESSAGES[options.lang];
  const output = options.output!;
  const absolute = resolve(ctx.cwd, output);
  const ndjson = options.ndjson === true;
  const folderNamed = /[/\\]$/.test(output) || (await isDirectory(absolute));
  const asFolder = folderNamed || (plans.length > 1 && !ndjson);
  const targets = asFolder
    ? plans.map((p) => ({ absolute: join(absolute, `${p.base}${ndjson ? '.ndjson' : '.fhir.json'}`), text: p.text }))
    : [{ absolute, text: plans.map((p) => p.text).join('') }];
  // Several plans need a folder; an existing file at -o is not one.
  if (asFolder && !folderNamed && (await identify(absolute)) !== undefined) {
    throw new UsageError(m.notAFolder(shownFrom(ctx.cwd, absolute)), m.notAFolderHint);
  }
  if (plans.length === 0) return;
  const sources = plans.map((p) => resolve(ctx.cwd, p.path));
  const { blocked, checked } = await conflicts(
    targets.map((t) => t.absolute),
    sources,
    options.force === true,
  );
  if (blocked.length > 0) {
    const line = (c: Conflict) => {
      const path = shownFrom(ctx.cwd, c.absolute);
      return c.kind === 'source' ? m.conflictSource(path) : c.kind === 'folder' ? m.conflictFolder(path) : c.kind === 'special' ? m.conflictSpecial(path) : m.conflictExists(path);
    };
    throw new UsageError(`${m.conflicts}\n${blocked.map((c) => `  ${line(c)}`).join('\n')}`, m.conflictsHint);
  }
  const folder = asFolder ? absolute : resolve(absolute, '..');
  const cannot = await makeFolder(folder);
  if (cannot) throw new UsageError(m.cannotCreate(shownFrom(ctx.cwd, folder), cannot), m.cannotWriteHint);
  for (const target of targets) {
    try {
      // A new file is created exclusively; one --force allows is replaced only while it is still the file checked above.
      await writeIfStillChecked(target.absolute, target.text, checked.get(target.absolute));
    } catch (error) {
      if (error instanceof WriteError && (error.kind === 'exists' || error.kind === 'changed')) {
        throw new UsageError(m.appeared(shownFrom(ctx.cwd, target.absolute)), m.conflictsHint);
      }
      const errno = error instanceof WriteError ? error.errno : 'EIO';
      throw new UsageError(m.cannotWrite(shownFrom(ctx.cwd, target.absolute), errno), m.cannotWriteHint);
    }
  }
  ctx.stderr.write(`ip: ${m.wrote(targets.length, plans.length, shownFrom(ctx.cwd, absolute))}\n`);
}

/** The plans left out (by path) and the exit code: 1 when any plan with errors was left out. */
function report(leftOut: readonly Exported[], invalidIncluded: number, options: ExportOptions, ctx: Context): number {
  const m = EXPORT_MESSAGES[options.lang];
  if (invalidIncluded > 0) ctx.stderr.write(`ip: ${m.invalidIncluded(invalidIncluded)}\n`);
  if (leftOut.length === 0) return EXIT.ok;
  const lines = [`ip export: ${m.leftOut(leftOut.length)}`, ...leftOut.slice(0, MAX_LISTED).map((p) => `  ${shownPath(p.path)}`)];
  if (leftOut.length > MAX_LISTED) lines.push(`  ${m.leftOutMore(leftOut.length - MAX_LISTED)}`);
  lines.push(m.leftOutHint);
  ctx.stderr.write(`${lines.join('\n')}\n`);
  return EXIT.findings;
}
