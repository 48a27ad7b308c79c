import type { Lang } from '../output/lang.js';

/**
 * The words of the options several commands share: their help, and what is
 * wrong with a value that does not parse (a usage error, exit 2).
 */
export const SHARED_TEXT = {
  nb: {
    paths: 'filer, mapper eller glob-mønstre (standard: denne mappen)',
    format: 'utdataformat',
    today: 'dagens dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ; også IP_TODAY)',
    lang: 'meldingsspråk: nb eller en (nn og no gir nb); også IP_LANG',
    allowEmpty: 'avslutt med 0 også når det ikke finnes noen planer',
    maxSize: 'største filstørrelse som leses',
    within: 'hvor langt fram du vil se: 14d, 6w, 3m, 1y eller ISO 8601 som P3M',
    notADate: (source: string) => `${source} må være en dato skrevet ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.`,
    notADateHint: 'For eksempel: --today 2027-01-14',
    notASize: '--max-size må være en størrelse, for eksempel 1M eller 512k.',
    sizeNotPositive: '--max-size må være større enn 0.',
    notADuration: '--within må være en varighet, for eksempel 30d, 6w, 3m, 1y eller P3M.',
    notADurationHint: 'Bruk dager (d), uker (w), måneder (m) eller år (y), eller en ISO 8601-varighet uten klokkeslett (P1Y2M10D).',
  },
  en: {
    paths: 'files, folders or glob patterns (default: this folder)',
    format: 'output format',
    today: "today's date (YYYY-MM-DD or DD.MM.YYYY; also IP_TODAY)",
    lang: 'message language: nb or en (nn and no give nb); also IP_LANG',
    allowEmpty: 'exit 0 even when there are no plans',
    maxSize: 'largest file size to read',
    within: 'how far ahead to look: 14d, 6w, 3m, 1y or ISO 8601 such as P3M',
    notADate: (source: string) => `${source} must be a date written YYYY-MM-DD or DD.MM.YYYY.`,
    notADateHint: 'For example: --today 2027-01-14',
    notASize: '--max-size must be a size, for example 1M or 512k.',
    sizeNotPositive: '--max-size must be greater than 0.',
    notADuration: '--within must be a duration, for example 30d, 6w, 3m, 1y or P3M.',
    notADurationHint: 'Use days (d), weeks (w), months (m) or years (y), or an ISO 8601 duration without a time part (P1Y2M10D).',
  },
} satisfies Record<Lang, unknown>;
