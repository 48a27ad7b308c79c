import jsYaml from 'js-yaml';
import { lastDashColumn } from './locate.js';

/**
 * The fast path: js-yaml with a schema that resolves plain scalars exactly as
 * the `yaml` package's YAML 1.2 core schema does (js-yaml's own core schema
 * also reads `0b11` and differs on some floats). Used only where it is safe:
 * text with anchors, aliases, tags, directives or merge keys always takes the
 * precise path, and so does anything js-yaml rejects. A property test
 * (test/fastyaml.test.ts) shows both paths read the same data.
 */

const { Type, FAILSAFE_SCHEMA } = jsYaml;

const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string | null) => data === null || /^(?:~|[Nn]ull|NULL)?$/.test(data),
  construct: () => null,
});

const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(data),
  construct: (data: string) => data[0] === 't' || data[0] === 'T',
});

const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && INT.test(data),
  construct: (data: string) => (data.startsWith('0o') ? parseInt(data.slice(2), 8) : data.startsWith('0x') ? parseInt(data.slice(2), 16) : Number(data)),
});

const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && FLOAT.test(data),
  construct: (data: string) => {
    const lower = data.toLowerCase();
    if (lower.endsWith('.nan')) return NaN;
    if (lower.endsWith('.inf')) return lower.startsWith('-') ? -Infinity : Infinity;
    return parseFloat(data);
  },
});

const CORE_12 = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

/**
 * The fast path reads only text in a plain subset of YAML where both parsers
 * are known to agree: block mappings and lists with simple keys; plain scalars
 * that start with no indicator and hold no ": " or " #"; quoted scalars closed
 * on their line; one-line flow collections of those; block scalars (| and >).
 * Anything else — anchors, aliases, tags, directives, merge keys, explicit
 * keys, multi-line plain or quoted scalars, tabs, odd keys — takes the precise
 * path. The property test (test/fastyaml.test.ts) checks the claim.
 */
const KEY = String.raw`[\p{L}\p{N}_][\p{L}\p{N}_-]*`;
const INDICATORS = String.raw`\s\-?:,\[\]{}#&*!|>'"%@\x60`;
const PLAIN_BLOCK = String.raw`(?:[^${INDICATORS}]|-(?=[^\s]))(?:[^:#\s]|:(?=[^\s])|\s+(?=[^#\s]))*`;
const PLAIN_FLOW = String.raw`(?:[^${INDICATORS}]|-(?=[^\s,\[\]{}]))(?:[^:#\s,\[\]{}]|\s+(?=[^#\s,\[\]{}]))*`;
const SQ = String.raw`'(?:[^']|'')*'`;
const DQ = String.raw`"(?:[^"\\]|\\.)*"`;
const COMMENT = String.raw`(?:\s+#.*)?`;

const FLOW_TOKEN = new RegExp(String.raw`^(?:\s+|[\[\]{},]|${KEY}:(?=\s)|${PLAIN_FLOW}|${SQ}|${DQ})`, 'u');
const SCALAR_VALUE = new RegExp(String.raw`^(?:${PLAIN_BLOCK}|${SQ}|${DQ})${COMMENT}$`, 'u');
const BLOCK_SCALAR = new RegExp(String.raw`^[|>][-+]?[1-9]?${COMMENT}$`, 'u');
const KEY_LINE = new RegExp(String.raw`^( *)((?:- +)*)${KEY}:(?: +(.*))?$`, 'u');
const ITEM_LINE = /^( *)((?:- +)+)(.*)$/;

/** A one-line flow collection of simple keys and scalars, brackets balanced, nothing after it but a comment. */
function isSimpleFlow(value: string): boolean {
  if (!/^[[{]/.test(value)) return false;
  let rest = value;
  let depth = 0;
  while (rest.length > 0) {
    if (depth === 0 && rest !== value) return /^\s+#.*$|^\s*$/.test(rest);
    const m = FLOW_TOKEN.exec(rest);
    if (!m || m[0].length === 0) return false;
    const token = m[0];
    if (token.endsWith(':') && !isStringKey(token.slice(0, -1))) return false;
    if (token === '[' || token === '{') depth++;
    else if (token === ']' || token === '}') depth--;
    if (depth < 0) return false;
    rest = rest.slice(token.length);
  }
  return depth === 0;
}

/** Keys that YAML reads as null, booleans or numbers: the parsers turn them into different strings. */
const NON_STRING_KEY = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
function isStringKey(key: string): boolean {
  return !NON_STRING_KEY.test(key) && !INT.test(key) && !FLOAT.test(key);
}

type LineKind = 'simple' | 'block-scalar' | 'other';

function valueKind(value: string | undefined): LineKind {
  if (value === undefined || value === '' || value.startsWith('#')) return 'simple';
  if (BLOCK_SCALAR.test(value)) return 'block-scalar';
  return SCALAR_VALUE.test(value) || isSimpleFlow(value) ? 'simple' : 'other';
}

/** The key of a key line (after any dashes). */
function keyName(line: string): string {
  return /^ *(?:- +)*([^:]*):/.exec(line)?.[1] ?? '';
}

export function isSimpleYaml(yaml: string): boolean {
  if (yaml.includes('\t')) return false;
  let blockIndent = -1; // inside a block scalar: lines indented deeper than this belong to it
  const levels: number[] = []; // columns where open block collections start
  for (const raw of yaml.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (line.trim() === '' || /^ *#/.test(line)) continue;
    const key = KEY_LINE.exec(line);
    const item = key ? undefined : ITEM_LINE.exec(line);
    if (key && !isStringKey(keyName(line))) return false;
    const kind = key ? valueKind(key[3]) : item ? valueKind(item[3]) : 'other';
    if (kind === 'other') return false;
    // A line may go deeper, or back to a column a collection opened at; anything else is left to the precise parser.
    let dedented = false;
    while (levels.length > 0 && levels[levels.length - 1]! > indent) {
      levels.pop();
      dedented = true;
    }
    if (levels.length === 0 ? indent !== 0 : dedented && levels[levels.length - 1] !== indent) return false;
    const dashes = (key ?? item)![2]!;
    if (levels[levels.length - 1] !== indent) levels.push(indent);
    for (let col = indent, rest = dashes; rest.length > 0; ) {
      const step = /^- +/.exec(rest)![0].length;
      col += step;
      rest = rest.slice(step);
      levels.push(col);
    }
    if (kind === 'block-scalar') blockIndent = key ? key[1]!.length + key[2]!.length : lastDashColumn(item![1]!.length, item![2]!);
  }
  return true;
}

export type FastResult = { ok: true; data: unknown } | { ok: false };

export function fastParse(yaml: string): FastResult {
  if (!isSimpleYaml(yaml)) return { ok: false };
  try {
    // json: false makes duplicate keys an error; the precise path then reports them with positions.
    // An empty document is null on both paths.
    return { ok: true, data: jsYaml.load(yaml, { schema: CORE_12, json: false }) ?? null };
  } catch {
    return { ok: false };
  }
}
