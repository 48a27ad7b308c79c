import { type Basis, findingBasis, POINT_SUMMARY, REGULATION } from '../legal.js';
import { sanitizeEcho } from '../text.js';
import type { Diagnostic, Severity } from '../types.js';
import type { Lang } from '../lang.js';
import type { Code } from './code.js';
import { echoKey, formatPath, formatPlace } from './field-path.js';
import { readReason } from './read-reasons.js';
import { followOnWords, yamlErrorWords } from './yaml-errors.js';

/**
 * The message catalogue for diagnostics, bokmål and English. Every message
 * says what is wrong and where; every hint says what to do. Neither ever
 * carries a value from the plan: only field names, codes and allowed values.
 */

type Params = Record<string, string | number>;
interface Entry {
  message: (field: string, p: Params) => string;
  hint: (field: string, p: Params) => string;
}
/** Texts for every code, and for no other: typed by the list of codes. */
type Catalogue = Record<Code, Entry>;

const TYPE_NB: Record<string, string> = {
  string: 'tekst',
  integer: 'et heltall',
  number: 'et tall',
  boolean: 'sann/usann',
  array: 'en liste',
  object: 'et sett med felt',
  null: 'tom verdi',
  'id-or-ids': 'én id eller en liste med id-er',
};
const TYPE_EN: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true/false',
  array: 'a list',
  object: 'a set of fields',
  null: 'an empty value',
  'id-or-ids': 'an id or a list of ids',
};
const FORMAT_NB: Record<string, string> = {
  date: 'en dato skrevet ÅÅÅÅ-MM-DD som finnes i kalenderen',
  id: 'en id av bokstaver og tall (og deretter _ eller -)',
  language: 'en språkkode som nb, nn, en eller se',
  email: 'en e-postadresse',
  text: 'gyldig tekst',
};
const FORMAT_EN: Record<string, string> = {
  date: 'a calendar date written YYYY-MM-DD',
  id: 'an id of letters and digits (then also _ or -)',
  language: 'a language tag such as nb, nn, en or se',
  email: 'an e-mail address',
  text: 'valid text',
};
const TARGET_NB: Record<string, string> = { participant: 'en deltaker', goal: 'et mål eller delmål', 'goal-or-measure': 'et mål, delmål eller tiltak' };
const TARGET_EN: Record<string, string> = { participant: 'participant', goal: 'goal or sub-goal', 'goal-or-measure': 'goal, sub-goal or measure' };
const TARGET_LIST_NB: Record<string, string> = { participant: '«deltakere»', goal: '«mål» (eller i «delmål» under et mål)', 'goal-or-measure': '«mål», «delmål» eller «tiltak»' };
const TARGET_LIST_EN: Record<string, string> = { participant: '"deltakere"', goal: '"mål" (or in "delmål" under a goal)', 'goal-or-measure': '"mål", "delmål" or "tiltak"' };
/**
 * The words the message helpers below put around the catalogues' texts, one
 * entry per language (the regulation's points and names come from legal.ts).
 */
interface SharedWords {
  theGoal: string;
  thousands: string;
  overTheLimit: (n: string) => string;
  moreFiles: (n: number) => string;
  rename: (written: string, meant: string) => string;
  legend: string;
  requires: (point: string, summary: string | undefined, regulation?: string) => string;
  belongsTo: (point: string, summary: string | undefined) => string;
  guidance: (about: string) => string;
  toolRule: (about: string) => string;
  goodPractice: (about: string) => string;
}

const SHARED: Record<Lang, SharedWords> = {
  nb: {
    theGoal: 'målet',
    thousands: ' ',
    overTheLimit: (n) => `mer enn grensen (${n})`,
    moreFiles: (n) => `(og ${n} filer til)`,
    rename: (written, meant) => `Feltet står skrevet «${written}»: gi det navnet «${meant}».`,
    legend: `Forskriften: ${REGULATION.nb}.`,
    requires: (point, summary, regulation) => `Forskriften krever dette, bokstav ${point}${regulation ? ` i ${regulation}` : ''}${summary ? `: ${summary}` : ''}.`,
    belongsTo: (point, summary) => ` (feltet gjelder bokstav ${point}${summary ? `: ${summary}` : ''})`,
    guidance: (about) => `Veilederen anbefaler dette; det er ikke et krav i forskriften${about}.`,
    toolRule: (about) => `Dette er en regel i verktøyet, ikke et krav i forskriften${about}.`,
    goodPractice: (about) => `Dette er god praksis i verktøyet, ikke et krav i forskriften${about}.`,
  },
  en: {
    theGoal: 'the goal',
    thousands: ',',
    overTheLimit: (n) => `more than the limit (${n})`,
    moreFiles: (n) => `(and ${n} more files)`,
    rename: (written, meant) => `The field is written "${written}": rename it to "${meant}".`,
    legend: `The regulation: ${REGULATION.nb} (the regulation on individual plans in welfare services).`,
    requires: (point, summary, regulation) => `The regulation requires this, point ${point}${regulation ? ` of ${regulation}` : ''}${summary ? `: ${summary}` : ''}.`,
    belongsTo: (point, summary) => ` (the field belongs to point ${point}${summary ? `: ${summary}` : ''})`,
    guidance: (about) => `The national guidance recommends this; the regulation does not require it${about}.`,
    toolRule: (about) => `This is a rule of the tool, not a requirement of the regulation${about}.`,
    goodPractice: (about) => `This is good practice in the tool, not a requirement of the regulation${about}.`,
  },
};

/** The goal or sub-goal a finding concerns, by its id, echoed safely (an id could be a digit run). */
function item(p: Params, lang: Lang): string {
  return typeof p.item === 'string' ? echoKey(p.item, lang) : SHARED[lang].theGoal;
}

/** What pasted text left behind (pasted.ts), by kind. */
const PASTED_NB: Record<string, { message: string; hint: string }> = {
  'wide-space-indent': {
    message: 'Et hardt mellomrom (fra Word eller en nettside) står i innrykket her. YAML leser det som tekst, ikke som innrykk.',
    hint: 'Bytt det harde mellomrommet med et vanlig mellomrom: slett innrykket på linjen og skriv det på nytt med mellomromstasten.',
  },
  'wide-space-after-colon': {
    message: 'Et hardt mellomrom (fra Word eller en nettside) står rett etter kolonet, så feltet leses ikke som et felt.',
    hint: 'Bytt det harde mellomrommet etter «:» med et vanlig mellomrom.',
  },
  'tab-indent': { message: 'Et tabulatortegn står i innrykket her. YAML tillater bare mellomrom i innrykk.', hint: 'Bytt tabulatoren med mellomrom: to mellomrom per nivå.' },
  'invisible-in-key': {
    message: 'Et usynlig tegn (et nullbredde-mellomrom eller en myk bindestrek) står i feltnavnet her, så det er ikke feltet det ser ut som.',
    hint: 'Slett feltnavnet og skriv det på nytt.',
  },
  'invisible-in-id': {
    message: 'Et usynlig tegn (et nullbredde-mellomrom eller en myk bindestrek) står i id-en her, så den passer ikke med id-en den ser ut som.',
    hint: 'Slett id-en og skriv den på nytt.',
  },
  'curly-quotes': {
    message: 'Verdien står i krumme anførselstegn (“ ” eller ‘ ’). De blir en del av verdien, så en dato, id eller et tall leses ikke som det.',
    hint: 'Fjern de krumme anførselstegnene, eller bytt dem med vanlige ("…").',
  },
};
const PASTED_EN: Record<string, { message: string; hint: string }> = {
  'wide-space-indent': {
    message: 'A no-break space (from Word or a web page) is in the indentation here. YAML reads it as text, not as indentation.',
    hint: 'Replace the no-break space with an ordinary space: delete the indentation on the line and type it again with the space bar.',
  },
  'wide-space-after-colon': {
    message: 'A no-break space (from Word or a web page) comes right after the colon, so the field is not read as a field.',
    hint: 'Replace the no-break space after ":" with an ordinary space.',
  },
  'tab-indent': { message: 'A tab is in the indentation here. YAML allows only spaces in indentation.', hint: 'Replace the tab with spaces: two spaces per level.' },
  'invisible-in-key': {
    message: 'An invisible character (a zero-width space or a soft hyphen) is in the field name here, so it is not the field it looks like.',
    hint: 'Delete the field name and type it again.',
  },
  'invisible-in-id': {
    message: 'An invisible character (a zero-width space or a soft hyphen) is in the id here, so it does not match the id it looks like.',
    hint: 'Delete the id and type it again.',
  },
  'curly-quotes': {
    message: 'The value is in curly quotes (“ ” or ‘ ’). They become part of the value, so a date, an id or a number is not read as one.',
    hint: 'Remove the curly quotes, or replace them with straight ones ("…").',
  },
};

/** What a date after today claims was done (date-in-future's `kind`). */
const DONE_NB: Record<string, string> = {
  held: 'Evalueringen er registrert som holdt',
  consent: 'Samtykket er registrert som gitt',
  withdrawn: 'Samtykket er registrert som trukket',
  approved: 'Planen er registrert som godkjent',
  closed: 'Planen er registrert som avsluttet',
};
const DONE_EN: Record<string, string> = {
  held: 'The evaluation is recorded as held',
  consent: 'The consent is recorded as given',
  withdrawn: 'The consent is recorded as withdrawn',
  approved: 'The plan is recorded as accepted',
  closed: 'The plan is recorded as closed',
};

/** The item a field belongs to, as the message's place names it (`tiltak T2: vedtak.til` → `tiltak T2`), else `fallback`. */
function owner(field: string, fallback: string): string {
  const at = field.indexOf(':');
  return at > 0 ? field.slice(0, at) : fallback;
}

/** The evaluation as the message's place names it (`evaluering E1: gjelder nr. 1` → «Evaluering E1»), else `fallback`. */
function evaluationOf(field: string, fallback: string): string {
  const named = /^evaluering [^:,]+/.exec(field)?.[0];
  return named ? cap(named) : fallback;
}

/** The field's own key, last in its place (`tiltak T1: fra` → `fra`), as the line to write starts with it. */
function lastKey(field: string): string {
  const key = /([^\s.:]+)$/.exec(field)?.[1] ?? field;
  return key;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What to write, for the missing points whose form is not obvious from their name. */
const MISSING_FIELD_HINT_NB: Record<string, string> = {
  samarbeid: 'Skriv «samarbeid: []» hvis det ikke trengs samarbeid med andre. ',
  koordinator: 'Skriv id-en til deltakeren som er koordinator, for eksempel «koordinator: ola». ',
};
const MISSING_FIELD_HINT_EN: Record<string, string> = {
  samarbeid: 'Write "samarbeid: []" if no cooperation with others is needed. ',
  koordinator: 'Write the id of the participant who is the coordinator, such as "koordinator: ola". ',
};
const FNR_REASON_NB: Record<string, string> = {
  format: 'det er ikke elleve sifre',
  'check-digits': 'kontrollsifrene stemmer ikke',
  date: 'de seks første sifrene er ingen dato',
};
const FNR_REASON_EN: Record<string, string> = {
  format: 'it is not eleven digits',
  'check-digits': 'the check digits do not match',
  date: 'the first six digits are not a date',
};
const YAML_HINT_NB = 'Sjekk innrykk (mellomrom, ikke tabulator) og sett tekst som inneholder «: » eller starter med et spesialtegn i anførselstegn.';
const YAML_HINT_EN = 'Check the indentation (spaces, not tabs) and put text that contains ": " or starts with a special character in quotes.';

/** A limit as people write it: 250 000 (nb) or 250,000 (en). */
function grouped(n: number, lang: Lang): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, SHARED[lang].thousands);
}

const MARKS = '* _ ` [ ] < & \\';

/** What passed which limit on a body (src/plan/body-limits.ts), in words. */
function bodyLimitWords(p: Params, lang: Lang): string {
  const n = typeof p.max === 'number' ? grouped(p.max, lang) : String(p.max);
  const words: Record<string, Record<Lang, string>> = {
    characters: { nb: `mer enn ${n} tegn`, en: `more than ${n} characters` },
    lines: { nb: `mer enn ${n} linjer`, en: `more than ${n} lines` },
    'line-length': { nb: `en linje med mer enn ${n} tegn`, en: `a line of more than ${n} characters` },
    'quote-depth': { nb: `sitater (>) inne i sitater mer enn ${n} nivåer dypt`, en: `quotes (>) inside quotes more than ${n} levels deep` },
    'list-depth': { nb: `lister inne i lister mer enn ${n} nivåer dypt`, en: `lists inside lists more than ${n} levels deep` },
    containers: { nb: `mer enn ${n} sitater og listepunkter`, en: `more than ${n} quotes and list items` },
    'paragraph-marks': { nb: `et avsnitt med mer enn ${n} formateringstegn (${MARKS})`, en: `a paragraph with more than ${n} markup characters (${MARKS})` },
    marks: { nb: `mer enn ${n} formateringstegn (${MARKS})`, en: `more than ${n} markup characters (${MARKS})` },
  };
  return words[String(p.limit)]?.[lang] ?? SHARED[lang].overTheLimit(n);
}

const nb: Catalogue = {
  bom: {
    message: () => 'Filen starter med et byte-order mark (BOM).',
    hint: () => 'Lagre filen som UTF-8 uten BOM. Planen er lest likevel.',
  },
  encoding: {
    message: () => 'Filen er ikke gyldig UTF-8.',
    hint: () => 'Lagre filen med tegnkoding UTF-8 (i Word eller Notisblokk: «Lagre som» og velg UTF-8).',
  },
  'encoding-utf16': {
    message: () => 'Filen er lagret som UTF-16.',
    hint: () => 'Lagre filen med tegnkoding UTF-8.',
  },
  'nul-byte': {
    message: () => 'Filen inneholder et NUL-tegn og ser ut som en binærfil.',
    hint: () => 'Sjekk at dette er en tekstfil; lagre planen på nytt som ren tekst (UTF-8).',
  },
  'too-large': {
    message: (_f, p) => `Filen er større enn grensen på ${p.limit} byte.`,
    hint: () => 'En plan er sjelden over noen få kilobyte. Sjekk at det er riktig fil, eller øk grensen med --max-size.',
  },
  'read-error': {
    message: (_f, p) => {
      const why = readReason(String(p.reason), 'nb');
      return why ? `Filen kunne ikke leses: ${why}.` : `Filen kunne ikke leses (${p.reason}).`;
    },
    hint: (_f, p) => (readReason(String(p.reason), 'nb') ? 'Oppgi planfilen selv: ip leser bare vanlige filer.' : 'Sjekk at filen finnes og at du har lesetilgang.'),
  },
  'executable-front-matter': {
    message: () => 'Front matter er merket som kjørbar kode (for eksempel ---js). Slik kode kjøres aldri.',
    hint: () => 'Skriv front matter som YAML: første linje skal være bare «---».',
  },
  'unclosed-front-matter': {
    message: () => 'Front matter mangler avsluttende «---».',
    hint: () => 'Legg til en linje med bare «---» etter siste felt, før teksten i planen.',
  },
  'empty-front-matter': {
    message: () => 'Front matter er tom.',
    hint: () => 'Fyll inn feltene i planen mellom de to «---»-linjene, for eksempel med «ip new».',
  },
  'front-matter-not-first': {
    message: () => 'Front matter starter ikke på første linje.',
    hint: () => 'Flytt «---»-linjen helt øverst i filen; fjern tomme linjer og tekst over den.',
  },
  'no-front-matter': {
    message: () => 'Filen har ingen front matter.',
    hint: () => 'En plan starter med en linje «---», feltene i YAML og en ny linje «---». Lag en ny med «ip new».',
  },
  'not-a-plan': {
    message: () => 'Filen er ingen individuell plan: front matter mangler feltet «ip».',
    hint: () => 'Legg til «ip: 1» øverst i front matter hvis filen er en plan.',
  },
  'missing-ip-key': {
    message: () => 'Front matter ser ut som en plan, men mangler feltet «ip», så planen sjekkes ikke.',
    hint: () => 'Skriv «ip: 1» på linjen rett under den første «---». Er filen ikke en plan, kan du se bort fra dette.',
  },
  'broken-ip-key': {
    message: () => 'Første felt skal være «ip: 1», men er skrevet på en annen måte, så planen sjekkes ikke.',
    hint: () => 'Skriv nøyaktig «ip: 1» på denne linjen: små bokstaver, kolon rett etter «ip», så et mellomrom og 1, uten innrykk.',
  },
  'not-a-mapping': {
    message: () => 'Front matter er ikke et sett med felt (nøkkel: verdi).',
    hint: () => 'Skriv front matter som felt, ett per linje: «status: utkast».',
  },
  'yaml-syntax': {
    message: (_f, p) => {
      const words = yamlErrorWords(p, 'nb');
      return (words ? `${words.what} (YAML-feil ${p.yamlCode}).` : `YAML-feil (${p.yamlCode}).`) + followOnWords(p, 'nb');
    },
    hint: (_f, p) => yamlErrorWords(p, 'nb')?.fix ?? YAML_HINT_NB,
  },
  'yaml-warning': {
    message: (_f, p) => `YAML-advarsel (${p.yamlCode}).`,
    hint: () => 'Fjern merkelapper som «!!» og «!»; en plan bruker bare tekst, tall, lister og felt.',
  },
  'yaml-too-complex': {
    message: () => 'Front matter er for dypt nøstet til å leses.',
    hint: () => 'En plan har bare noen få nivåer med innrykk. Sjekk innrykket.',
  },
  'too-deep': {
    message: (f) => `Feltet «${f}» er nøstet for dypt.`,
    hint: () => 'En plan har bare noen få nivåer med innrykk. Sjekk innrykket.',
  },
  'alias-limit': {
    message: () => 'Front matter bruker for mange YAML-aliaser (*navn).',
    hint: () => 'Skriv verdiene ut i stedet for å bruke ankre (&) og aliaser (*).',
  },
  'duplicate-key': {
    message: (f) => (f ? `Feltet «${f}» står to ganger.` : 'Et felt står to ganger.'),
    hint: () => 'Slå sammen de to forekomstene til ett felt.',
  },
  'unsupported-version': {
    message: () => 'Formatversjonen støttes ikke: bare «ip: 1» kan leses.',
    hint: () => 'Skriv «ip: 1», eller bruk en nyere versjon av verktøyet.',
  },
  'body-too-complex': {
    message: (_f, p) => `Teksten i planen (under front matter) har ${bodyLimitWords(p, 'nb')}, og er for stor eller for sammensatt til å vises.`,
    hint: () =>
      'ip render viser planen uten denne teksten og sier fra på siden. Del opp teksten, eller flytt den til et eget dokument; en vanlig plan er langt under grensene.',
  },
  required: {
    message: (f) => `Feltet «${f}» mangler.`,
    hint: () => 'Alle planer, også utkast, må ha dette feltet. Legg det til.',
  },
  'point-missing': {
    message: (f, p) =>
      p.kind === 'provider'
        ? `«${f}» har ingen tjenesteyter.`
        : p.kind === 'contribution'
          ? `Ingen deltaker i «${f}» har et bidrag.`
          : p.kind === 'items'
          ? `«${f}» må ha minst ${p.min} ${Number(p.min) === 1 ? 'element' : 'elementer'}.`
            : `Feltet «${f}» mangler.`,
    hint: (f, p) =>
      p.kind === 'provider'
        ? 'Legg til minst én deltaker med rolle tjenesteyter.'
        : p.kind === 'contribution'
          ? 'Skriv i bidrag hva personen og de andre deltakerne skal bidra med, minst for én av dem.' +
            (p.active ? ' En aktiv plan må ha dette.' : ' Dette trengs før planen kan være aktiv.')
          : p.recommended
            ? 'Dette anbefales for en aktiv plan, men er ikke et krav. Fyll det inn sammen med personen.'
            : (MISSING_FIELD_HINT_NB[f] ?? '') +
              (p.active ? 'En aktiv plan må ha dette: fyll det inn sammen med personen, eller sett «status: utkast» til det er på plass.' : 'Dette trengs før planen kan være aktiv. Fyll det inn sammen med personen.'),
  },
  'too-few': {
    message: (f, p) => `«${f}» må ha minst ${p.min} elementer.`,
    hint: () => 'Legg til det som mangler.',
  },
  'unknown-key': {
    message: (f, p) => `Ukjent felt «${f}».${p.suggestion ? ` Mente du «${p.suggestion}»?` : ''}`,
    hint: (_f, p) =>
      p.move
        ? 'Flytt feltet inn under «avsluttet», slik: «avsluttet: {dato: ÅÅÅÅ-MM-DD, årsak: samtykke_trukket}» (årsak: mål_nådd, samtykke_trukket, ikke_behov, flyttet, død eller annet).'
        : p.suggestion
          ? `Gi feltet navnet «${p.suggestion}».`
          : 'Sjekk stavemåten, eller fjern feltet. «ip help felt» viser feltnavnene.',
  },
  'wrong-type': {
    message: (f, p) => `«${f}» skal være ${TYPE_NB[p.expected!] ?? p.expected}, men er ${TYPE_NB[p.actual!] ?? p.actual}.`,
    hint: (f, p) =>
      p.reference
        ? 'Her skal det stå en id fra planen: id-en til en deltaker (linjen «id:» under deltakeren i «deltakere»), eller til et mål, delmål eller tiltak. Et fødselsnummer eller et annet tall hører ikke hjemme her.'
        : p.colon
        ? 'Teksten har kolon og mellomrom («: ») i seg, og leses derfor som et felt. Sett hele teksten i anførselstegn, for eksempel - "Forslag fra Jonas: flytte i mars."'
        : p.boolean
        ? `Skriv ${p.boolean} (${p.boolean === 'true' ? 'ja' : 'nei'}): «${lastKey(f)}: ${p.boolean}».`
        : p.list
          ? `Skriv det som en liste, i hakeparenteser: «${lastKey(f)}: [${p.listValue ? echoKey(String(p.listValue), 'nb') : 'id'}]».`
          : p.quoteHint
            ? 'Sett verdien i anførselstegn, for eksempel fødselsnummer: "17850250006".'
            : 'Rett verdien slik at den har riktig form.',
  },
  'invalid-value': {
    message: (f, p) => `«${f}» har en verdi som ikke er tillatt.${p.suggestion ? ` Mente du «${p.suggestion}»?` : ''}`,
    hint: (f, p) => (p.suggestion ? `Skriv «${lastKey(f)}: ${p.suggestion}».` : `Bruk en av: ${p.allowed}.`),
  },
  'invalid-format': {
    message: (f, p) => `«${f}» skal være ${FORMAT_NB[p.format!] ?? FORMAT_NB.text}.`,
    hint: (f, p) =>
      p.impossible
        ? 'Datoen har riktig form, men dagen finnes ikke i kalenderen: sjekk dag og måned (februar har 28 eller 29 dager).'
        : p.date
          ? `Skriv «${lastKey(f)}: ${p.date}».`
          : p.format === 'date'
            ? 'Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2027-01-14.'
            : 'Rett verdien.',
  },
  'empty-text': {
    message: (f) => `«${f}» er tom.`,
    hint: () => 'Fyll inn teksten, eller fjern feltet.',
  },
  'pasted-character': {
    message: (_f, p) => PASTED_NB[String(p.kind)]?.message ?? 'Et tegn fra innlimt tekst står her.',
    hint: (_f, p) => PASTED_NB[String(p.kind)]?.hint ?? 'Slett tegnet og skriv det på nytt.',
  },
  'unknown-reference': {
    message: (f, p) =>
      p.measure ? `«${f}» viser til tiltaket ${echoKey(String(p.measure), 'nb')}, men her skal det stå et mål eller delmål.` : `«${f}» viser til ${TARGET_NB[p.target!]} som ikke finnes i planen.`,
    hint: (_f, p) =>
      typeof p.participantId === 'string'
        ? `Skriv id-en, ikke navnet: «${echoKey(p.participantId, 'nb')}».`
        : typeof p.participant === 'number'
        ? `Skriv id-en til deltaker nr. ${p.participant}${p.role ? ` (${p.role})` : ''}, ikke navnet: id-en står på linjen «id:» under deltakeren i «deltakere».`
        : p.suggestion
          ? `Mente du «${echoKey(String(p.suggestion), 'nb')}»? Skriv id-en nøyaktig slik den står i planen.`
          : p.measure
            ? 'Skriv id-en til målet eller delmålet tiltaket hjelper personen mot.'
            : p.target === 'participant'
              ? 'Skriv id-en til en av deltakerne (linjen «id:» under deltakeren i «deltakere»). Er det en ny deltaker, legg den til i «deltakere» med navn, rolle og en id, og skriv den id-en her.'
              : `Bruk id-en til ${TARGET_NB[p.target!]} i ${TARGET_LIST_NB[p.target!]}, eller legg til det som mangler der.`,
  },
  'duplicate-id': {
    message: (f, p) => (p.scope === 'vurderinger' ? `«${f}» vurderer et mål som alt er vurdert i samme evaluering.` : `Id-en i «${f}» er brukt før i ${p.scope}.`),
    hint: (_f, p) => (p.scope === 'vurderinger' ? 'Skriv én vurdering per mål eller delmål i hver evaluering: slå de to sammen.' : 'Gi hvert element sin egen id.'),
  },
  'person-role': {
    message: (_f, p) => (Number(p.count) === 0 ? 'Ingen deltaker har rollen tjenestemottaker.' : `${p.count} deltakere har rollen tjenestemottaker; det skal være nøyaktig én.`),
    hint: () => 'Personen planen gjelder skal være med som deltaker med rolle tjenestemottaker, og bare én.',
  },
  'person-name-mismatch': {
    message: (f) => `Navnet i «${f}» er ikke det samme som i «person.navn».`,
    hint: () => 'Skriv personens navn likt begge steder.',
  },
  'duplicate-participant-name': {
    message: (f) => `Navnet i «${f}» er det samme som en annen deltakers.`,
    hint: () => 'Står samme person to ganger, så slå deltakerne sammen og bruk én id. Er det to personer, skriv navnene slik at de kan skilles.',
  },
  'active-not-approved': {
    message: () => 'Planen er aktiv, men «godkjent» mangler: ingenting viser at personen har godtatt den.',
    hint: () => 'Skriv når og av hvem planen ble godtatt, for eksempel «godkjent: {dato: 2026-09-01, av: kari}» med personens id. Er planen ikke godtatt ennå, sett «status: utkast».',
  },
  'coordinator-role': {
    message: (f) => `«${f}» viser til en deltaker som ikke er tjenesteyter.`,
    hint: () => 'Koordinatoren skal være en tjenesteyter. Velg en deltaker med rolle tjenesteyter.',
  },
  'coordinator-contact': {
    message: (f) => `Koordinatoren («${f}») har ingen kontaktopplysninger.`,
    hint: () => 'Legg til kontakt.telefon eller kontakt.epost, så personen kan nå koordinatoren.',
  },
  'child-coordinator-adult': {
    message: (f) => `«${f}» er satt, men personen er 18 år eller eldre når planperioden starter.`,
    hint: () => 'En barnekoordinator er for familier med barn under 18 år. Sett barnekoordinator: false, eller fjern feltet, og sjekk hvem som er koordinator.',
  },
  'approval-by-person': {
    message: () => 'Planen er godkjent av en som ikke er personen eller representerer personen.',
    hint: () => 'Personen selv (eller foresatt, verge eller framtidsfullmektig) godtar planen. Sett godkjent.av til den deltakeren.',
  },
  'consent-giver': {
    message: (f) => `Samtykket i «${f}» er gitt av en deltaker som ikke kan samtykke på personens vegne.`,
    hint: () =>
      'Samtykke gis av personen selv, en foresatt, verge eller framtidsfullmektig, av barnevernstjenesten med grunnlag: omsorgsovertakelse, eller for en voksen som mangler samtykkekompetanse av nærmeste pårørende med grunnlag: mangler_samtykkekompetanse.',
  },
  'consent-guardian-adult': {
    message: (f) => `Samtykket i «${f}» er gitt av en foresatt, men personen var myndig (18 år eller eldre) på samtykkedatoen.`,
    hint: () => 'En myndig person samtykker selv, eller ved verge eller framtidsfullmektig. Innhent nytt samtykke.',
  },
  'consent-guardian-16': {
    message: (f) => `Samtykket i «${f}» er gitt av en foresatt, men personen var 16 eller 17 år på samtykkedatoen.`,
    hint: () => 'Fra 16 år samtykker personen selv i helsespørsmål (for NAV og barnevern gjelder andre regler). Vurder om personen selv skal samtykke.',
  },
  'consent-withdrawn': {
    message: (f) => `Samtykket er trukket («${f}»).`,
    hint: () =>
      'Uten samtykke kan planen ikke være aktiv. Avslutt planen: skriv «status: avsluttet» og «avsluttet: {dato: ÅÅÅÅ-MM-DD, årsak: samtykke_trukket}» med datoen planen ble avsluttet. Eller innhent nytt samtykke og skriv det inn.',
  },
  'consent-after-start': {
    message: () => 'Samtykket til å utarbeide planen er datert etter at planperioden starter.',
    hint: () => 'Ingen plan utarbeides uten samtykke. Sjekk datoene i samtykke.utarbeidelse og planperiode.',
  },
  'consent-share-responsible': {
    message: (f) => `Deltakeren som er ansvarlig i «${f}», er ikke blant dem samtykket til å dele taushetsbelagte opplysninger gjelder (samtykke.taushetsplikt.deltakere).`,
    hint: () => 'samtykke.taushetsplikt.deltakere er de som kan få opplysningene. Den som har ansvaret for et tiltak, trenger dem som regel: spør personen om samtykket skal omfatte deltakeren, og legg id-en til i listen.',
  },
  'period-order': {
    message: () => 'Planperioden slutter før den starter (planperiode.til er ikke etter planperiode.fra).',
    hint: () => 'Rett datoene i planperiode.',
  },
  'measure-date-order': {
    message: (f) => `Tiltaket slutter før det starter («${f}»).`,
    hint: () => 'Rett fra og til for tiltaket.',
  },
  'measure-outside-period': {
    message: (f) => `Datoen i «${f}» ligger utenfor planperioden.`,
    hint: () => 'Flytt tiltaket innenfor planperioden, eller forleng planperioden ved revisjon.',
  },
  'evaluation-outside-period': {
    message: (f) => `Evalueringsdatoen i «${f}» ligger utenfor planperioden.`,
    hint: () => 'Legg evalueringen innenfor planperioden.',
  },
  'no-upcoming-evaluation': {
    message: () => 'Den aktive planen har ingen kommende evaluering.',
    hint: () => 'Avtal neste evaluering eller revisjon og legg den til i evalueringer.',
  },
  'date-in-future': {
    message: (f, p) => `${DONE_NB[String(p.kind)] ?? 'Noe er registrert som gjort'} («${f}»), men datoen er etter i dag.`,
    hint: (_f, p) => (p.kind === 'held' ? 'Sjekk datoen. En planlagt evaluering får «utført» først når den er holdt.' : 'Sjekk datoen mot originalen: dette kan ikke ha skjedd ennå.'),
  },
  'fodselsnummer-invalid': {
    message: (f, p) => `«${f}» er ikke et gyldig fødselsnummer eller D-nummer: ${FNR_REASON_NB[p.reason!] ?? ''}.`,
    hint: () => 'Sjekk nummeret mot originalen. Skriv det i anførselstegn, med alle elleve sifre.',
  },
  'fodselsnummer-birth-date': {
    message: () => 'Fødselsdatoen stemmer ikke med fødselsnummeret.',
    hint: () => 'Sjekk både person.fødselsdato og person.fødselsnummer mot originalen.',
  },
  'goal-without-measure': {
    message: (f) => `Målet i «${f}» har ingen tiltak.`,
    hint: () => 'Målene styrer tiltakene: legg til et tiltak som viser til målet eller et av delmålene i tiltak[].mål, eller vurder målet på nytt.',
  },
  'assessment-not-held': {
    message: (f) => `«${f}» står på en evaluering som ikke er holdt (den har ingen «utført»-dato).`,
    hint: () => 'Vurderinger skrives når evalueringen er holdt. Skriv datoen den ble holdt, «utført: ÅÅÅÅ-MM-DD», eller flytt vurderingene til evalueringen som ble holdt. «ip evaluate» skriver begge deler.',
  },
  'assessment-missing': {
    message: (f, p) => `${evaluationOf(f, 'Evalueringen')} er holdt og gjelder ${item(p, 'nb')}, men har ingen vurdering av ${item(p, 'nb')}.`,
    hint: (_f, p) =>
      `Legg til en vurdering under «vurderinger», for eksempel «- {gjelder: ${item(p, 'nb')}, status: delvis}» (status: nådd, delvis, ikke_nådd eller endret), eller ta id-en ut av «gjelder» hvis den ikke ble vurdert.`,
  },
  'decision-date-order': {
    message: (f) => `Vedtaket for ${owner(f, 'tiltaket')} slutter (vedtak.til) før datoen det ble fattet (vedtak.dato).`,
    hint: () => 'Sjekk vedtak.dato og vedtak.til mot vedtaket: til kommer etter dato.',
  },
  'decision-ends-early': {
    message: (f, p) =>
      p.expired
        ? `Vedtaket for ${owner(f, 'tiltaket')} har gått ut (vedtak.til), men tiltaket varer lenger: tjenesten har ikke lenger et vedtak.`
        : `Vedtaket for ${owner(f, 'tiltaket')} gjelder kortere (vedtak.til) enn tiltaket (til): tjenesten stopper når vedtaket går ut.`,
    hint: () => 'Sørg for et nytt vedtak før vedtak.til, og skriv det inn. Eller sett tiltakets «til» til samme dato som vedtaket hvis tiltaket skal slutte da.',
  },
  'reached-goal-running-measure': {
    message: (f, p) => `${cap(item(p, 'nb'))} er vurdert som nådd, men tiltaket som viser til det i «${f}» pågår fortsatt.`,
    hint: () => 'Trengs tiltaket for å holde på det som er nådd? Hvis ikke, sett en sluttdato («til») på tiltaket.',
  },
  'duplicate-person': {
    message: () => 'En annen åpen plan i denne kjøringen har samme fødselsnummer. En person skal bare ha én individuell plan.',
    hint: () => 'Slå sammen planene, eller avslutt den ene (status: avsluttet). Filene står under «se også».',
  },
  'possible-duplicate-person': {
    message: () => 'En annen åpen plan i denne kjøringen gjelder en person med samme navn og fødselsdato.',
    hint: () => 'Sjekk om det er samme person. En person skal bare ha én individuell plan.',
  },
  'duplicate-plan-id': {
    message: () => 'En annen plan i denne kjøringen har samme id.',
    hint: () => 'Gi hver plan sin egen id (ip new lager en ny).',
  },
};

const en: Catalogue = {
  bom: { message: () => 'The file starts with a byte-order mark (BOM).', hint: () => 'Save the file as UTF-8 without a BOM. The plan was read anyway.' },
  encoding: { message: () => 'The file is not valid UTF-8.', hint: () => 'Save the file with the UTF-8 encoding (in Word or Notepad: "Save as" and choose UTF-8).' },
  'encoding-utf16': { message: () => 'The file is saved as UTF-16.', hint: () => 'Save the file with the UTF-8 encoding.' },
  'nul-byte': { message: () => 'The file contains a NUL character and looks like a binary file.', hint: () => 'Check that this is a text file; save the plan again as plain text (UTF-8).' },
  'too-large': {
    message: (_f, p) => `The file is larger than the limit of ${p.limit} bytes.`,
    hint: () => 'A plan is rarely over a few kilobytes. Check that this is the right file, or raise the limit with --max-size.',
  },
  'read-error': {
    message: (_f, p) => {
      const why = readReason(String(p.reason), 'en');
      return why ? `The file could not be read: ${why}.` : `The file could not be read (${p.reason}).`;
    },
    hint: (_f, p) => (readReason(String(p.reason), 'en') ? 'Name the plan file itself: ip reads only regular files.' : 'Check that the file exists and that you may read it.'),
  },
  'executable-front-matter': {
    message: () => 'The front matter is marked as executable code (such as ---js). Such code is never run.',
    hint: () => 'Write the front matter as YAML: the first line must be just "---".',
  },
  'unclosed-front-matter': { message: () => 'The front matter has no closing "---".', hint: () => 'Add a line with just "---" after the last field, before the text of the plan.' },
  'empty-front-matter': { message: () => 'The front matter is empty.', hint: () => 'Fill in the plan\'s fields between the two "---" lines, for example with "ip new".' },
  'front-matter-not-first': { message: () => 'The front matter does not start on the first line.', hint: () => 'Move the "---" line to the very top of the file; remove blank lines and text above it.' },
  'no-front-matter': {
    message: () => 'The file has no front matter.',
    hint: () => 'A plan starts with a line "---", the fields in YAML and another line "---". Make a new one with "ip new".',
  },
  'not-a-plan': { message: () => 'The file is not an individual plan: its front matter has no "ip" field.', hint: () => 'Add "ip: 1" at the top of the front matter if the file is a plan.' },
  'missing-ip-key': {
    message: () => 'The front matter looks like a plan but has no "ip" field, so the plan is not checked.',
    hint: () => 'Write "ip: 1" on the line right below the first "---". If the file is not a plan, ignore this.',
  },
  'broken-ip-key': {
    message: () => 'The first field should be "ip: 1" but is written another way, so the plan is not checked.',
    hint: () => 'Write exactly "ip: 1" on this line: lower case, the colon right after "ip", then a space and 1, not indented.',
  },
  'not-a-mapping': { message: () => 'The front matter is not a set of fields (key: value).', hint: () => 'Write the front matter as fields, one per line: "status: utkast".' },
  'yaml-syntax': {
    message: (_f, p) => {
      const words = yamlErrorWords(p, 'en');
      return (words ? `${words.what} (YAML error ${p.yamlCode}).` : `YAML error (${p.yamlCode}).`) + followOnWords(p, 'en');
    },
    hint: (_f, p) => yamlErrorWords(p, 'en')?.fix ?? YAML_HINT_EN,
  },
  'yaml-warning': { message: (_f, p) => `YAML warning (${p.yamlCode}).`, hint: () => 'Remove tags such as "!!" and "!"; a plan uses only text, numbers, lists and fields.' },
  'yaml-too-complex': { message: () => 'The front matter is nested too deeply to be read.', hint: () => 'A plan has only a few levels of indentation. Check the indentation.' },
  'too-deep': { message: (f) => `The field "${f}" is nested too deeply.`, hint: () => 'A plan has only a few levels of indentation. Check the indentation.' },
  'alias-limit': { message: () => 'The front matter uses too many YAML aliases (*name).', hint: () => 'Write the values out instead of using anchors (&) and aliases (*).' },
  'duplicate-key': { message: (f) => (f ? `The field "${f}" appears twice.` : 'A field appears twice.'), hint: () => 'Merge the two into one field.' },
  'unsupported-version': { message: () => 'Unsupported format version: only "ip: 1" can be read.', hint: () => 'Write "ip: 1", or use a newer version of the tool.' },
  'body-too-complex': {
    message: (_f, p) => `The plan's text (below the front matter) has ${bodyLimitWords(p, 'en')}: too large or too complex to show.`,
    hint: () => 'ip render shows the plan without this text, and says so on the page. Split the text up, or move it to a document of its own; a real plan is far below these limits.',
  },
  required: { message: (f) => `The field "${f}" is missing.`, hint: () => 'Every plan, drafts included, needs this field. Add it.' },
  'point-missing': {
    message: (f, p) =>
      p.kind === 'provider'
        ? `"${f}" has no service provider (tjenesteyter).`
        : p.kind === 'contribution'
          ? `No participant in "${f}" has a contribution (bidrag).`
          : p.kind === 'items'
            ? `"${f}" needs at least ${p.min} ${Number(p.min) === 1 ? 'item' : 'items'}.`
            : `The field "${f}" is missing.`,
    hint: (f, p) =>
      p.kind === 'provider'
        ? 'Add at least one participant with the role tjenesteyter.'
        : p.kind === 'contribution'
          ? 'Write in bidrag what the person and the other participants will contribute, for at least one of them.' +
            (p.active ? ' An active plan must have this.' : ' This is needed before the plan can be active.')
          : p.recommended
            ? 'This is recommended for an active plan, but not required. Fill it in together with the person.'
            : (MISSING_FIELD_HINT_EN[f] ?? '') +
              (p.active ? 'An active plan must have this: fill it in together with the person, or set "status: utkast" until it is in place.' : 'This is needed before the plan can be active. Fill it in together with the person.'),
  },
  'too-few': { message: (f, p) => `"${f}" needs at least ${p.min} items.`, hint: () => 'Add what is missing.' },
  'unknown-key': {
    message: (f, p) => `Unknown field "${f}".${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
    hint: (_f, p) =>
      p.move
        ? 'Move the field under "avsluttet", like this: "avsluttet: {dato: YYYY-MM-DD, årsak: samtykke_trukket}" (årsak: mål_nådd, samtykke_trukket, ikke_behov, flyttet, død or annet).'
        : p.suggestion
          ? `Rename the field to "${p.suggestion}".`
          : 'Check the spelling, or remove the field. "ip help felt --lang en" lists the field names.',
  },
  'wrong-type': {
    message: (f, p) => `"${f}" should be ${TYPE_EN[p.expected!] ?? p.expected}, but is ${TYPE_EN[p.actual!] ?? p.actual}.`,
    hint: (f, p) =>
      p.reference
        ? 'An id from the plan belongs here: the id of a participant (the line "id:" under the participant in "deltakere"), or of a goal, sub-goal or measure. A national identity number or another number does not belong here.'
        : p.colon
        ? 'The text has a colon and a space (": ") in it, so it reads as a field. Put the whole text in quotes, for example - "Forslag fra Jonas: flytte i mars."'
        : p.boolean
        ? `Write ${p.boolean} (${p.boolean === 'true' ? 'yes' : 'no'}): "${lastKey(f)}: ${p.boolean}".`
        : p.list
          ? `Write it as a list, in square brackets: "${lastKey(f)}: [${p.listValue ? echoKey(String(p.listValue), 'en') : 'id'}]".`
          : p.quoteHint
            ? 'Put the value in quotes, for example fødselsnummer: "17850250006".'
            : 'Correct the value so it has the right form.',
  },
  'invalid-value': {
    message: (f, p) => `"${f}" has a value that is not allowed.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
    hint: (f, p) => (p.suggestion ? `Write "${lastKey(f)}: ${p.suggestion}".` : `Use one of: ${p.allowed}.`),
  },
  'invalid-format': {
    message: (f, p) => `"${f}" should be ${FORMAT_EN[p.format!] ?? FORMAT_EN.text}.`,
    hint: (f, p) =>
      p.impossible
        ? 'The date has the right form, but there is no such day in the calendar: check the day and the month (February has 28 or 29 days).'
        : p.date
          ? `Write "${lastKey(f)}: ${p.date}".`
          : p.format === 'date'
            ? 'Write the date as YYYY-MM-DD, for example 2027-01-14.'
            : 'Correct the value.',
  },
  'empty-text': { message: (f) => `"${f}" is empty.`, hint: () => 'Fill in the text, or remove the field.' },
  'pasted-character': {
    message: (_f, p) => PASTED_EN[String(p.kind)]?.message ?? 'A character from pasted text is here.',
    hint: (_f, p) => PASTED_EN[String(p.kind)]?.hint ?? 'Delete the character and type it again.',
  },
  'unknown-reference': {
    message: (f, p) =>
      p.measure ? `"${f}" names the measure ${echoKey(String(p.measure), 'en')}, but a goal or sub-goal belongs here.` : `"${f}" refers to a ${TARGET_EN[p.target!]} that is not in the plan.`,
    hint: (_f, p) =>
      typeof p.participantId === 'string'
        ? `Write the id, not the name: "${echoKey(p.participantId, 'en')}".`
        : typeof p.participant === 'number'
        ? `Write the id of participant no. ${p.participant}${p.role ? ` (${p.role})` : ''}, not the name: the id is on the line "id:" under the participant in "deltakere".`
        : p.suggestion
          ? `Did you mean "${echoKey(String(p.suggestion), 'en')}"? Write the id exactly as the plan has it.`
          : p.measure
            ? 'Write the id of the goal or sub-goal the measure helps the person towards.'
            : p.target === 'participant'
              ? 'Write the id of one of the participants (the line "id:" under the participant in "deltakere"). If it is a new participant, add them to "deltakere" with a name, a role and an id, and write that id here.'
              : `Use the id of a ${TARGET_EN[p.target!]} in ${TARGET_LIST_EN[p.target!]}, or add it.`,
  },
  'duplicate-id': {
    message: (f, p) => (p.scope === 'vurderinger' ? `"${f}" assesses a goal already assessed in the same evaluation.` : `The id in "${f}" is already used in ${p.scope}.`),
    hint: (_f, p) => (p.scope === 'vurderinger' ? 'Write one assessment per goal or sub-goal in each evaluation: merge the two.' : 'Give every item an id of its own.'),
  },
  'person-role': {
    message: (_f, p) => (Number(p.count) === 0 ? 'No participant has the role tjenestemottaker.' : `${p.count} participants have the role tjenestemottaker; there must be exactly one.`),
    hint: () => 'The person the plan is for takes part as a participant with the role tjenestemottaker, and only one.',
  },
  'person-name-mismatch': { message: (f) => `The name in "${f}" differs from "person.navn".`, hint: () => "Write the person's name the same way in both places." },
  'duplicate-participant-name': {
    message: (f) => `The name in "${f}" is the same as another participant's.`,
    hint: () => 'If the same person is listed twice, merge the two and use one id. If they are two people, write the names so they can be told apart.',
  },
  'active-not-approved': {
    message: () => 'The plan is active, but "godkjent" is missing: nothing shows that the person has accepted it.',
    hint: () => 'Write when and by whom the plan was accepted, such as "godkjent: {dato: 2026-09-01, av: kari}" with the person\'s id. If it has not been accepted yet, set "status: utkast".',
  },
  'coordinator-role': {
    message: (f) => `"${f}" names a participant who is not a service provider (tjenesteyter).`,
    hint: () => 'The coordinator must be a service provider. Choose a participant with the role tjenesteyter.',
  },
  'coordinator-contact': {
    message: (f) => `The coordinator ("${f}") has no contact details.`,
    hint: () => 'Add kontakt.telefon or kontakt.epost so the person can reach the coordinator.',
  },
  'child-coordinator-adult': {
    message: (f) => `"${f}" is set, but the person is 18 or older when the plan period starts.`,
    hint: () => 'A child coordinator (barnekoordinator) is for families with a child under 18. Set barnekoordinator: false, or remove the field, and check who is the coordinator.',
  },
  'approval-by-person': {
    message: () => 'The plan is accepted by someone who is not the person and does not represent them.',
    hint: () => 'The person (or a foresatt, verge or framtidsfullmektig) accepts the plan. Set godkjent.av to that participant.',
  },
  'consent-giver': {
    message: (f) => `The consent in "${f}" is given by a participant who cannot consent on the person's behalf.`,
    hint: () =>
      'Consent is given by the person, a foresatt, verge or framtidsfullmektig, by child welfare with grunnlag: omsorgsovertakelse, or, for an adult who lacks the capacity to consent, by the closest relative (pårørende) with grunnlag: mangler_samtykkekompetanse.',
  },
  'consent-guardian-adult': {
    message: (f) => `The consent in "${f}" is given by a parent (foresatt), but the person was 18 or older on the consent date.`,
    hint: () => 'An adult consents themselves, or through a verge or framtidsfullmektig. Obtain new consent.',
  },
  'consent-guardian-16': {
    message: (f) => `The consent in "${f}" is given by a parent (foresatt), but the person was 16 or 17 on the consent date.`,
    hint: () => 'From 16 the person consents themselves in health matters (NAV and child welfare differ). Consider whether the person should consent.',
  },
  'consent-withdrawn': {
    message: (f) => `The consent has been withdrawn ("${f}").`,
    hint: () =>
      'Without consent the plan cannot be active. Close the plan: write "status: avsluttet" and "avsluttet: {dato: YYYY-MM-DD, årsak: samtykke_trukket}" with the date the plan was closed. Or obtain new consent and write it in.',
  },
  'consent-after-start': {
    message: () => 'The consent to prepare the plan is dated after the plan period starts.',
    hint: () => 'No plan is prepared without consent. Check the dates in samtykke.utarbeidelse and planperiode.',
  },
  'consent-share-responsible': {
    message: (f) => `The participant responsible in "${f}" is not among those the consent to share confidential information covers (samtykke.taushetsplikt.deltakere).`,
    hint: () => 'samtykke.taushetsplikt.deltakere are those who may be given the information. Whoever is responsible for a measure usually needs it: ask the person whether the consent should cover that participant, and add the id to the list.',
  },
  'period-order': { message: () => 'The plan period ends before it starts (planperiode.til is not after planperiode.fra).', hint: () => 'Correct the dates in planperiode.' },
  'measure-date-order': { message: (f) => `The measure ends before it starts ("${f}").`, hint: () => "Correct the measure's fra and til." },
  'measure-outside-period': {
    message: (f) => `The date in "${f}" lies outside the plan period.`,
    hint: () => 'Move the measure inside the plan period, or extend the period at a revision.',
  },
  'evaluation-outside-period': { message: (f) => `The evaluation date in "${f}" lies outside the plan period.`, hint: () => 'Put the evaluation inside the plan period.' },
  'no-upcoming-evaluation': {
    message: () => 'The active plan has no upcoming evaluation.',
    hint: () => 'Agree on the next evaluation or revision and add it to evalueringer.',
  },
  'date-in-future': {
    message: (f, p) => `${DONE_EN[String(p.kind)] ?? 'Something is recorded as done'} ("${f}"), but its date is after today.`,
    hint: (_f, p) => (p.kind === 'held' ? 'Check the date. A planned evaluation gets "utført" only once it has been held.' : 'Check the date against the original: this cannot have happened yet.'),
  },
  'fodselsnummer-invalid': {
    message: (f, p) => `"${f}" is not a valid national identity number or D-number: ${FNR_REASON_EN[p.reason!] ?? ''}.`,
    hint: () => 'Check the number against the original. Write it in quotes, with all eleven digits.',
  },
  'fodselsnummer-birth-date': {
    message: () => 'The birth date does not match the national identity number.',
    hint: () => 'Check both person.fødselsdato and person.fødselsnummer against the original.',
  },
  'goal-without-measure': {
    message: (f) => `The goal in "${f}" has no measure.`,
    hint: () => 'Goals steer measures: add a measure that names the goal or one of its sub-goals in tiltak[].mål, or reconsider the goal.',
  },
  'assessment-not-held': {
    message: (f) => `"${f}" is on an evaluation that has not been held (it has no "utført" date).`,
    hint: () => 'Assessments are written once the evaluation is held. Write the date it was held, "utført: YYYY-MM-DD", or move the assessments to the evaluation that was held. "ip evaluate" writes both.',
  },
  'assessment-missing': {
    message: (f, p) => `${evaluationOf(f, 'The evaluation').replace(/^Evaluering /, 'Evaluation ')} was held and concerns ${item(p, 'en')}, but has no assessment of ${item(p, 'en')}.`,
    hint: (_f, p) =>
      `Add an assessment under "vurderinger", such as "- {gjelder: ${item(p, 'en')}, status: delvis}" (status: nådd, delvis, ikke_nådd or endret), or take the id out of "gjelder" if it was not assessed.`,
  },
  'decision-date-order': {
    message: (f) => `The decision for ${owner(f, 'the measure')} ends (vedtak.til) before the date it was made (vedtak.dato).`,
    hint: () => 'Check vedtak.dato and vedtak.til against the decision: til comes after dato.',
  },
  'decision-ends-early': {
    message: (f, p) =>
      p.expired
        ? `The decision for ${owner(f, 'the measure')} has ended (vedtak.til), but the measure goes on: the service no longer has a decision.`
        : `The decision for ${owner(f, 'the measure')} ends (vedtak.til) before the measure does (til): the service stops when the decision runs out.`,
    hint: () => "Make sure a new decision is made before vedtak.til, and write it in. Or set the measure's \"til\" to the decision's date if the measure is to end then.",
  },
  'reached-goal-running-measure': {
    message: (f, p) => `${item(p, 'en')} is assessed as reached, but the measure that names it in "${f}" is still running.`,
    hint: () => 'Is the measure needed to keep what was reached? If not, give the measure an end date ("til").',
  },
  'duplicate-person': {
    message: () => 'Another open plan in this run has the same national identity number. A person has only one individual plan.',
    hint: () => 'Merge the plans, or close one of them (status: avsluttet). The files are listed under "see also".',
  },
  'possible-duplicate-person': {
    message: () => 'Another open plan in this run is for a person with the same name and birth date.',
    hint: () => 'Check whether this is the same person. A person has only one individual plan.',
  },
  'duplicate-plan-id': { message: () => 'Another plan in this run has the same id.', hint: () => 'Give every plan an id of its own ("ip new" makes one).' },
};

export const CATALOGUES: Record<Lang, Catalogue> = { nb, en };

export interface RenderedMessage {
  message: string;
  hint: string;
}

/**
 * Where the rule comes from, as a sentence suffix: "the regulation requires"
 * only for a rule the regulation's points a–i state (basis `forskrift`); the
 * guidance's advice and the tool's own good practice say so. The basis is
 * decided in one place (findingBasis in src/plan/legal.ts).
 */
/** How the regulation is named in a message: in full, or as «forskriften» where a legend names it once (text output). */
export type RegulationName = 'full' | 'short';

export function basisNote(basis: Basis | undefined, point: string | undefined, lang: Lang, name: RegulationName = 'full', severity?: Severity): string {
  const words = SHARED[lang];
  const summary = point ? POINT_SUMMARY[point as keyof typeof POINT_SUMMARY]?.[lang] : undefined;
  if (basis === 'forskrift' && point) return words.requires(point, summary, name === 'short' ? undefined : REGULATION[lang]);
  const about = point ? words.belongsTo(point, summary) : '';
  // The guidance (nasjonal veileder for rehabilitering, habilitering, individuell plan og koordinator) is named in full in docs/reference/law.md; a message keeps it short.
  if (basis === 'veileder') return words.guidance(about);
  // The tool's own rules say so only where a point might suggest the law. An
  // error is not "good practice": the tool cannot read the plan as it stands.
  if (!point) return '';
  return severity === 'error' ? words.toolRule(about) : words.goodPractice(about);
}

/** The legend under a text run whose messages say «forskriften» for short. */
export function regulationLegend(lang: Lang): string {
  return SHARED[lang].legend;
}

/**
 * Parameters as they are put into words: text parameters are the core's own
 * (codes, enum values, error names), but they are cleaned all the same, so a
 * message can never carry a control character.
 */
function safeParams(params: Diagnostic['params']): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params ?? {})) out[k] = typeof v === 'string' ? sanitizeEcho(v, 300) : v;
  return out;
}

/** How a message is put into words: the regulation in full or short; participants by id (`names`: a terminal, or --names) or by number. */
export interface RenderOptions {
  regulation?: RegulationName;
  names?: boolean;
}

export function renderDiagnostic(d: Pick<Diagnostic, 'code' | 'path' | 'params' | 'point' | 'place'> & { severity?: Severity }, lang: Lang, options: RenderOptions = {}): RenderedMessage {
  const regulation = options.regulation ?? 'full';
  const entry = CATALOGUES[lang][d.code];
  // In the plan's own terms where the finding is in a list item (`tiltak T2: omfang`), else the field's path.
  const field = d.place ? formatPlace(d.place, lang, options.names === true) : formatPath(d.path, lang);
  const params = safeParams(d.params);
  // A participant id is a first name as often as not: in a hint only where names may be shown.
  if (!options.names) delete params.participantId;
  if (!entry) return { message: d.code, hint: '' };
  const more = typeof params.more === 'number' ? ` ${SHARED[lang].moreFiles(params.more)}` : '';
  const note = basisNote(findingBasis(d), d.point, lang, regulation, d.severity);
  const message = entry.message(field, params) + more + (note ? ` ${note}` : '');
  // A field reported missing because its key is misspelt: the fix is the rename.
  if (typeof params.misspelt === 'string') {
    const meant = echoKey(String(d.path[d.path.length - 1]), lang);
    const written = echoKey(params.misspelt, lang);
    return { message, hint: SHARED[lang].rename(written, meant) };
  }
  return { message, hint: entry.hint(field, params) };
}
