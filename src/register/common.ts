import { Option } from 'commander';
import type { Lang } from '../output/lang.js';

/** Options several commands share, with their help text in both languages. */
export const COMMON_TEXT = {
  nb: {
    paths: 'filer, mapper eller glob-mønstre (standard: denne mappen)',
    format: 'utdataformat',
    today: 'dagens dato (ÅÅÅÅ-MM-DD; også IP_TODAY)',
    lang: 'meldingsspråk: nb eller en (nn og no gir nb); også IP_LANG',
    help: 'vis hjelp',
    allowEmpty: 'avslutt med 0 også når det ikke finnes noen planer',
  },
  en: {
    paths: 'files, folders or glob patterns (default: this folder)',
    format: 'output format',
    today: "today's date (YYYY-MM-DD; also IP_TODAY)",
    lang: 'message language: nb or en (nn and no give nb); also IP_LANG',
    help: 'show help',
    allowEmpty: 'exit 0 even when there are no plans',
  },
} as const;

export function langOption(lang: Lang): Option {
  return new Option('--lang <lang>', COMMON_TEXT[lang].lang).choices(['nb', 'nn', 'no', 'en']);
}

export function formatOption(lang: Lang, formats: readonly string[]): Option {
  return new Option('--format <format>', COMMON_TEXT[lang].format).choices([...formats]);
}

export function todayOption(lang: Lang): Option {
  return new Option('--today <date>', COMMON_TEXT[lang].today);
}
