import type { Lang } from '../../output/lang.js';

/** `ip render --help`, in both languages. */
export const HELP = {
  nb: {
    description: 'Lag en lesbar side (HTML) av en plan, til personen og til møtet, som også kan skrives ut.',
    paths: 'planer eller mapper med planer',
    output: 'hvor siden skal skrives: en fil, en mappe (slutter med /), eller - for standard output',
    force: 'erstatt filer som finnes selv om de ikke er laget av ip render',
    verbose: 'nevn hver side som skrives (ellers én linje for en mappe)',
  },
  en: {
    description: 'Make a readable, printable page (HTML) of a plan, for the person and the meeting.',
    paths: 'plans or folders of plans',
    output: 'where to write: a file, a folder (ending in /), or - for standard output',
    force: 'replace existing files even if ip render did not make them',
    verbose: 'name each page written (otherwise one line for a folder)',
  },
} satisfies Record<Lang, unknown>;
