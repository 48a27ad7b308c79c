import type { Change } from '../../diff/index.js';
import { toJson } from '../json.js';

/** The brief's JSON contract: `{ version: 1, changes: [{ op, path, before?, after? }] }`. */
export function formatDiffJson(changes: readonly Change[]): string {
  const out = changes.map((c) => {
    const item: Change = { op: c.op, path: c.path };
    if ('before' in c) item.before = c.before;
    if ('after' in c) item.after = c.after;
    return item;
  });
  return toJson({ version: 1, changes: out });
}
