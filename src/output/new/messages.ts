import type { Lang } from '../lang.js';

/** What `ip new` prints once the plan is written: where it is, what is still missing, what to do next. */
export const SUMMARY_TEXT = {
  nb: {
    leftoverAfterWrite: (leftover: string) => `Merk: den midlertidige filen «${leftover}» kunne ikke fjernes; slett den selv.`,
    written: (path: string, lang: string) => `Planen er lagret i ${path} (status: utkast, ${lang}).`,
    missingIntro: (regulation: string) => `Før planen kan bli aktiv, må dette fylles inn etter ${regulation}:`,
    noneMissing: 'Alle punktene a–i har det minste som trengs for en aktiv plan.',
    otherWarnings: 'Se også:',
    nextSteps: 'Neste steg:',
    printFolder: 'utskrift',
    stepEdit: (path: string) => `Åpne ${path} og fyll inn det som mangler; veiledningen står i kommentarene.`,
    stepValidate: 'Sjekk planen:',
    stepActive: 'Når alt er på plass og personen har godtatt planen: sett «status: aktiv» og sjekk på nytt.',
    stepRender: 'Lag en side personen kan lese, i en mappe utenfor planarkivet:',
  },
  en: {
    leftoverAfterWrite: (leftover: string) => `Note: the temporary file "${leftover}" could not be removed; delete it yourself.`,
    written: (path: string, lang: string) => `The plan is saved in ${path} (status: utkast, ${lang}).`,
    missingIntro: (regulation: string) => `Before the plan can be active, fill in what ${regulation} asks for:`,
    noneMissing: 'Every point a–i has the minimum an active plan needs.',
    otherWarnings: 'See also:',
    nextSteps: 'Next steps:',
    printFolder: 'print',
    stepEdit: (path: string) => `Open ${path} and fill in what is missing; the guidance is in the comments.`,
    stepValidate: 'Check the plan:',
    stepActive: 'When everything is in place and the person has accepted the plan: set "status: aktiv" and check again.',
    stepRender: 'Make a page the person can read, in a folder outside the plans repository:',
  },
} satisfies Record<Lang, unknown>;
