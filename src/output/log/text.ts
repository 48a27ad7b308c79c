import type { LogEntry } from '../../log/entries.js';
import { changeLines } from '../diff/text.js';
import { cleanLine } from '../diff/value.js';
import type { Lang } from '../lang.js';
import type { Paint } from '../style.js';
import { day, entryNotes, shortCommit } from './notes.js';
import type { LogResults } from './results.js';
import { LOG_WORDS } from './vocab.js';

/**
 * The history for the terminal, newest first, as `git log` lays it out: a
 * line per commit (short id, day, author), and under it, indented, the
 * changes as `ip diff` shows them, or what happened to the file.
 */

export interface LogTextOptions {
  lang: Lang;
  paint: Paint;
}

const INDENT = '    ';

function entryLines(entry: LogEntry, o: LogTextOptions): string[] {
  const lines = [`${o.paint('yellow', shortCommit(entry.commit))} ${day(entry.date)} ${o.paint('bold', cleanLine(entry.author))}`];
  for (const note of entryNotes(entry, o.lang, cleanLine)) lines.push(`${INDENT}${note}`);
  if (entry.sides && entry.changes.length > 0) {
    if (lines.length > 1) lines.push('');
    for (const line of changeLines(entry.changes, entry.sides.before, entry.sides.after, o)) lines.push(line === '' ? '' : `${INDENT}${line}`);
  }
  if (lines[lines.length - 1] !== '') lines.push('');
  return lines;
}

export function formatLogText(results: LogResults, o: LogTextOptions): string {
  const w = LOG_WORDS[o.lang];
  const lines = [o.paint('bold', cleanLine(results.path)), ''];
  // A loop, not push(...): a long history is more lines than a call takes arguments.
  for (const entry of results.entries) for (const line of entryLines(entry, o)) lines.push(line);
  if (results.entries.length === 0) lines.push(results.since !== undefined ? w.noneSince(results.since) : w.none);
  else lines.push(w.commits(results.entries.length));
  if (results.truncated) lines.push(o.paint('dim', w.truncated(results.entries.length)));
  return lines.join('\n') + '\n';
}
