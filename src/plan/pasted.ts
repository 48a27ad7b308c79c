import type { Finding } from './types.js';

/**
 * What a word processor or a web page leaves in text pasted into front
 * matter, named plainly where it is: a no-break (or other Unicode) space in
 * the indentation or right after the colon that ends a key, a tab in the
 * indentation, an invisible character (zero-width space, soft hyphen, word
 * joiner) in a key or an id, curly quotes around a date, id, number or
 * allowed value. Each breaks the YAML or changes what it says without
 * showing on screen. « » are the ordinary Norwegian quotes around a person's
 * words and are left alone. Pure: text in, located findings out.
 */

/** Everything this module looks for; a front matter with none of it is passed over in one test. */
const SUSPECT = /[\t\u00A0\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\u00AD\uFEFF\u201C\u201D\u2018\u2019]/u;
/** Unicode spaces YAML reads as content, not as space. */
export const WIDE_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
/** Characters that take no room on screen. */
// The zero-width joiner stands apart: in a class beside other characters it reads as a joined sequence.
const INVISIBLE = /[\u200B\u200C\u2060\u00AD\uFEFF]|\u200D/u;
const INVISIBLE_ALL = /[\u200B\u200C\u2060\u00AD\uFEFF]|\u200D/gu;
/** A key at the start of a line (after indentation and an optional list dash), and what follows its colon. */
const KEY_LINE = /^([ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]*(?:-[ \t]+)?)([^\s:#"'{[][^:#]*?):(.*)$/u;
/** In a flow collection: `{` or `,`, a key, `:` and a wide space (the match ends just before the space). */
const FLOW_KEY_WIDE = /[{,][ \t]*[^\s:{},[\]"']+:(?=[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000])/u;
/** In a flow collection: a key with an invisible character in it (the match ends just before the character). */
const FLOW_KEY_INVISIBLE = /[{,][ \t]*[^\s:{},[\]"'\u200B\u200C\u2060\u00AD\uFEFF]*?(?=(?:[\u200B\u200C\u2060\u00AD\uFEFF]|\u200D)[^:{},]*:)/u;
/** A value that is a date, an id, a number or one word: what curly quotes around it make wrong. */
export const PLAIN_TOKEN = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;
export const CURLY_WRAPPED = /^[\u201C\u2018](.*)[\u201D\u2019]$/u;

export type PastedKind = 'wide-space-indent' | 'wide-space-after-colon' | 'tab-indent' | 'invisible-in-key' | 'invisible-in-id' | 'curly-quotes';

function at(kind: PastedKind, line: number, column: number, key?: string): Finding {
  return { severity: 'error', code: 'pasted-character', path: [], line, column, params: key === undefined ? { kind } : { kind, key } };
}

/**
 * In a one-line list of ids (`deltok: [jonas, ola\u200B]`, `mål: [“M1”, M2]`): the
 * first item with an invisible character or curly quotes, with the column
 * (1-based) where it shows.
 */
function flowListItem(text: string): { kind: PastedKind; column: number } | undefined {
  const open = text.indexOf(': [');
  const close = text.lastIndexOf(']');
  if (open < 0 || close < open) return undefined;
  let offset = open + 3;
  for (const raw of text.slice(offset, close).split(',')) {
    const lead = raw.length - raw.trimStart().length;
    const item = raw.trim();
    const wrapped = CURLY_WRAPPED.exec(item);
    if (wrapped && PLAIN_TOKEN.test(wrapped[1]!)) return { kind: 'curly-quotes', column: offset + lead + 1 };
    const invisible = item.search(INVISIBLE);
    if (invisible >= 0 && PLAIN_TOKEN.test(item.replace(INVISIBLE_ALL, ''))) return { kind: 'invisible-in-id', column: offset + lead + invisible + 1 };
    offset += raw.length + 1;
  }
  return undefined;
}

/**
 * Whether `text` between `start` and `end` holds anything this module looks
 * for: runs for every plan, so it reads the front matter only, in place
 * (a regular expression from `start` would also scan the whole body).
 */
function suspectBetween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09) return true;
    if (c < 0xa0) continue;
    if (SUSPECT.test(text.charAt(i))) return true;
  }
  return false;
}

/**
 * Located findings for what pasted text left in the front matter: `text`
 * from `start` to `end`, whose first line is `firstLine`.
 */
export function pastedCharacters(text: string, firstLine: number, start = 0, end = text.length): Finding[] {
  if (!suspectBetween(text, start, end)) return [];
  const yaml = text.slice(start, end);
  const findings: Finding[] = [];
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.replace(/\r$/, '');
    if (!SUSPECT.test(text) || /^\s*#/.test(text)) continue;
    const line = firstLine + i;
    // Indentation: the run of any spaces and tabs at the start.
    const indent = /^[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]*/u.exec(text)![0];
    const wide = indent.search(WIDE_SPACE);
    if (wide >= 0) {
      findings.push(at('wide-space-indent', line, wide + 1));
      continue;
    }
    const tab = indent.indexOf('\t');
    if (tab >= 0) {
      findings.push(at('tab-indent', line, tab + 1));
      continue;
    }
    // After a list dash: `-` then a no-break space is indentation as much as the spaces before it.
    const dash = /^[ ]*-([\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000])/u.exec(text);
    if (dash) {
      findings.push(at('wide-space-indent', line, dash[0].length));
      continue;
    }
    // Inside `{…}` and `[…]`: a key followed by a colon and a no-break space, or an invisible character in a key.
    const inFlow = FLOW_KEY_WIDE.exec(text);
    if (inFlow) {
      findings.push(at('wide-space-after-colon', line, inFlow.index + inFlow[0].length + 1));
      continue;
    }
    const invisibleFlow = FLOW_KEY_INVISIBLE.exec(text);
    if (invisibleFlow) {
      findings.push(at('invisible-in-key', line, invisibleFlow.index + invisibleFlow[0].length + 1));
      continue;
    }
    const listed = flowListItem(text);
    if (listed) {
      findings.push(at(listed.kind, line, listed.column));
      continue;
    }
    const key = KEY_LINE.exec(text);
    if (!key) continue;
    const [, lead, name, rest] = key as unknown as [string, string, string, string];
    const invisibleInKey = name.search(INVISIBLE);
    if (invisibleInKey >= 0) {
      // The key meant, so the finding that it is missing is known to follow from this one.
      findings.push(at('invisible-in-key', line, lead.length + invisibleInKey + 1, name.replace(INVISIBLE_ALL, '').trim()));
      continue;
    }
    const colon = lead.length + name.length;
    if (WIDE_SPACE.test(rest.charAt(0))) {
      findings.push(at('wide-space-after-colon', line, colon + 2));
      continue;
    }
    const value = rest.trim();
    const valueColumn = colon + 2 + (rest.length - rest.trimStart().length);
    const wrapped = CURLY_WRAPPED.exec(value);
    if (wrapped && PLAIN_TOKEN.test(wrapped[1]!)) {
      findings.push(at('curly-quotes', line, valueColumn));
      continue;
    }
    // An id, or a reference to one, with an invisible character: it no longer matches what it names.
    const invisible = value.search(INVISIBLE);
    if (invisible >= 0 && PLAIN_TOKEN.test(value.replace(INVISIBLE_ALL, ''))) findings.push(at('invisible-in-id', line, valueColumn + invisible));
  }
  return findings;
}
