import { changeBlocks, escapeInline } from '../diff/markdown.js';
import { docLang, type DocLang } from '../diff/vocab.js';
import { day, entryNotes, shortCommit } from './notes.js';
import type { LogResults } from './results.js';
import { LOG_WORDS } from './vocab.js';

/**
 * The history as a Markdown section for the minutes, in the plan's own
 * language: a heading per commit (day, author, short id), then the changes
 * in sentences, as `ip diff --format markdown` writes them.
 */

/** The plan's language: that of its newest revision that could be read. */
export function historyLang(results: LogResults): DocLang {
  const newest = results.entries.find((e) => e.sides !== undefined);
  return docLang(newest?.sides?.after.data.språk);
}

export function formatLogMarkdown(results: LogResults, lang: DocLang): string {
  const w = LOG_WORDS[lang];
  const lines = [`## ${w.title}`, ''];
  for (const entry of results.entries) {
    lines.push(`### ${day(entry.date)} · ${escapeInline(entry.author)} · ${shortCommit(entry.commit)}`, '');
    const notes = entryNotes(entry, lang, escapeInline);
    for (const note of notes) lines.push(note);
    if (notes.length > 0) lines.push('');
    if (entry.sides) for (const line of changeBlocks(entry.changes, entry.sides.before, entry.sides.after, lang)) lines.push(line);
  }
  if (results.entries.length === 0) lines.push(results.since !== undefined ? w.noneSince(results.since) : w.none, '');
  if (results.truncated) lines.push(`*${w.truncated(results.entries.length)}*`, '');
  return lines.join('\n');
}
