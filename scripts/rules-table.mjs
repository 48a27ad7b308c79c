// Prints the English tables of diagnostic codes from the code itself, so the
// documentation cannot drift: `node scripts/rules-table.mjs` after `npm run build`.
import { CODE_GROUPS } from '../dist/plan/code-registry.js';
import { BASIS } from '../dist/plan/legal.js';

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

const HEADINGS = { reading: 'Reading the file', schema: 'The schema', rules: 'Rules', across: 'Across the plans in a run' };

export function tables() {
  return CODE_GROUPS.map(({ group, codes }) => `## ${HEADINGS[group]}\n\n${table(codes)}`).join('\n\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(tables());
