import { checkBody } from './body-limits.js';
import { classify, type SkipReason, type Split } from './frontmatter.js';
import type { RuleContext } from './rules/types.js';
import { decodeUtf8, utf16WithoutBom } from './text.js';
import type { Diagnostic, Finding, PlanData, PlanStatus } from './types.js';
import { pastedCharacters } from './pasted.js';
import { parsePlain } from './plainyaml.js';
import { itemOf, placeOf } from './item.js';
import { fieldView, type PlanView } from './view.js';
import { isMapping, normalizeKeys, parseYaml, type Locate } from './yaml.js';

/**
 * One file, read on its own: bytes in, data and located diagnostics out, and
 * with an analyser (the schema and rules, analyse.ts) checked too. Pure: no
 * file system, no clock (today comes in the context). The analyser is handed
 * in, so that reading plans (ip due, ip diff) never loads the schema and
 * rules.
 */

/** The schema and every rule over parsed data (analyse.ts): findings without positions. */
export type Analyser = (data: PlanData, ctx: RuleContext) => { findings: Finding[]; status?: PlanStatus; view?: PlanView };

export interface ReadOptions extends RuleContext {
  /** The user named this file, so it is checked even without an `ip:` key. */
  explicit: boolean;
  /** Always take the precise parse path (the bench and tests compare both). */
  precise?: boolean;
  /** Compute positions for the checks across plans even when the plan has no findings. */
  withAnchors?: boolean;
  /** Check the plan with this; without it the plan is read and not checked (ip due needs only the dates). */
  analyser?: Analyser;
}

/** Positions kept for the checks across plans, which run after the YAML is gone. */
export interface Anchors {
  id?: { line: number; column: number };
  fodselsnummer?: { line: number; column: number };
  navn?: { line: number; column: number };
}

export interface CheckedFile {
  /** `skipped`: not a plan (see classify); `plan`: checked. */
  kind: 'plan' | 'skipped';
  /** Why a file was skipped. */
  skipReason?: SkipReason;
  data?: PlanData;
  status?: PlanStatus;
  body?: string;
  bodyLine?: number;
  diagnostics: Diagnostic[];
  /** Positions for the checks across plans; absent where the fast path read the file (see readFast). */
  anchors?: Anchors;
  /** The lenient view the checks read, for a command that keeps the plan (built once, not again). */
  view?: PlanView;
}

function place(findings: Finding[], locate: Locate | undefined, data?: PlanData): Diagnostic[] {
  return findings.map((f) => {
    const at = f.line !== undefined ? { line: f.line, column: f.column ?? 1 } : locate ? locate(f.path, f.atKey) : { line: 1, column: 1 };
    const d: Diagnostic = { severity: f.severity, code: f.code, path: f.path, line: at.line, column: at.column };
    const item = itemOf(f.path, data);
    if (item !== undefined) d.item = item;
    const place = placeOf(f.path, data);
    if (place !== undefined) d.place = place;
    if (f.point) d.point = f.point;
    if (f.params) d.params = f.params;
    if (f.related) d.related = f.related;
    return d;
  });
}

/** The head of undecodable bytes, read leniently, only to tell whether the file claims to be a plan. */
function leniently(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 64 * 1024);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  const utf16 = utf16WithoutBom(head);
  if (utf16) return new TextDecoder(utf16).decode(head);
  // Any 8-bit reading keeps ASCII, and `ip:` is ASCII.
  return new TextDecoder('latin1').decode(head);
}

export function readBytes(bytes: Uint8Array, options: ReadOptions): CheckedFile {
  const decoded = decodeUtf8(bytes);
  if (decoded.text === undefined) {
    // Unreadable text: still a plan if its head says so.
    const isCandidate = options.explicit || classify(leniently(bytes), false).kind !== 'not-plan';
    if (!isCandidate) return { kind: 'skipped', skipReason: 'not-utf8', diagnostics: [], anchors: {} };
    return { kind: 'plan', diagnostics: place(decoded.findings, undefined), anchors: {} };
  }
  const result = readText(decoded.text, options);
  if (result.kind === 'plan' && decoded.findings.length > 0) result.diagnostics.unshift(...place(decoded.findings, undefined));
  return result;
}

export function readText(text: string, options: ReadOptions): CheckedFile {
  const classified = classify(text, options.explicit);
  if (classified.kind === 'not-plan') return { kind: 'skipped', skipReason: classified.reason, diagnostics: [], anchors: {} };
  if (classified.kind === 'broken') return { kind: 'plan', diagnostics: place(classified.findings, undefined), anchors: {} };
  const read = readFrontMatter(classified.split, options);
  // A plan that is checked is also held to the body limits (body-limits.ts), which ip render keeps to.
  const body = options.analyser && read.body !== undefined ? checkBody(read.body) : undefined;
  if (body) {
    const at = { line: classified.split.bodyLine + body.line - 1, column: body.column };
    read.diagnostics.push({ severity: 'warning', code: 'body-too-complex', path: [], ...at, params: { limit: body.limit, max: body.max } });
  }
  return read;
}

/**
 * The fast path: plans in plain YAML are read by plainyaml.ts, which gives
 * the data and the positions in one pass; a plan with no findings never
 * needs the positions at all. Anything outside the plain subset returns
 * undefined and takes the precise path. Property tests hold the data and the
 * positions equal to the precise path's, so the fast path changes speed,
 * never what is reported.
 */
function readFast(split: Split, options: ReadOptions): CheckedFile | undefined {
  const plain = parsePlain(split.text, split.yamlLine, false, split.yamlStart, split.yamlEnd);
  if (!plain) return undefined;
  const findings: Finding[] = [];
  const data = plain.needsNormalizing ? normalizeKeys(plain.data, [], findings, 0) : plain.data;
  if (!isMapping(data) || data.ip !== 1) return undefined;
  // Key problems stop the checks on the precise path too; keep the two paths alike.
  if (findings.length > 0) return { kind: 'plan', body: split.body, bodyLine: split.bodyLine, diagnostics: place(findings, plain.locate(), data), anchors: {} };
  // Built property by property: spreading here cost more than the rest of this step (every plan comes here).
  const read: CheckedFile = { kind: 'plan', body: split.body, bodyLine: split.bodyLine, data, diagnostics: [] };
  const analyser = options.analyser;
  if (!analyser) {
    const status = fieldView(data, 'status');
    if (status) read.status = status;
    if (options.withAnchors) read.anchors = anchorsOf(data, plain.locate());
    return read;
  }
  const analysed = analyser(data, options);
  if (analysed.status) read.status = analysed.status;
  if (analysed.view) read.view = analysed.view;
  if (analysed.findings.length === 0 && !options.withAnchors) return read;
  const locate = plain.locate();
  read.diagnostics = place(analysed.findings, locate, data);
  read.anchors = anchorsOf(data, locate);
  return read;
}

/**
 * Positions for the checks across plans, for a plan the fast path read
 * without them: its front matter read again with positions recorded, and
 * no schema or rules. Anything the fast path cannot read is checked whole.
 */
export function locateAnchors(bytes: Uint8Array, options: ReadOptions): Anchors {
  const { analyser: _analyser, ...reading } = options;
  return readBytes(bytes, { ...reading, withAnchors: true }).anchors ?? {};
}

function anchorsOf(data: PlanData, locate: Locate): Anchors {
  const person = fieldView(data, 'person');
  const anchors: Anchors = {};
  if (fieldView(data, 'id') !== undefined) anchors.id = locate(['id']);
  if (person?.fødselsnummer !== undefined) anchors.fodselsnummer = locate(['person', 'fødselsnummer']);
  if (person?.navn !== undefined) anchors.navn = locate(['person', 'navn']);
  return anchors;
}

/** The YAML codes a pasted character sets off; with it named, they would only repeat it. */
const FOLLOW_ON = new Set(['yaml-syntax', 'yaml-warning']);

/**
 * Front matter read, with what pasted text left in it named where it is
 * (pasted.ts). One mistake gives one diagnostic: the YAML errors in the file
 * and the findings on the same line, which follow from it, are left out.
 */
function readFrontMatter(split: Split, options: ReadOptions): CheckedFile {
  const pasted = pastedCharacters(split.text, split.yamlLine, split.yamlStart, split.yamlEnd);
  if (pasted.length === 0) return readParsed(split, options);
  const read = readParsed(split, { ...options, precise: true });
  const lines = new Set(pasted.map((f) => f.line));
  // A key with an invisible character in it is not the key it looks like: that key is then "missing".
  const keys = new Set(pasted.map((f) => f.params?.key).filter((k) => k !== undefined));
  const missing = (d: Diagnostic) => (d.code === 'point-missing' || d.code === 'required') && keys.has(String(d.path[d.path.length - 1]));
  const rest = read.diagnostics.filter((d) => !FOLLOW_ON.has(d.code) && !lines.has(d.line) && !missing(d));
  read.diagnostics = [...place(pasted, undefined), ...rest].sort((a, b) => a.line - b.line || a.column - b.column);
  return read;
}

function readParsed(split: Split, options: ReadOptions): CheckedFile {
  if (!options.precise) {
    const fast = readFast(split, options);
    if (fast) return fast;
  }
  const base = { body: split.body, bodyLine: split.bodyLine };
  const parsed = parseYaml(split.text.slice(split.yamlStart, split.yamlEnd), split.yamlLine);
  const findings: Finding[] = [...parsed.findings];
  const done = (extra: Partial<CheckedFile> = {}): CheckedFile => ({ kind: 'plan', ...base, ...extra, diagnostics: place(findings, parsed.locate, extra.data), anchors: {} });
  if (findings.some((f) => f.severity === 'error') || parsed.data === undefined) return done();

  if (!isMapping(parsed.data)) {
    findings.push({ severity: 'error', code: 'not-a-mapping', path: [], line: split.yamlLine, column: 1 });
    return done();
  }
  const data = parsed.data;
  if (!('ip' in data)) {
    // Only reached for a file the user named (classify).
    findings.push({ severity: 'error', code: 'not-a-plan', path: [], line: 1, column: 1 });
    return done();
  }
  if (data.ip !== 1) {
    findings.push({ severity: 'error', code: 'unsupported-version', path: ['ip'] });
    return done();
  }

  if (!options.analyser) {
    const status = fieldView(data, 'status');
    return { ...done({ data, ...(status ? { status } : {}) }), anchors: options.withAnchors ? anchorsOf(data, parsed.locate) : {} };
  }
  const analysed = options.analyser(data, options);
  findings.push(...analysed.findings);
  return { ...done({ data, ...(analysed.status ? { status: analysed.status } : {}), ...(analysed.view ? { view: analysed.view } : {}) }), anchors: anchorsOf(data, parsed.locate) };
}
