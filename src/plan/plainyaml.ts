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
 * booleans or numbers, odd indentation, and characters whose YAML meaning it
 * does not model (NOT_MODELLED). The caller then takes the precise path.
 * Property tests (test/plainyaml.test.ts, test/plainyaml-differential.test.ts)
 * hold both the data and every position equal to the precise path's.
 *
 * YAML separates only with space and tab: every other Unicode space (the
 * no-break space of text pasted from a word processor, U+3000 …) is content,
 * so `selv.\u00a0#2` is one scalar, not a scalar and a comment. The reader
 * treats such spaces as it treats any other non-ASCII character.
 */

type PNode =
  | { kind: 'map'; start: number; entries: Map<string, { keyStart: number; value: PNode }> }
  | { kind: 'seq'; start: number; items: PNode[] }
  | { kind: 'scalar'; start: number };

/** The node every value gets when positions are not recorded: no allocation per value. */
const UNTRACKED: PNode = { kind: 'scalar', start: -1 };

/** Nesting past which normalizeKeys must look (it reports beyond 32 levels). */
const DEEP = 24;

/** Thrown inside the reader for anything outside the plain subset; caught at the top. */
class NotPlain extends Error {}
const notPlain = (): never => {
  throw new NotPlain();
};

const KEY = String.raw`[\p{L}\p{N}_][\p{L}\p{N}_-]*`;
const FLOW_KEY_HERE = new RegExp(String.raw`(${KEY}):(?= )`, 'uy');
/** A key and its colon, matched in place at `lastIndex` (no copy of the rest of the line). */
const KEY_HERE = new RegExp(String.raw`(${KEY}):(?=$| )`, 'uy');

/**
 * Where the colon after a key at `from` is, or -1, for a line that ends at
 * `end`: as KEY_HERE would match in a block (colon, then a space or the end
 * of the line), or FLOW_KEY_HERE in a flow collection (colon, then
 * whitespace). ASCII and Latin-1 keys (nearly all) are scanned by hand;
 * others go through the expression.
 */
function keyColon(text: string, from: number, end: number, flow: boolean): number {
  let i = from;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
    if (word || (c === 45 && i > from)) continue;
    // Latin-1 letters (æ, ø, å …) are letters to \p{L} too; × and ÷ are not.
    if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) continue;
    if (c >= 128) {
      const re = flow ? FLOW_KEY_HERE : KEY_HERE;
      re.lastIndex = from;
      // Matched within the line alone, as its `$` and lookahead need.
      const m = re.exec(text.slice(0, end));
      return m ? from + m[1]!.length : -1;
    }
    break;
  }
  if (i === from || i >= end || text.charCodeAt(i) !== 58) return -1;
  if (flow) return i + 1 < end && isWhite(text.charCodeAt(i + 1)) ? i : -1;
  return i + 1 === end || text.charCodeAt(i + 1) === 32 ? i : -1;
}

/** Whitespace as YAML reads it within a line: space and tab, nothing else (s-white). */
function isWhite(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Characters whose YAML meaning the reader does not model, any of which
 * sends the front matter to the precise path: tab (YAML's rules for it in
 * indentation differ from a space's); C0 controls other than LF and CR, DEL
 * and C1 controls (not printable to YAML, and some are markers in the yaml
 * lexer's own token stream); U+0085, U+2028 and U+2029 (line breaks to YAML
 * 1.1 and to JavaScript's `.`); U+FEFF (a byte order mark to the yaml lexer).
 * One test over the front matter, cheap next to reading it.
 */
const NOT_MODELLED = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/** Characters a plain scalar may not start with (INDICATORS, without whitespace). */
const START_INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
const FLOW_INDICATORS = new Set([...',[]{}'].map((c) => c.charCodeAt(0)));

/**
 * Where a plain scalar starting at `col` ends, within a line that ends at
 * `end`; `col` when none starts there. Scanned by hand because every value
 * of every plan goes through it. It ends where these expressions' matches
 * would (test/plainyaml.test.ts holds it to them), W being space and tab
 * (YAML's whitespace; other Unicode spaces are content) and I being W and
 * the indicators `-?:,[]{}#&*!|>'"%@` and backtick:
 *   block: ^(?:[^I]|-(?=[^W]))(?:[^:W]|:(?=[^W])|[W]+(?=[^#W]))*
 *   flow:  ^(?:[^I]|-(?=[^W,[\]{}]))(?:[^:W,[\]{}]|[W]+(?=[^#W,[\]{}]))*
 * A `#` starts a comment only after whitespace (the whitespace branch stops
 * there); after anything else, a no-break space too, it is content.
 */
export function plainEnd(text: string, col: number, flow: boolean, end = text.length): number {
  const first = text.charCodeAt(col);
  if (col >= end || isWhite(first)) return col;
  if (first === 45) {
    // A dash starts a scalar only when something other than a separator follows it.
    const next = text.charCodeAt(col + 1);
    if (col + 1 >= end || isWhite(next) || (flow && FLOW_INDICATORS.has(next))) return col;
  } else if (START_INDICATORS.has(first)) return col;
  let i = col + 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    // Letters and digits first: most characters of most values.
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
      i++;
      continue;
    }
    if (flow && FLOW_INDICATORS.has(c)) break;
    if (c === 58) {
      // In a block a colon belongs to the scalar unless a space or the end follows; in flow it ends it.
      if (flow || i + 1 >= end || isWhite(text.charCodeAt(i + 1))) break;
      i++;
      continue;
    }
    if (isWhite(c)) {
      // Inner spaces belong to the scalar only when more of it follows (not a comment).
      let j = i + 1;
      while (j < end && isWhite(text.charCodeAt(j))) j++;
      const after = text.charCodeAt(j);
      if (j >= end || after === 35 || (flow && FLOW_INDICATORS.has(after))) break;
      i = j;
      continue;
    }
    i++;
  }
  return i;
}

const SINGLE = /^'((?:[^']|'')*)'/;
const DOUBLE = /^"((?:[^"\\]|\\.)*)"/;

/**
 * Whether `text` from `from` to `end` is nothing or a comment: whitespace
 * (space or tab only), then `#` and anything up to the end of the line.
 */
function restIsComment(text: string, from: number, end: number): boolean {
  if (from >= end) return true;
  let i = from;
  while (i < end && isWhite(text.charCodeAt(i))) i++;
  return i > from && i < end && text.charCodeAt(i) === 35;
}

/** A dash that opens a list item at `at` (`- ` or a lone `-`) on a line ending at `end`. */
function dashAt(text: string, at: number, end: number): boolean {
  return text.charCodeAt(at) === 45 && (at + 1 === end || text.charCodeAt(at + 1) === 32);
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
 * Whether a sign stands inside `text` other than right after an exponent's
 * e: no number form has one (dates, phone numbers and ranges do).
 */
function innerSign(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 43) {
      const before = text.charCodeAt(i - 1);
      if (before !== 101 && before !== 69) return true;
    }
  }
  return false;
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
  if (innerSign(text)) return text;
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
  /** Object.prototype has it too, so only an own-property test tells a repeat. */
  inherited: boolean;
  /** The number of the mapping that had it last (see repeated); -1 for a key not kept among the known. */
  lastIn: number;
  /** The next known key with the same hash. */
  next: KnownKey | undefined;
}
/**
 * Keys already found to read as strings, by a hash of their characters:
 * plans share a few dozen, and finding one here takes no copy of it out of
 * the text. The first copy of each, internalised, is handed out again, so the
 * objects built from every plan share the same key strings and property
 * stores and lookups on them stay cheap.
 */
const KNOWN_KEYS = new Map<number, KnownKey>();
let knownKeyCount = 0;
/** Plans share a few dozen keys; a caseload full of made-up ones must not fill memory. */
export const MAX_KNOWN_KEYS = 10_000;

function keyHash(text: string, from: number, to: number): number {
  let h = to - from;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/** The string V8 keeps for `text` as a property name, so later stores need no lookup to intern it. */
function internalised(text: string): string {
  return Object.keys({ [text]: 0 })[0]!;
}

/** The key from `from` to `to`, which must read as a string (anything else is not plain), noting whether NFC changes it. */
function stringKey(text: string, from: number, to: number): KnownKey {
  const hash = keyHash(text, from, to);
  const length = to - from;
  let known = KNOWN_KEYS.get(hash);
  while (known !== undefined && !(known.key.length === length && text.startsWith(known.key, from))) known = known.next;
  if (known === undefined) {
    if (length > MAX_KEY_LENGTH) notPlain();
    const key = text.slice(from, to);
    if (resolvePlain(key) !== key) notPlain();
    const interned = internalised(key);
    // Once the table is full, a new key is made afresh at each sighting: it cannot remember the mapping that had it.
    const kept = knownKeyCount < MAX_KNOWN_KEYS;
    known = { key: interned, changes: nfcKey(key) !== key, inherited: interned in Object.prototype, lastIn: kept ? 0 : -1, next: KNOWN_KEYS.get(hash) };
    if (kept) {
      KNOWN_KEYS.set(hash, known);
      knownKeyCount++;
    }
  }
  return known;
}

/** Whether `out` already has `known`. Values are never undefined. */
function hasKey(out: Record<string, unknown>, known: KnownKey): boolean {
  return known.inherited ? Object.prototype.hasOwnProperty.call(out, known.key) : out[known.key] !== undefined;
}

/** Every mapping read gets the next number: a mapping inside another gets a higher one. */
let mappingCount = 0;

/**
 * Whether mapping number `mapping`, being read into `out`, already has
 * `known` (a mapping may not repeat a key); it has it from now on. A key
 * last had by an earlier mapping is new here and one last had by this
 * mapping is repeated, which needs no look-up in `out` (a look-up with a
 * different key every time is a slow, megamorphic one: reading 10,000 plans
 * took 3-6 % less time without it, medians of 14 alternating runs). Only a
 * key last had by a mapping nested inside this one leaves it to `out`.
 */
function repeated(out: Record<string, unknown>, known: KnownKey, mapping: number): boolean {
  const last = known.lastIn;
  if (last < 0) return hasKey(out, known);
  known.lastIn = mapping;
  return last === mapping || (last > mapping && hasKey(out, known));
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

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** A quoted scalar at the start of `text`: its value and length (anything else there is not plain). */
function quoted(text: string): { value: string; length: number } {
  if (text[0] === "'") {
    const m = SINGLE.exec(text) ?? notPlain();
    return { value: m[1]!.replace(/''/g, "'"), length: m[0].length };
  }
  const m = DOUBLE.exec(text) ?? notPlain();
  return { value: unescapeDouble(m[1]!), length: m[0].length };
}

/**
 * Reads the front matter line by line, in place: offsets into the one
 * string, no copy of a line and no object per line or per value. The
 * current line runs from `lineStart` to `lineEnd`, its content starting at
 * column `indent` (-1 past the last line). Each value read is returned;
 * with `track` its node (where it and its keys start) is left in `node`.
 */
class Reader {
  lineStart = 0;
  lineEnd = 0;
  indent = -1;
  /** Where the line after the current one starts. */
  private nextLine = 0;
  private depth = 0;
  /** The position in the current line while reading a flow collection. */
  private pos = 0;
  node: PNode = UNTRACKED;
  /**
   * Whether the data may need the key normalisation pass (normalizeKeys): a
   * key that NFC changes, or nesting deep enough to be reported.
   */
  needsNormalizing = false;
  private readonly crlf: boolean;

  /** The front matter is `text` from `from` to `to`. */
  constructor(
    private readonly text: string,
    private readonly track: boolean,
    from: number,
    private readonly to: number,
  ) {
    if (NOT_MODELLED.test(from === 0 && to === text.length ? text : text.slice(from, to))) notPlain();
    const cr = text.indexOf('\r', from);
    this.crlf = cr >= 0 && cr < to;
    this.nextLine = from;
    this.advance();
  }

  /** On to the next line with content (blank and comment-only lines carry none). */
  advance(): void {
    const text = this.text;
    const n = this.to;
    let start = this.nextLine;
    while (start < n) {
      let end = text.indexOf('\n', start);
      if (end < 0 || end > n) end = n;
      const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      let i = start;
      while (i < contentEnd && text.charCodeAt(i) === 32) i++;
      if (i < contentEnd && text.charCodeAt(i) !== 35) {
        const c = text.charCodeAt(i);
        // A line whose content starts with a Unicode space: YAML reads that space as content, not indentation. Not plain.
        if (c >= 128 && /\s/.test(text[i]!)) notPlain();
        if (this.crlf) {
          const cr = text.indexOf('\r', i);
          if (cr >= 0 && cr < contentEnd) notPlain();
        }
        this.lineStart = start;
        this.lineEnd = contentEnd;
        this.indent = i - start;
        this.nextLine = end + 1;
        return;
      }
      start = end + 1;
    }
    this.indent = -1;
    this.lineStart = this.lineEnd = this.nextLine = n;
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING) notPlain();
    if (this.depth > DEEP) this.needsNormalizing = true;
  }

  /** The block whose first line is the current one, starting at column `col` of it. */
  block(col: number): unknown {
    this.enter();
    const value = dashAt(this.text, this.lineStart + col, this.lineEnd) ? this.seq(col) : this.map(col);
    this.depth--;
    return value;
  }

  private isItem(col: number): boolean {
    return this.indent === col && dashAt(this.text, this.lineStart + col, this.lineEnd);
  }

  /** What follows a key or a dash with nothing after it: a deeper block, a list at the key's column, or null. */
  private after(col: number, emptyAt: number, sameColumnList: boolean): unknown {
    if (this.indent > col || (sameColumnList && this.isItem(col))) return this.block(this.indent);
    if (this.track) this.node = { kind: 'scalar', start: emptyAt };
    return null;
  }

  private seq(col: number): unknown[] {
    const text = this.text;
    const start = this.lineStart + col;
    const items: PNode[] | undefined = this.track ? [] : undefined;
    const out: unknown[] = [];
    for (;;) {
      const lineStart = this.lineStart;
      const end = this.lineEnd;
      let content = col + 1;
      while (lineStart + content < end && text.charCodeAt(lineStart + content) === 32) content++;
      const at = lineStart + content;
      let item: unknown;
      if (at >= end || text.charCodeAt(at) === 35) {
        this.advance();
        item = this.after(col, at, false);
      } else if (dashAt(text, at, end) || keyColon(text, at, end, false) >= 0) {
        // A block that starts on the dash's line: read as if its line began at that column.
        this.indent = content;
        item = this.block(content);
      } else {
        item = this.inline(at);
        this.advance();
      }
      if (items) items.push(this.node);
      out.push(item);
      if (!this.isItem(col)) break;
    }
    if (items) this.node = { kind: 'seq', start, items };
    return out;
  }

  private map(col: number): Record<string, unknown> {
    const text = this.text;
    const start = this.lineStart + col;
    const entries = this.track ? new Map<string, { keyStart: number; value: PNode }>() : undefined;
    const out: Record<string, unknown> = {};
    const mapping = ++mappingCount;
    for (;;) {
      const keyStart = this.lineStart + col;
      const end = this.lineEnd;
      const colon = keyColon(text, keyStart, end, false);
      if (colon < 0) notPlain();
      const known = stringKey(text, keyStart, colon);
      if (known.changes) this.needsNormalizing = true;
      if (repeated(out, known, mapping)) notPlain();
      let at = colon + 1;
      while (at < end && text.charCodeAt(at) === 32) at++;
      let value: unknown;
      if (at >= end || text.charCodeAt(at) === 35) {
        this.advance();
        value = this.after(col, at, true);
      } else {
        value = this.inline(at);
        this.advance();
      }
      // The first key with a name wins when NFC makes two alike; normalizeKeys reports the clash.
      if (entries) {
        const normalized = nfcKey(known.key);
        if (!entries.has(normalized)) entries.set(normalized, { keyStart, value: this.node });
      }
      setOwn(out, known.key, value);
      if (this.indent !== col || dashAt(text, this.lineStart + col, this.lineEnd)) break;
    }
    if (entries) this.node = { kind: 'map', start, entries };
    return out;
  }

  /** A value written on the current line after its key or dash, from `at` on. */
  private inline(at: number): unknown {
    const text = this.text;
    const end = this.lineEnd;
    const c = text.charCodeAt(at);
    if (c === 123 || c === 91) {
      this.pos = at;
      const value = this.flowValue();
      if (!restIsComment(text, this.pos, end)) notPlain();
      return value;
    }
    if (c === 34 || c === 39) {
      const q = quoted(text.slice(at, end));
      if (!restIsComment(text, at + q.length, end)) notPlain();
      if (this.track) this.node = { kind: 'scalar', start: at };
      return q.value;
    }
    const stop = plainEnd(text, at, false, end);
    // Most values run to the end of the line; anything after must be a comment.
    if (stop === at || (stop < end && !restIsComment(text, stop, end))) notPlain();
    if (this.track) this.node = { kind: 'scalar', start: at };
    return resolvePlain(text.slice(at, stop));
  }

  private skipSpaces(): void {
    while (this.text.charCodeAt(this.pos) === 32 && this.pos < this.lineEnd) this.pos++;
  }

  /** A value in a one-line flow collection, at `pos`. */
  private flowValue(): unknown {
    this.enter();
    const value = this.flowItem();
    this.depth--;
    return value;
  }

  private flowItem(): unknown {
    const text = this.text;
    const end = this.lineEnd;
    this.skipSpaces();
    const start = this.pos;
    const c = text.charCodeAt(start);
    if (c === 123) {
      this.pos++;
      const entries = this.track ? new Map<string, { keyStart: number; value: PNode }>() : undefined;
      const out: Record<string, unknown> = {};
      const mapping = ++mappingCount;
      for (;;) {
        this.skipSpaces();
        if (text.charCodeAt(this.pos) === 125) {
          this.pos++;
          if (entries) this.node = { kind: 'map', start, entries };
          return out;
        }
        const keyStart = this.pos;
        const colon = keyColon(text, keyStart, end, true);
        if (colon < 0) notPlain();
        const known = stringKey(text, keyStart, colon);
      if (known.changes) this.needsNormalizing = true;
        if (repeated(out, known, mapping)) notPlain();
        this.pos = colon + 1;
        this.skipSpaces();
        const next = text.charCodeAt(this.pos);
        let value: unknown = null;
        // An empty value (`h: }`) sits where the next token starts.
        if (next === 44 || next === 125) {
          if (this.track) this.node = { kind: 'scalar', start: this.pos };
        } else value = this.flowValue();
        // As in a block mapping: the first of two keys that NFC makes alike is where the precise path points.
        if (entries) {
          const normalized = nfcKey(known.key);
          if (!entries.has(normalized)) entries.set(normalized, { keyStart, value: this.node });
        }
        setOwn(out, known.key, value);
        this.skipSpaces();
        const after = text.charCodeAt(this.pos);
        if (after === 44) this.pos++;
        else if (after !== 125) notPlain();
      }
    }
    if (c === 91) {
      this.pos++;
      const items: PNode[] | undefined = this.track ? [] : undefined;
      const out: unknown[] = [];
      for (;;) {
        this.skipSpaces();
        if (text.charCodeAt(this.pos) === 93) {
          this.pos++;
          if (items) this.node = { kind: 'seq', start, items };
          return out;
        }
        const item = this.flowValue();
        if (items) items.push(this.node);
        out.push(item);
        this.skipSpaces();
        const after = text.charCodeAt(this.pos);
        if (after === 44) this.pos++;
        else if (after !== 93) notPlain();
      }
    }
    if (this.track) this.node = { kind: 'scalar', start };
    if (c === 34 || c === 39) {
      const q = quoted(text.slice(start, end));
      this.pos += q.length;
      return q.value;
    }
    const stop = plainEnd(text, start, true, end);
    if (stop === start) notPlain();
    // `[a: b]` holds a one-pair mapping: not plain. Such a key always ends at the colon the scan stopped on.
    if (text.charCodeAt(stop) === 58 && stop < end && keyColon(text, start, end, true) >= 0) notPlain();
    this.pos = stop;
    return resolvePlain(text.slice(start, stop));
  }
}

/** Positions for the front matter `text` from `from` to `to`, whose first line is `firstLine`. */
function locator(text: string, from: number, to: number, root: PNode, firstLine: number): Locate {
  const inFrontMatter = positionsIn(text.slice(from, to), firstLine);
  const position = (offset: number) => inFrontMatter(offset - from);
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
  /** Positions: read the text again, recording them (most plans never ask). */
  locate: () => Locate;
}

function read(text: string, track: boolean, from: number, to: number): { value: unknown; node: PNode; needsNormalizing: boolean } | undefined {
  const reader = new Reader(text, track, from, to);
  if (reader.indent < 0) return undefined;
  const value = reader.block(reader.indent);
  // Lines the reader did not take (odd indentation, text after a value) are not plain.
  return reader.indent >= 0 ? undefined : { value, node: reader.node, needsNormalizing: reader.needsNormalizing };
}

/**
 * The front matter `text` (or its part from `from` to `to`), whose first
 * line is `firstLine`. A part rather than a slice: the reader runs about 15 %
 * faster over the decoded file's own flat string than over a slice of it.
 * `tracked`: record positions in the same pass (the caller knows it will
 * ask for them).
 */
export function parsePlain(text: string, firstLine: number, tracked = false, from = 0, to = text.length): PlainYaml | undefined {
  try {
    const root = read(text, tracked, from, to);
    if (!root) return undefined;
    let located: Locate | undefined = tracked ? locator(text, from, to, root.node, firstLine) : undefined;
    const locate = () => (located ??= locator(text, from, to, read(text, true, from, to)!.node, firstLine));
    return { data: root.value, needsNormalizing: root.needsNormalizing, locate };
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}
