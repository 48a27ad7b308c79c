import type { FixCode } from '../../fix/kinds.js';
import type { Lang } from '../lang.js';
import { shownPath } from '../path.js';
import type { Paint } from '../style.js';
import type { ValidateReport } from '../../validate/report.js';

/**
 * What `ip validate --fix` and `--fix-dry-run` say about the fixes, in both
 * languages: per file how many fixes of which kinds, or (dry run) each fix
 * with its place. Codes and positions only: never a value from the plan.
 */

/** Whether the run fixed files (`write`) or only said what it would fix (`dry-run`). */
export type FixMode = 'write' | 'dry-run';

/** What each fix does, in words, per language. */
export const FIX_DESCRIPTIONS: Record<Lang, Record<FixCode, string>> = {
  nb: {
    'unicode-space': 'et hardt mellomrom eller et annet Unicode-mellomrom blir et vanlig mellomrom',
    'curly-quotes': 'krøllete anførselstegn rundt verdien blir rette',
    'key-nfc': 'nøkkelen skrives med sammensatte tegn (Unicode NFC)',
    'key-spelling': 'nøkkelen staves slik formatet har den',
    'enum-case': 'verdien skrives som den tillatte verdien',
    'date-form': 'datoen skrives ÅÅÅÅ-MM-DD',
    'id-list': 'id-en settes i en liste: [id]',
    'fodselsnummer-quoted': 'fødselsnummeret settes i anførselstegn',
    'boolean-word': 'ja/nei blir true/false',
  },
  en: {
    'unicode-space': 'a no-break or other Unicode space becomes an ordinary space',
    'curly-quotes': 'curly quotes around the value become straight quotes',
    'key-nfc': 'the key is written with composed characters (Unicode NFC)',
    'key-spelling': 'the key is spelt as the format has it',
    'enum-case': 'the value is written as the allowed value',
    'date-form': 'the date is written YYYY-MM-DD',
    'id-list': 'the id is put in a list: [id]',
    'fodselsnummer-quoted': 'the fødselsnummer is put in quotes',
    'boolean-word': 'ja/nei becomes true/false',
  },
};

const WORDS = {
  nb: {
    fixed: (n: number, file: string, kinds: string) => `Rettet ${n} feil i ${file}: ${kinds}.`,
    wouldFix: 'ville rettet',
    wouldFixTotal: (n: number, files: number) => `Ville rettet ${n} feil i ${files} ${files === 1 ? 'fil' : 'filer'}. Ingenting er skrevet.`,
    nothing: 'Ingenting å rette.',
    notFixed: (file: string) => `${file} er ikke rettet (se meldingen over).`,
    nothingDryRun: 'Ingenting å rette. Ingenting er skrevet.',
  },
  en: {
    fixed: (n: number, file: string, kinds: string) => `Fixed ${n} ${n === 1 ? 'mistake' : 'mistakes'} in ${file}: ${kinds}.`,
    wouldFix: 'would fix',
    wouldFixTotal: (n: number, files: number) => `Would fix ${n} ${n === 1 ? 'mistake' : 'mistakes'} in ${files} ${files === 1 ? 'file' : 'files'}. Nothing was written.`,
    nothing: 'Nothing to fix.',
    notFixed: (file: string) => `${file} was not fixed (see the message above).`,
    nothingDryRun: 'Nothing to fix. Nothing was written.',
  },
} satisfies Record<Lang, unknown>;

/** `date-form (2), key-spelling (1)`: the kinds in a file's fixes, in the order of the first of each. */
function kindsOf(fixed: readonly { code: FixCode }[]): string {
  const counts = new Map<FixCode, number>();
  for (const f of fixed) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts].map(([code, n]) => `${code} (${n})`).join(', ');
}

/** The lines about fixes that come before the findings in text output. */
export function fixLines(report: ValidateReport, mode: FixMode, lang: Lang, paint: Paint): string[] {
  const w = WORDS[lang];
  const files = report.files.filter((f) => f.fixed !== undefined && f.fixed.length > 0);
  const notFixed = report.files.filter((f) => f.notFixed).map((f) => paint('red', w.notFixed(shownPath(f.path))));
  if (files.length === 0 && notFixed.length === 0) return [mode === 'write' ? w.nothing : w.nothingDryRun];
  if (mode === 'write') return [...files.map((f) => paint('green', w.fixed(f.fixed!.length, shownPath(f.path), kindsOf(f.fixed!)))), ...notFixed];
  const lines: string[] = [];
  for (const f of files) {
    for (const fix of f.fixed!) {
      lines.push(`${paint('bold', `${shownPath(f.path)}:${fix.line}:${fix.column}`)}: ${w.wouldFix}: ${FIX_DESCRIPTIONS[lang][fix.code]} ${paint('dim', `[${fix.code}]`)}`);
    }
  }
  const total = files.reduce((n, f) => n + f.fixed!.length, 0);
  lines.push(w.wouldFixTotal(total, files.length));
  return lines;
}
