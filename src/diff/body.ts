import { change } from './values.js';
import { BODY, type Change } from './types.js';

/**
 * The Markdown body, section by section: a section is a heading and the text
 * up to the next heading of any level. Sections are matched by their
 * heading text, so moving a section is no change and renaming a heading is
 * one section removed and another added.
 */

export interface Section {
  /** The heading text; undefined for the text before the first heading. */
  heading?: string;
  text: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
/** Lines that are not plain paragraph text, so a `---` under them is a rule, not a heading underline. */
const NOT_PARAGRAPH = /^ {0,3}([-*+]\s|\d+[.)]\s|>|#|`{3,}|~{3,})/;

/*
 * Trimming is written out below, not as regular expressions anchored at the
 * line's end: those start again at every space or tab of a long run, which
 * costs the square of the run's length on a hostile line.
 */

/** The end of `line` without trailing spaces, tabs and CRs (`chars`). */
function trimEndOf(line: string, chars: string): string {
  let end = line.length;
  while (end > 0 && chars.includes(line[end - 1]!)) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** An ATX heading's text: without its closing run of `#`, where one follows a space or starts the text. */
function atxText(rest: string): string {
  const text = rest.trim();
  const hashes = trimEndOf(text, '#');
  if (hashes.length === text.length) return text;
  if (hashes === '' || hashes.endsWith(' ') || hashes.endsWith('\t')) return hashes.trim();
  return text;
}

function normalizeHeading(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Section text as compared: no trailing spaces, no blank lines at either end, LF only. */
function normalizeText(lines: string[]): string {
  const clean = lines.map((l) => trimEndOf(l, ' \t\r'));
  while (clean.length > 0 && clean[0] === '') clean.shift();
  while (clean.length > 0 && clean[clean.length - 1] === '') clean.pop();
  return clean.join('\n');
}

export function splitSections(body: string): Section[] {
  const lines = body.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const sections: Section[] = [];
  let current: { heading?: string; lines: string[] } = { lines: [] };
  let fence: { char: string; length: number } | undefined;
  /** Lines of the paragraph being read, which a setext underline turns into a heading. */
  let paragraph = 0;

  const start = (heading: string) => {
    sections.push({ ...(current.heading !== undefined ? { heading: current.heading } : {}), text: normalizeText(current.lines) });
    current = { heading: normalizeHeading(heading), lines: [] };
  };

  for (const line of lines) {
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      current.lines.push(line);
      if (fenceMatch && fenceMatch[1]![0] === fence.char && fenceMatch[1]!.length >= fence.length && line.trim() === fenceMatch[1]) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = { char: fenceMatch[1]![0]!, length: fenceMatch[1]!.length };
      current.lines.push(line);
      paragraph = 0;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      start(atxText(atx[2] ?? ''));
      paragraph = 0;
      continue;
    }
    if (paragraph > 0 && SETEXT_UNDERLINE.test(line)) {
      const headingLines = current.lines.splice(current.lines.length - paragraph, paragraph);
      start(headingLines.join(' '));
      paragraph = 0;
      continue;
    }
    if (line.trim() === '') paragraph = 0;
    else if (NOT_PARAGRAPH.test(line) || /^( {4}|\t)/.test(line)) paragraph = 0;
    else paragraph++;
    current.lines.push(line);
  }
  sections.push({ ...(current.heading !== undefined ? { heading: current.heading } : {}), text: normalizeText(current.lines) });
  // Text before the first heading counts only when there is some.
  return sections.filter((s, i) => !(i === 0 && s.heading === undefined && s.text === ''));
}

/** Sections keyed by heading; a heading used twice is keyed `heading#2`. */
function keyed(sections: Section[]): Map<string, string> {
  const map = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const s of sections) {
    if (s.heading === undefined) {
      map.set('', s.text);
      continue;
    }
    const n = (seen.get(s.heading) ?? 0) + 1;
    seen.set(s.heading, n);
    map.set(n === 1 ? s.heading : `${s.heading}#${n}`, s.text);
  }
  return map;
}

export function diffBody(before: string | undefined, after: string | undefined, out: Change[]): void {
  const olds = keyed(splitSections(before ?? ''));
  const news = keyed(splitSections(after ?? ''));
  const removed: Change[] = [];
  const at = (key: string) => (key === '' ? [BODY] : [BODY, key]);
  for (const [key, text] of news) {
    const old = olds.get(key);
    if (old === undefined) out.push(change('added', at(key), undefined, text));
    else if (old !== text) out.push(change('changed', at(key), old, text));
  }
  for (const [key, text] of olds) if (!news.has(key)) removed.push(change('removed', at(key), text, undefined));
  // A loop, not push(...): a body can have more sections than a call takes arguments.
  for (const c of removed) out.push(c);
}
