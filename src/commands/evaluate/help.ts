import type { Lang } from '../../output/lang.js';

/** `ip evaluate --help`, in both languages. */
export const HELP = {
  nb: {
    description: 'Før inn en evaluering som er holdt: hvor hvert mål står, hvem som deltok, hva som ble bestemt, og neste evaluering.',
    plan: 'planfilen',
    id: 'id-en til evalueringen (standard: den første som ikke er holdt, tidligste dato først)',
    held: 'datoen evalueringen ble holdt (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ; standard: i dag)',
    tookPart: 'id-ene til deltakerne som var med, skilt med komma (kan gjentas)',
    status: 'hvor et mål står: ID=nådd|delvis|ikke_nådd|endret|skip (kan gjentas)',
    note: 'en kort merknad til et mål: ID=tekst (kan gjentas)',
    decision: 'en beslutning (kan gjentas)',
    next: 'neste evaluering: en dato, eller none (standard: foreslått ut fra planens intervall)',
    answers: 'les svarene fra en YAML- eller JSON-fil («-» for standard input)',
    yes: 'spør ikke: ta flaggene, svarfilen og standardverdiene som de er',
    dryRun: 'vis hva som ville blitt endret (som ip diff), og skriv ingenting',
  },
  en: {
    description: 'Record an evaluation that was held: where each goal stands, who took part, what was decided, and the next evaluation.',
    plan: 'the plan file',
    id: 'the id of the evaluation (default: the first not yet held, earliest date first)',
    held: 'the date the evaluation was held (YYYY-MM-DD or DD.MM.YYYY; default: today)',
    tookPart: 'the ids of the participants who took part, comma-separated (repeatable)',
    status: 'where a goal stands: ID=nådd|delvis|ikke_nådd|endret|skip (repeatable)',
    note: 'a short note on a goal: ID=text (repeatable)',
    decision: 'a decision (repeatable)',
    next: "the next evaluation: a date, or none (default: proposed from the plan's interval)",
    answers: 'read the answers from a YAML or JSON file ("-" for standard input)',
    yes: 'ask nothing: take the flags, the answers file and the defaults as they are',
    dryRun: 'show what would change (as ip diff does), and write nothing',
  },
} satisfies Record<Lang, unknown>;
