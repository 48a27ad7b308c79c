import type { PathStep } from './types.js';
import { nfcKey, positionsIn, type Locate } from './yaml.js';

/**
 * The fast path: a small reader for the plain YAML that plans are written in
 * — block mappings and lists with simple keys, one-line plain and quoted
 * scalars, one-line flow collections — that gives the data and where every
 * key and value starts, in one pass over the lines. It resolves scalars as
 * the yaml package's YAML 1.2 core schema does, and gives up (undefined) on
 * anything else: anchors, aliases, tags, directives, block scalars, multi-line
 * scalars, explicit keys, tabs, duplicate keys, keys that read as null,
 * booleans or numbers, odd indentation. The caller then takes the precise
 * path. Property tests (test/plainyaml.test.ts) hold both the data and every
 * position equal to the precise path's.
 */

type PNode =
  | { kind: 'map'; start: number; entries: Map<string, { keyStart: number; value: PNode }> }
  | { kind: 'seq'; start: number; items: PNode[] }
  | { kind: 'scalar'; start: number };

interface Parsed {
  node: PNode;
  value: unknown;
}

/** The node every value gets when positions are not recorded: no allocation per value. */
const UNTRACKED: PNode = { kind: 'scalar', start: -1 };
const scalarNode = (track: boolean, start: number): PNode => (track ? { kind: 'scalar', start } : UNTRACKED);

interface Line {
  start: number;
  indent: number;
  text: string;
}

/**
 * Whether the data may need the key normalisation pass (normalizeKeys): a key
 * that NFC changes, or nesting deep enough to be reported. Set while reading;
 * reading is synchronous, so one flag per read is safe.
 */
let needsNormalizing = false;
/**
 * Whether JSON would carry the data exactly: false once a number JSON cannot
 * hold (NaN, ±Infinity, -0) is read. Set while reading, as needsNormalizing.
 */
let jsonExact = true;
/** Nesting past which normalizeKeys must look (it reports beyond 32 levels). */
const DEEP = 24;


/** Thrown inside the reader for anything outside the plain subset; caught at the top. */
class NotPlain extends Error {}
const notPlain = (): never => {
  throw new NotPlain();
};

const KEY = String.raw`[\p{L}\p{N}_][\p{L}\p{N}_-]*`;
const FLOW_KEY_HERE = new RegExp(String.raw`(${KEY}):(?=\s)`, 'uy');
/** A key and its colon, matched in place at `lastIndex` (no copy of the rest of the line). */
const KEY_HERE = new RegExp(String.raw`(${KEY}):(?=$| )`, 'uy');

/**
 * Where the colon after a key at `col` is, or -1: as KEY_HERE would match
 * in a block (colon, then a space or the end), or FLOW_KEY_HERE in a flow
 * collection (colon, then whitespace). ASCII keys (nearly all) are scanned by
 * hand; others go through the expression.
 */
function keyColon(text: string, col: number, flow: boolean): number {
  let i = col;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
    if (word || (c === 45 && i > col)) continue;
    // Latin-1 letters (æ, ø, å …) are letters to \p{L} too; × and ÷ are not.
    if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) continue;
    if (c >= 128) {
      const re = flow ? FLOW_KEY_HERE : KEY_HERE;
      re.lastIndex = col;
      const m = re.exec(text);
      return m ? col + m[1]!.length : -1;
    }
    break;
  }
  if (i === col || text.charCodeAt(i) !== 58) return -1;
  if (flow) return i + 1 < text.length && isSpace(text.charCodeAt(i + 1)) ? i : -1;
  return i + 1 === text.length || text.charCodeAt(i + 1) === 32 ? i : -1;
}

/** Whitespace as the regular expressions' `\s` reads it. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Characters a plain scalar may not start with (INDICATORS, without whitespace). */
const START_INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
const FLOW_INDICATORS = new Set([...',[]{}'].map((c) => c.charCodeAt(0)));

/**
 * Where a plain scalar starting at `col` ends, scanned by hand because every
 * value of every plan goes through it; `col` when none starts there. It ends
 * where these expressions' matches would (test/plainyaml.test.ts holds it to
 * them), I being the indicators `\s-?:,[]{}#&*!|>'"%@` and backtick:
 *   block: ^(?:[^I]|-(?=\S))(?:[^:#\s]|:(?=\S)|\s+(?=[^#\s]))*
 *   flow:  ^(?:[^I]|-(?=[^\s,[\]{}]))(?:[^:#\s,[\]{}]|\s+(?=[^#\s,[\]{}]))*
 */
export function plainEnd(text: string, col: number, flow: boolean): number {
  const n = text.length;
  const first = text.charCodeAt(col);
  if (col >= n || isSpace(first)) return col;
  if (first === 45) {
    // A dash starts a scalar only when something other than a separator follows it.
    const next = text.charCodeAt(col + 1);
    if (col + 1 >= n || isSpace(next) || (flow && FLOW_INDICATORS.has(next))) return col;
  } else if (START_INDICATORS.has(first)) return col;
  if (!flow && text.indexOf('#', col) < 0 && text.indexOf(':', col) < 0) {
    // Most values: no comment and no colon, so the scalar runs to the end of the line,
    // less trailing whitespace. Found with indexOf instead of a test per character.
    let end = n;
    while (end > col + 1 && isSpace(text.charCodeAt(end - 1))) end--;
    return end;
  }
  let i = col + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 35 || (flow && FLOW_INDICATORS.has(c))) break;
    if (c === 58) {
      // In a block a colon belongs to the scalar unless a space or the end follows; in flow it ends it.
      if (flow || i + 1 >= n || isSpace(text.charCodeAt(i + 1))) break;
      i++;
      continue;
    }
    if (isSpace(c)) {
      // Inner spaces belong to the scalar only when more of it follows (not a comment).
      let j = i + 1;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      const after = text.charCodeAt(j);
      if (j >= n || after === 35 || (flow && FLOW_INDICATORS.has(after))) break;
      i = j;
      continue;
    }
    i++;
  }
  return i;
}
const SINGLE = /^'((?:[^']|'')*)'/;
const DOUBLE = /^"((?:[^"\\]|\\.)*)"/;
const REST_IS_COMMENT = /^(?:\s+#.*)?$/;
/** A dash that opens a list item at `col` (`- ` or a lone `-`), tested in place. */
function dashAt(text: string, col: number): boolean {
  return text.charCodeAt(col) === 45 && (col + 1 === text.length || text.charCodeAt(col + 1) === 32);
}

const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
const NULL = /^(?:~|null|Null|NULL)$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;

/** Whether `text` is digits only, from `from` on (at least one). */
function digitsFrom(text: string, from: number): boolean {
  if (from >= text.length) return false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A plain scalar as the YAML 1.2 core schema reads it. The expressions
 * decide; the checks before them only skip the calls that cannot match,
 * since every value of every plan comes here.
 */
export function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (letter) {
    // Only null, Null, NULL, true … FALSE, .inf and .nan forms are words, and those of four or five letters.
    if (text.length !== 4 && text.length !== 5) return text;
    if (c === 110 || c === 78) return NULL.test(text) ? null : text;
    if (c === 116 || c === 84 || c === 102 || c === 70) return BOOL.test(text) ? text[0] === 't' || text[0] === 'T' : text;
    return text;
  }
  if (c === 126 && text.length === 1) return null;
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return text;
  if (digitsFrom(text, c === 43 || c === 45 ? 1 : 0)) return Number(text);
  if (INT.test(text)) return text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : Number(text);
  // Every float form has a dot or an exponent.
  if ((text.includes('.') || text.includes('e') || text.includes('E')) && FLOAT.test(text)) {
    const lower = text.toLowerCase();
    if (lower.endsWith('.nan')) return NaN;
    if (lower.endsWith('.inf')) return lower.startsWith('-') ? -Infinity : Infinity;
    return parseFloat(text);
  }
  return text;
}

/** A plain scalar's value (resolvePlain), noting a number JSON cannot carry. */
function plainValue(text: string): unknown {
  const value = resolvePlain(text);
  if (typeof value === 'number' && (value === 0 ? Object.is(value, -0) : !Number.isFinite(value))) jsonExact = false;
  return value;
}

/**
 * Nesting the reader follows before it leaves a plan to the precise path
 * (which reports it): plans nest a handful of levels, and recursion must
 * never exhaust the stack.
 */
const MAX_NESTING = 64;
/** YAML allows implicit keys of at most 1024 characters; longer ones are the precise path's to report. */
const MAX_KEY_LENGTH = 1000;

interface KnownKey {
  key: string;
  /** NFC changes it: the data needs the normalisation pass. */
  changes: boolean;
}
/**
 * Keys already found to read as strings: plans share a few dozen. The first
 * copy of each is handed out again, so the objects built from every plan
 * share the same key strings and property lookups on them stay cheap.
 */
const STRING_KEYS = new Map<string, KnownKey>();
/** A key that reads as a string (anything else is not plain), noting whether NFC changes it. */
function stringKey(text: string): string {
  let known = STRING_KEYS.get(text);
  if (known === undefined) {
    if (text.length > MAX_KEY_LENGTH) notPlain();
    if (resolvePlain(text) !== text) notPlain();
    known = { key: text, changes: nfcKey(text) !== text };
    if (STRING_KEYS.size < 10_000) STRING_KEYS.set(text, known);
  }
  if (known.changes) needsNormalizing = true;
  return known.key;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

function unescapeDouble(body: string): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i] ?? notPlain();
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const length = HEX_LENGTH[e] ?? notPlain();
    const hex = body.slice(i + 1, i + 1 + length);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) notPlain();
    const code = parseInt(hex, 16);
    // Lone surrogates and code points past Unicode are left to the precise parser.
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) notPlain();
    out += String.fromCodePoint(code);
    i += length;
  }
  return out;
}

const nfc = nfcKey;

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** A quoted scalar at the start of `text`: its value and length, or undefined. */
function quoted(text: string): { value: string; length: number } | undefined {
  if (text[0] === "'") {
    const m = SINGLE.exec(text) ?? notPlain();
    return { value: m[1]!.replace(/''/g, "'"), length: m[0].length };
  }
  if (text[0] === '"') {
    const m = DOUBLE.exec(text) ?? notPlain();
    return { value: unescapeDouble(m[1]!), length: m[0].length };
  }
  return undefined;
}

/** A one-line flow collection starting at `text[0]`, which is at offset `base`. */
function parseFlow(text: string, base: number, track: boolean): Parsed {
  let pos = 0;
  const skip = () => {
    while (text[pos] === ' ') pos++;
  };
  let depth = 0;
  const value = (): Parsed => {
    if (++depth > MAX_NESTING) notPlain();
    if (depth > DEEP) needsNormalizing = true;
    try {
      return flowValue();
    } finally {
      depth--;
    }
  };
  const flowValue = (): Parsed => {
    skip();
    const start = base + pos;
    const c = text[pos];
    if (c === '{') {
      pos++;
      const entries = track ? new Map<string, { keyStart: number; value: PNode }>() : undefined;
      const out: Record<string, unknown> = {};
      for (;;) {
        skip();
        if (text[pos] === '}') {
          pos++;
          return { node: entries ? { kind: 'map', start, entries } : UNTRACKED, value: out };
        }
        const keyStart = base + pos;
        const colon = keyColon(text, pos, true);
        if (colon < 0) notPlain();
        const key = stringKey(text.slice(pos, colon));
        if (Object.prototype.hasOwnProperty.call(out, key)) notPlain();
        pos = colon + 1;
        skip();
        // An empty value (`h: }`) sits where the next token starts.
        const v: Parsed = text[pos] === ',' || text[pos] === '}' ? { node: scalarNode(track, base + pos), value: null } : value();
        if (entries) entries.set(nfc(key), { keyStart, value: v.node });
        setOwn(out, key, v.value);
        skip();
        if (text[pos] === ',') pos++;
        else if (text[pos] !== '}') notPlain();
      }
    }
    if (c === '[') {
      pos++;
      const items: PNode[] = [];
      const out: unknown[] = [];
      for (;;) {
        skip();
        if (text[pos] === ']') {
          pos++;
          return { node: track ? { kind: 'seq', start, items } : UNTRACKED, value: out };
        }
        const item = value();
        if (track) items.push(item.node);
        out.push(item.value);
        skip();
        if (text[pos] === ',') pos++;
        else if (text[pos] !== ']') notPlain();
      }
    }
    if (c === '"' || c === "'") {
      const q = quoted(text.slice(pos))!;
      pos += q.length;
      return { node: scalarNode(track, start), value: q.value };
    }
    const end = plainEnd(text, pos, true);
    if (end === pos) notPlain();
    // `[a: b]` holds a one-pair mapping: not plain. Such a key always ends at the colon the scan stopped on.
    if (text.charCodeAt(end) === 58 && keyColon(text, pos, true) >= 0) notPlain();
    const scalar = text.slice(pos, end);
    pos = end;
    return { node: scalarNode(track, start), value: plainValue(scalar) };
  };
  const parsed = value();
  if (!REST_IS_COMMENT.test(text.slice(pos))) notPlain();
  return parsed;
}

/** A value written on the same line as its key or dash, from `column` on. */
function inlineValue(line: Line, column: number, track: boolean): Parsed {
  const text = line.text;
  const start = line.start + column;
  const c = text[column];
  if (c === '{' || c === '[') return parseFlow(text.slice(column), start, track);
  if (c === '"' || c === "'") {
    const rest = text.slice(column);
    const q = quoted(rest)!;
    if (!REST_IS_COMMENT.test(rest.slice(q.length))) notPlain();
    return { node: scalarNode(track, start), value: q.value };
  }
  const end = plainEnd(text, column, false);
  // Most values run to the end of the line; anything after must be a comment.
  if (end === column || (end < text.length && !REST_IS_COMMENT.test(text.slice(end)))) notPlain();
  return { node: scalarNode(track, start), value: plainValue(text.slice(column, end)) };
}

/**
 * The lines that carry content, with their indentation (spaces only). One
 * pass with indexOf: this runs for every plan, so it avoids splitting and
 * trimming copies of every line.
 */
function contentLines(yaml: string): Line[] {
  if (yaml.includes('\t')) notPlain();
  const out: Line[] = [];
  const n = yaml.length;
  let start = 0;
  for (;;) {
    let end = yaml.indexOf('\n', start);
    if (end < 0) end = n;
    const textEnd = end > start && yaml.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let i = start;
    while (i < textEnd && yaml.charCodeAt(i) === 32) i++;
    if (i < textEnd && yaml.charCodeAt(i) !== 35) {
      const c = yaml.charCodeAt(i);
      // Any other whitespace where the indentation ends is not plain.
      if (c < 128 ? c === 11 || c === 12 : /\s/.test(yaml[i]!)) notPlain();
      const text = yaml.slice(start, textEnd);
      if (text.includes('\r')) notPlain();
      out.push({ start, indent: i - start, text });
    }
    if (end >= n) break;
    start = end + 1;
  }
  return out;
}

class Reader {
  i = 0;
  /** `track`: record where keys and values start (needed only for plans with findings). */
  constructor(
    private readonly lines: Line[],
    private readonly track: boolean,
  ) {}

  private depth = 0;

  /** The block whose first line is the current one, starting at column `col` of it. */
  block(col: number): Parsed {
    if (++this.depth > MAX_NESTING) notPlain();
    if (this.depth > DEEP) needsNormalizing = true;
    try {
      return dashAt(this.lines[this.i]!.text, col) ? this.seq(col) : this.map(col);
    } finally {
      this.depth--;
    }
  }

  private isItem(line: Line | undefined, col: number): boolean {
    return line !== undefined && line.indent === col && dashAt(line.text, col);
  }

  /** What follows a key or a dash with nothing after it: a deeper block, a list at the key's column, or null. */
  private after(col: number, emptyAt: number, sameColumnList: boolean): Parsed {
    const next = this.lines[this.i];
    if (next && (next.indent > col || (sameColumnList && this.isItem(next, col)))) return this.block(next.indent);
    return { node: scalarNode(this.track, emptyAt), value: null };
  }

  private seq(col: number): Parsed {
    const start = this.lines[this.i]!.start + col;
    const items: PNode[] = [];
    const out: unknown[] = [];
    for (;;) {
      const line = this.lines[this.i]!;
      const text = line.text;
      let content = col + 1;
      while (text.charCodeAt(content) === 32) content++;
      let item: Parsed;
      if (content >= text.length || text.charCodeAt(content) === 35) {
        this.i++;
        item = this.after(col, line.start + content, false);
      } else if (dashAt(text, content) || keyColon(text, content, false) >= 0) {
        // A block that starts on the dash's line: read it as if its line began at that column.
        this.lines[this.i] = { start: line.start, indent: content, text: line.text };
        item = this.block(content);
      } else {
        item = inlineValue(line, content, this.track);
        this.i++;
      }
      if (this.track) items.push(item.node);
      out.push(item.value);
      if (!this.isItem(this.lines[this.i], col)) break;
    }
    return { node: this.track ? { kind: 'seq', start, items } : UNTRACKED, value: out };
  }

  private map(col: number): Parsed {
    const first = this.lines[this.i]!;
    const start = first.start + col;
    const entries = this.track ? new Map<string, { keyStart: number; value: PNode }>() : undefined;
    const out: Record<string, unknown> = {};
    for (;;) {
      const line = this.lines[this.i]!;
      const text = line.text;
      const colon = keyColon(text, col, false);
      if (colon < 0) notPlain();
      const key = stringKey(text.slice(col, colon));
      if (Object.prototype.hasOwnProperty.call(out, key)) notPlain();
      const afterColon = colon + 1;
      let spaces = 0;
      while (text.charCodeAt(afterColon + spaces) === 32) spaces++;
      const restAt = afterColon + spaces;
      let value: Parsed;
      if (restAt >= text.length || text[restAt] === '#') {
        this.i++;
        value = this.after(col, line.start + afterColon + spaces, true);
      } else {
        value = inlineValue(line, afterColon + spaces, this.track);
        this.i++;
      }
      // The first key with a name wins when NFC makes two alike; normalizeKeys reports the clash.
      if (entries) {
        const normalized = nfc(key);
        if (!entries.has(normalized)) entries.set(normalized, { keyStart: line.start + col, value: value.node });
      }
      setOwn(out, key, value.value);
      const next = this.lines[this.i];
      if (!next || next.indent !== col || dashAt(next.text, col)) break;
    }
    return { node: entries ? { kind: 'map', start, entries } : UNTRACKED, value: out };
  }
}

function locator(yaml: string, root: PNode, firstLine: number): Locate {
  const position = positionsIn(yaml, firstLine);
  // As yaml.ts's nodeAt: the node at the path, or the deepest one that exists on the way.
  return (path: PathStep[], atKey = false) => {
    let node: PNode = root;
    let best = root.start;
    for (let i = 0; i < path.length; i++) {
      const step = path[i]!;
      if (node.kind === 'map' && typeof step === 'string') {
        const entry = node.entries.get(step);
        if (!entry) break;
        if (i === path.length - 1 && atKey) return position(entry.keyStart);
        best = entry.value.start;
        node = entry.value;
      } else if (node.kind === 'seq' && typeof step === 'number') {
        const item = node.items[step];
        if (!item) break;
        best = item.start;
        node = item;
      } else break;
    }
    return position(best);
  };
}

export interface PlainYaml {
  data: unknown;
  /** False when no key changes under NFC and nothing nests deep: the normalisation pass can be skipped. */
  needsNormalizing: boolean;
  /** JSON.stringify and JSON.parse give the data back exactly (no NaN, ±Infinity or -0 in it). */
  jsonExact: boolean;
  /** Positions: read the text again, recording them (most plans never ask). */
  locate: () => Locate;
}

function read(yaml: string, track: boolean): Parsed | undefined {
  const lines = contentLines(yaml);
  if (lines.length === 0) return undefined;
  const reader = new Reader(lines, track);
  const root = reader.block(lines[0]!.indent);
  // Lines the reader did not take (odd indentation, text after a value) are not plain.
  return reader.i < lines.length ? undefined : root;
}

/** `tracked`: record positions in the same pass (the caller knows it will ask for them). */
export function parsePlain(yaml: string, firstLine: number, tracked = false): PlainYaml | undefined {
  try {
    needsNormalizing = false;
    jsonExact = true;
    const root = read(yaml, tracked);
    if (!root) return undefined;
    let located: Locate | undefined = tracked ? locator(yaml, root.node, firstLine) : undefined;
    const locate = () => (located ??= locator(yaml, read(yaml, true)!.node, firstLine));
    return { data: root.value, needsNormalizing, jsonExact, locate };
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}
