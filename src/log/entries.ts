import { diffPlans, type Change, type PlanSide } from '../diff/index.js';
import { readBytes } from '../plan/read-plan.js';
import type { Diagnostic } from '../plan/types.js';

/**
 * A plan's history in its own terms: the revisions git gives (bytes, oldest
 * first) in, one entry per commit out, newest first, each with the changes
 * `ip diff` would report between the revision before and this one. Pure.
 *
 * A revision that cannot be read as a plan gets a located note in its entry,
 * and the log goes on: the next readable revision is compared with the last
 * readable one before it, and says which (`comparedWith`).
 */

/** One revision of the file: its object id (the same bytes have the same id) and its bytes, or over the size limit. */
export type Blob = { id: string; bytes: Uint8Array } | { id: string; tooLarge: true; limit: number };

export interface Revision {
  commit: string;
  date: string;
  author: string;
  path: string;
  renamedFrom?: string;
  /** Absent where the file did not exist before the commit (it was created). */
  before?: Blob;
  /** Absent where the commit deleted the file. */
  after?: Blob;
}

export type EntryKind = 'created' | 'changed' | 'deleted';

/** Why an entry has no changes to show: this revision, or the one before it, is not a readable plan. */
export interface Unreadable {
  revision: 'this' | 'earlier';
  diagnostic: Pick<Diagnostic, 'code' | 'path' | 'params' | 'line' | 'column'>;
}

export interface LogEntry {
  commit: string;
  date: string;
  author: string;
  kind: EntryKind;
  path: string;
  renamedFrom?: string;
  changes: Change[];
  /** The two plans compared, for the formatters' labels and names. */
  sides?: { before: PlanSide; after: PlanSide };
  /** The commit the changes are counted from, where the revisions between could not be read. */
  comparedWith?: string;
  unreadable?: Unreadable;
}

type Parsed = { plan: PlanSide } | { problem: Unreadable['diagnostic'] };

/** Read one revision as `ip diff` reads a side: its data, not checked; a revision that does not parse, its first error. */
function parse(blob: Blob, today: string): Parsed {
  if ('tooLarge' in blob) return { problem: { code: 'too-large', path: [], line: 1, column: 1, params: { limit: blob.limit } } };
  const checked = readBytes(blob.bytes, { explicit: true, today });
  if (checked.data) return { plan: { data: checked.data, ...(checked.body !== undefined ? { body: checked.body } : {}) } };
  const first = checked.diagnostics.find((d) => d.severity === 'error') ?? checked.diagnostics[0];
  const { code, path, params, line, column } = first ?? { code: 'not-a-plan', path: [], line: 1, column: 1 };
  return { problem: { code, path, line, column, ...(params ? { params } : {}) } };
}

/** Entries for the revisions, given oldest first; returned newest first, as git log lists them. */
export function buildEntries(revisions: readonly Revision[], today: string): LogEntry[] {
  // A blob is parsed once: each revision's "after" is usually the next one's "before".
  const cache = new Map<string, Parsed>();
  const read = (blob: Blob): Parsed => {
    let parsed = cache.get(blob.id);
    if (!parsed) cache.set(blob.id, (parsed = parse(blob, today)));
    return parsed;
  };

  const entries: LogEntry[] = [];
  let last: { plan: PlanSide; commit: string } | undefined;
  for (const rev of revisions) {
    const kind: EntryKind = rev.before === undefined ? 'created' : rev.after === undefined ? 'deleted' : 'changed';
    const entry: LogEntry = { commit: rev.commit, date: rev.date, author: rev.author, kind, path: rev.path, changes: [] };
    if (rev.renamedFrom !== undefined) entry.renamedFrom = rev.renamedFrom;
    entries.push(entry);

    if (rev.after === undefined) {
      last = undefined;
      continue;
    }
    const after = read(rev.after);
    if ('problem' in after) {
      entry.unreadable = { revision: 'this', diagnostic: after.problem };
      continue;
    }
    if (rev.before !== undefined) {
      const before = read(rev.before);
      if ('plan' in before) {
        entry.changes = diffPlans(before.plan, after.plan);
        entry.sides = { before: before.plan, after: after.plan };
      } else if (last) {
        entry.changes = diffPlans(last.plan, after.plan);
        entry.sides = { before: last.plan, after: after.plan };
        entry.comparedWith = last.commit;
      } else {
        entry.unreadable = { revision: 'earlier', diagnostic: before.problem };
      }
    }
    last = { plan: after.plan, commit: rev.commit };
  }
  return entries.reverse();
}
