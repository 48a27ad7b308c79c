import type { PathStep } from './types.js';
import type { Locate } from './yaml.js';

/**
 * Positions without the full YAML parser, for front matter in the plain
 * subset the fast path reads (see fastyaml.ts): a small parser of lines and
 * indentation that records where every key and value starts, and answers
 * exactly as the precise locator in yaml.ts does (a property test in
 * test/locate.test.ts holds it to that). Where the text has any shape it does
 * not know, it returns undefined and the caller takes the precise path.
 */

type PNode =
  | { kind: 'map'; start: number; entries: Map<string, { keyStart: number; value: PNode }> }
  | { kind: 'seq'; start: number; items: PNode[] }
  | { kind: 'scalar'; start: number };

interface Line {
  start: number;
  indent: number;
  text: string;
}

class Unknown extends Error {}

const KEY_AT = /^([\p{L}\p{N}_][\p{L}\p{N}_-]*):(?=$| )/u;
const BLOCK_SCALAR = /^[|>][-+]?[1-9]?(?:\s+#.*)?$/;
const FLOW_TOKEN =
  /^(?:\s+|[[\]{},]|[\p{L}\p{N}_][\p{L}\p{N}_-]*:(?=\s)|(?:[^\s\-?:,[\]{}#&*!|>'"%@`]|-(?=[^\s,[\]{}]))(?:[^:#\s,[\]{}]|\s+(?=[^#\s,[\]{}]))*|'(?:[^']|'')*'|"(?:[^"\\]|\\.)*")/u;

/** The column of the last dash in a run like `- - `, starting at `indent`. */
export function lastDashColumn(indent: number, dashes: string): number {
  return indent + dashes.trimEnd().lastIndexOf('-');
}

/** Content lines: no blank or comment lines, and no lines inside a block scalar. */
function contentLines(yaml: string): Line[] {
  const out: Line[] = [];
  let offset = 0;
  let blockIndent = -1;
  for (const raw of yaml.split('\n')) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const indent = text.length - text.trimStart().length;
    const start = offset;
    offset += raw.length + 1;
    if (blockIndent >= 0) {
      if (text.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    out.push({ start, indent, text });
    // A block scalar starts where a key's or an item's value is `|` or `>`.
    const m = /^( *)((?:- +)*)(?:([\p{L}\p{N}_][\p{L}\p{N}_-]*):)?\s*(.*)$/u.exec(text);
    if (m) {
      const value = m[3] !== undefined ? m[4]! : m[2] ? m[4]! : '';
      // Its lines are those indented deeper than the key, or than the last dash before it.
      if (BLOCK_SCALAR.test(value)) blockIndent = m[3] !== undefined ? m[1]!.length + m[2]!.length : lastDashColumn(m[1]!.length, m[2]!);
    }
  }
  return out;
}

function parseFlow(text: string, base: number): PNode {
  let pos = 0;
  const skip = () => {
    const m = /^\s*/.exec(text.slice(pos))!;
    pos += m[0].length;
  };
  const token = (): string => {
    const m = FLOW_TOKEN.exec(text.slice(pos));
    if (!m || m[0].length === 0) throw new Unknown();
    return m[0];
  };
  const value = (): PNode => {
    skip();
    const start = base + pos;
    const t = token();
    if (t === '{') {
      pos++;
      const entries = new Map<string, { keyStart: number; value: PNode }>();
      for (;;) {
        skip();
        if (text[pos] === '}') {
          pos++;
          return { kind: 'map', start, entries };
        }
        const keyStart = base + pos;
        const k = token();
        if (!k.endsWith(':') || k === ':') throw new Unknown();
        pos += k.length;
        skip();
        // An empty value (`h: }`) sits where the next token starts.
        const v: PNode = text[pos] === ',' || text[pos] === '}' ? { kind: 'scalar', start: base + pos } : value();
        const key = k.slice(0, -1).normalize('NFC');
        if (!entries.has(key)) entries.set(key, { keyStart, value: v });
        skip();
        if (text[pos] === ',') pos++;
        else if (text[pos] !== '}') throw new Unknown();
      }
    }
    if (t === '[') {
      pos++;
      const items: PNode[] = [];
      for (;;) {
        skip();
        if (text[pos] === ']') {
          pos++;
          return { kind: 'seq', start, items };
        }
        items.push(value());
        skip();
        if (text[pos] === ',') pos++;
        else if (text[pos] !== ']') throw new Unknown();
      }
    }
    if (t.endsWith(':') || t === ',' || t === ']' || t === '}') throw new Unknown();
    pos += t.length;
    return { kind: 'scalar', start };
  };
  const node = value();
  skip();
  if (pos < text.length && !text.slice(pos).startsWith('#')) throw new Unknown();
  return node;
}

/** A value written on the same line, starting at `offset` within `line`. */
function inlineValue(line: Line, column: number): PNode {
  const rest = line.text.slice(column);
  if (rest.startsWith('{') || rest.startsWith('[')) return parseFlow(rest, line.start + column);
  return { kind: 'scalar', start: line.start + column };
}

class Parser {
  i = 0;
  constructor(private readonly lines: Line[]) {}

  /** The block whose first line is the current one, at column `col` of it. */
  block(col: number): PNode {
    const line = this.lines[this.i]!;
    return line.text.slice(col).startsWith('-') ? this.seq(col) : this.map(col);
  }

  private isItem(line: Line, col: number): boolean {
    return line.indent === col && /^-(?: |$)/.test(line.text.slice(col));
  }

  /** What follows a key or dash with nothing after it: a deeper block, a sequence at the key's column, or nothing. */
  private after(col: number, emptyAt: number, allowSameColumnSeq: boolean): PNode {
    const next = this.lines[this.i];
    if (next && (next.indent > col || (allowSameColumnSeq && this.isItem(next, col)))) return this.block(next.indent);
    return { kind: 'scalar', start: emptyAt };
  }

  seq(col: number): PNode {
    const first = this.lines[this.i]!;
    const items: PNode[] = [];
    const start = first.start + col;
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      if (line.indent !== col && line !== first) break;
      if (!/^-(?: |$)/.test(line.text.slice(col))) break;
      const spaces = /^-( *)/.exec(line.text.slice(col))![1]!.length;
      const content = col + 1 + spaces;
      const rest = line.text.slice(content);
      if (rest === '' || rest.startsWith('#')) {
        this.i++;
        items.push(this.after(col, line.start + col + 1 + (rest === '' ? spaces : 0), false));
      } else if (/^-(?: |$)/.test(rest) || KEY_AT.test(rest)) {
        // A block that starts on the dash's line: parse it as if it were its own line at that column.
        this.lines[this.i] = { start: line.start, indent: content, text: line.text };
        items.push(this.block(content));
      } else {
        items.push(inlineValue(line, content));
        this.i++;
      }
      const next = this.lines[this.i];
      if (!next || next.indent !== col || !this.isItem(next, col)) break;
    }
    return { kind: 'seq', start, items };
  }

  map(col: number): PNode {
    const first = this.lines[this.i]!;
    const entries = new Map<string, { keyStart: number; value: PNode }>();
    const start = first.start + col;
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      if (line !== first && line.indent !== col) break;
      const m = KEY_AT.exec(line.text.slice(col));
      if (!m) {
        if (line === first) throw new Unknown();
        break;
      }
      const keyStart = line.start + col;
      const afterColon = col + m[0].length;
      const spaces = /^ */.exec(line.text.slice(afterColon))![0].length;
      const rest = line.text.slice(afterColon + spaces);
      let value: PNode;
      if (rest === '' || rest.startsWith('#')) {
        this.i++;
        value = this.after(col, line.start + afterColon + (rest === '' ? spaces : 0), true);
      } else {
        value = BLOCK_SCALAR.test(rest) ? { kind: 'scalar', start: line.start + afterColon + spaces } : inlineValue(line, afterColon + spaces);
        this.i++;
      }
      const key = m[1]!.normalize('NFC');
      if (!entries.has(key)) entries.set(key, { keyStart, value });
    }
    return { kind: 'map', start, entries };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function simpleLocator(yaml: string, firstLine: number): Locate | undefined {
  let root: PNode | undefined;
  try {
    const lines = contentLines(yaml);
    if (lines.length === 0) return undefined;
    const parser = new Parser(lines);
    root = parser.block(lines[0]!.indent);
    if (parser.i < lines.length) return undefined; // something the parser did not take: not ours to answer
  } catch (error) {
    if (error instanceof Unknown) return undefined;
    throw error;
  }
  const starts = lineStarts(yaml);
  const position = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + firstLine, column: offset - starts[lo]! + 1 };
  };
  const top = root;
  return (path: PathStep[], atKey = false) => {
    let node: PNode = top;
    let best = top.start;
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
