import type { Change, PlanSide } from '../../diff/index.js';
import type { WordRun } from '../../diff/words.js';
import { assessmentName, assessmentSentence, type Shown } from './assessment.js';
import { describe, runs, sectionText, type Entry } from './describe.js';
import { consentKind, itemFields, subjectName } from './ids.js';
import { wordLines, type LaidOut } from './lines.js';
import { clean, cleanLine, formatValue, showChange, shownKey } from './value.js';
import { capitalize, fieldName, WORDS, type DocLang } from './vocab.js';

/**
 * An "Endringslogg" section in the plan's own language (nb, nn, en), ready to
 * paste under the plan or into the minutes: a dated heading, the key changes
 * first, then one list per part of the plan, in sentences.
 */

export interface MarkdownOptions {
  lang: DocLang;
  /** The date the log entry is written under (today, or --today). */
  date: string;
}

/** Plan text inside a sentence: Markdown's inline markup characters escaped, so a value cannot restyle the log. */
export function escapeInline(text: string): string {
  return (
    cleanLine(text)
      .replace(/([\\`*~[\]<>|])/g, '\\$1')
      // An underscore inside a word (samtykke_trukket) is no emphasis in CommonMark: leave it readable.
      .replace(/_/g, (m, offset: number, all: string) => (/[\p{L}\p{N}]/u.test(all[offset - 1] ?? '') && /[\p{L}\p{N}]/u.test(all[offset + 1] ?? '') ? m : '\\_'))
  );
}

/** End a sentence with a full stop, unless the quoted value already ends one. */
function end(sentence: string): string {
  return /[.!?:][»"]?$/.test(sentence) ? sentence : `${sentence}.`;
}

function mdRun(run: WordRun, escape: (s: string) => string): string {
  if (run.op === 'same') return escape(run.text);
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)!;
  if (m[2] === '') return run.op === 'added' ? run.text : '';
  const mark = run.op === 'added' ? '**' : '~~';
  return `${m[1]}${mark}${escape(m[2]!)}${mark}${m[3]}`;
}

function value(v: unknown, lang: DocLang): string {
  return WORDS[lang].quote(escapeInline(formatValue(v, lang, (k) => fieldName(k, lang))));
}

function plain(v: unknown, lang: DocLang): string {
  return escapeInline(formatValue(v, lang, (k) => fieldName(k, lang)));
}

/** ` (too much text to compare word by word, …)` where the comparison was bounded (src/diff/words.ts). */
function boundNote(by: LaidOut['by'] | undefined, lang: DocLang): string {
  return by === undefined || by === 'words' ? '' : ` (${WORDS[lang].bound[by]})`;
}

/** `fra «a» til «b»`, or a word diff when both sides are running text. */
function changeText(entry: Entry, lang: DocLang): string {
  const w = WORDS[lang];
  const { op } = entry.change;
  if (!entry.shown) return w[op];
  if (op === 'added') return `${w.added}: ${value(entry.after, lang)}`;
  if (op === 'removed') return `${w.removed} (${w.was} ${value(entry.before, lang)})`;
  const shown = showChange(entry.before, entry.after);
  if (shown.as === 'runs') {
    const inline = shown.lines.map((line) => line.runs.map((r) => mdRun(r, escapeInline)).join('')).join(' ');
    return `${w.changed}${boundNote(shown.by, lang)}: ${inline}`;
  }
  return `${w.changed} ${w.from} ${value(entry.before, lang)} ${w.to} ${value(entry.after, lang)}${boundNote(shown.bounded ? 'whole' : undefined, lang)}`;
}

function fieldLabel(path: string[], lang: DocLang): string {
  const parts = path[0] === 'samtykke' && path.length >= 2 ? path.slice(1) : path;
  return parts.map((p) => escapeInline(fieldName(shownKey(p, lang), lang))).join(' › ');
}

function sectionItem(entry: Entry, lang: DocLang): string[] {
  const w = WORDS[lang];
  const { op } = entry.change;
  const name = capitalize(subjectName(entry.subject!, lang, escapeInline));
  if (op === 'removed' || !entry.shown) return [`- ${name} ${w[op]}.`];
  if (op === 'added') {
    const text = clean(sectionText(entry.after));
    if (text === '') return [`- ${name} ${w.added}.`];
    return [`- ${name} ${w.added}:`, '', ...text.split('\n').map((l) => (l === '' ? '  >' : `  > ${l}`)), ''];
  }
  const { lines, by } = wordLines(clean(sectionText(entry.before)), clean(sectionText(entry.after)));
  const out = [`- ${name} ${w.changed}${boundNote(by, lang)}:`, ''];
  let skipped = false;
  for (const line of lines) {
    if (!line.changed) {
      skipped = true;
      continue;
    }
    if (skipped && out.length > 2) out.push('  > …', '  >');
    skipped = false;
    // The body is Markdown already: only the change marks are added, nothing is escaped.
    out.push(`  > ${line.runs.map((r) => mdRun(r, (s) => s)).join('')}`, '  >');
  }
  if (out[out.length - 1] === '  >') out.pop();
  out.push('');
  return out;
}

/** A value added to or removed from a set in an item: «deltok: la til Ola Hansen (ola)», «beslutning lagt til: «…»». */
function memberText(entry: Entry, lang: DocLang): string {
  const w = WORDS[lang];
  const { op } = entry.change;
  const key = entry.field[0]!;
  const sentences: Partial<Record<string, string>> = w.sentence;
  const noun = sentences[key];
  if (!entry.shown) return `${noun ?? fieldLabel(entry.field, lang)} ${w[op]} (${w.hidden})`;
  if (noun !== undefined) return `${noun} ${w[op]}: ${value(op === 'added' ? entry.after : entry.before, lang)}`;
  return `${fieldLabel(entry.field, lang)}: ${op === 'added' ? w.memberAdded : w.memberRemoved} ${plain(op === 'added' ? entry.after : entry.before, lang)}`;
}

/** A change under its item's heading, in a sentence that starts in lower case. */
function inItemText(entry: Entry, lang: DocLang): string {
  if (entry.kind === 'member') return memberText(entry, lang);
  if (entry.kind !== 'assessment') return `${fieldLabel(entry.field, lang)} ${changeText(entry, lang)}`;
  const shown: Shown = { escape: escapeInline, show: (v) => value(v, lang) };
  const sentence = assessmentSentence(entry, lang, shown);
  if (sentence !== undefined) return sentence;
  const name = assessmentName(entry, lang, shown);
  return `${entry.field.length === 0 ? name : `${name} › ${fieldLabel(entry.field, lang)}`} ${changeText(entry, lang)}`;
}

function runItems(run: Entry[], lang: DocLang): string[] {
  const w = WORDS[lang];
  const first = run[0]!;
  const { op } = first.change;
  switch (first.kind) {
    case 'withdrawn':
      return [`- **${w.withdrawn[consentKind(first)]} (${plain(first.after, lang)}).**`];
    case 'withdrawalRemoved':
      return [`- ${w.withdrawalRemoved[consentKind(first)]}.`];
    case 'accepted':
      return [`- ${w.accepted} (${plain(first.after, lang)}).`];
    case 'acceptanceRemoved':
      return [`- ${w.acceptanceRemoved}.`];
    case 'sentence': {
      const sentences: Partial<Record<string, string>> = w.sentence;
      const noun = capitalize(sentences[first.change.path[0]!] ?? first.change.path[0]!);
      if (!first.shown) return [`- ${noun} ${w[op]} (${w.hidden}).`];
      return [`- ${end(`${noun} ${w[op]}: ${value(op === 'added' ? first.after : first.before, lang)}`)}`];
    }
    case 'section':
      return sectionItem(first, lang);
    case 'item': {
      const name = capitalize(subjectName(first.subject!, lang, escapeInline));
      if (op !== 'added') return [`- ${name} ${w[op]}.`];
      const fields = itemFields(first).map(([k, v]) => `  - ${capitalize(escapeInline(fieldName(shownKey(k, lang), lang)))}: ${plain(v, lang)}`);
      return fields.length > 0 ? [`- ${name} ${w.added}:`, ...fields] : [`- ${name} ${w.added}.`];
    }
    default:
      break;
  }
  if (!first.subject) return run.map((e) => `- ${end(`${capitalize(fieldLabel(e.field, lang))} ${changeText(e, lang)}`)}`);
  const name = capitalize(subjectName(first.subject, lang, escapeInline));
  if (run.length === 1) return [`- ${end(`${name}: ${inItemText(first, lang)}`)}`];
  return [`- ${name}:`, ...run.map((e) => `  - ${end(capitalize(inItemText(e, lang)))}`)];
}

/** The changes as Markdown, a bold heading and a list per group, each group followed by an empty line: the body of a change log entry, in `ip diff` and `ip log`. */
export function changeBlocks(changes: readonly Change[], before: PlanSide, after: PlanSide, lang: DocLang): string[] {
  const w = WORDS[lang];
  const lines: string[] = [];
  for (const block of describe(changes, before, after)) {
    lines.push(`**${w.groups[block.group]}**`, '');
    // A loop, not push(...): a section can be more lines than a call takes arguments.
    for (const run of runs(block.entries)) for (const line of runItems(run, lang)) lines.push(line);
    if (lines[lines.length - 1] !== '') lines.push('');
  }
  return lines;
}

export function formatDiffMarkdown(changes: readonly Change[], before: PlanSide, after: PlanSide, o: MarkdownOptions): string {
  const w = WORDS[o.lang];
  const lines = [`## ${w.title}`, '', `### ${o.date}`, ''];
  if (changes.length === 0) lines.push(w.noChanges, '');
  for (const line of changeBlocks(changes, before, after, o.lang)) lines.push(line);
  return lines.join('\n');
}
