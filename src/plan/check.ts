import { analyse } from './analyse.js';
import { readBytes, readText, type CheckedFile, type ReadOptions } from './read-plan.js';

/**
 * One file, checked on its own: read (read-plan.ts), then the schema and
 * rules (analyse.ts). For callers that check one plan at a time; the run
 * over a caseload hands the analyser to read-plan.ts itself (fs/check-file.ts).
 */

export type { Anchors, CheckedFile } from './read-plan.js';
export { analyse };

export type CheckOptions = Omit<ReadOptions, 'analyser'>;

export function checkBytes(bytes: Uint8Array, options: CheckOptions): CheckedFile {
  return readBytes(bytes, { ...options, analyser: analyse });
}

export function checkText(text: string, options: CheckOptions): CheckedFile {
  return readText(text, { ...options, analyser: analyse });
}
