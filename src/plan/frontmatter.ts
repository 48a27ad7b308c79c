import type { Code } from './diagnostics/code.js';
import type { Finding } from './types.js';

/**
 * Which files are plans, and where their front matter is — decided on the raw
 * text before any YAML is parsed, so a plan that does not parse is still
 * reported rather than skipped.
 */

/**
 * A top-level `ip:` key (no indentation, the key quoted or not) as the first
 * thing on a line, followed by a space, a tab or the end of the line as YAML
 * needs it (`ip:1` is one word to YAML, not a key).
 */
const IP_KEY = /^(?:ip|"ip"|'ip')[ \t]*:(?=[ \t\r]|$)/;
const IP_KEY_ANYWHERE = new RegExp(IP_KEY.source, 'm');
/** A first key that is meant as `ip` but not written so: `ip 1`, `ip:1`, `IP: 1`, ` ip: 1`, `ip = 1`. */
const IP_LIKE = /^[ \t]*["']?ip["']?(?![\p{L}\p{N}_-])/iu;
/**
 * Top-level keys that only a plan has. Front matter with two or more of them
 * and no `ip:` key is a plan whose header is broken; with one, it may be.
 */
const PLAN_KEYS = /^(deltakere|tiltak|samtykke|person|koordinator|planperiode|evalueringer|ressurser|behov|samarbeid|overganger|godkjent|avsluttet|mål|maal|mal)[ \t]*:/gm;
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

/**
 * Why a file found by a folder walk or a glob was not read as a plan. Stable
 * words: the JSON output lists them (`summary.skipped_files`).
 */
export type SkipReason = 'no-front-matter' | 'no-plan-keys' | 'executable-front-matter' | 'unclosed-front-matter' | 'not-utf8' | 'too-large';

export type Classification =
  | { kind: 'plan'; split: Split }
  /** A plan, or a file that may be one, whose front matter is not read: the findings say why. */
  | { kind: 'broken'; findings: Finding[] }
  | { kind: 'not-plan'; reason: SkipReason };

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

/** The first line of the front matter that holds anything but a comment. */
function firstContentLine(head: string): string {
  for (const line of head.split('\n', 200)) {
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) return line;
  }
  return '';
}

/** How many different plan keys (PLAN_KEYS) stand at the top level of `head`. */
function planKeyCount(head: string): number {
  const found = new Set<string>();
  for (const m of head.matchAll(PLAN_KEYS)) found.add(m[1]!);
  return found.size;
}

const at = (code: Code, severity: Finding['severity'] = 'error', line = 1): Finding => ({ severity, code, path: [], line, column: 1 });

/**
 * Classify text. `explicit` means the user named this file, so it is checked
 * as a plan even without an `ip:` key (what is wrong with it is then reported).
 *
 * In a folder walk or a glob, a file is decided from its text alone, before
 * any YAML is parsed, so that a damaged plan is never skipped in silence:
 * - an `ip:` key at the top level: a plan;
 * - a first key meant as `ip` but written otherwise (`ip 1`, `IP: 1`), or two
 *   or more keys only a plan has (`deltakere`, `tiltak`, `samtykke` …): a plan
 *   whose header is broken, an error;
 * - empty front matter, or one key a plan has: a warning (`--strict` fails on it);
 * - anything else: skipped, with the reason.
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
    const ipLike = !hasIp && IP_LIKE.test(firstContentLine(head));
    const planKeys = hasIp || ipLike ? 0 : planKeyCount(head);
    const claimsPlan = hasIp || ipLike || planKeys >= 2 || explicit;

    if (first !== '---') {
      // `---js`, `---coffee` …: an engine for executable front matter. Never run it.
      return claimsPlan ? { kind: 'broken', findings: [at('executable-front-matter')] } : { kind: 'not-plan', reason: 'executable-front-matter' };
    }
    if (close < 0) return claimsPlan ? { kind: 'broken', findings: [at('unclosed-front-matter')] } : { kind: 'not-plan', reason: 'unclosed-front-matter' };
    const split: Split = {
      text,
      yamlStart: firstEnd + 1,
      yamlEnd: close,
      yamlLine: 2,
      body: closeEnd >= text.length ? '' : text.slice(closeEnd + 1),
      bodyLine: countLines(text, close) + 2,
    };
    if (hasIp) return { kind: 'plan', split };
    if (head.trim() === '') return { kind: 'broken', findings: [at('empty-front-matter', explicit ? 'error' : 'warning')] };
    if (ipLike) {
      const line = head.split('\n').findIndex((l) => IP_LIKE.test(l) && l.trim() !== '') + 2;
      return { kind: 'broken', findings: [at('broken-ip-key', 'error', line)] };
    }
    if (planKeys >= 2) return { kind: 'broken', findings: [at('missing-ip-key')] };
    if (planKeys === 1) return { kind: 'broken', findings: [at('missing-ip-key', explicit ? 'error' : 'warning')] };
    // A named file without an `ip:` key: the precise parse says what it is (not-a-plan, or why it does not parse).
    return explicit ? { kind: 'plan', split } : { kind: 'not-plan', reason: 'no-plan-keys' };
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
    return { kind: 'broken', findings: [at('front-matter-not-first', 'error', fenceLine)] };
  }
  if (ipLine > 0 || explicit) return { kind: 'broken', findings: [at('no-front-matter', 'error', ipLine || 1)] };
  return { kind: 'not-plan', reason: 'no-front-matter' };
}
