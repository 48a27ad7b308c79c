import type { Code } from './code.js';

/**
 * What each code checks, in bokmål, and how to fix it, in bokmål and English:
 * the words behind `ip help koder` and the Norwegian rule table
 * (docs/referanse/koder.md). The English "what it checks" is the registry's
 * own summary (codes.ts and the rules). Typed by the list of codes, so a
 * code without its guide does not compile.
 */
export interface CodeGuide {
  nb: { summary: string; fix: string };
  en: { fix: string };
}

const FIX_BY_TOOL_NB = ' `ip validate --fix` retter det når det bare finnes én mulig retting.';
const FIX_BY_TOOL_EN = ' `ip validate --fix` mends it where only one mending is possible.';
const SAVE_UTF8_NB = 'Lagre filen på nytt som UTF-8 (i Notisblokk: «Lagre som», koding UTF-8).';
const SAVE_UTF8_EN = 'Save the file again as UTF-8 (in Notepad: "Save as", encoding UTF-8).';

export const CODE_GUIDE: Readonly<Record<Code, CodeGuide>> = {
  // Reading the file.
  bom: {
    nb: { summary: 'Filen starter med et byte-order-merke (BOM). Det fjernes ved lesing, og planen leses.', fix: 'Ingenting må gjøres. Vil du bli kvitt advarselen, lagre som UTF-8 uten BOM.' },
    en: { fix: 'Nothing needs doing. To silence it, save as UTF-8 without a BOM.' },
  },
  encoding: {
    nb: { summary: 'Filen er ikke gyldig UTF-8 (stedet for den første feile byten oppgis).', fix: SAVE_UTF8_NB },
    en: { fix: SAVE_UTF8_EN },
  },
  'encoding-utf16': { nb: { summary: 'Filen er lagret som UTF-16.', fix: SAVE_UTF8_NB }, en: { fix: SAVE_UTF8_EN } },
  'nul-byte': {
    nb: { summary: 'Filen inneholder en NUL-byte (ofte et tegn på at det ikke er en tekstfil).', fix: 'Sjekk at det er riktig fil. Lag planen på nytt med `ip new` om filen er ødelagt.' },
    en: { fix: 'Check that it is the right file. Make the plan again with `ip new` if the file is damaged.' },
  },
  'too-large': {
    nb: { summary: 'Filen er større enn grensen (1 MiB; `--max-size`).', fix: 'En plan er sjelden over noen få kilobyte: flytt vedlegg og lange notater ut av planen.' },
    en: { fix: 'A plan is rarely more than a few kilobytes: move attachments and long notes out of the plan.' },
  },
  'read-error': {
    nb: { summary: 'Filen eller mappen kunne ikke leses.', fix: 'Sjekk navnet og at du har tilgang til filen (meldingen sier hvorfor).' },
    en: { fix: 'Check the name and that you may read the file (the message says why).' },
  },
  'executable-front-matter': {
    nb: { summary: 'Toppfeltene åpnes med `---js` eller en annen motor. De kjøres aldri.', fix: 'Skriv første linje som bare `---`.' },
    en: { fix: 'Write the first line as just `---`.' },
  },
  'unclosed-front-matter': {
    nb: { summary: 'Toppfeltene mangler den avsluttende `---`-linjen.', fix: 'Legg til en linje med bare `---` etter det siste feltet, før teksten.' },
    en: { fix: 'Add a line of just `---` after the last field, before the text.' },
  },
  'empty-front-matter': {
    nb: { summary: 'Det står ingenting mellom `---`-linjene (en advarsel for en fil funnet i en mappe; `--strict` gjør den til feil).', fix: 'Fyll inn feltene, eller lag planen med `ip new`.' },
    en: { fix: 'Fill in the fields, or make the plan with `ip new`.' },
  },
  'front-matter-not-first': {
    nb: { summary: 'Toppfeltene starter ikke på linje 1, men `ip:` står nær toppen.', fix: 'Flytt `---`-linjen til aller første linje i filen; slett tomme linjer over den.' },
    en: { fix: 'Move the `---` line to the very first line of the file; delete blank lines above it.' },
  },
  'no-front-matter': {
    nb: { summary: 'En navngitt fil, eller en med `ip:` nær toppen, har ikke toppfelt.', fix: 'Start filen med `---`, feltene og `---`, eller lag den med `ip new`.' },
    en: { fix: 'Start the file with `---`, the fields and `---`, or make it with `ip new`.' },
  },
  'not-a-plan': {
    nb: { summary: 'En navngitt fil har toppfelt, men ikke `ip:`-feltet.', fix: 'Skriv `ip: 1` som første felt hvis filen er en plan; ellers: ikke sjekk den med `ip`.' },
    en: { fix: 'Write `ip: 1` as the first field if the file is a plan; otherwise leave it out of the check.' },
  },
  'missing-ip-key': {
    nb: { summary: 'Toppfeltene har felt bare en plan har (deltakere, tiltak, samtykke, person …), men ikke `ip:`.', fix: 'Skriv `ip: 1` som første felt.' },
    en: { fix: 'Write `ip: 1` as the first field.' },
  },
  'broken-ip-key': {
    nb: { summary: 'Det første feltet er ment som `ip:`, men skrevet annerledes (`ip 1`, `ip:1`, `IP: 1`, innrykket).', fix: 'Skriv første linje etter `---` nøyaktig slik: `ip: 1`.' },
    en: { fix: 'Write the first line after `---` exactly as `ip: 1`.' },
  },
  'not-a-mapping': {
    nb: { summary: 'Toppfeltene er en liste eller én verdi, ikke felt.', fix: 'Hvert felt står på sin egen linje som `navn: verdi`, uten strek foran.' },
    en: { fix: 'Each field goes on its own line as `name: value`, without a dash in front.' },
  },
  'yaml-syntax': {
    nb: {
      summary: 'Skrivefeil i YAML, med enkle ord for de vanlige: en parentes som ikke er lukket, et innrykk som ikke passer, et kolon som mangler. Én melding per feil; følgefeil telles, ikke listes.',
      fix: 'Gå til linjen og kolonnen i meldingen og gjør det hintet sier (ofte: rett innrykket, eller sett teksten i anførselstegn).',
    },
    en: { fix: 'Go to the line and column in the message and do what the hint says (often: fix the indentation, or put the text in quotes).' },
  },
  'yaml-warning': {
    nb: { summary: 'En advarsel fra YAML-leseren, for eksempel en ukjent tagg.', fix: 'Fjern det meldingen peker på (som `!tagg`).' },
    en: { fix: 'Remove what the message points at (such as a `!tag`).' },
  },
  'yaml-too-complex': {
    nb: { summary: 'YAML-leseren ga opp nøstingen.', fix: 'Skriv feltene enklere, med færre nivåer, som i malen fra `ip new`.' },
    en: { fix: 'Write the fields more simply, with fewer levels, as in the template from `ip new`.' },
  },
  'too-deep': {
    nb: { summary: 'Verdier er nøstet dypere enn noen plan trenger (32 nivåer).', fix: 'Skriv feltene med færre nivåer, som i malen fra `ip new`.' },
    en: { fix: 'Write the fields with fewer levels, as in the template from `ip new`.' },
  },
  'alias-limit': {
    nb: { summary: 'Flere YAML-alias (`*navn`) enn en plan trenger.', fix: 'Skriv verdiene ut i stedet for å bruke `&` og `*`.' },
    en: { fix: 'Write the values out instead of using `&` and `*`.' },
  },
  'pasted-character': {
    nb: {
      summary: 'Noe innlimt tekst har etterlatt: et hardt mellomrom eller en tabulator i innrykket, et usynlig tegn i et feltnavn eller en id, «krøllete» anførselstegn rundt en dato, id eller verdi.',
      fix: 'Skriv tegnet på nytt med tastaturet der meldingen viser.' + FIX_BY_TOOL_NB,
    },
    en: { fix: 'Type the character again with the keyboard where the message shows.' + FIX_BY_TOOL_EN },
  },
  'duplicate-key': {
    nb: { summary: 'Samme felt står to ganger på samme nivå.', fix: 'Slå de to sammen til ett felt, eller slett det ene.' },
    en: { fix: 'Merge the two into one field, or delete one of them.' },
  },
  'unsupported-version': {
    nb: { summary: '`ip:` er ikke 1.', fix: 'Skriv `ip: 1`. Er filen laget av en nyere utgave av `ip`, oppdater verktøyet.' },
    en: { fix: 'Write `ip: 1`. If a newer version of `ip` made the file, update the tool.' },
  },
  'body-too-complex': {
    nb: { summary: 'Teksten under toppfeltene går over en grense ingen ekte plan når (grensen nevnes). `ip render` lar da teksten være ute av siden.', fix: 'Kort ned teksten, eller flytt lange notater til journalen.' },
    en: { fix: 'Shorten the text, or move long notes to the record system.' },
  },
  // The schema.
  required: {
    nb: { summary: 'Et felt hver plan trenger mangler (ip, status, person.navn, samtykke.utarbeidelse; avsluttet når planen er avsluttet; påkrevde deler av et punkt i en liste).', fix: 'Legg til feltet meldingen nevner. `ip help felt` viser hva det skal inneholde.' },
    en: { fix: 'Add the field the message names. `ip help felt --lang en` shows what it holds.' },
  },
  'point-missing': {
    nb: {
      summary: 'Minimum for en av bokstavene a–i mangler i en aktiv plan: «trengs før planen kan bli aktiv» i et utkast. God praksis utover forskriften (et mål for hvert tiltak, et bidrag fra hver deltaker) er en advarsel i begge.',
      fix: 'Fyll inn det meldingen nevner før planen settes til `aktiv`. I et utkast er det en påminnelse, ikke en feil.',
    },
    en: { fix: 'Fill in what the message names before the plan is set to `aktiv`. In a draft it is a reminder, not an error.' },
  },
  'too-few': {
    nb: { summary: 'En liste har færre punkter enn den trenger.', fix: 'Legg til punkter i listen meldingen nevner.' },
    en: { fix: 'Add items to the list the message names.' },
  },
  'wrong-type': {
    nb: { summary: 'En verdi av feil slag (med hint om å sette tall og ja/nei i anførselstegn når de er ment som tekst).', fix: 'Skriv verdien slik hintet sier: tekst i anførselstegn, en liste med `- ` foran hvert punkt, `true`/`false` for ja/nei.' + FIX_BY_TOOL_NB },
    en: { fix: 'Write the value as the hint says: text in quotes, a list with `- ` before each item, `true`/`false` for yes/no.' + FIX_BY_TOOL_EN },
  },
  'invalid-value': {
    nb: { summary: 'En verdi som ikke er blant de tillatte (status, rolle, type …).', fix: 'Velg en av verdiene meldingen lister opp, skrevet nøyaktig slik.' + FIX_BY_TOOL_NB },
    en: { fix: 'Choose one of the values the message lists, written exactly so.' + FIX_BY_TOOL_EN },
  },
  'invalid-format': {
    nb: { summary: 'En dato som ikke er ÅÅÅÅ-MM-DD eller ikke finnes i kalenderen, eller en id, språkkode eller e-postadresse av feil form.', fix: 'Skriv datoer som `2027-03-01`. En id er bokstaver og tall (deretter også `_` og `-`).' + FIX_BY_TOOL_NB },
    en: { fix: 'Write dates as `2027-03-01`. An id is letters and digits (then also `_` and `-`).' + FIX_BY_TOOL_EN },
  },
  'empty-text': {
    nb: { summary: 'En tom tekst.', fix: 'Skriv teksten, eller slett feltet hvis det ikke trengs.' },
    en: { fix: 'Write the text, or delete the field if it is not needed.' },
  },
  'unknown-key': {
    nb: { summary: 'Et felt formatet ikke har, med «mente du» for nesten-treff og stavemåter uten æøå (maal, spraak, fodselsnummer).', fix: 'Rett navnet til det hintet foreslår, eller slett feltet.' + FIX_BY_TOOL_NB },
    en: { fix: 'Correct the name to the one the hint suggests, or delete the field.' + FIX_BY_TOOL_EN },
  },
  // Rules over one plan.
  'unknown-reference': {
    nb: { summary: 'En henvisning (koordinator, ansvarlig, gitt_av, godkjent.av, deltok, tiltak[].mål, gjelder …) peker ikke på noen deltaker, mål, delmål eller tiltak.', fix: 'Skriv id-en slik den står i listen den peker til, eller legg til deltakeren eller målet.' },
    en: { fix: 'Write the id as it stands in the list it points to, or add the participant or goal.' },
  },
  'duplicate-id': {
    nb: { summary: 'To deltakere, to mål/delmål/tiltak, evalueringer eller overganger, eller to vurderinger i én evaluering, har samme id.', fix: 'Gi den ene en ny id, og rett henvisningene som skal peke på den.' },
    en: { fix: 'Give one of them a new id, and correct the references meant for it.' },
  },
  'person-role': {
    nb: { summary: 'Nøyaktig én deltaker har rollen tjenestemottaker (personen deltar i sin egen plan).', fix: 'Før opp personen selv blant `deltakere` med `rolle: tjenestemottaker`, én gang.' },
    en: { fix: 'List the person among `deltakere` with `rolle: tjenestemottaker`, once.' },
  },
  'person-name-mismatch': {
    nb: { summary: 'Deltakeren med rollen tjenestemottaker har et annet navn enn person.navn.', fix: 'Skriv navnet likt begge steder.' },
    en: { fix: 'Write the name the same in both places.' },
  },
  'duplicate-participant-name': {
    nb: { summary: 'To deltakere har samme navn.', fix: 'Er det samme person, slå dem sammen; er det to, skill dem (for eksempel med virksomhet).' },
    en: { fix: 'If it is one person, merge them; if two, tell them apart (for example by virksomhet).' },
  },
  'coordinator-role': {
    nb: { summary: 'Koordinatoren (og en eventuell ny_koordinator) er en deltaker med rollen tjenesteyter.', fix: 'La `koordinator` peke på en deltaker med `rolle: tjenesteyter`.' },
    en: { fix: 'Point `koordinator` at a participant with `rolle: tjenesteyter`.' },
  },
  'coordinator-contact': {
    nb: { summary: 'Koordinatoren har kontaktopplysninger (kontakt.telefon eller kontakt.epost), så personen kan nå dem.', fix: 'Legg til `kontakt: { telefon: … }` eller `epost` hos koordinatoren.' },
    en: { fix: 'Add `kontakt: { telefon: … }` or `epost` to the coordinator.' },
  },
  'child-coordinator-adult': {
    nb: { summary: '`barnekoordinator: true` for en person som er 18 år eller eldre når planperioden starter (barnekoordinator er for barn).', fix: 'Sett `barnekoordinator: false`, eller sjekk fødselsdatoen og planperioden.' },
    en: { fix: 'Set `barnekoordinator: false`, or check the birth date and the plan period.' },
  },
  'approval-by-person': {
    nb: { summary: 'godkjent.av er personen eller noen som representerer personen (foresatt, verge, framtidsfullmektig).', fix: 'La `godkjent.av` peke på personen selv eller på den som representerer dem.' },
    en: { fix: 'Point `godkjent.av` at the person or at whoever represents them.' },
  },
  'active-not-approved': {
    nb: { summary: 'En aktiv plan har ikke `godkjent`: ingenting viser at personen har godtatt planen.', fix: 'Skriv `godkjent: { dato: …, av: … }` når personen har godtatt planen.' },
    en: { fix: 'Write `godkjent: { dato: …, av: … }` once the person has accepted the plan.' },
  },
  'consent-giver': {
    nb: {
      summary: 'Samtykket gis av personen, en foresatt, verge eller framtidsfullmektig (eller en tjenesteyter med `grunnlag: omsorgsovertakelse`, eller en pårørende med `grunnlag: mangler_samtykkekompetanse`).',
      fix: 'La `gitt_av` peke på den som faktisk ga samtykket, og skriv `grunnlag` når det er en annen enn personen. Se `ip help samtykke`.',
    },
    en: { fix: 'Point `gitt_av` at whoever gave the consent, and write `grunnlag` when it is not the person. See `ip help samtykke --lang en`.' },
  },
  'consent-guardian-adult': {
    nb: { summary: 'En foresatt samtykket for en person som var 18 år eller eldre på samtykkedatoen.', fix: 'En voksen samtykker selv, eller gjennom verge eller framtidsfullmektig: innhent nytt samtykke.' },
    en: { fix: 'An adult consents themselves, or through a verge or framtidsfullmektig: obtain consent again.' },
  },
  'consent-guardian-16': {
    nb: { summary: 'En foresatt samtykket for en person på 16 eller 17 år (helserettslig samtykkealder er 16; NAV og barnevern har andre regler).', fix: 'Vurder om ungdommen skal samtykke selv, og skriv i så fall personen i `gitt_av`.' },
    en: { fix: 'Consider whether the young person should consent themselves, and if so write the person in `gitt_av`.' },
  },
  'consent-withdrawn': {
    nb: { summary: 'Samtykket er trukket (`trukket`) på en plan som ikke er avsluttet.', fix: 'Avslutt planen (`status: avsluttet`, `avsluttet: { dato: …, årsak: samtykke_trukket }`), eller innhent nytt samtykke.' },
    en: { fix: 'Close the plan (`status: avsluttet`, `avsluttet: { dato: …, årsak: samtykke_trukket }`), or obtain consent again.' },
  },
  'consent-after-start': {
    nb: { summary: 'Samtykket til å utarbeide planen er datert etter at planperioden starter.', fix: 'Sjekk datoene: samtykket kommer før planarbeidet. Rett `planperiode.fra` eller samtykkets `dato`.' },
    en: { fix: 'Check the dates: consent comes before the planning. Correct `planperiode.fra` or the consent `dato`.' },
  },
  'consent-share-responsible': {
    nb: { summary: 'En deltaker som har ansvar for et tiltak er ikke blant dem samtykket til å dele opplysninger gjelder (samtykke.taushetsplikt.deltakere).', fix: 'Legg deltakeren til i `samtykke.taushetsplikt.deltakere` hvis personen samtykker til det.' },
    en: { fix: 'Add the participant to `samtykke.taushetsplikt.deltakere` if the person consents to it.' },
  },
  'period-order': {
    nb: { summary: 'planperiode.fra er før planperiode.til.', fix: 'Rett datoene så planperioden slutter etter at den starter.' },
    en: { fix: 'Correct the dates so the plan period ends after it starts.' },
  },
  'measure-date-order': {
    nb: { summary: 'Et tiltak slutter (`til`) før det starter (`fra`).', fix: 'Rett datoene på tiltaket.' },
    en: { fix: 'Correct the measure’s dates.' },
  },
  'measure-outside-period': {
    nb: { summary: 'Et tiltak starter eller slutter utenfor planperioden.', fix: 'Rett tiltakets datoer, eller forleng planperioden ved neste revisjon.' },
    en: { fix: 'Correct the measure’s dates, or extend the plan period at the next revision.' },
  },
  'evaluation-outside-period': {
    nb: { summary: 'En evaluering eller revisjon er datert utenfor planperioden.', fix: 'Flytt evalueringen inn i planperioden, eller rett planperioden.' },
    en: { fix: 'Move the evaluation into the plan period, or correct the period.' },
  },
  'no-upcoming-evaluation': {
    nb: { summary: 'En aktiv plan har ingen evaluering fram i tid som ikke er holdt.', fix: 'Legg til neste evaluering i `evalueringer` (eller bruk `ip evaluate`, som spør om neste dato).' },
    en: { fix: 'Add the next evaluation to `evalueringer` (or use `ip evaluate`, which asks for the next date).' },
  },
  'date-in-future': {
    nb: { summary: 'Noe som er registrert som gjort (utført, samtykke, godkjent, avsluttet) er datert etter i dag.', fix: 'Skriv datoen det faktisk skjedde, eller vent med å registrere det.' },
    en: { fix: 'Write the date it actually happened, or wait to record it.' },
  },
  'fodselsnummer-invalid': {
    nb: { summary: 'person.fødselsnummer er ikke elleve sifre med gyldige kontrollsifre og dato (D-, H- og syntetiske nummer godtas).', fix: 'Sjekk nummeret mot kilden og skriv det i anførselstegn: `"…"`.' },
    en: { fix: 'Check the number against its source and write it in quotes: `"…"`.' },
  },
  'fodselsnummer-birth-date': {
    nb: { summary: 'Datoen i person.fødselsnummer stemmer ikke med person.fødselsdato.', fix: 'Sjekk både nummeret og fødselsdatoen mot kilden.' },
    en: { fix: 'Check both the number and the birth date against their source.' },
  },
  'goal-without-measure': {
    nb: { summary: 'Et mål som ingen tiltak tjener, direkte eller gjennom et delmål (mål styrer tiltak).', fix: 'Skriv målets id i `mål` på tiltaket som skal bidra til det, eller legg til et tiltak.' },
    en: { fix: 'Write the goal’s id in `mål` on the measure that serves it, or add a measure.' },
  },
  'assessment-not-held': {
    nb: { summary: 'Vurderinger (`vurderinger`) på en evaluering som ikke er holdt (mangler `utført`).', fix: 'Skriv `utført` med datoen evalueringen ble holdt, eller flytt vurderingene til den som ble holdt.' },
    en: { fix: 'Write `utført` with the date it was held, or move the assessments to the one that was.' },
  },
  'assessment-missing': {
    nb: { summary: 'En holdt evaluering nevner et mål eller delmål i `gjelder`, men har ingen vurdering av det i `vurderinger`.', fix: 'Legg til en vurdering (`gjelder`, `status`) for målet, eller ta det ut av `gjelder`.' },
    en: { fix: 'Add an assessment (`gjelder`, `status`) for the goal, or take it out of `gjelder`.' },
  },
  'decision-date-order': {
    nb: { summary: 'Et vedtak slutter (`vedtak.til`) før det ble fattet (`vedtak.dato`).', fix: 'Rett datoene på vedtaket.' },
    en: { fix: 'Correct the decision’s dates.' },
  },
  'decision-ends-early': {
    nb: { summary: 'Vedtaket som gir tiltaket (`vedtak.til`) slutter før tiltaket gjør: tjenesten faller bort, eller har falt bort.', fix: 'Sørg for at vedtaket fornyes, og skriv den nye `vedtak.til`.' },
    en: { fix: 'See that the decision is renewed, and write the new `vedtak.til`.' },
  },
  'reached-goal-running-measure': {
    nb: { summary: 'Et tiltak løper fortsatt for et mål eller delmål som sist ble vurdert som nådd (en merknad, bare i tekst).', fix: 'Vurder om tiltaket fortsatt trengs: det kan trengs for å holde på det som er nådd.' },
    en: { fix: 'Consider whether the measure is still needed: it may be, to keep what was reached.' },
  },
  // Across the plans in a run.
  'duplicate-person': {
    nb: { summary: 'To åpne planer i kjøringen har samme fødselsnummer (meldingen nevner den andre filen).', fix: 'Én person har én plan: slå planene sammen, eller avslutt den ene.' },
    en: { fix: 'One person has one plan: merge the plans, or close one of them.' },
  },
  'possible-duplicate-person': {
    nb: { summary: 'To åpne planer i kjøringen har samme navn og fødselsdato.', fix: 'Sjekk om det er samme person; er det det, slå planene sammen eller avslutt den ene.' },
    en: { fix: 'Check whether it is the same person; if so, merge the plans or close one.' },
  },
  'duplicate-plan-id': {
    nb: { summary: 'To planer i kjøringen har samme id.', fix: 'Gi den ene planen en ny `id`.' },
    en: { fix: 'Give one of the plans a new `id`.' },
  },
};
