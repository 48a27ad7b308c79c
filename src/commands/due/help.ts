import type { Lang } from '../../output/lang.js';

/** `ip due --help`, in both languages. */
export const HELP = {
  nb: {
    description: 'Vis forfalte og kommende evalueringer, revisjoner og andre frister i planene.',
    coordinator: 'bare planer med denne koordinatoren (navn eller e-post)',
    names: 'vis navn også når utdata ikke går til en terminal',
    noNames: 'vis plan-id i stedet for navn, også i en terminal',
    failOnOverdue: 'gi exit-kode 1 når noe er forfalt',
  },
  en: {
    description: 'List overdue and upcoming evaluations, revisions and other dates in the plans.',
    coordinator: 'only plans with this coordinator (name or e-mail)',
    names: 'show names even when output does not go to a terminal',
    noNames: 'show plan ids instead of names, even on a terminal',
    failOnOverdue: 'exit 1 when anything is overdue',
  },
} satisfies Record<Lang, unknown>;
