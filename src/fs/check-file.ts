import type { DueEntry, DueInput } from '../due/entry.js';
import { obj } from '../plan/access.js';
import { placeFindings, readBytes, type Analyser, type CheckedFile, type ReadOptions } from '../plan/read-plan.js';
import type { Diagnostic, PlanData } from '../plan/types.js';
import type { Candidate } from './collect.js';
import { readLimited } from './read.js';
import type { LoadedFile } from './load.js';

export type Keep = 'plan' | 'identity' | 'due';

/** What checking one file needs: plain data, so it can cross to a worker thread. */
export interface FileCheckOptions {
  maxSize: number;
  today: string;
  /**
   * What to keep of each plan, decided where it is read so that little
   * crosses back from a worker thread: `plan` everything; `identity` only
   * what the checks across plans need (validate); `due` only the summary and
   * dated points (due).
   */
  keep?: Keep;
  /** With `keep: 'due'`: points after this day are not kept (ip due's window ends there). */
  dueUntil?: string;
  /** Always take the precise parse path (the bench compares both). */
  precise?: boolean;
  /** Leave the schema and rules to the caller where the fast path read the plan (see ReadOptions). */
  deferAnalysis?: boolean;
}

/** A file read with deferAnalysis: the result as kept, and what is left to analyse. */
export interface DeferredFile {
  file: LoadedFile;
  /** The whole plan data, when the analysis was left to the caller. */
  pending?: PlanData;
  /** JSON carries the pending data exactly (see CheckedFile.pending). */
  asJson?: boolean;
}

export function fileError(path: string, code: string, params: Record<string, string | number>): LoadedFile {
  const d: Diagnostic = { severity: 'error', code, path: [], line: 1, column: 1, params };
  return { path, kind: 'plan', diagnostics: [d], anchors: {} };
}

/** The fields the checks across plans read; the rest of a plan stays where it was checked. */
function identity(data: PlanData): PlanData {
  const person = obj(data.person);
  return {
    id: data.id,
    status: data.status,
    person: person ? { navn: person.navn, fødselsdato: person.fødselsdato, fødselsnummer: person.fødselsnummer } : undefined,
  };
}

/**
 * What `keep: 'due'` keeps of a plan: ip due's dueEntry, handed in by ip due
 * and its worker threads, so that ip validate never loads the due modules.
 */
export type DueKeeper = (input: DueInput) => DueEntry;

/**
 * The code a check hands in, where it is loaded: the schema and rules
 * (analyse.ts), without which plans are only read (ip due), and ip due's
 * dueEntry with `keep: 'due'`. Functions, so not part of the options, which
 * cross to worker threads as data.
 */
export interface FileHooks {
  analyse?: Analyser;
  due?: DueKeeper;
}

export function checkFile(file: Candidate, options: FileCheckOptions, hooks: FileHooks = {}): LoadedFile {
  return readAndCheck(file, options, hooks).file;
}

export function readAndCheck(file: Candidate, options: FileCheckOptions, hooks: FileHooks = {}): DeferredFile {
  const { path, absolute, explicit } = file;
  // Files the walk or a glob found are files: no need to ask (see readLimited).
  const read = readLimited(absolute, options.maxSize, !explicit);
  if ('error' in read) return { file: fileError(path, 'read-error', { reason: read.error }) };
  if ('tooLarge' in read) {
    // Only whether it claims to be a plan: reading its head is enough.
    const checked = readBytes(read.head, { explicit, today: options.today });
    if (checked.kind === 'skipped' && !explicit) return { file: { path, ...checked } };
    return { file: fileError(path, 'too-large', { limit: options.maxSize }) };
  }
  // Built field by field (no spreads): this runs for every file.
  const readOptions: ReadOptions = { explicit, today: options.today };
  if (options.precise) readOptions.precise = true;
  if (hooks.analyse) readOptions.analyser = hooks.analyse;
  if (options.deferAnalysis) readOptions.deferAnalysis = true;
  const checked = readBytes(read.bytes, readOptions);
  const kept = keep(path, absolute, checked, options, hooks.due);
  return checked.pending ? { file: kept, pending: checked.data!, asJson: checked.pending === 'json' } : { file: kept };
}

/** What is kept of a checked plan (FileCheckOptions.keep). Built field by field: this runs for every file. */
function keep(path: string, absolute: string, checked: CheckedFile, options: FileCheckOptions, due: DueKeeper | undefined): LoadedFile {
  const what = options.keep;
  if (what === undefined || what === 'plan') {
    const { pending: _pending, ...all } = checked;
    return { path, absolute, ...all };
  }
  const out: LoadedFile = { path, absolute, kind: checked.kind, diagnostics: checked.diagnostics };
  if (checked.status !== undefined) out.status = checked.status;
  if (checked.bodyLine !== undefined) out.bodyLine = checked.bodyLine;
  if (checked.anchors !== undefined) out.anchors = checked.anchors;
  const data = checked.data;
  if (what === 'identity') {
    if (data) out.data = identity(data);
  } else {
    if (!due) throw new Error("keep: 'due' needs ip due's dueEntry");
    const failed = checked.diagnostics.some((d) => d.severity === 'error');
    const input: DueInput = data ? { path, data, failed } : { path, failed };
    if (data && options.dueUntil) input.until = options.dueUntil;
    out.due = due(input);
  }
  return out;
}

/**
 * A plan read with deferAnalysis, completed in place (it is this run's own
 * object) with what analyse() found elsewhere: its status, and its findings
 * placed. Findings need positions, so the plan with findings (about one in
 * ten) is read again, recording them; if it no longer reads as a plain plan
 * (it changed in between), it is checked again whole.
 */
export function withAnalysis(file: LoadedFile, candidate: Candidate, analysed: ReturnType<Analyser>, options: FileCheckOptions, analyse: Analyser): LoadedFile {
  if (analysed.status) file.status = analysed.status;
  if (analysed.findings.length === 0) return file;
  const read = readLimited(candidate.absolute, options.maxSize, !candidate.explicit);
  const placed = 'bytes' in read ? placeFindings(read.bytes, candidate.explicit, analysed.findings) : undefined;
  if (!placed) return checkFile(candidate, { ...options, precise: true }, { analyse });
  file.diagnostics = file.diagnostics.length > 0 ? [...file.diagnostics, ...placed.diagnostics] : placed.diagnostics;
  file.anchors = placed.anchors;
  return file;
}
