import type { Lang } from '../../output/lang.js';
import { sanitizeEcho } from '../../plan/text.js';

/** ip validate's own usage errors. */
export const VALIDATE_ERRORS: Record<Lang, { stdinFilename: string; maxWarnings: string; maxWarningsHint: string; fixBoth: string; fixBothHint: string; fixStdin: string; fixStdinHint: string }> = {
  nb: {
    stdinFilename: '--stdin-filename brukes bare sammen med --stdin.',
    maxWarnings: '--max-warnings må være et helt tall, 0 eller større.',
    maxWarningsHint: 'For eksempel --max-warnings 0 for å ikke godta noen advarsler.',
    fixBoth: '--fix og --fix-dry-run kan ikke brukes sammen.',
    fixBothHint: 'Bruk --fix-dry-run for å se hva som ville blitt rettet, og --fix for å rette det.',
    fixStdin: '--fix skriver til filer, og en plan fra standard input har ingen fil å skrive til.',
    fixStdinHint: 'Bruk --fix-dry-run sammen med --stdin for å se hva som ville blitt rettet.',
  },
  en: {
    stdinFilename: '--stdin-filename is only used with --stdin.',
    maxWarnings: '--max-warnings must be a whole number, 0 or more.',
    maxWarningsHint: 'For example --max-warnings 0 to allow no warnings.',
    fixBoth: '--fix and --fix-dry-run cannot be used together.',
    fixBothHint: 'Use --fix-dry-run to see what would be fixed, and --fix to fix it.',
    fixStdin: '--fix writes files, and a plan read from standard input has no file to write to.',
    fixStdinHint: 'Use --fix-dry-run with --stdin to see what would be fixed.',
  },
};

const QUOTES: Record<Lang, (s: string) => string> = { nb: (s) => `«${s}»`, en: (s) => `"${s}"` };
const q = (lang: Lang, s: string) => QUOTES[lang](sanitizeEcho(s, 200));

/** Why `ip validate --fix` left a file as it was, on standard error; the run goes on with the other files. */
export const FIX_WRITE_MESSAGES = {
  nb: {
    changed: (file: string) => `${q('nb', file)} ble endret av noen andre mens ip validate --fix arbeidet, så den er ikke skrevet over.`,
    changedHint: 'Åpne filen og se hva som er endret, og kjør ip validate --fix på nytt.',
    gone: (file: string) => `Planen er ikke lenger på ${q('nb', file)}: den ble flyttet eller slettet mens ip validate --fix arbeidet, så ingenting er skrevet.`,
    goneHint: 'Finn ut hvor planen er nå, og kjør ip validate --fix på nytt på den.',
    readOnly: (file: string) => `${q('nb', file)} er skrivebeskyttet: du har ikke skrivetilgang til filen, så den er ikke rettet.`,
    readOnlyHint: 'Be eieren av filen om skrivetilgang, eller kjør ip validate --fix som en bruker som har det.',
    owner: (file: string) => `${q('nb', file)} eies av en annen bruker, og en rettet fil ville fått deg som eier, så den er ikke rettet.`,
    ownerHint: 'Kjør ip validate --fix som eieren av filen, eller be eieren gjøre det.',
    cannotWrite: (file: string, reason: string) => `Kunne ikke skrive ${q('nb', file)}: ${reason}.`,
    leftAsWas: (leftover?: string) =>
      leftover ? `Planen er som den var, men den midlertidige filen ${q('nb', leftover)} kunne ikke fjernes; slett den selv.` : 'Planen er som den var, og ingen midlertidig fil er lagt igjen.',
  },
  en: {
    changed: (file: string) => `${q('en', file)} was changed by someone else while ip validate --fix worked, so it was not overwritten.`,
    changedHint: 'Open the file to see what changed, and run ip validate --fix again.',
    gone: (file: string) => `The plan is no longer at ${q('en', file)}: it was moved or deleted while ip validate --fix worked, so nothing was written.`,
    goneHint: 'Find where the plan is now, and run ip validate --fix again on it.',
    readOnly: (file: string) => `${q('en', file)} is read-only: you may not write to the file, so it was not fixed.`,
    readOnlyHint: 'Ask the owner of the file for write access, or run ip validate --fix as a user who has it.',
    owner: (file: string) => `${q('en', file)} belongs to another user, and a fixed file would be yours, so it was not fixed.`,
    ownerHint: "Run ip validate --fix as the file's owner, or ask the owner to do it.",
    cannotWrite: (file: string, reason: string) => `Could not write ${q('en', file)}: ${reason}.`,
    leftAsWas: (leftover?: string) =>
      leftover ? `The plan is as it was, but the temporary file ${q('en', leftover)} could not be removed; delete it yourself.` : 'The plan is as it was, and no temporary file is left behind.',
  },
} satisfies Record<Lang, unknown>;
