import { visit, type Document } from 'yaml';
import { CURLY_WRAPPED, WIDE_SPACE } from '../plan/pasted.js';
import type { FoundFix } from './document-stage.js';

/**
 * The fixes made on the text before it is parsed: what pasting from a word
 * processor leaves where YAML needs an ordinary space or an ordinary quote.
 * Each replaces one character by one, so every offset in the text stays
 * where it was and the later fixes' positions hold for the original file.
 *
 * Found line by line, then held to what the parsed result says: a space
 * fix must end up outside every value (indentation, after a key's colon),
 * and a quote fix must end up as the quotes of a quoted value. Anything else
 * is not made.
 */

const WIDE = new RegExp(WIDE_SPACE.source, 'u');

function isWide(c: string | undefined): boolean {
  return c !== undefined && WIDE.test(c);
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || isWide(c);
}

/** A key at `text`'s start: no quote, bracket or comment first; the first colon ends it. */
const KEY_AT = /^[^\s:#"'{}[\],][^:#]*?:/u;
/** In a flow collection: `{` or `,`, a key and its colon. */
const FLOW_KEY = /[{,][ \t]*[^\s:{},[\]"']+:/gu;

interface Line {
  start: number;
  text: string;
}

function linesOf(yaml: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = yaml.indexOf('\n', start);
    const end = nl < 0 ? yaml.length : nl;
    lines.push({ start, text: yaml.slice(start, end).replace(/\r$/, '') });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

/** Unicode spaces in the indentation (list dashes included) and right after a key's colon, as offsets in `yaml`. */
export function wideSpaceOffsets(yaml: string): number[] {
  const out: number[] = [];
  const blanksFrom = (line: Line, from: number): number => {
    let i = from;
    for (; isBlank(line.text[i]); i++) if (isWide(line.text[i])) out.push(line.start + i);
    return i;
  };
  for (const line of linesOf(yaml)) {
    if (!WIDE.test(line.text)) continue;
    let i = blanksFrom(line, 0);
    // `- ` and `-` followed by a no-break space: the dash is indentation too.
    while (line.text[i] === '-' && isBlank(line.text[i + 1])) i = blanksFrom(line, i + 1);
    const key = KEY_AT.exec(line.text.slice(i));
    if (key) blanksFrom(line, i + key[0].length);
    for (const m of line.text.matchAll(FLOW_KEY)) blanksFrom(line, m.index + m[0].length);
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/** On `line`: a whole value in curly quotes (after a key's colon or a list dash) that straight quotes can hold as written. */
function curlyValueOn(line: Line): { open: number; close: number; quote: string } | undefined {
  const lead = /^[ \t]*(?:-[ \t]+)*/.exec(line.text)![0].length;
  const key = KEY_AT.exec(line.text.slice(lead));
  const from = key ? lead + key[0].length : lead;
  const rest = line.text.slice(from);
  const value = rest.trim();
  const wrapped = CURLY_WRAPPED.exec(value);
  if (!wrapped) return undefined;
  const inner = wrapped[1]!;
  const quote = value.startsWith('\u201C') ? '"' : "'";
  if (inner.includes(quote) || inner.includes('\\') || /[\u201C\u201D\u2018\u2019]/u.test(inner)) return undefined;
  const open = line.start + from + (rest.length - rest.trimStart().length);
  return { open, close: open + value.length - 1, quote };
}

/** The curly-quoted values on the lines where `doc` (parsed from `yaml`) has errors. */
export function curlyOnErrorLines(yaml: string, doc: Document): FoundFix[] {
  const lines = linesOf(yaml);
  const lineAt = (offset: number) => {
    let i = 0;
    while (i + 1 < lines.length && lines[i + 1]!.start <= offset) i++;
    return lines[i]!;
  };
  const out = new Map<number, FoundFix>();
  for (const error of doc.errors) {
    const curly = curlyValueOn(lineAt(error.pos[0]));
    if (curly && !out.has(curly.open)) {
      out.set(curly.open, { code: 'curly-quotes', offset: curly.open, edits: [{ start: curly.open, end: curly.open + 1, text: curly.quote }, { start: curly.close, end: curly.close + 1, text: curly.quote }] });
    }
  }
  return [...out.values()];
}

/** Every scalar's range in `doc`, keys included: [start, value end). */
export function scalarRanges(doc: Document): [number, number][] {
  const ranges: [number, number][] = [];
  visit(doc, {
    Scalar(_, node) {
      if (node.range) ranges.push([node.range[0], node.range[1]]);
    },
  });
  return ranges;
}

/**
 * Whether a text-level fix did what it is for, in the document parsed after
 * it (its scalars' ranges, scalarRanges): a space is outside every value; a pair of quotes is exactly the two
 * ends of one quoted value.
 */
export function heldByDocument(fix: FoundFix, ranges: readonly [number, number][]): boolean {
  if (fix.code === 'unicode-space') return fix.edits.every(({ start: at }) => !ranges.some(([start, end]) => at >= start && at < end));
  const open = fix.edits[0]!.start;
  const close = fix.edits[1]!.start;
  return ranges.some(([start, end]) => start === open && end === close + 1);
}
