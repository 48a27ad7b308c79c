import type { LogEntry } from '../../log/entries.js';
import { renderDiagnostic } from '../../plan/diagnostics/messages.js';
import type { DocLang } from '../diff/vocab.js';
import { LOG_WORDS } from './vocab.js';

/**
 * What an entry says besides its changes, one sentence a line: that the plan
 * was created, moved or deleted, that a revision could not be read (where,
 * and which rule, never a value from it), that the changes are counted from
 * an older commit, or that nothing in the plan's content changed. The text
 * and Markdown formatters share it; `escape` makes a path safe for each.
 */

/** A commit as people see it: the first seven characters, as git shows it. */
export function shortCommit(commit: string): string {
  return commit.slice(0, 7);
}

/** The author's date part of git's ISO date: the day as the author saw it. */
export function day(date: string): string {
  return date.slice(0, 10);
}

export function entryNotes(entry: LogEntry, lang: DocLang, escape: (s: string) => string): string[] {
  const w = LOG_WORDS[lang];
  // Diagnostics are written in bokmål and English; a nynorsk history gets bokmål for them.
  const messageLang = lang === 'en' ? 'en' : 'nb';
  const notes: string[] = [];
  if (entry.renamedFrom !== undefined) notes.push(w.renamed(escape(entry.renamedFrom)));
  if (entry.kind === 'created') notes.push(w.created);
  if (entry.kind === 'deleted') notes.push(w.deleted);
  if (entry.comparedWith !== undefined) notes.push(w.comparedWith(shortCommit(entry.comparedWith)));
  const problem = entry.unreadable;
  if (problem) {
    const d = problem.diagnostic;
    const said = `${renderDiagnostic(d, messageLang).message} [${d.code}]`;
    notes.push(problem.revision === 'this' ? `${w.unreadableThis}: ${escape(entry.path)}:${d.line}:${d.column}: ${said}` : `${w.unreadableEarlier}: ${said}`);
  }
  if (entry.kind === 'changed' && !problem && entry.changes.length === 0) notes.push(w.noChanges);
  return notes;
}
