import type { Lang } from '../../output/lang.js';

/** ip validate's own usage errors. */
export const VALIDATE_ERRORS: Record<Lang, { stdinFilename: string }> = {
  nb: { stdinFilename: '--stdin-filename brukes bare sammen med --stdin.' },
  en: { stdinFilename: '--stdin-filename is only used with --stdin.' },
};
