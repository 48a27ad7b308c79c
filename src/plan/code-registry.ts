import { ACROSS_CODES, type CodeInfo, READER_CODES, SCHEMA_CODES } from './codes.js';
import { PLAN_RULES } from './rules/index.js';

/**
 * Every diagnostic code in the order the docs list them, in its group, with
 * its severity per status, point and English summary: one list read by the
 * English and Norwegian rule tables (scripts/rules-table*.mjs) and by
 * `ip help koder`.
 */
export type CodeGroup = 'reading' | 'schema' | 'rules' | 'across';

export const CODE_GROUPS: readonly { group: CodeGroup; codes: readonly CodeInfo[] }[] = [
  { group: 'reading', codes: READER_CODES },
  { group: 'schema', codes: SCHEMA_CODES },
  {
    group: 'rules',
    // A reference's point is the point of the field it stands in.
    codes: PLAN_RULES.map((r) => ({ code: r.code, severity: r.severity, summary: r.summary, point: r.point ?? (r.code === 'unknown-reference' ? 'per reference' : '') })),
  },
  { group: 'across', codes: ACROSS_CODES },
];
