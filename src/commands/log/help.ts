import type { Lang } from '../../output/lang.js';

/** `ip log --help`, in both languages. */
export const HELP = {
  nb: {
    description: 'Vis planens historikk fra git: én oppføring per commit som endret den, med endringene sagt som i ip diff.',
    plan: 'planfilen (i et git-repo)',
    maxCount: 'vis høyst så mange commits (standard: 200)',
    since: 'bare commits fra og med denne datoen (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)',
  },
  en: {
    description: 'Show the plan’s history from git: one entry per commit that changed it, with the changes said as ip diff says them.',
    plan: 'the plan file (in a git repository)',
    maxCount: 'show at most this many commits (default: 200)',
    since: 'only commits on or after this date (YYYY-MM-DD or DD.MM.YYYY)',
  },
} satisfies Record<Lang, unknown>;
