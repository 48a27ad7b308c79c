import type { Lang } from '../../output/lang.js';

/** `ip validate --help`, in both languages. */
export const HELP = {
  nb: {
    description: 'Sjekk planer: alle punkter a–i, henvisninger, datoer og samtykke.',
    stdin: 'les en plan fra standard input',
    stdinFilename: 'navnet som brukes for planen fra standard input',
    strict: 'la advarsler også gi exit-kode 1',
    verbose: 'list alle filer som ble hoppet over, og hvorfor',
    quiet: 'vis bare feil (advarsler og merknader telles, men vises ikke)',
    maxWarnings: 'exit-kode 1 hvis det er flere enn N advarsler',
    names: 'vis deltakernes id-er i meldingene også når utdata ikke går til en terminal',
    noNames: 'vis deltakere med nummer og rolle, også i en terminal',
    fix: 'rett de mekaniske feilene (datoform, stavemåte av nøkler, hardt mellomrom …) i filene, og sjekk dem etterpå',
    fixDryRun: 'vis hva --fix ville rettet, uten å skrive noe',
  },
  en: {
    description: 'Check plans: every point a–i, references, dates and consent.',
    stdin: 'read one plan from standard input',
    stdinFilename: 'the name used for the plan read from standard input',
    strict: 'make warnings exit 1 too',
    verbose: 'list every file that was skipped, and why',
    quiet: 'report errors only (warnings and notes are counted, not shown)',
    maxWarnings: 'exit 1 when there are more than N warnings',
    names: "show participants' ids in messages even when output does not go to a terminal",
    noNames: 'show participants by number and role, even on a terminal',
    fix: 'mend the mechanical mistakes (date form, key spelling, no-break spaces …) in the files, then check them',
    fixDryRun: 'show what --fix would mend, writing nothing',
  },
} satisfies Record<Lang, unknown>;
