import type { Lang } from '../../output/lang.js';
import { sanitizeEcho } from '../../plan/text.js';
import { ANSWERS_FILE_PROBLEMS } from '../answers-file.js';

/**
 * What `ip evaluate` says, in bokmål and English: problems with flags and
 * answers files, why it cannot record, why nothing was written, and what
 * was. Messages name the file, evaluation ids, goal and participant ids and
 * flags; never a goal's text, a note, a decision or a name. The questions
 * are in src/evaluate/interview-text.ts.
 */

type P = Record<string, string>;
type Problem = { message: (p: P) => string; hint: (p: P) => string };

const STATUSES = 'nådd, delvis, ikke_nådd, endret, skip';

const MONTHS_NB = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const PROBLEMS_NB: Record<string, Problem> = {
  'not-text': { message: (p) => `${p.field} skal være tekst.`, hint: () => 'Skriv verdien som tekst.' },
  'bad-date': { message: (p) => `${p.field} er ingen gyldig dato.`, hint: () => 'Skriv datoen som ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ, for eksempel 2027-01-14 eller 14.01.2027.' },
  'no-such-day': {
    message: (p) => `${p.field} er en dag som ikke finnes i kalenderen: ${MONTHS_NB[Number(p.month) - 1]} ${p.year} har ${p.days} dager.`,
    hint: () => 'Sjekk dagen og måneden, og skriv datoen som ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.',
  },
  'no-such-month': { message: (p) => `${p.field} har en måned som ikke finnes (månedene er 1 til 12).`, hint: () => 'Sjekk måneden, og skriv datoen som ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ.' },
  'bad-pair': { message: (p) => `${p.field} skal skrives ID=verdi.`, hint: () => `For eksempel: --status M1=nådd --note M1="Søknaden er sendt."` },
  'bad-id': { message: (p) => `${p.field} har «${p.id}», som ikke er en id.`, hint: () => 'En id er bokstaver og tall, eventuelt med _ eller -, slik den står i planen (M1, M1a, kari).' },
  'bad-status': { message: (p) => `${p.field} for ${p.id} har en status som ikke er tillatt.`, hint: () => `Bruk en av: ${STATUSES}.` },
  'status-twice': { message: (p) => `${p.field} gir ${p.id} to ulike statuser.`, hint: () => 'Gi hvert mål én status.' },
  'unknown-goal': {
    message: (p) => `${p.field}: planen har ikke noe mål eller delmål med id-en «${p.id}».${p.suggestion ? ` Mente du ${p.suggestion}?` : ''}`,
    hint: (p) => `Bruk id-en til et av målene eller delmålene, for eksempel M1 eller M1a. ${p.known ? `Planen har: ${p.known}.` : 'Planen har ingen mål med id ennå.'}`,
  },
  'unknown-participant': {
    message: (p) => `${p.field}: planen har ingen deltaker med id-en «${p.id}».`,
    hint: (p) => `Bruk id-ene til deltakerne, skilt med komma: ${p.known !== undefined ? `planen har ${p.known || 'ingen ennå'}` : 'se id:-linjene under deltakere i planen'}.`,
  },
  'note-without-status': { message: (p) => `${p.field} gir en merknad til ${p.id}, men ingen status.`, hint: (p) => `Gi også --status ${p.id}=nådd|delvis|ikke_nådd|endret.` },
  'held-in-future': { message: (p) => `${p.field} ligger etter i dag.`, hint: () => 'En evaluering føres inn når den er holdt. Skriv datoen den ble holdt.' },
  'next-not-after-held': { message: (p) => `${p.field} ligger ikke etter datoen evalueringen ble holdt.`, hint: () => 'Velg en senere dato, eller --next none for ingen ny evaluering.' },
  'answers-not-mapping': { message: (p) => `Svarfilen ${p.file} er ikke et sett med felt (nøkkel: verdi).`, hint: () => 'Skriv ett svar per linje, for eksempel «held: 2027-02-16».' },
  'answers-unknown-key': {
    message: (p) => `Svarfilen ${p.file} har et ukjent felt «${p.key}».${p.suggestion ? ` Mente du «${p.suggestion}»?` : ''}`,
    hint: () => 'Feltene heter som flaggene: held, tookPart, status, note, decision (eller decisions), next.',
  },
};

const PROBLEMS_EN: Record<string, Problem> = {
  'not-text': { message: (p) => `${p.field} must be text.`, hint: () => 'Write the value as text.' },
  'bad-date': { message: (p) => `${p.field} is not a valid date.`, hint: () => 'Write the date as YYYY-MM-DD or DD.MM.YYYY, for example 2027-01-14 or 14.01.2027.' },
  'no-such-day': {
    message: (p) => `${p.field} is a day that does not exist in the calendar: ${MONTHS_EN[Number(p.month) - 1]} ${p.year} has ${p.days} days.`,
    hint: () => 'Check the day and the month, and write the date as YYYY-MM-DD or DD.MM.YYYY.',
  },
  'no-such-month': { message: (p) => `${p.field} has a month that does not exist (the months are 1 to 12).`, hint: () => 'Check the month, and write the date as YYYY-MM-DD or DD.MM.YYYY.' },
  'bad-pair': { message: (p) => `${p.field} must be written ID=value.`, hint: () => 'For example: --status M1=nådd --note M1="The application is sent."' },
  'bad-id': { message: (p) => `${p.field} has "${p.id}", which is not an id.`, hint: () => 'An id is letters and digits, optionally with _ or -, as the plan writes it (M1, M1a, kari).' },
  'bad-status': { message: (p) => `${p.field} for ${p.id} has a status that is not allowed.`, hint: () => `Use one of: ${STATUSES}.` },
  'status-twice': { message: (p) => `${p.field} gives ${p.id} two different statuses.`, hint: () => 'Give each goal one status.' },
  'unknown-goal': {
    message: (p) => `${p.field}: the plan has no goal or sub-goal with the id "${p.id}".${p.suggestion ? ` Did you mean ${p.suggestion}?` : ''}`,
    hint: (p) => `Use the id of one of the goals or sub-goals, such as M1 or M1a. ${p.known ? `The plan has: ${p.known}.` : 'The plan has no goal with an id yet.'}`,
  },
  'unknown-participant': {
    message: (p) => `${p.field}: the plan has no participant with the id "${p.id}".`,
    hint: (p) => `Use the participants' ids, comma-separated: ${p.known !== undefined ? `the plan has ${p.known || 'none yet'}` : 'see the id: lines under deltakere in the plan'}.`,
  },
  'note-without-status': { message: (p) => `${p.field} gives a note on ${p.id}, but no status.`, hint: (p) => `Give --status ${p.id}=nådd|delvis|ikke_nådd|endret too.` },
  'held-in-future': { message: (p) => `${p.field} is after today.`, hint: () => 'An evaluation is recorded once it has been held. Give the date it was held.' },
  'next-not-after-held': { message: (p) => `${p.field} is not after the date the evaluation was held.`, hint: () => 'Choose a later date, or --next none for no new evaluation.' },
  'answers-not-mapping': { message: (p) => `The answers file ${p.file} is not a set of fields (key: value).`, hint: () => 'Write one answer per line, for example "held: 2027-02-16".' },
  'answers-unknown-key': {
    message: (p) => `The answers file ${p.file} has an unknown field "${p.key}".${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
    hint: () => 'The fields are named like the flags: held, tookPart, status, note, decision (or decisions), next.',
  },
};

const PROBLEMS: Record<Lang, Record<string, Problem>> = { nb: PROBLEMS_NB, en: PROBLEMS_EN };

export function problemText(code: string, params: P, lang: Lang): { message: string; hint: string } {
  const entry = PROBLEMS[lang][code] ?? ANSWERS_FILE_PROBLEMS[lang][code];
  if (!entry) return { message: code, hint: '' };
  return { message: entry.message(params), hint: entry.hint(params) };
}

const WORDS: Record<Lang, { quote: (s: string) => string; number: (n: number) => string }> = {
  nb: { quote: (s) => `«${s}»`, number: (n) => `nr. ${n}` },
  en: { quote: (s) => `"${s}"`, number: (n) => `number ${n}` },
};

const q = (lang: Lang, s: string) => WORDS[lang].quote(sanitizeEcho(s, 200));

/** An evaluation point as messages name it: its id, else its number in the list. */
export function pointName(lang: Lang, id: string | undefined, index: number): string {
  if (id !== undefined) return sanitizeEcho(id);
  return WORDS[lang].number(index + 1);
}

export const EVALUATE_MESSAGES = {
  nb: {
    notFound: (file: string) => `Fant ikke filen ${q('nb', file)}.`,
    notFoundHint: 'Sjekk stien og stavemåten: ip evaluate PLAN.md [ID].',
    notAFile: (file: string) => `${q('nb', file)} er ikke en fil.`,
    notAFileHint: 'Oppgi planfilen selv, for eksempel plan.md.',
    unreadable: (file: string, reason: string) => `Kunne ikke lese ${q('nb', file)} (${reason}).`,
    unreadableHint: 'Sjekk at du har lesetilgang til filen.',
    tooLarge: (file: string, limit: number) => `${q('nb', file)} er større enn grensen på ${limit} byte.`,
    tooLargeHint: 'En plan er sjelden over noen få kilobyte. Sjekk at det er riktig fil.',
    notAPlan: (file: string) => `${q('nb', file)} kan ikke leses som en plan:`,
    notAPlanHint: 'Rett feilen og prøv igjen; «ip validate» viser alle funn i filen. Bare en plan med lesbar front matter og «ip: 1» kan få en evaluering ført inn.',
    noEvaluations: (file: string) => `${q('nb', file)} har ingen evalueringspunkter (evalueringer).`,
    noneOpen: (file: string) => `Alle evalueringene i ${q('nb', file)} er allerede holdt (har utført).`,
    noneOpenHint: 'Legg til et nytt punkt under evalueringer (id, dato, type: evaluering), eller før inn en evaluering som ble holdt uten å være planlagt slik.',
    unknownId: (file: string, id: string) => `${q('nb', file)} har ingen evaluering med id-en ${q('nb', id)}.`,
    unknownIdHint: (ids: string) => (ids ? `Evalueringene som ikke er holdt: ${ids}.` : 'Ingen evaluering i planen står åpen.'),
    alreadyHeld: (id: string) => `Evaluering ${id} er allerede ført inn som holdt (har utført).`,
    alreadyHeldHint: 'Vil du endre den, gjør det i filen. Uten ID tar ip evaluate den første som ikke er holdt.',
    notAMapping: (point: string) => `Evaluering ${point} er ikke skrevet som et sett med felt, så ip evaluate kan ikke føre inn i den.`,
    notAMappingHint: 'Skriv punktet med id, dato og type, slik de andre punktene under evalueringer står.',
    notAList: (point: string, field: string) => `Evaluering ${point} har ${field} skrevet som noe annet enn en liste, så ip evaluate kan ikke legge til i den.`,
    notAListHint: 'Skriv feltet som en liste (for eksempel deltok: [kari, ola]), eller fjern det, og prøv igjen.',
    noTerminal: 'Ingen terminal å spørre i (standard input eller standard output er ikke en terminal), og verken --answers eller --yes er gitt.',
    noTerminalHint: 'Gi svarene som flagg sammen med --yes (ip evaluate plan.md --status M1=nådd --took-part kari,ola --yes), eller i en fil med --answers FIL.',
    cancelled: 'Avbrutt. Planen er ikke endret.',
    addsErrors: (file: string) => `${q('nb', file)} ble ikke endret, fordi evalueringen ville gitt planen feil den ikke har nå:`,
    addsErrorsHint: 'Rett svarene (eller planen) og prøv igjen; «ip validate» viser alle funn i filen.',
    wouldAddErrors: 'Dette ville gitt planen feil den ikke har nå, så ip evaluate ville ikke skrevet det:',
    wouldAddWarnings: 'Dette ville gitt planen advarsler den ikke har nå (det stopper ikke innføringen):',
    addedWarnings: (file: string) => `Evalueringen er ført inn, men ${q('nb', file)} har nå advarsler den ikke hadde:`,
    changed: (file: string) => `${q('nb', file)} ble endret av noen andre mens ip evaluate arbeidet, så den er ikke skrevet over.`,
    changedHint: 'Åpne filen og se hva som er endret, og kjør ip evaluate på nytt.',
    gone: (file: string) => `Planen er ikke lenger på ${q('nb', file)}: den ble flyttet eller slettet mens ip evaluate arbeidet, så ingenting er skrevet.`,
    goneHint: 'Finn ut hvor planen er nå, og kjør ip evaluate på nytt på den.',
    cannotWrite: (file: string, reason: string) => `Kunne ikke skrive ${q('nb', file)}: ${reason}.`,
    cannotWriteHint: (leftover?: string) =>
      leftover ? `Planen er ikke endret, men den midlertidige filen ${q('nb', leftover)} kunne ikke fjernes; slett den selv.` : 'Planen er ikke endret, og ingen midlertidig fil er igjen.',
    readOnly: (file: string) => `${q('nb', file)} er skrivebeskyttet: du har ikke skrivetilgang til filen, så evalueringen er ikke ført inn.`,
    readOnlyHint: 'Be eieren av filen om skrivetilgang, eller kjør ip evaluate som en bruker som har det.',
    owner: (file: string) =>
      `${q('nb', file)} eies av en annen bruker eller gruppe enn din, og ip evaluate kan ikke skrive den uten å gjøre deg til eier, så evalueringen er ikke ført inn.`,
    ownerHint: 'Kjør ip evaluate som eieren av filen, eller be eieren gjøre det.',
    afterSide: 'etter evalueringen',
    rewritten: 'Merk: front matter er skrevet ut på nytt i sin helhet (samme data og kommentarer), fordi formen i filen ikke kunne beholdes linje for linje.',
  },
  en: {
    notFound: (file: string) => `File not found: ${q('en', file)}.`,
    notFoundHint: 'Check the path and spelling: ip evaluate PLAN.md [ID].',
    notAFile: (file: string) => `${q('en', file)} is not a file.`,
    notAFileHint: 'Name the plan file itself, for example plan.md.',
    unreadable: (file: string, reason: string) => `Could not read ${q('en', file)} (${reason}).`,
    unreadableHint: 'Check that you may read the file.',
    tooLarge: (file: string, limit: number) => `${q('en', file)} is larger than the limit of ${limit} bytes.`,
    tooLargeHint: 'A plan is rarely over a few kilobytes. Check that it is the right file.',
    notAPlan: (file: string) => `${q('en', file)} cannot be read as a plan:`,
    notAPlanHint: 'Fix the problem and try again; "ip validate" shows every finding in the file. Only a plan with readable front matter and "ip: 1" can have an evaluation recorded.',
    noEvaluations: (file: string) => `${q('en', file)} has no evaluation points (evalueringer).`,
    noneOpen: (file: string) => `Every evaluation in ${q('en', file)} is already held (has utført).`,
    noneOpenHint: 'Add a new point under evalueringer (id, dato, type: evaluering), or record an evaluation that was held without being planned that way.',
    unknownId: (file: string, id: string) => `${q('en', file)} has no evaluation with the id ${q('en', id)}.`,
    unknownIdHint: (ids: string) => (ids ? `The evaluations not yet held: ${ids}.` : 'No evaluation in the plan is open.'),
    alreadyHeld: (id: string) => `Evaluation ${id} is already recorded as held (has utført).`,
    alreadyHeldHint: 'To change it, edit the file. Without an ID, ip evaluate takes the first one not yet held.',
    notAMapping: (point: string) => `Evaluation ${point} is not written as a set of fields, so ip evaluate cannot record into it.`,
    notAMappingHint: 'Write the point with id, dato and type, as the other points under evalueringer are written.',
    notAList: (point: string, field: string) => `Evaluation ${point} has ${field} written as something other than a list, so ip evaluate cannot add to it.`,
    notAListHint: 'Write the field as a list (for example deltok: [kari, ola]), or remove it, and try again.',
    noTerminal: 'No terminal to ask in (standard input or standard output is not a terminal), and neither --answers nor --yes was given.',
    noTerminalHint: 'Give the answers as flags with --yes (ip evaluate plan.md --status M1=nådd --took-part kari,ola --yes), or in a file with --answers FILE.',
    cancelled: 'Cancelled. The plan was not changed.',
    addsErrors: (file: string) => `${q('en', file)} was not changed, because the evaluation would give the plan errors it does not have now:`,
    addsErrorsHint: 'Correct the answers (or the plan) and try again; "ip validate" shows every finding in the file.',
    wouldAddErrors: 'This would give the plan errors it does not have now, so ip evaluate would not write it:',
    wouldAddWarnings: 'This would give the plan warnings it does not have now (they do not stop the recording):',
    addedWarnings: (file: string) => `The evaluation is recorded, but ${q('en', file)} now has warnings it did not have:`,
    changed: (file: string) => `${q('en', file)} was changed by someone else while ip evaluate worked, so it was not overwritten.`,
    changedHint: 'Open the file to see what changed, and run ip evaluate again.',
    gone: (file: string) => `The plan is no longer at ${q('en', file)}: it was moved or deleted while ip evaluate worked, so nothing was written.`,
    goneHint: 'Find where the plan is now, and run ip evaluate again on it.',
    cannotWrite: (file: string, reason: string) => `Could not write ${q('en', file)}: ${reason}.`,
    cannotWriteHint: (leftover?: string) =>
      leftover ? `The plan was not changed, but the temporary file ${q('en', leftover)} could not be removed; delete it yourself.` : 'The plan was not changed, and no temporary file is left behind.',
    readOnly: (file: string) => `${q('en', file)} is read-only: you may not write to the file, so the evaluation was not recorded.`,
    readOnlyHint: 'Ask the owner of the file for write access, or run ip evaluate as a user who has it.',
    owner: (file: string) =>
      `${q('en', file)} belongs to another user or group than yours, and ip evaluate cannot write it without making it yours, so the evaluation was not recorded.`,
    ownerHint: "Run ip evaluate as the file's owner, or ask the owner to do it.",
    afterSide: 'after the evaluation',
    rewritten: "Note: the front matter was written out whole (same data and comments), because the file's own layout could not be kept line by line.",
  },
} satisfies Record<Lang, unknown>;
