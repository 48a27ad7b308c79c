import type { Status } from './generated/plan-types.js';
import type { Code } from './diagnostics/code.js';
import type { PlaceStep } from './item.js';
import type { LegalPoint } from './legal.js';

/** `info` is a note for the reader of text output: never in JSON or annotations, never counted, never failing a run. */
export type Severity = 'error' | 'warning' | 'info';

/** A step in a path into the plan: an object key or a list index. */
export type PathStep = string | number;

/**
 * A finding, before it is put into words. Messages are rendered from `code`
 * and `params` by the catalogue in the chosen language, so the core never
 * builds text and never carries a value from the plan.
 */
export interface Finding {
  severity: Severity;
  code: Code;
  /** Where in the front matter; empty for the file as a whole. */
  path: PathStep[];
  /** Point at the key rather than the value (unknown keys, duplicates). */
  atKey?: boolean;
  /** Explicit position (1-based), for findings found before YAML parsing. */
  line?: number;
  column?: number;
  point?: LegalPoint;
  /** Safe parameters only: field names, codes, enum values, counts, dates of the schedule are not passed. */
  params?: Record<string, string | number>;
  /** Other files involved (cross-plan findings). */
  related?: string[];
}

export interface Diagnostic {
  severity: Severity;
  code: Code;
  path: PathStep[];
  /** The item the finding is about: an id, or a list item's 1-based number (item.ts). */
  item?: string | number;
  /** Where the finding is, in the plan's own terms, for messages (item.ts); absent where the path says it as well. */
  place?: PlaceStep[];
  line: number;
  column: number;
  point?: LegalPoint;
  params?: Record<string, string | number>;
  related?: string[];
}

export type PlanStatus = Status;

/**
 * Front matter as parsed: plain JSON-like data, of any shape. The schema
 * check reads it as it is; everything else reads its lenient view (view.ts).
 */
export type PlanData = Record<string, unknown>;

export interface PlanFile {
  path: string;
  /** The parsed front matter, when it could be read as a mapping. */
  data?: PlanData;
  /** The Markdown after the front matter. */
  body?: string;
  /** 1-based line on which the body starts. */
  bodyLine?: number;
  diagnostics: Diagnostic[];
}
