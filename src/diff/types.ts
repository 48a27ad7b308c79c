import type { PlanData } from '../plan/types.js';

/**
 * What `ip diff` compares and what it finds. The change list is the JSON
 * contract (`{op, path, before?, after?}`); everything else the formatters
 * need (item labels, word diffs) they derive from the two plans.
 */

export type Op = 'added' | 'removed' | 'changed';

/** A path into the plan by key and by id: `["tiltak", "T1", "omfang"]`. */
export type DiffPath = string[];

export interface Change {
  op: Op;
  path: DiffPath;
  before?: unknown;
  after?: unknown;
}

/** One side of the comparison: the parsed front matter and the Markdown body. */
export interface PlanSide {
  data: PlanData;
  body?: string;
}

/** Path head for the Markdown body, which has no front-matter key of its own. */
export const BODY = 'brødtekst';
