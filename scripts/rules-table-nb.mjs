// Prints the Norwegian tables of diagnostic codes (docs/referanse/koder.md)
// from the same registry as `ip help koder`, so the reference cannot drift:
// `node scripts/rules-table-nb.mjs` after `npm run build`.
import { CODE_GROUPS } from '../dist/plan/code-registry.js';
import { CODE_GUIDE } from '../dist/plan/diagnostics/guide.js';
import { BASIS } from '../dist/plan/legal.js';
import { BASIS_WORDS, GROUP_WORDS, LEVEL_WORDS, pointWords } from '../dist/output/help/words.js';

const level = (l) => LEVEL_WORDS.nb[l];
const cell = (text) => text.replaceAll('|', '\\|');

export function tableNb(rows) {
  const lines = ['| kode | `utkast` | `aktiv` | `avsluttet` | bokstav | grunnlag | hva den sjekker | slik retter du det |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    const guide = CODE_GUIDE[r.code].nb;
    const basis = BASIS_WORDS.nb[BASIS[r.code].basis];
    lines.push(`| \`${r.code}\` | ${level(r.severity.utkast)} | ${level(r.severity.aktiv)} | ${level(r.severity.avsluttet)} | ${pointWords(r.point ?? '', 'nb')} | ${basis} | ${cell(guide.summary)} | ${cell(guide.fix)} |`);
  }
  return lines.join('\n');
}

export function tablesNb() {
  return CODE_GROUPS.map(({ group, codes }) => `### ${GROUP_WORDS.nb[group]}\n\n${tableNb(codes)}`).join('\n\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(tablesNb());
