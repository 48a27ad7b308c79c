import { CODE_GROUPS } from '../../plan/code-registry.js';
import type { CodeInfo } from '../../plan/codes.js';
import { CODE_GUIDE } from '../../plan/diagnostics/guide.js';
import type { Code } from '../../plan/diagnostics/code.js';
import { BASIS } from '../../plan/legal.js';
import type { Lang } from '../lang.js';
import { BASIS_WORDS, GROUP_WORDS, LEVEL_WORDS, pointWords } from './words.js';

/** `ip help koder [kode]`: every diagnostic code, what it checks and how to fix it, from the registry. */

const TEXT = {
  nb: {
    title: 'Kodene ip validate kan gi, med hva de sjekker og hvordan du retter dem.',
    legend: 'Alvorlighet står per status: utkast / aktiv / avsluttet (— betyr at koden ikke gis).',
    one: 'Én kode: ip help koder <kode>',
    severity: 'Alvorlighet',
    point: 'Bokstav',
    basis: 'Grunnlag',
    checks: 'Sjekker',
    fix: 'Slik retter du det',
  },
  en: {
    title: 'The codes ip validate can give, with what they check and how to fix them.',
    legend: 'Severity per status: utkast / aktiv / avsluttet (— means the code is not given).',
    one: 'One code: ip help koder <code> --lang en',
    severity: 'Severity',
    point: 'Point',
    basis: 'Basis',
    checks: 'Checks',
    fix: 'How to fix it',
  },
};

/** What a code checks: the Norwegian guide's words, or the registry's own English summary. */
const SUMMARY: Record<Lang, (info: CodeInfo) => string> = { nb: (info) => CODE_GUIDE[info.code].nb.summary, en: (info) => info.summary };

function entry(info: CodeInfo, lang: Lang): string {
  const t = TEXT[lang];
  const level = LEVEL_WORDS[lang];
  const guide = CODE_GUIDE[info.code];
  const severity = `${level[info.severity.utkast]} / ${level[info.severity.aktiv]} / ${level[info.severity.avsluttet]}`;
  const point = info.point ? ` · ${t.point}: ${pointWords(info.point, lang)}` : '';
  const summary = SUMMARY[lang](info);
  return [
    info.code,
    `  ${t.severity}: ${severity}${point} · ${t.basis}: ${BASIS_WORDS[lang][BASIS[info.code].basis]}`,
    `  ${t.checks}: ${summary}`,
    `  ${t.fix}: ${guide[lang].fix}`,
  ].join('\n');
}

export function codeInfo(code: string): CodeInfo | undefined {
  for (const { codes } of CODE_GROUPS) {
    const found = codes.find((c) => c.code === code);
    if (found) return found;
  }
  return undefined;
}

export function codesText(lang: Lang, only?: Code): string {
  const t = TEXT[lang];
  if (only) {
    const info = codeInfo(only);
    if (info) return `${entry(info, lang)}\n`;
  }
  const parts = [`${t.title}\n${t.legend}\n${t.one}`];
  for (const { group, codes } of CODE_GROUPS) {
    parts.push(`== ${GROUP_WORDS[lang][group]} ==\n\n${codes.map((c) => entry(c, lang)).join('\n\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
