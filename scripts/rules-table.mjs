// Prints the README's tables of diagnostic codes from the code itself, so the
// documentation cannot drift: `node scripts/rules-table.mjs` after `npm run build`.
import { ACROSS_CODES, READER_CODES, SCHEMA_CODES } from '../dist/plan/codes.js';
import { BASIS } from '../dist/plan/legal.js';
import { PLAN_RULES } from '../dist/plan/rules/index.js';

const cell = (level) => (level === 'off' ? '—' : level);

/** The basis from src/plan/legal.ts: `forskrift`, `veileder`, `praksis`, or "per field". */
function basisCell(code) {
  const basis = BASIS[code]?.basis;
  if (!basis) throw new Error(`No basis recorded for ${code} in src/plan/legal.ts`);
  return basis === 'field' ? 'per field' : basis;
}

export function table(rows) {
  const lines = ['| code | `utkast` | `aktiv` | `avsluttet` | point | basis | what it checks |', '| --- | --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    lines.push(`| \`${r.code}\` | ${cell(r.severity.utkast)} | ${cell(r.severity.aktiv)} | ${cell(r.severity.avsluttet)} | ${r.point ?? ''} | ${basisCell(r.code)} | ${r.summary} |`);
  }
  return lines.join('\n');
}

export function tables() {
  const rules = PLAN_RULES.map((r) => ({ ...r, point: r.point ?? (r.code === 'unknown-reference' ? 'per reference' : '') }));
  return [
    '#### Reading the file\n\n' + table(READER_CODES),
    '#### The schema\n\n' + table(SCHEMA_CODES),
    '#### Rules\n\n' + table(rules),
    '#### Across the plans in a run\n\n' + table(ACROSS_CODES),
  ].join('\n\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(tables());
