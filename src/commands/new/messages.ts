import type { Lang } from '../../output/lang.js';
import { ANSWERS_FILE_PROBLEMS } from '../answers-file.js';

/**
 * What `ip new` says when it cannot go on, in bokmål and English: the
 * problems with flags and answers files, and why no plan was written.
 * Messages name flags and fields, never a value that was given (a
 * fødselsnummer least of all). The questions are in src/new/interview-text.ts,
 * the summary in src/output/new/.
 */

type P = Record<string, string>;
type Problem = { message: (p: P) => string; hint: (p: P) => string };

const FNR_NB = 'Skriv alle elleve sifrene, slik de står i originalen.';
const FNR_EN = 'Type all eleven digits as they stand in the original.';

const PROBLEMS_NB: Record<string, Problem> = {
  'not-text': { message: (p) => `${p.field} skal være tekst.`, hint: () => 'Skriv verdien som tekst.' },
  'quote-number': {
    message: (p) => `${p.field} er skrevet som et tall, og en ledende null kan da ha gått tapt.`,
    hint: () => 'Sett fødselsnummeret i anførselstegn i svarfilen, med alle elleve sifre: fodselsnummer: "…".',
  },
  empty: { message: (p) => `${p.field} er tom.`, hint: () => 'Fyll inn en verdi, eller utelat flagget.' },
  'bad-date': { message: (p) => `${p.field} er ingen gyldig dato.`, hint: () => 'Skriv datoen som ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ, for eksempel 2027-01-14 eller 14.01.2027.' },
  'bad-choice': { message: (p) => `${p.field} har en verdi som ikke er tillatt.`, hint: (p) => `Bruk en av: ${p.allowed}.` },
  'bad-interpreter': { message: (p) => `${p.field} skal være en språkkode, eventuelt med type: SPRÅK[:type].`, hint: () => 'For eksempel: --interpreter ar, --interpreter ar:talespråk eller --interpreter nsi:tegnspråk.' },
  'bad-interpreter-type': { message: (p) => `${p.field} har en tolketype som ikke er tillatt.`, hint: (p) => `Bruk en av: ${p.allowed}.` },
  'participant-shape': {
    message: (p) => `${p.field}${p.index ? ` nr. ${p.index}` : ''} har feil form.`,
    hint: () => 'Skriv «Navn;rolle;virksomhet;bidrag», eventuelt med «;kontakt» til slutt. Bare navn og rolle må fylles inn.',
  },
  'participant-name': { message: (p) => `${p.field}${p.index ? ` nr. ${p.index}` : ''} mangler navn.`, hint: () => 'Navnet står først: «Navn;rolle;virksomhet;bidrag».' },
  'participant-role': { message: (p) => `${p.field}${p.index ? ` nr. ${p.index}` : ''} har en rolle som ikke er tillatt.`, hint: (p) => `Bruk en av: ${p.allowed}.` },
  'participant-person': {
    message: (p) => `${p.field}${p.index ? ` nr. ${p.index}` : ''} har rollen tjenestemottaker.`,
    hint: () => 'Personen planen gjelder legges til av seg selv (fra --person). Andre deltakere har andre roller.',
  },
  'participant-key': {
    message: (p) => `${p.field}${p.index ? ` nr. ${p.index}` : ''} har et ukjent felt.${p.suggestion ? ` Mente du «${p.suggestion}»?` : ''}`,
    hint: (p) => `En deltaker i svarfilen har feltene ${p.allowed}.`,
  },
  'participant-is-person': { message: (p) => `${p.field} gjelder personen selv.`, hint: () => 'Personen legges til som tjenestemottaker av seg selv; ta personen ut av --participant.' },
  contact: { message: (p) => `Kontaktopplysningene i ${p.field}${p.index ? ` nr. ${p.index}` : ''} er verken et telefonnummer eller en e-postadresse.`, hint: () => 'Skriv et telefonnummer, en e-postadresse, eller begge skilt med komma.' },
  'fnr-format': { message: (p) => `${p.field} er ikke elleve sifre.`, hint: () => FNR_NB },
  'fnr-check-digits': { message: (p) => `${p.field} er ikke et gyldig fødselsnummer eller D-nummer: kontrollsifrene stemmer ikke.`, hint: () => FNR_NB },
  'fnr-date': { message: (p) => `${p.field} er ikke et gyldig fødselsnummer eller D-nummer: de seks første sifrene er ingen dato.`, hint: () => FNR_NB },
  'fnr-birth-date': { message: () => 'Fødselsnummeret stemmer ikke med fødselsdatoen.', hint: () => 'Sjekk både --birth-date og --fodselsnummer mot originalen.' },
  'period-order': { message: () => 'Planperioden slutter før den starter (--to er ikke etter --from).', hint: () => 'Rett --from eller --to.' },
  'evaluation-outside': { message: () => 'Den første evalueringen (--evaluation) ligger utenfor planperioden.', hint: () => 'Velg en dato mellom --from og --to.' },
  'consent-after-start': { message: () => 'Samtykket (--consent-date) er datert etter at planperioden starter.', hint: () => 'Ingen plan utarbeides uten samtykke: planperioden (--from) starter tidligst samme dag som samtykket.' },
  'consent-in-future': { message: (p) => `${p.field} ligger etter i dag.`, hint: () => 'Samtykket registreres når det er gitt. Skriv datoen det ble gitt.' },
  'consent-guardian-adult': {
    message: () => 'En foresatt kan ikke samtykke: personen var myndig (18 år eller eldre) på samtykkedatoen.',
    hint: () => 'En myndig person samtykker selv (--consent-by self), eller ved verge eller framtidsfullmektig.',
  },
  'consent-by-name-without-by': { message: () => '--consent-by-name er gitt uten --consent-by.', hint: () => 'Si hvem som samtykket: --consent-by foresatt, verge eller framtidsfullmektig.' },
  'consent-by-name-self': { message: () => '--consent-by-name brukes bare når noen samtykker på personens vegne.', hint: () => 'Utelat --consent-by-name, eller bruk --consent-by foresatt, verge eller framtidsfullmektig.' },
  'consent-by-role-mismatch': {
    message: (p) => `En deltaker i --participant har samme navn som den som samtykket, men en annen rolle enn ${p.role}.`,
    hint: () => 'Gi deltakeren samme rolle som i --consent-by, eller utelat deltakeren (den som samtykker legges til av seg selv).',
  },
  'coordinator-unknown': {
    message: () => '--coordinator er ingen av deltakerne.',
    hint: () => 'Skriv navnet (eller id-en) til en deltaker med rolle tjenesteyter, og legg deltakeren til med --participant "Navn;tjenesteyter;virksomhet;bidrag".',
  },
  'coordinator-ambiguous': {
    message: () => '--coordinator passer til flere deltakere.',
    hint: () => 'Skriv hele navnet til deltakeren som skal være koordinator, slik det står i --participant.',
  },
  'participant-twice': {
    message: () => 'Samme deltaker er gitt to ganger (samme navn).',
    hint: () => 'Gi hver deltaker én gang, med --participant. Er det to personer med samme navn, skriv navnene slik at de kan skilles (for eksempel med mellomnavn).',
  },
  'coordinator-not-provider': { message: () => '--coordinator er en deltaker som ikke er tjenesteyter.', hint: () => 'Koordinatoren er en tjenesteyter. Velg en deltaker med rolle tjenesteyter.' },
  'answers-not-mapping': { message: (p) => `Svarfilen ${p.file} er ikke et sett med felt (nøkkel: verdi).`, hint: () => 'Skriv ett svar per linje, for eksempel «person: Kari Nordmann». Se docs for alle nøklene.' },
  'answers-unknown-key': {
    message: (p) => `Svarfilen ${p.file} har et ukjent felt «${p.key}».${p.suggestion ? ` Mente du «${p.suggestion}»?` : ''}`,
    hint: () => 'Feltene heter som flaggene, for eksempel birthDate eller birth-date for --birth-date.',
  },
};

const PROBLEMS_EN: Record<string, Problem> = {
  'not-text': { message: (p) => `${p.field} must be text.`, hint: () => 'Write the value as text.' },
  'quote-number': {
    message: (p) => `${p.field} is written as a number, so a leading zero may have been lost.`,
    hint: () => 'Put the fødselsnummer in quotes in the answers file, with all eleven digits: fodselsnummer: "…".',
  },
  empty: { message: (p) => `${p.field} is empty.`, hint: () => 'Give a value, or leave the flag out.' },
  'bad-date': { message: (p) => `${p.field} is not a valid date.`, hint: () => 'Write the date as YYYY-MM-DD or DD.MM.YYYY, for example 2027-01-14 or 14.01.2027.' },
  'bad-choice': { message: (p) => `${p.field} has a value that is not allowed.`, hint: (p) => `Use one of: ${p.allowed}.` },
  'bad-interpreter': { message: (p) => `${p.field} must be a language code, optionally with a type: LANG[:type].`, hint: () => 'For example: --interpreter ar, --interpreter ar:talespråk or --interpreter nsi:tegnspråk.' },
  'bad-interpreter-type': { message: (p) => `${p.field} has an interpreter type that is not allowed.`, hint: (p) => `Use one of: ${p.allowed}.` },
  'participant-shape': {
    message: (p) => `${p.field}${p.index ? ` number ${p.index}` : ''} has the wrong shape.`,
    hint: () => 'Write "Name;role;organisation;contribution", optionally with ";contact" at the end. Only name and role are required.',
  },
  'participant-name': { message: (p) => `${p.field}${p.index ? ` number ${p.index}` : ''} has no name.`, hint: () => 'The name comes first: "Name;role;organisation;contribution".' },
  'participant-role': { message: (p) => `${p.field}${p.index ? ` number ${p.index}` : ''} has a role that is not allowed.`, hint: (p) => `Use one of: ${p.allowed}.` },
  'participant-person': {
    message: (p) => `${p.field}${p.index ? ` number ${p.index}` : ''} has the role tjenestemottaker.`,
    hint: () => 'The person the plan is for is added on their own (from --person). Other participants have other roles.',
  },
  'participant-key': {
    message: (p) => `${p.field}${p.index ? ` number ${p.index}` : ''} has an unknown field.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
    hint: (p) => `A participant in the answers file has the fields ${p.allowed}.`,
  },
  'participant-is-person': { message: (p) => `${p.field} is the person themselves.`, hint: () => 'The person is added as tjenestemottaker on their own; take them out of --participant.' },
  contact: { message: (p) => `The contact in ${p.field}${p.index ? ` number ${p.index}` : ''} is neither a phone number nor an e-mail address.`, hint: () => 'Write a phone number, an e-mail address, or both separated by a comma.' },
  'fnr-format': { message: (p) => `${p.field} is not eleven digits.`, hint: () => FNR_EN },
  'fnr-check-digits': { message: (p) => `${p.field} is not a valid fødselsnummer or D-number: the check digits do not match.`, hint: () => FNR_EN },
  'fnr-date': { message: (p) => `${p.field} is not a valid fødselsnummer or D-number: the first six digits are not a date.`, hint: () => FNR_EN },
  'fnr-birth-date': { message: () => 'The fødselsnummer does not match the birth date.', hint: () => 'Check both --birth-date and --fodselsnummer against the original.' },
  'period-order': { message: () => 'The plan period ends before it starts (--to is not after --from).', hint: () => 'Correct --from or --to.' },
  'evaluation-outside': { message: () => 'The first evaluation (--evaluation) lies outside the plan period.', hint: () => 'Choose a date between --from and --to.' },
  'consent-after-start': { message: () => 'The consent (--consent-date) is dated after the plan period starts.', hint: () => 'No plan is prepared without consent: the plan period (--from) starts on the day of the consent at the earliest.' },
  'consent-in-future': { message: (p) => `${p.field} is after today.`, hint: () => 'Consent is recorded when it has been given. Give the date it was given.' },
  'consent-guardian-adult': {
    message: () => 'A foresatt cannot consent: the person was of age (18 or older) on the consent date.',
    hint: () => 'An adult consents themselves (--consent-by self), or through a verge or framtidsfullmektig.',
  },
  'consent-by-name-without-by': { message: () => '--consent-by-name is given without --consent-by.', hint: () => 'Say who consented: --consent-by foresatt, verge or framtidsfullmektig.' },
  'consent-by-name-self': { message: () => '--consent-by-name is only used when someone consents on the person\'s behalf.', hint: () => 'Leave out --consent-by-name, or use --consent-by foresatt, verge or framtidsfullmektig.' },
  'consent-by-role-mismatch': {
    message: (p) => `A participant in --participant has the name of the one who consented, but a role other than ${p.role}.`,
    hint: () => 'Give that participant the role from --consent-by, or leave them out (whoever consents is added on their own).',
  },
  'coordinator-unknown': {
    message: () => '--coordinator is none of the participants.',
    hint: () => 'Give the name (or id) of a participant with the role tjenesteyter, and add them with --participant "Name;tjenesteyter;organisation;contribution".',
  },
  'coordinator-ambiguous': {
    message: () => '--coordinator fits more than one participant.',
    hint: () => 'Give the whole name of the participant who is to be the coordinator, as written in --participant.',
  },
  'participant-twice': {
    message: () => 'The same participant is given twice (the same name).',
    hint: () => 'Give each participant once, with --participant. If they are two people with one name, write the names so they can be told apart (with a middle name, say).',
  },
  'coordinator-not-provider': { message: () => '--coordinator is a participant who is not a tjenesteyter.', hint: () => 'The coordinator is a service provider. Choose a participant with the role tjenesteyter.' },
  'answers-not-mapping': { message: (p) => `The answers file ${p.file} is not a set of fields (key: value).`, hint: () => 'Write one answer per line, for example "person: Kari Nordmann". The docs list every key.' },
  'answers-unknown-key': {
    message: (p) => `The answers file ${p.file} has an unknown field "${p.key}".${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
    hint: () => 'The fields are named like the flags, for example birthDate or birth-date for --birth-date.',
  },
};

const PROBLEMS: Record<Lang, Record<string, Problem>> = { nb: PROBLEMS_NB, en: PROBLEMS_EN };

export function problemText(code: string, params: P, lang: Lang): { message: string; hint: string } {
  const entry = PROBLEMS[lang][code] ?? ANSWERS_FILE_PROBLEMS[lang][code];
  if (!entry) return { message: code, hint: '' };
  return { message: entry.message(params), hint: entry.hint(params) };
}

/** Why no plan was written. */
export const NEW_MESSAGES = {
  nb: {
    cancelled: 'Avbrutt. Ingen fil er skrevet.',
    noTerminal: 'Ingen terminal å spørre i (standard input eller standard output er ikke en terminal), og disse svarene mangler:',
    noTerminalHint: 'Gi dem som flagg, eller i en fil med --answers FIL. Alt annet får standardverdier (se «ip new --help»).',
    missingFlags: {
      person: ['--person NAVN', 'personens navn'],
      consentForm: ['--consent-form skriftlig|muntlig', 'hvordan samtykket ble gitt'],
      consentByName: ['--consent-by-name NAVN', 'navnet på den som samtykket på personens vegne'],
    } as Record<string, [string, string]>,
    exists: (path: string) => `«${path}» finnes allerede, og ip new skriver aldri over en fil.`,
    existsHint: 'Velg en annen sti med -o, eller bruk --force hvis du vil erstatte filen.',
    notAFile: (path: string) => `«${path}» er en enhet, en FIFO eller en socket, ikke en fil; --force erstatter bare en fil.`,
    notAFileHint: 'Velg en annen sti med -o.',
    folderMissing: (path: string) => `Mappen «${path}» finnes ikke.`,
    folderMissingHint: 'Lag mappen først, eller velg en annen sti med -o.',
    cannotWrite: (path: string, reason: string) => `Kunne ikke skrive «${path}»: ${reason}.`,
    cannotWriteHint: (leftover?: string) =>
      leftover ? `Ingen plan er endret, men den midlertidige filen «${leftover}» kunne ikke fjernes; slett den selv.` : 'Ingen fil er endret, og ingen midlertidig fil er igjen.',
    invalidPlan: 'Planen ble ikke skrevet, fordi den ikke ville bestått «ip validate»:',
  },
  en: {
    cancelled: 'Cancelled. No file was written.',
    noTerminal: 'No terminal to ask in (standard input or standard output is not a terminal), and these answers are missing:',
    noTerminalHint: 'Give them as flags, or in a file with --answers FILE. Everything else gets its default (see "ip new --help").',
    missingFlags: {
      person: ['--person NAME', "the person's name"],
      consentForm: ['--consent-form skriftlig|muntlig', 'how the consent was given (in writing or orally)'],
      consentByName: ['--consent-by-name NAME', "the name of whoever consented on the person's behalf"],
    } as Record<string, [string, string]>,
    exists: (path: string) => `"${path}" already exists, and ip new never overwrites a file.`,
    existsHint: 'Choose another path with -o, or use --force to replace the file.',
    notAFile: (path: string) => `"${path}" is a device, a FIFO or a socket, not a file; --force replaces only a file.`,
    notAFileHint: 'Choose another path with -o.',
    folderMissing: (path: string) => `The folder "${path}" does not exist.`,
    folderMissingHint: 'Create the folder first, or choose another path with -o.',
    cannotWrite: (path: string, reason: string) => `Could not write "${path}": ${reason}.`,
    cannotWriteHint: (leftover?: string) =>
      leftover ? `No plan was changed, but the temporary file "${leftover}" could not be removed; delete it yourself.` : 'No file was changed, and no temporary file is left behind.',
    invalidPlan: 'The plan was not written, because it would not pass "ip validate":',
  },
} satisfies Record<Lang, unknown>;
