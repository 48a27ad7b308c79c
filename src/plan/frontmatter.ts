import type { Finding } from './types.js';

/**
 * Which files are plans, and where their front matter is — decided on the raw
 * text before any YAML is parsed, so a plan that does not parse is still
 * reported rather than skipped.
 */

/** A top-level `ip:` key (no indentation), as the first thing on a line. */
const IP_KEY = /^ip[ \t]*:/;
/** Keys that only a plan has; front matter with these but no `ip:` gets a warning. */
const PLAN_LIKE_KEYS = /^(deltakere|tiltak|samtykke|koordinator|planperiode|evalueringer|mål|m[åa]{1,2}l)[ \t]*:/;
const IP_KEY_ANYWHERE = new RegExp(IP_KEY.source, 'm');
const PLAN_LIKE_ANYWHERE = new RegExp(PLAN_LIKE_KEYS.source, 'm');
/** A line that is just `---` or `...` (with CRLF too). */
const CLOSING_FENCE = /^(?:---|\.\.\.)\r?$/gm;

/** Lines before `offset` (the 0-based line number of the line it is on). */
function countLines(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** How far from the top an `ip:` key still marks a plan whose front matter is misplaced. */
const NEAR_TOP_LINES = 40;

export interface Split {
  /** The whole text, and where the YAML between the fences is in it (the fast reader reads it in place: see parsePlain). */
  text: string;
  yamlStart: number;
  yamlEnd: number;
  /** 1-based line of the first YAML line. */
  yamlLine: number;
  body: string;
  bodyLine: number;
}

export type Classification =
  | { kind: 'plan'; split: Split }
  /** A plan candidate whose front matter cannot be read: the findings say why. */
  | { kind: 'broken'; findings: Finding[] }
  /** Front matter that looks like a plan but has no `ip:` key. */
  | { kind: 'plan-like'; split: Split }
  | { kind: 'not-plan'; split?: Split };

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

function lineText(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\r$/, '');
}

/** Split `text` into lines lazily, calling `visit(line, lineNo, start)` until it returns true. */
function scanLines(text: string, from: number, firstLineNo: number, visit: (line: string, lineNo: number, start: number) => boolean): void {
  let start = from;
  let lineNo = firstLineNo;
  while (start <= text.length) {
    const end = lineEnd(text, start);
    if (visit(lineText(text, start, end), lineNo, start)) return;
    if (end >= text.length) return;
    start = end + 1;
    lineNo++;
  }
}

/**
 * Classify text. `explicit` means the user named this file, so it is checked
 * as a plan even without an `ip:` key (what is wrong with it is then reported).
 */
export function classify(text: string, explicit: boolean): Classification {
  const firstEnd = lineEnd(text, 0);
  const first = lineText(text, 0, firstEnd);

  if (first === '---' || /^---[A-Za-z]/.test(first)) {
    // The closing fence, and whether a top-level `ip:` key comes before it:
    // whole-text searches, not a regular expression per line (this runs on every file).
    CLOSING_FENCE.lastIndex = firstEnd + 1;
    const fence = firstEnd < text.length ? CLOSING_FENCE.exec(text) : null;
    const close = fence ? fence.index : -1;
    const closeEnd = fence ? lineEnd(text, close) : -1;
    const head = text.slice(firstEnd + 1, close < 0 ? text.length : close);
    const hasIp = IP_KEY_ANYWHERE.test(head);
    const planLike = !hasIp && PLAN_LIKE_ANYWHERE.test(head);
    const closeLine = close < 0 ? 0 : countLines(text, close) + 1;

    if (first !== '---') {
      // `---js`, `---coffee` …: an engine for executable front matter. Never run it.
      if (hasIp || explicit) return { kind: 'broken', findings: [{ severity: 'error', code: 'executable-front-matter', path: [], line: 1, column: 1 }] };
      return { kind: 'not-plan' };
    }
    if (close < 0) {
      if (hasIp || explicit) return { kind: 'broken', findings: [{ severity: 'error', code: 'unclosed-front-matter', path: [], line: 1, column: 1 }] };
      return { kind: 'not-plan' };
    }
    const split: Split = {
      text,
      yamlStart: firstEnd + 1,
      yamlEnd: close,
      yamlLine: 2,
      body: closeEnd >= text.length ? '' : text.slice(closeEnd + 1),
      bodyLine: closeLine + 1,
    };
    if (hasIp || explicit) {
      if (text.slice(split.yamlStart, split.yamlEnd).trim() === '') return { kind: 'broken', findings: [{ severity: 'error', code: 'empty-front-matter', path: [], line: 1, column: 1 }] };
      return { kind: 'plan', split };
    }
    return planLike ? { kind: 'plan-like', split } : { kind: 'not-plan', split };
  }

  // No front matter on line 1. If `ip:` appears near the top, it is a plan with misplaced front matter.
  let fenceLine = 0;
  let ipLine = 0;
  scanLines(text, 0, 1, (line, lineNo) => {
    if (lineNo > NEAR_TOP_LINES) return true;
    if (line.trim() === '---' && fenceLine === 0) fenceLine = lineNo;
    if (IP_KEY.test(line)) {
      ipLine = lineNo;
      return true;
    }
    return false;
  });
  if (ipLine > 0 && fenceLine > 0 && fenceLine < ipLine) {
    return { kind: 'broken', findings: [{ severity: 'error', code: 'front-matter-not-first', path: [], line: fenceLine, column: 1 }] };
  }
  if (ipLine > 0 || explicit) {
    return { kind: 'broken', findings: [{ severity: 'error', code: 'no-front-matter', path: [], line: ipLine || 1, column: 1 }] };
  }
  return { kind: 'not-plan' };
}
