import type { LogEntry } from '../../log/entries.js';
import { renderDiagnostic } from '../../plan/diagnostics/messages.js';
import { changeObjects } from '../diff/json.js';
import { toJson } from '../json.js';
import type { Lang } from '../lang.js';
import type { LogResults } from './results.js';

/**
 * `ip log --format json`, the shape scripts may rely on (docs/reference/log.md):
 * `{ version: 1, path, truncated, entries: [{ commit, date, author, kind,
 * path, renamed_from?, compared_with?, unreadable?, changes }] }`, where
 * `changes` are `ip diff`'s change objects.
 */

function entryJson(entry: LogEntry, lang: Lang): Record<string, unknown> {
  const out: Record<string, unknown> = { commit: entry.commit, date: entry.date, author: entry.author, kind: entry.kind, path: entry.path };
  if (entry.renamedFrom !== undefined) out.renamed_from = entry.renamedFrom;
  if (entry.comparedWith !== undefined) out.compared_with = entry.comparedWith;
  if (entry.unreadable) {
    const d = entry.unreadable.diagnostic;
    out.unreadable = { revision: entry.unreadable.revision, code: d.code, line: d.line, column: d.column, message: renderDiagnostic(d, lang).message };
  }
  out.changes = changeObjects(entry.changes);
  return out;
}

export function formatLogJson(results: LogResults, lang: Lang): string {
  return toJson({ version: 1, path: results.path, truncated: results.truncated, entries: results.entries.map((e) => entryJson(e, lang)) });
}
