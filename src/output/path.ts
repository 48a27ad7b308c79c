import { sanitizeEcho } from '../plan/text.js';
import type { PathStep } from '../plan/types.js';

/** A field path as people write it: `tiltak[0].omfang`. Keys are sanitised, since an unknown key comes from the plan. */
export function formatPath(path: readonly PathStep[]): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else out += (out === '' ? '' : '.') + sanitizeEcho(step);
  }
  return out;
}
