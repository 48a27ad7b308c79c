import { CODE_GROUPS } from '../../plan/code-registry.js';
import type { CodeInfo } from '../../plan/codes.js';
import { CODE_GUIDE } from '../../plan/diagnostics/guide.js';
import type { Lang } from '../lang.js';

/**
 * `ip help samtykke`: the consent rules as the checks apply them, in plain
 * words, followed by the codes about consent (point h) from the registry.
 */

const TEXT = {
  nb: {
    body: `Samtykke i en individuell plan (bokstav h i forskriften)

Ingen plan utarbeides uten samtykke. Derfor krever også et utkast
samtykke.utarbeidelse:

samtykke:
  utarbeidelse:
    dato: 2026-10-01        # når samtykket ble gitt
    gitt_av: kari           # id-en til den som ga det (én eller en liste)
    form: skriftlig         # skriftlig eller muntlig
    grunnlag: egen          # hvem det gis på vegne av (se under)
  taushetsplikt:            # bare hvis personen samtykker til å dele opplysninger
    dato: 2026-10-01
    gitt_av: kari
    form: skriftlig
    deltakere: [ola, lege]  # hvem som kan FÅ taushetsbelagte opplysninger

Hvem kan samtykke (gitt_av og grunnlag)
- Personen selv (grunnlag: egen).
- En foresatt for et barn under 18 år (grunnlag: foreldreansvar).
  Fra 16 år samtykker ungdommen som regel selv i helsesaker: ip gir en
  advarsel når en foresatt har samtykket for en på 16 eller 17 år, og en
  feil når personen var 18 år eller eldre.
- En verge (grunnlag: verge) eller framtidsfullmektig (grunnlag: framtidsfullmakt).
- Barneverntjenesten, ført opp som tjenesteyter, etter omsorgsovertakelse
  (grunnlag: omsorgsovertakelse).
- En pårørende for en voksen som mangler samtykkekompetanse
  (grunnlag: mangler_samtykkekompetanse).

Når samtykket trekkes
Skriv datoen i trukket. En aktiv plan uten gyldig samtykke er en feil:
avslutt planen (status: avsluttet, avsluttet.årsak: samtykke_trukket),
eller innhent nytt samtykke.

Datoer
Samtykket kommer før planperioden starter, og kan ikke være datert etter i dag.

Kodene om samtykke:`,
  },
  en: {
    body: `Consent in an individual plan (point h of the regulation)

No plan is prepared without consent, so even a draft needs
samtykke.utarbeidelse:

samtykke:
  utarbeidelse:
    dato: 2026-10-01        # when consent was given
    gitt_av: kari           # the id of whoever gave it (one or a list)
    form: skriftlig         # skriftlig (written) or muntlig (oral)
    grunnlag: egen          # on whose behalf it is given (see below)
  taushetsplikt:            # only if the person consents to sharing information
    dato: 2026-10-01
    gitt_av: kari
    form: skriftlig
    deltakere: [ola, lege]  # who may RECEIVE confidential information

Who may consent (gitt_av and grunnlag)
- The person (grunnlag: egen).
- A foresatt (parent) for a child under 18 (grunnlag: foreldreansvar).
  From 16 a young person usually consents in health matters: ip warns when
  a foresatt consented for someone aged 16 or 17, and gives an error when
  the person was 18 or older.
- A verge (guardian, grunnlag: verge) or framtidsfullmektig (lasting power
  of attorney, grunnlag: framtidsfullmakt).
- The child welfare service, listed as a tjenesteyter, after a care order
  (grunnlag: omsorgsovertakelse).
- A pårørende (next of kin) for an adult who lacks the capacity to consent
  (grunnlag: mangler_samtykkekompetanse).

When consent is withdrawn
Write the date in trukket. An active plan without valid consent is an
error: close the plan (status: avsluttet, avsluttet.årsak: samtykke_trukket),
or obtain consent again.

Dates
Consent comes before the plan period starts, and cannot be dated after today.

The codes about consent:`,
  },
};

const MORE: Record<Lang, string> = { nb: 'Mer om hver kode: ip help koder <kode>', en: 'More on each code: ip help koder <code> --lang en' };
const SUMMARY: Record<Lang, (info: CodeInfo) => string> = { nb: (info) => CODE_GUIDE[info.code].nb.summary, en: (info) => info.summary };

export function consentText(lang: Lang): string {
  const rules = CODE_GROUPS.flatMap((g) => g.codes).filter((c) => c.point === 'h');
  const codes = rules.map((c) => `- ${c.code}: ${SUMMARY[lang](c)}`);
  return `${TEXT[lang].body}\n${codes.join('\n')}\n\n${MORE[lang]}\n`;
}
