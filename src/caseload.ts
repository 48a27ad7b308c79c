import { collect, type Candidate } from './fs/collect.js';
import { readLimited } from './fs/read.js';
import { checkAcross, runKeys, type RunPlan } from './plan/across.js';
import type { SkipReason } from './plan/frontmatter.js';
import { locateAnchors, readBytes, type Analyser, type Anchors, type CheckedFile, type ReadOptions } from './plan/read-plan.js';
import type { Diagnostic, PlanData, PlanStatus } from './plan/types.js';
import type { Code } from './plan/diagnostics/code.js';
import { fieldView, type PlanView } from './plan/view.js';

/**
 * The one way every command reads plans: targets → read → parse → check each
 * plan → checks across plans → results. Single-threaded: on two cores a
 * worker pool was measured no faster (see docs/reference/performance.md).
 *
 * What a command keeps of each plan is its own choice (`keep`), made as the
 * plan is read, so that a run over 100,000 plans holds only that, not every
 * plan's data.
 */

export interface CaseloadOptions {
  cwd: string;
  /** Files, folders and globs; none means the current folder (unless `stdin` is given). */
  paths: string[];
  /** Text given on standard input, read as a plan the user named. */
  stdin?: { path: string; bytes: Uint8Array };
  maxSize: number;
  today: string;
  /** The schema and rules; without them plans are only read (ip due needs only dates). */
  analyse?: Analyser;
  /**
   * The checks across plans: one open plan per person, unique plan ids.
   * `'unplaced'`: their findings without positions (at 1:1), for a command
   * that only needs to know a plan has them (ip export), so the plans they
   * name are not read a second time for their positions.
   */
  across?: boolean | 'unplaced';
  /** Always the precise YAML parser (`IP_PARSE=precise`): the bench and the tests compare the two. */
  precise?: boolean;
  /** Text to read instead of the file at an absolute path (`ip validate --fix-dry-run` checks plans as fixing would leave them). */
  contents?: ReadonlyMap<string, Uint8Array>;
}

/** One plan as read, handed to the command's `keep` and then let go. */
export interface ReadPlan {
  path: string;
  data?: PlanData;
  status?: PlanStatus;
  body?: string;
  bodyLine?: number;
  diagnostics: Diagnostic[];
  /** The lenient view the checks read, where they ran (the command passed `analyse`). */
  view?: PlanView;
}

export interface CaseloadPlan<T> {
  path: string;
  /** Every finding for the plan, its own and those across plans, in order of position. */
  diagnostics: Diagnostic[];
  kept: T;
}

export interface SkippedFile {
  path: string;
  reason: SkipReason;
}

export interface Caseload<T> {
  /** Plans, and files that claim to be plans, in a stable order: standard input, files, unreadable folders. */
  plans: CaseloadPlan<T>[];
  /** Markdown files that are not plans, with the reason. */
  skipped: SkippedFile[];
  /** Arguments that matched nothing (a usage error for the command to raise). */
  unmatched: string[];
  /** Where the run looked: the arguments, or `.`. */
  looked: string[];
}

/** The environment's say in how plans are read: `IP_PARSE=precise` skips the fast YAML reader. */
export function readingFromEnv(env: Record<string, string | undefined>): Pick<CaseloadOptions, 'precise'> {
  return env.IP_PARSE === 'precise' ? { precise: true } : {};
}

/** What the checks across plans need of a plan, kept beside the command's own part. */
interface Entry<T> {
  path: string;
  absolute?: string;
  explicit: boolean;
  diagnostics: Diagnostic[];
  kept: T;
  identity?: RunPlan;
}

function fileError(path: string, code: Code, params: Record<string, string | number>): CheckedFile {
  return { kind: 'plan', diagnostics: [{ severity: 'error', code, path: [], line: 1, column: 1, params }], anchors: {} };
}

/**
 * A copy of `text` that does not hold on to the string it was cut from. V8
 * keeps a slice of 13 or more characters as a view into its parent, so a name
 * read from a plan would keep the whole file's text alive: at 100,000 plans
 * that was most of the run's memory.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** What the checks across plans keep of a plan: its keys, copied so the plan's data can be let go, and its positions where it has any. */
function identityOf(path: string, checked: CheckedFile): RunPlan {
  const data = checked.data;
  // The checks' view where they ran; else (ip due) only the two fields, without building the whole view.
  const view = checked.view ?? (data ? { id: fieldView(data, 'id'), person: fieldView(data, 'person') } : undefined);
  const keys = runKeys(view, checked.status);
  const plan: RunPlan = { path };
  if (keys.id !== undefined) plan.id = detached(keys.id);
  if (keys.idNumber !== undefined) plan.idNumber = detached(keys.idNumber);
  if (keys.nameAndBirth !== undefined) plan.nameAndBirth = detached(keys.nameAndBirth);
  // The fast reader keeps no positions for a plan without findings: an empty object per plan adds up.
  if (checked.anchors && Object.keys(checked.anchors).length > 0) plan.anchors = checked.anchors;
  return plan;
}

function readCandidate(file: Candidate, options: ReadOptions, maxSize: number, contents?: ReadonlyMap<string, Uint8Array>): CheckedFile {
  const given = contents?.get(file.absolute);
  // Files the walk or a glob found are files: no need to ask (see readLimited).
  const read = given ? { bytes: given } : readLimited(file.absolute, maxSize, !file.explicit);
  if ('error' in read) return fileError(file.path, 'read-error', { reason: read.error });
  if ('tooLarge' in read) {
    // Only whether it claims to be a plan: its head is enough.
    const head = readBytes(read.head, { explicit: file.explicit, today: options.today });
    if (head.kind === 'skipped' && !file.explicit) return { kind: 'skipped', skipReason: 'too-large', diagnostics: [] };
    return fileError(file.path, 'too-large', { limit: maxSize });
  }
  return readBytes(read.bytes, options);
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column;
}

export async function readCaseload<T>(options: CaseloadOptions, keep: (plan: ReadPlan) => T): Promise<Caseload<T>> {
  const fromStdinOnly = options.stdin !== undefined && options.paths.length === 0;
  const collected = fromStdinOnly ? { files: [], unreadable: [], unmatched: [] } : await collect(options.cwd, options.paths);

  const entries: Entry<T>[] = [];
  const skipped: SkippedFile[] = [];
  const take = (path: string, checked: CheckedFile, source: { absolute?: string; explicit: boolean }) => {
    if (checked.kind === 'skipped') {
      skipped.push({ path, reason: checked.skipReason ?? 'no-plan-keys' });
      return;
    }
    const plan: ReadPlan = { path, diagnostics: checked.diagnostics };
    if (checked.data) plan.data = checked.data;
    if (checked.status) plan.status = checked.status;
    if (checked.body !== undefined) plan.body = checked.body;
    if (checked.bodyLine !== undefined) plan.bodyLine = checked.bodyLine;
    if (checked.view) plan.view = checked.view;
    const entry: Entry<T> = { path, explicit: source.explicit, diagnostics: checked.diagnostics, kept: keep(plan) };
    if (source.absolute !== undefined) entry.absolute = source.absolute;
    if (options.across) entry.identity = identityOf(path, checked);
    entries.push(entry);
  };

  const base: ReadOptions = { explicit: true, today: options.today };
  if (options.precise) base.precise = true;
  if (options.analyse) base.analyser = options.analyse;
  if (options.stdin) {
    const { path, bytes } = options.stdin;
    // Standard input is always read by the precise parser: it is one plan, often mid-edit.
    take(path, bytes.length > options.maxSize ? fileError(path, 'too-large', { limit: options.maxSize }) : readBytes(bytes, { ...base, precise: true }), { explicit: true });
  }
  const walked: ReadOptions = { ...base, explicit: false };
  for (const file of collected.files) take(file.path, readCandidate(file, file.explicit ? base : walked, options.maxSize, options.contents), file);
  for (const folder of collected.unreadable) take(folder.path, fileError(folder.path, 'read-error', { reason: folder.reason }), { explicit: true });

  const across = options.across ? acrossFindings(entries, options) : new Map<string, Diagnostic[]>();
  const plans = entries.map((e): CaseloadPlan<T> => {
    const extra = across.get(e.path);
    // Most plans have no findings, or one: nothing to merge or sort.
    const diagnostics = extra === undefined ? (e.diagnostics.length < 2 ? e.diagnostics : [...e.diagnostics].sort(byPosition)) : [...e.diagnostics, ...extra].sort(byPosition);
    return { path: e.path, diagnostics, kept: e.kept };
  });
  return { plans, skipped, unmatched: collected.unmatched, looked: options.paths.length > 0 ? options.paths : fromStdinOnly ? [] : ['.'] };
}

/**
 * The checks across plans. The fast reader keeps no positions for a plan
 * without findings of its own, so the few plans a finding across plans
 * names are read again for their positions, and checked again among
 * themselves: every plan in a group with a finding has one itself, so that
 * gives the same findings, now placed.
 */
function acrossFindings<T>(entries: Entry<T>[], options: CaseloadOptions): Map<string, Diagnostic[]> {
  const identities = entries.map((e) => e.identity!);
  const first = checkAcross(identities);
  if (first.size === 0 || options.across === 'unplaced') return first;
  const involved = entries.filter((e) => first.has(e.path));
  for (const entry of involved) {
    const identity = entry.identity!;
    if (identity.anchors) continue;
    identity.anchors = anchorsFor(entry, options);
  }
  return checkAcross(involved.map((e) => e.identity!));
}

function anchorsFor<T>(entry: Entry<T>, options: CaseloadOptions): Anchors {
  if (entry.absolute === undefined) return {};
  const given = options.contents?.get(entry.absolute);
  const read = given ? { bytes: given } : readLimited(entry.absolute, options.maxSize);
  if (!('bytes' in read)) return {};
  return locateAnchors(read.bytes, { explicit: entry.explicit, today: options.today, ...(options.precise ? { precise: true } : {}) });
}
