import { createRequire } from 'node:module';
import type * as YamlModule from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { Finding, PathStep, PlanData } from './types.js';
import { foldYamlCascades } from './yaml-cascade.js';

/**
 * The yaml package is loaded on first use: plans in plain YAML never need it
 * (see plainyaml.ts), and it costs more to load than checking
 * one plan does.
 */
const require = createRequire(import.meta.url);
let yamlModule: typeof YamlModule | undefined;
function yamlLib(): typeof YamlModule {
  yamlModule ??= require('yaml') as typeof YamlModule;
  return yamlModule;
}

/**
 * Front matter YAML to data, safely: YAML 1.2 core schema (dates stay
 * strings, `yes` stays text), duplicate keys rejected, alias expansion capped,
 * no custom tags resolved, nothing executed.
 */

/** Aliases a plan may expand; real plans use none, an alias bomb needs thousands. */
export const MAX_ALIAS_COUNT = 50;
/** Nesting a plan may have; real plans nest four levels deep. */
export const MAX_DEPTH = 32;

export type Locate = (path: PathStep[], atKey?: boolean) => { line: number; column: number };

export interface ParsedYaml {
  data?: unknown;
  findings: Finding[];
  locate: Locate;
}

/** YAML error codes that say the indentation or a colon is the trouble. */
const YAML_CODE_NAMES = new Set([
  'BAD_INDENT',
  'BAD_SCALAR_START',
  'BLOCK_AS_IMPLICIT_KEY',
  'MISSING_CHAR',
  'MULTILINE_IMPLICIT_KEY',
  'TAB_AS_INDENT',
  'UNEXPECTED_TOKEN',
  'BAD_DIRECTIVE',
  'BAD_DQ_ESCAPE',
  'BLOCK_IN_FLOW',
  'KEY_OVER_1024_CHARS',
  'MULTIPLE_ANCHORS',
  'MULTIPLE_DOCS',
  'MULTIPLE_TAGS',
  'TAG_RESOLVE_FAILED',
  'BAD_ALIAS',
  'IMPOSSIBLE',
]);

/** Errors the parser finds only on the line after a bracket that was left open. */
const FOUND_AFTER_OPEN_BRACKET = new Set(['BAD_INDENT', 'MISSING_CHAR', 'UNEXPECTED_TOKEN', 'BLOCK_IN_FLOW', 'MULTILINE_IMPLICIT_KEY']);

/**
 * Where the `[` or `{` is that the line before `offset` leaves open, when
 * `offset` is where a line's content starts (or the end): the parser reports
 * a bracket left open (`status: [aktiv`) only where the next line begins,
 * which is not where the mistake is. Quotes and comments on that line are
 * skipped; undefined when it closes what it opens.
 */
export function openBracketBefore(yaml: string, offset: number): number | undefined {
  // `end` is the line break that ends the line before; -1 when there is none.
  let end = yaml.lastIndexOf('\n', offset - 1);
  if (yaml.slice(end + 1, offset).trim() !== '') return undefined;
  // The nearest line before with content (not blank, not only a comment).
  while (end >= 0) {
    // (lastIndexOf reads a negative start as 0, which would find `end` itself.)
    const start = end === 0 ? 0 : yaml.lastIndexOf('\n', end - 1) + 1;
    const line = yaml.slice(start, end);
    const content = line.trimStart();
    if (content !== '' && !content.startsWith('#')) {
      const at = firstUnclosed(line);
      return at === undefined ? undefined : start + at;
    }
    end = start - 1;
  }
  return undefined;
}

/** The first `[` or `{` that `line` opens and does not close, outside quotes and comments. */
function firstUnclosed(line: string): number | undefined {
  const open: number[] = [];
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
    else if (c === '[' || c === '{') open.push(i);
    else if ((c === ']' || c === '}') && open.length > 0) open.pop();
  }
  return open[0];
}

function keyOf(node: unknown): string | undefined {
  if (yamlLib().isScalar(node)) return String(node.value).normalize('NFC');
  return undefined;
}

/** The node at `path`, or the deepest one that exists on the way (key node where `atKey`). */
function nodeAt(doc: Document, path: PathStep[], atKey: boolean): { offset: number } {
  const { isMap, isPair, isSeq } = yamlLib();
  let node: unknown = doc.contents;
  let best = (node as YamlNode | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node) && typeof step === 'string') {
      const pair = node.items.find((p) => isPair(p) && keyOf(p.key) === step);
      if (!pair) return { offset: best };
      const keyNode = pair.key as YamlNode | null;
      const valueNode = pair.value as YamlNode | null;
      if (last && atKey && keyNode?.range) return { offset: keyNode.range[0] };
      // A key with no value (`omfang:`) points at its key.
      best = valueNode?.range?.[0] ?? keyNode?.range?.[0] ?? best;
      if (!valueNode?.range && keyNode?.range) best = keyNode.range[0];
      node = valueNode;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as YamlNode | undefined;
      if (!item?.range) return { offset: best };
      best = item.range[0];
      node = item;
    } else {
      return { offset: best };
    }
  }
  return { offset: best };
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * NFC of a key, remembered: plans share a few dozen keys, and Unicode
 * normalisation is costly enough to show in a run over thousands of plans.
 */
const nfcCache = new Map<string, string>();
export function nfcKey(key: string): string {
  if (!NON_ASCII.test(key)) return key;
  let normalized = nfcCache.get(key);
  if (normalized === undefined) {
    normalized = key.normalize('NFC');
    if (nfcCache.size < 10_000) nfcCache.set(key, normalized);
  }
  return normalized;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // A key named __proto__ stays an ordinary key.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Keys in NFC, in place where nothing changes (the common case); collisions
 * and excessive depth become findings. `path` is a stack shared by the whole
 * walk and copied only when a finding needs it.
 */
export function normalizeKeys(value: unknown, path: PathStep[], findings: Finding[], depth: number): unknown {
  if (depth > MAX_DEPTH) {
    findings.push({ severity: 'error', code: 'too-deep', path: path.slice(0, MAX_DEPTH) });
    return null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || typeof item !== 'object') continue;
      path.push(i);
      value[i] = normalizeKeys(item, path, findings, depth + 1);
      path.pop();
    }
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const changed = keys.some((k) => nfcKey(k) !== k);
  const target: Record<string, unknown> = changed ? {} : record;
  for (const k of keys) {
    const key = changed ? nfcKey(k) : k;
    if (changed && Object.prototype.hasOwnProperty.call(target, key)) {
      findings.push({ severity: 'error', code: 'duplicate-key', path: [...path, key], atKey: true });
      continue;
    }
    const child = record[k];
    path.push(key);
    const normalized = child !== null && typeof child === 'object' ? normalizeKeys(child, path, findings, depth + 1) : child;
    path.pop();
    if (changed || normalized !== child) setOwn(target, key, normalized);
  }
  return target;
}

/** Offsets at which each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/**
 * Offsets in `text` as 1-based positions, its first line being `firstLine`
 * (both parse paths locate this way). Line starts are found on first use:
 * most plans are never asked.
 */
export function positionsIn(text: string, firstLine: number): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    starts ??= lineStarts(text);
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + firstLine, column: at - starts[lo]! + 1 };
  };
}

/** How the front matter is parsed, here and wherever it is edited (ip evaluate), so both read the same document. */
export const YAML_PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  prettyErrors: false,
  strict: true,
  keepSourceTokens: false,
  // The package's own warnings go to the process's warning channel (standard
  // error) with the plan's text in them; its warnings are reported as findings.
  logLevel: 'error',
} as const;

export function parseYaml(yaml: string, firstLine: number): ParsedYaml {
  const { parseDocument } = yamlLib();
  const fallback: Locate = () => ({ line: firstLine, column: 1 });
  let doc: Document;
  try {
    doc = parseDocument(yaml, YAML_PARSE_OPTIONS);
  } catch {
    // The parser itself gave up (for example, nesting deep enough to exhaust the stack).
    return { findings: [{ severity: 'error', code: 'yaml-too-complex', path: [], line: firstLine, column: 1 }], locate: fallback };
  }
  // Positions from the text itself: after some syntax errors the parser's own
  // LineCounter misses line breaks and everything after them is off.
  const toPosition = positionsIn(yaml, firstLine);
  const locate: Locate = (path, atKey = false) => toPosition(nodeAt(doc, path, atKey).offset);

  const findings: Finding[] = [];
  // One syntax error per line: the parser often reports one mistake several
  // times (at each following character, or under two codes), and the rest of
  // the line is only its echo.
  const linesWithSyntaxError = new Set<number>();
  for (const error of doc.errors) {
    const opened = FOUND_AFTER_OPEN_BRACKET.has(error.code) ? openBracketBefore(yaml, error.pos[0]) : undefined;
    const at = toPosition(opened ?? error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      // Name the key (a field name, not a value); the message sanitises it.
      const key = /^["']?([^:"'\r\n]{1,64})/.exec(yaml.slice(error.pos[0]))?.[1]?.trim();
      findings.push({ severity: 'error', code: 'duplicate-key', path: key ? [key] : [], ...at });
    } else if (!linesWithSyntaxError.has(at.line)) {
      linesWithSyntaxError.add(at.line);
      const yamlCode = YAML_CODE_NAMES.has(error.code) ? error.code : 'IMPOSSIBLE';
      // A bracket left open is named (`[` or `{`: syntax, never a value from the plan).
      const params: Record<string, string> = { yamlCode };
      if (opened !== undefined) params.unclosed = yaml[opened]!;
      findings.push({ severity: 'error', code: 'yaml-syntax', path: [], ...at, params });
    }
  }
  for (const warning of doc.warnings) {
    const at = toPosition(warning.pos[0]);
    const yamlCode = YAML_CODE_NAMES.has(warning.code) ? warning.code : 'IMPOSSIBLE';
    findings.push({ severity: 'warning', code: 'yaml-warning', path: [], ...at, params: { yamlCode } });
  }
  if (doc.errors.length > 0) return { findings: foldYamlCascades(findings, yaml, firstLine), locate };

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
      const alias = /\*[^\s,\]}]+/.exec(yaml);
      const at = toPosition(alias ? alias.index : 0);
      findings.push({ severity: 'error', code: 'alias-limit', path: [], ...at });
    } else {
      findings.push({ severity: 'error', code: 'yaml-too-complex', path: [], line: firstLine, column: 1 });
    }
    return { findings, locate };
  }
  const data = normalizeKeys(raw, [], findings, 0);
  for (const f of findings) {
    if (f.line === undefined && f.path.length > 0) Object.assign(f, locate(f.path, f.atKey));
  }
  return { data, findings, locate };
}

/** Whether parsed data is a mapping (the only shape a plan's front matter can have). */
export function isMapping(data: unknown): data is PlanData {
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}
