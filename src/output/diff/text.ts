import type { Change, PlanSide } from '../../diff/index.js';
import type { Lang } from '../lang.js';
import type { Paint } from '../style.js';
import { assessmentName, assessmentSentence, type Shown } from './assessment.js';
import { describe, runs, sectionText, type Entry } from './describe.js';
import { consentKind, itemFields, subjectName } from './ids.js';
import { wordLines, type DiffLine, type LaidOut } from './lines.js';
import { sideTitle, type Sides } from './sides.js';
import { clean, cleanLine, formatValue, showChange, shownKey } from './value.js';
import { WORDS } from './vocab.js';

/**
 * Human text for the terminal: grouped, most important first, one line per
 * change, field names as written in the plan. Markers (`+ - ~`, and
 * `[-…-]{+…+}` in word diffs, as `git diff --word-diff`) carry the meaning
 * without colour; colour only helps.
 */

export interface TextOptions {
  lang: Lang;
  paint: Paint;
  sides: Sides;
}

/** What the lines need: the language and the paint, not where the sides came from. */
type LineOptions = Omit<TextOptions, 'sides'>;

const SYMBOL = { added: '+', removed: '-', changed: '~' } as const;
const COLOUR = { added: 'green', removed: 'red', changed: 'yellow' } as const;
const INDENT = '      ';

function marked(line: DiffLine, paint: Paint): string {
  return line.runs.map((r) => (r.op === 'same' ? r.text : r.op === 'added' ? paint('green', `{+${r.text}+}`) : paint('red', `[-${r.text}-]`))).join('');
}

function inlineWords(lines: DiffLine[], paint: Paint, indent: string): string {
  return lines.map((line) => marked(line, paint)).join(`\n${indent}`);
}

/** ` (too much text to compare word by word, …)` where the comparison was bounded (src/diff/words.ts). */
function boundNote(by: LaidOut['by'] | undefined, o: LineOptions): string {
  return by === undefined || by === 'words' ? '' : ` ${o.paint('dim', `(${WORDS[o.lang].bound[by]})`)}`;
}

/** `name`: what the line is about, when not the path (an assessment's field). */
function fieldLine(entry: Entry, path: string[], o: LineOptions, indent: string, name = path.map((k) => shownKey(k, o.lang)).join('.')): string {
  const w = WORDS[o.lang];
  const { op } = entry.change;
  const sym = o.paint(COLOUR[op], SYMBOL[op]);
  if (!entry.shown) return `${sym} ${name} ${o.paint('dim', `(${w[op]}; ${w.hidden})`)}`;
  const value = (v: unknown) => formatValue(v, o.lang);
  if (op === 'added') return `${sym} ${name}: ${o.paint('green', value(entry.after))}`;
  if (op === 'removed') return `${sym} ${name}: ${o.paint('red', value(entry.before))}`;
  const shown = showChange(entry.before, entry.after);
  if (shown.as === 'runs') return `${sym} ${name}:${boundNote(shown.by, o)} ${inlineWords(shown.lines, o.paint, indent + '  ')}`;
  return `${sym} ${name}: ${o.paint('red', value(entry.before))} → ${o.paint('green', value(entry.after))}${boundNote(shown.bounded ? 'whole' : undefined, o)}`;
}

function sectionLines(entry: Entry, o: LineOptions): string[] {
  const { op } = entry.change;
  const head = `  ${o.paint(COLOUR[op], SYMBOL[op])} ${o.paint('bold', subjectName(entry.subject!, o.lang))}`;
  if (!entry.shown) return [head];
  if (op === 'removed') return [head];
  if (op === 'added') {
    const text = clean(sectionText(entry.after));
    return text === '' ? [head] : [head, ...text.split('\n').map((l) => (l === '' ? '' : `${INDENT}${o.paint('green', l)}`))];
  }
  const { lines, by } = wordLines(clean(sectionText(entry.before)), clean(sectionText(entry.after)));
  const out = [head + boundNote(by, o)];
  let skipped = false;
  for (const line of lines) {
    if (!line.changed) {
      skipped = true;
      continue;
    }
    if (skipped && out.length > 1) out.push(`${INDENT}${o.paint('dim', '…')}`);
    skipped = false;
    out.push(`${INDENT}${marked(line, o.paint)}`);
  }
  return out;
}

/** A change under its item's heading: an assessment in a sentence («+ M1a vurdert som nådd»), anything else as a field. */
function inItemLine(entry: Entry, o: LineOptions): string {
  if (entry.kind !== 'assessment') return fieldLine(entry, entry.field, o, INDENT);
  const w = WORDS[o.lang];
  const shown: Shown = { escape: cleanLine, show: (v) => (typeof v === 'string' ? w.quote(formatValue(v, o.lang)) : formatValue(v, o.lang)) };
  const { op } = entry.change;
  const sentence = assessmentSentence(entry, o.lang, shown);
  if (sentence !== undefined) return `${o.paint(COLOUR[op], SYMBOL[op])} ${sentence}`;
  const field = entry.field.map((k) => shownKey(k, o.lang)).join('.');
  return fieldLine(entry, entry.field, o, INDENT, field === '' ? assessmentName(entry, o.lang, shown) : `${assessmentName(entry, o.lang, shown)} › ${field}`);
}

function entryLines(run: Entry[], o: LineOptions): string[] {
  const w = WORDS[o.lang];
  const first = run[0]!;
  const { op } = first.change;
  const sym = o.paint(COLOUR[op], SYMBOL[op]);
  switch (first.kind) {
    case 'withdrawn':
      return [`  ${o.paint('red', '!')} ${o.paint('bold', `${w.withdrawn[consentKind(first)]} (${formatValue(first.after, o.lang)}).`)}`];
    case 'withdrawalRemoved':
      return [`  ${sym} ${w.withdrawalRemoved[consentKind(first)]}.`];
    case 'accepted':
      return [`  ${sym} ${w.accepted}: ${formatValue(first.after, o.lang)}`];
    case 'acceptanceRemoved':
      return [`  ${sym} ${w.acceptanceRemoved}.`];
    case 'sentence':
      if (!first.shown) return [`  ${sym} ${o.paint('dim', `(${w.hidden})`)}`];
      return [`  ${sym} ${o.paint(COLOUR[op], formatValue(op === 'added' ? first.after : first.before, o.lang))}`];
    case 'section':
      return sectionLines(first, o);
    case 'item': {
      const head = `  ${sym} ${o.paint('bold', subjectName(first.subject!, o.lang))}`;
      if (op !== 'added') return [head];
      return [head, ...itemFields(first).map(([k, v]) => `${INDENT}${shownKey(k, o.lang)}: ${formatValue(v, o.lang)}`)];
    }
    default:
      break;
  }
  if (!first.subject) return run.map((e) => `  ${fieldLine(e, e.field, o, '  ')}`);
  const head = `  ${o.paint('yellow', SYMBOL.changed)} ${o.paint('bold', subjectName(first.subject, o.lang))}`;
  return [head, ...run.map((e) => `${INDENT}${inItemLine(e, o)}`)];
}

/** The changes in their groups, each group followed by an empty line: the body of `ip diff`'s text, and of each commit in `ip log`. */
export function changeLines(changes: readonly Change[], before: PlanSide, after: PlanSide, o: LineOptions): string[] {
  const w = WORDS[o.lang];
  const lines: string[] = [];
  for (const block of describe(changes, before, after)) {
    lines.push(o.paint('cyan', w.groups[block.group]));
    // A loop, not push(...): a section can be more lines than a call takes arguments.
    for (const run of runs(block.entries)) for (const line of entryLines(run, o)) lines.push(line);
    lines.push('');
  }
  return lines;
}

export function formatDiffText(changes: readonly Change[], before: PlanSide, after: PlanSide, o: TextOptions): string {
  const w = WORDS[o.lang];
  const lines = [o.paint('bold', sideTitle(o.sides, o.lang)), ''];
  for (const line of changeLines(changes, before, after, o)) lines.push(line);
  lines.push(changes.length === 0 ? w.noChanges : w.changes(changes.length));
  return lines.join('\n') + '\n';
}
