import type { Lang } from '../../output/lang.js';

/** `ip export --help`, in both languages. */
export const HELP = {
  nb: {
    description: 'Lag FHIR R4-ressurser av planene (én Bundle per plan, eller NDJSON), for journalsystemer og andre systemer.',
    output: 'skriv til denne filen (én plan) eller mappen (flere planer); uten -o går utdata til standard ut når det ikke er en terminal',
    ndjson: 'én ressurs per linje (NDJSON, for masseinnlasting) i stedet for én Bundle per plan',
    includeIdentifiers: 'ta med fødselsnummeret (det er ellers aldri med)',
    allowInvalid: 'eksporter også planer med feil',
    force: 'erstatt filer som finnes fra før',
  },
  en: {
    description: 'Turn plans into FHIR R4 resources (one Bundle per plan, or NDJSON) for health record and other systems.',
    output: 'write to this file (one plan) or folder (several plans); without -o, output goes to standard output when it is not a terminal',
    ndjson: 'one resource per line (NDJSON, for bulk loading) instead of one Bundle per plan',
    includeIdentifiers: 'include the fødselsnummer (it is otherwise never included)',
    allowInvalid: 'export plans with errors too',
    force: 'replace files that already exist',
  },
} satisfies Record<Lang, unknown>;
