import type { Lang } from '../../output/lang.js';

/** `ip diff --help`, in both languages. */
export const HELP = {
  nb: {
    description: 'Vis hva som er endret mellom to versjoner av en plan: to filer, eller én fil i git.',
    old: 'den gamle planen, eller planen i git (sammenlignes da med siste commit)',
    new: 'den nye planen (når to filer sammenlignes)',
    from: 'sammenlign med planen i denne git-revisjonen (commit, tag, HEAD~2 …)',
    to: 'sammenlign med planen i denne git-revisjonen i stedet for filen på disken',
    exitCode: 'gi exit-kode 1 når det er endringer (som git diff --exit-code)',
    today: 'datoen endringsloggen føres under (ÅÅÅÅ-MM-DD; også IP_TODAY)',
  },
  en: {
    description: 'Show what changed between two versions of a plan: two files, or one file in git.',
    old: 'the old plan, or the plan in git (then compared with its last commit)',
    new: 'the new plan (when comparing two files)',
    from: 'compare with the plan in this git revision (commit, tag, HEAD~2 …)',
    to: 'compare with the plan in this git revision instead of the file on disk',
    exitCode: 'exit 1 when there are changes (like git diff --exit-code)',
    today: 'the date the change log is written under (YYYY-MM-DD; also IP_TODAY)',
  },
} satisfies Record<Lang, unknown>;
