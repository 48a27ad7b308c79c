import type { Lang } from '../../output/lang.js';

/** `ip report --help`, in both languages. */
export const HELP = {
  nb: {
    description: 'Oversikt over alle planene for koordinerende enhet: punktene a–i, evalueringer, hva som trenger oppmerksomhet og koordinatorenes planer.',
    output: 'skriv rapporten til denne filen (en .html-fil gir --format html)',
    force: 'erstatt en fil som finnes der -o peker',
    excel: 'CSV for regneark med norsk oppsett: BOM og semikolon (gir --format csv)',
    names: 'vis koordinatorenes navn også når utdata ikke går til en terminal',
    noNames: 'vis bare deltaker-id og virksomhet for koordinatorene, også i en terminal',
  },
  en: {
    description: "The caseload at a glance for the coordinating unit: points a–i, evaluations, what needs attention and each coordinator's plans.",
    output: 'write the report to this file (an .html file gives --format html)',
    force: 'replace a file that exists where -o points',
    excel: 'CSV for spreadsheets in Norwegian locales: a BOM and semicolons (gives --format csv)',
    names: "show coordinators' names even when output does not go to a terminal",
    noNames: 'show coordinators by participant id and virksomhet only, even on a terminal',
  },
} satisfies Record<Lang, unknown>;
