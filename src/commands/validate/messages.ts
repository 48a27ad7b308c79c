import type { Lang } from '../../output/lang.js';

/** ip validate's own usage errors. */
export const VALIDATE_ERRORS: Record<Lang, { stdinFilename: string; maxWarnings: string; maxWarningsHint: string }> = {
  nb: {
    stdinFilename: '--stdin-filename brukes bare sammen med --stdin.',
    maxWarnings: '--max-warnings må være et helt tall, 0 eller større.',
    maxWarningsHint: 'For eksempel --max-warnings 0 for å ikke godta noen advarsler.',
  },
  en: {
    stdinFilename: '--stdin-filename is only used with --stdin.',
    maxWarnings: '--max-warnings must be a whole number, 0 or more.',
    maxWarningsHint: 'For example --max-warnings 0 to allow no warnings.',
  },
};
