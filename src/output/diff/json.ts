import type { Change } from '../../diff/index.js';
import { toJson } from '../json.js';

/** The change objects of the contract, `{ op, path, before?, after? }`, with nothing else: `ip diff` and each entry of `ip log` print them. */
export function changeObjects(changes: readonly Change[]): Change[] {
  return changes.map((c) => {
    const item: Change = { op: c.op, path: c.path };
    if ('before' in c) item.before = c.before;
    if ('after' in c) item.after = c.after;
    return item;
  });
}

/** The brief's JSON contract: `{ version: 1, changes: [{ op, path, before?, after? }] }`. */
export function formatDiffJson(changes: readonly Change[]): string {
  return toJson({ version: 1, changes: changeObjects(changes) });
}
