// Source of schemas/individuell-plan.schema.json, and through it of the
// TypeScript types of a plan (scripts/schema-types.mjs). Written as a script
// so the repeated shapes (dates, ids, references) are defined once; `npm run
// schema` rewrites the JSON file, which is what ships and what editors and
// other tools read, and the generated types in src/plan/generated/.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ref = (name) => ({ $ref: `#/$defs/${name}` });
const str = (title, description, extra = {}) => ({ type: 'string', minLength: 1, title, description, ...extra });
const withPoint = (point, schema) => ({ ...schema, 'x-lovpunkt': point });

export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://ip-plan.invalid/schemas/individuell-plan.schema.json',
  title: 'Individuell plan',
  description:
    'En individuell plan (IP) etter forskrift om individuell plan ved ytelse av velferdstjenester. ' +
    'Feltene følger innholdskravene i forskriften, bokstav a–i; «x-lovpunkt» angir hvilken bokstav et felt oppfyller.',
  type: 'object',
  required: ['ip', 'status', 'person', 'samtykke'],
  additionalProperties: false,
  properties: {
    ip: { title: 'Formatversjon', description: 'Versjonen av filformatet. Bare 1 støttes.', const: 1 },
    id: str('Plan-id', 'Planens id, unik i en samling planer. Påkrevd for aktive planer. Inneholder ingen personopplysninger.', { pattern: '^[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*$' }),
    status: {
      title: 'Status',
      description: 'utkast: planen er under arbeid; aktiv: planen gjelder; avsluttet: planen er lukket og beholdes for dokumentasjon.',
      enum: ['utkast', 'aktiv', 'avsluttet'],
    },
    språk: str('Planens språk', 'BCP 47-språkkode for planen, tilpasset personens språklige forutsetninger (nb, nn, en, se, ar, so …).', {
      pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
    }),
    eier: {
      title: 'Eier',
      description: 'Kommunen og enheten som har ansvaret for planen.',
      type: 'object',
      additionalProperties: false,
      properties: { kommune: str('Kommune', 'Kommunen som har ansvaret for planen.'), enhet: str('Enhet', 'Enheten i kommunen, for eksempel koordinerende enhet.') },
    },
    arkiv: {
      title: 'Arkiv',
      description: 'Hvor originalen er arkivert.',
      type: 'object',
      additionalProperties: false,
      properties: { system: str('Arkivsystem', 'Navnet på arkivsystemet.'), referanse: str('Arkivreferanse', 'Saks- eller dokumentnummer i arkivet.') },
    },
    person: ref('person'),
    deltakere: withPoint('b', {
      title: 'Deltakere',
      description: 'Hvem som deltar i planarbeidet (bokstav b): personen selv, pårørende, tjenesteytere og bidragsytere.',
      type: 'array',
      items: ref('deltaker'),
    }),
    koordinator: withPoint('c', {
      ...ref('idRef'),
      title: 'Koordinator',
      description: 'Id-en til deltakeren som er koordinator og har ansvaret for oppfølging og framdrift (bokstav c). Må være en tjenesteyter.',
    }),
    barnekoordinator: { title: 'Barnekoordinator', description: 'Om koordinatoren er barnekoordinator.', type: 'boolean' },
    mål: withPoint('a', { title: 'Mål', description: 'Personens mål, med egne ord (bokstav a).', type: 'array', items: ref('mål') }),
    ressurser: withPoint('a', {
      title: 'Ressurser',
      description: 'Personens ressurser (bokstav a).',
      type: 'array',
      items: str('Ressurs', 'En ressurs, med en setning.'),
    }),
    behov: withPoint('a', {
      title: 'Behov',
      description: 'Personens behov for tjenester (bokstav a).',
      type: 'array',
      items: str('Behov', 'Et behov, med en setning.'),
    }),
    tiltak: withPoint('e', { title: 'Tiltak', description: 'Tiltakene, omfanget og hvem som har ansvaret (bokstav e).', type: 'array', items: ref('tiltak') }),
    samarbeid: withPoint('i', {
      title: 'Samarbeid',
      description: 'Nødvendig eller ønskelig samarbeid med andre tjenesteytere, institusjoner og etater (bokstav i). En tom liste betyr at det ikke trengs.',
      type: 'array',
      items: ref('samarbeid'),
    }),
    overganger: { title: 'Overganger', description: 'Daterte overganger mellom tjenester, der tjenester ofte brytes.', type: 'array', items: ref('overgang') },
    planperiode: withPoint('g', {
      title: 'Planperiode',
      description: 'Perioden planen gjelder for (bokstav g).',
      type: 'object',
      additionalProperties: false,
      required: ['fra', 'til'],
      properties: { fra: { ...ref('dato'), title: 'Fra', description: 'Første dag planen gjelder.' }, til: { ...ref('dato'), title: 'Til', description: 'Siste dag planen gjelder.' } },
    }),
    evalueringer: withPoint('g', {
      title: 'Evalueringer',
      description: 'Tidspunkter for justering og revisjon av planen (bokstav g).',
      type: 'array',
      items: ref('evaluering'),
    }),
    samtykke: withPoint('h', {
      title: 'Samtykke',
      description: 'Samtykke til at planen utarbeides, og eventuelt samtykke til å dele taushetsbelagte opplysninger (bokstav h).',
      type: 'object',
      additionalProperties: false,
      required: ['utarbeidelse'],
      properties: { utarbeidelse: ref('samtykkeUtarbeidelse'), taushetsplikt: ref('samtykkeTaushetsplikt') },
    }),
    godkjent: {
      title: 'Godkjent',
      description: 'Personen har godtatt denne versjonen av planen (brukermedvirkning).',
      type: 'object',
      additionalProperties: false,
      required: ['dato', 'av'],
      properties: { dato: { ...ref('dato'), title: 'Dato', description: 'Datoen planen ble godtatt.' }, av: { ...ref('idRef'), title: 'Godkjent av', description: 'Id-en til deltakeren som godtok planen.' } },
    },
    avsluttet: {
      title: 'Avsluttet',
      description: 'Når og hvorfor planen ble avsluttet. Påkrevd når status er avsluttet.',
      type: 'object',
      additionalProperties: false,
      required: ['dato', 'årsak'],
      properties: {
        dato: { ...ref('dato'), title: 'Dato', description: 'Datoen planen ble avsluttet.' },
        årsak: { title: 'Årsak', description: 'Hvorfor planen ble avsluttet.', enum: ['mål_nådd', 'samtykke_trukket', 'ikke_behov', 'flyttet', 'død', 'annet'] },
      },
    },
  },
  allOf: [
    {
      if: { type: 'object', required: ['status'], properties: { status: { const: 'aktiv' } } },
      then: ref('aktivMinimum'),
    },
    {
      if: { type: 'object', required: ['status'], properties: { status: { const: 'avsluttet' } } },
      then: { type: 'object', required: ['avsluttet'] },
    },
  ],
  $defs: {
    dato: {
      title: 'Dato',
      description: 'En dato skrevet ÅÅÅÅ-MM-DD.',
      type: 'string',
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
      format: 'date',
    },
    id: {
      title: 'Id',
      description: 'En id: bokstaver og tall, og deretter også _ og -.',
      type: 'string',
      pattern: '^[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*$',
    },
    idRef: {
      title: 'Henvisning',
      description: 'Id-en til noe annet i planen.',
      type: 'string',
      pattern: '^[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*$',
    },
    idRefs: {
      title: 'Henvisninger',
      description: 'Én id eller en liste med id-er.',
      oneOf: [ref('idRef'), { type: 'array', minItems: 1, items: ref('idRef') }],
    },
    person: {
      title: 'Person',
      description: 'Personen planen gjelder (tjenestemottakeren).',
      type: 'object',
      additionalProperties: false,
      required: ['navn'],
      properties: {
        navn: str('Navn', 'Personens navn.'),
        fødselsdato: { ...ref('dato'), title: 'Fødselsdato', description: 'Personens fødselsdato. Må stemme med fødselsnummeret når begge er oppgitt.' },
        fødselsnummer: {
          title: 'Fødselsnummer',
          description: 'Fødselsnummer eller D-nummer, elleve sifre, alltid skrevet i anførselstegn.',
          type: 'string',
          pattern: '^[0-9]{11}$',
        },
        tolk: {
          title: 'Tolk',
          description: 'Behov for tolk, tilpasset personens språklige forutsetninger.',
          type: 'object',
          additionalProperties: false,
          required: ['språk'],
          properties: {
            språk: str('Tolkespråk', 'BCP 47-språkkode for tolkingen, for eksempel ar eller sgn-NO.'),
            type: { title: 'Tolketype', description: 'Hva slags tolk.', enum: ['talespråk', 'tegnspråk', 'skrivetolk'] },
          },
        },
      },
    },
    kontakt: {
      title: 'Kontakt',
      description: 'Kontaktopplysninger.',
      type: 'object',
      additionalProperties: false,
      properties: { telefon: str('Telefon', 'Telefonnummer, i anførselstegn.'), epost: str('E-post', 'E-postadresse.', { format: 'email' }) },
    },
    deltaker: {
      title: 'Deltaker',
      description: 'En som deltar i planarbeidet (bokstav b).',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'navn', 'rolle'],
      properties: {
        id: { ...ref('id'), title: 'Id', description: 'Deltakerens id i planen, brukt i henvisninger.' },
        navn: str('Navn', 'Deltakerens navn.'),
        rolle: {
          title: 'Rolle',
          description: 'Deltakerens rolle i planarbeidet.',
          enum: ['tjenestemottaker', 'pårørende', 'foresatt', 'verge', 'framtidsfullmektig', 'tjenesteyter', 'bidragsyter'],
        },
        virksomhet: str('Virksomhet', 'Tjenesten, etaten eller virksomheten deltakeren kommer fra.'),
        kontakt: ref('kontakt'),
        bidrag: withPoint('d', str('Bidrag', 'Hva deltakeren skal bidra med (bokstav d). En aktiv plan har minst ett bidrag; et bidrag fra hver deltaker er god praksis.')),
      },
    },
    mål: {
      title: 'Mål',
      description: 'Et mål, med personens egne ord (bokstav a).',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'tekst'],
      properties: {
        id: { ...ref('id'), title: 'Id', description: 'Målets id, unik sammen med tiltakenes id-er.' },
        tekst: str('Tekst', 'Målet, med personens egne ord.'),
        livsområde: str('Livsområde', 'Livsområdet målet gjelder, for eksempel bolig, arbeid, skole eller helse.'),
        frist: { ...ref('dato'), title: 'Frist', description: 'Når målet skal være nådd. Kan ligge etter planperioden.' },
        delmål: {
          title: 'Delmål',
          description: 'Steg på veien mot målet. Id-ene deles med mål og tiltak.',
          type: 'array',
          items: ref('delmål'),
        },
      },
    },
    delmål: {
      title: 'Delmål',
      description: 'Et steg på veien mot et mål.',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'tekst'],
      properties: {
        id: { ...ref('id'), title: 'Id', description: 'Delmålets id, unik sammen med id-ene til mål og tiltak.' },
        tekst: str('Tekst', 'Delmålet, med personens egne ord.'),
        frist: { ...ref('dato'), title: 'Frist', description: 'Når delmålet skal være nådd. Kan ligge etter planperioden.' },
      },
    },
    vedtak: {
      title: 'Vedtak',
      description: 'Vedtaket som gir tjenesten tiltaket bygger på.',
      type: 'object',
      additionalProperties: false,
      properties: {
        referanse: str('Referanse', 'Vedtakets saksnummer eller referanse.'),
        dato: { ...ref('dato'), title: 'Dato', description: 'Datoen vedtaket ble fattet.' },
        til: { ...ref('dato'), title: 'Til', description: 'Siste dag vedtaket gjelder. Tjenesten må fornyes før denne datoen.' },
      },
    },
    vurdering: {
      title: 'Vurdering',
      description: 'Hvor et mål eller delmål står etter en evaluering som er holdt.',
      type: 'object',
      additionalProperties: false,
      required: ['gjelder', 'status'],
      properties: {
        gjelder: { ...ref('idRef'), title: 'Gjelder', description: 'Id-en til målet eller delmålet som er vurdert.' },
        status: {
          title: 'Status',
          description: 'nådd; delvis: delvis nådd; ikke_nådd: ikke nådd; endret: målet er omformulert eller erstattet.',
          enum: ['nådd', 'delvis', 'ikke_nådd', 'endret'],
        },
        merknad: str('Merknad', 'En kort merknad om vurderingen.'),
      },
    },
    delplan: {
      title: 'Delplan',
      description: 'En delplan som tiltaket hører til, med henvisning i stedet for kopi.',
      type: 'object',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: {
          title: 'Type delplan',
          description: 'Hva slags delplan.',
          enum: ['IOP', 'behandlingsplan', 'rehabiliteringsplan', 'kvalifiseringsprogram', 'aktivitetsplan', 'tiltaksplan', 'kriseplan', 'omsorgsplan', 'annen'],
        },
        ansvarlig: { ...ref('idRef'), title: 'Ansvarlig', description: 'Id-en til deltakeren som har ansvaret for delplanen.' },
        referanse: str('Referanse', 'Hvor delplanen finnes, for eksempel et saksnummer.'),
      },
    },
    tiltak: {
      title: 'Tiltak',
      description: 'Et tiltak: hva, hvor mye, hvem som har ansvaret (bokstav e) og hvordan det gjennomføres (bokstav f).',
      type: 'object',
      additionalProperties: false,
      required: ['id', 'tekst'],
      properties: {
        id: { ...ref('id'), title: 'Id', description: 'Tiltakets id, unik sammen med målenes id-er.' },
        tekst: withPoint('e', str('Tekst', 'Hva tiltaket er (bokstav e).')),
        mål: withPoint('e', {
          title: 'Mål',
          description: 'Id-ene til målene eller delmålene tiltaket skal bidra til. God praksis (ikke et krav i forskriften): hvert tiltak tjener minst ett mål.',
          type: 'array',
          items: ref('idRef'),
        }),
        ansvarlig: withPoint('e', { ...ref('idRef'), title: 'Ansvarlig', description: 'Id-en til deltakeren som har ansvaret for tiltaket (bokstav e).' }),
        omfang: withPoint('e', str('Omfang', 'Hvor mye tiltaket gir, for eksempel «2 timer per uke» (bokstav e).')),
        gjennomføring: withPoint('f', str('Gjennomføring', 'Hvordan tiltaket skal gjennomføres (bokstav f).')),
        fra: { ...ref('dato'), title: 'Fra', description: 'Når tiltaket starter, innenfor planperioden.' },
        til: { ...ref('dato'), title: 'Til', description: 'Når tiltaket slutter, innenfor planperioden.' },
        delplan: ref('delplan'),
        vedtak: ref('vedtak'),
      },
    },
    samarbeid: {
      title: 'Samarbeid',
      description: 'Et samarbeid med en annen tjenesteyter, institusjon eller etat (bokstav i).',
      type: 'object',
      additionalProperties: false,
      required: ['part'],
      properties: {
        part: str('Part', 'Hvem det samarbeides med.'),
        formål: str('Formål', 'Hva samarbeidet skal oppnå.'),
        type: { title: 'Type', description: 'Om samarbeidet er nødvendig eller ønskelig.', enum: ['nødvendig', 'ønskelig'] },
      },
    },
    overgang: {
      title: 'Overgang',
      description: 'En datert overgang mellom tjenester, for eksempel fra barnevern til NAV eller fra barnehage til skole.',
      type: 'object',
      additionalProperties: false,
      required: ['dato', 'fra_tjeneste', 'til_tjeneste'],
      properties: {
        id: { ...ref('id'), title: 'Id', description: 'Overgangens id.' },
        dato: { ...ref('dato'), title: 'Dato', description: 'Når overgangen skjer. Kan ligge etter planperioden.' },
        fra_tjeneste: str('Fra tjeneste', 'Tjenesten personen går fra.'),
        til_tjeneste: str('Til tjeneste', 'Tjenesten personen går til.'),
        ansvarlig: { ...ref('idRef'), title: 'Ansvarlig', description: 'Id-en til deltakeren som har ansvaret for overgangen.' },
        ny_koordinator: { ...ref('idRef'), title: 'Ny koordinator', description: 'Id-en til deltakeren som blir koordinator etter overgangen.' },
        beskrivelse: str('Beskrivelse', 'Hva som skjer ved overgangen.'),
      },
    },
    evaluering: {
      title: 'Evaluering',
      description: 'Et tidspunkt for evaluering eller revisjon av planen (bokstav g).',
      type: 'object',
      additionalProperties: false,
      required: ['dato', 'type'],
      properties: {
        id: { ...ref('id'), title: 'Id', description: 'Evalueringens id.' },
        dato: { ...ref('dato'), title: 'Dato', description: 'Når evalueringen skal holdes.' },
        type: { title: 'Type', description: 'evaluering: justering underveis; revisjon: planen gjennomgås i sin helhet.', enum: ['evaluering', 'revisjon'] },
        gjelder: { title: 'Gjelder', description: 'Id-ene til målene, delmålene eller tiltakene evalueringen gjelder. Tom: hele planen.', type: 'array', items: ref('idRef') },
        utført: { ...ref('dato'), title: 'Utført', description: 'Datoen evalueringen ble holdt.' },
        deltok: { title: 'Deltok', description: 'Id-ene til deltakerne som var med på evalueringen.', type: 'array', items: ref('idRef') },
        vurderinger: {
          title: 'Vurderinger',
          description: 'Én vurdering per mål eller delmål som ble vurdert. Bare på en evaluering som er holdt (utført).',
          type: 'array',
          items: ref('vurdering'),
        },
        beslutninger: { title: 'Beslutninger', description: 'Hva som ble bestemt på evalueringen.', type: 'array', items: str('Beslutning', 'En beslutning.') },
      },
    },
    samtykkeGrunnlag: {
      title: 'Grunnlag',
      description:
        'Hvem samtykket gis på vegne av: personen selv, eller med grunnlag i foreldreansvar, omsorgsovertakelse, vergemål eller framtidsfullmakt, ' +
        'eller for en voksen som mangler samtykkekompetanse, der en representant avgjør (pasient- og brukerrettighetsloven kapittel 4 og vergemålsreglene).',
      enum: ['egen', 'foreldreansvar', 'omsorgsovertakelse', 'verge', 'framtidsfullmakt', 'mangler_samtykkekompetanse'],
    },
    samtykkeUtarbeidelse: withPoint('h', {
      title: 'Samtykke til utarbeidelse',
      description: 'Samtykke til at planen utarbeides (bokstav h). Påkrevd også for utkast: ingen plan utarbeides uten samtykke.',
      type: 'object',
      additionalProperties: false,
      required: ['dato', 'gitt_av', 'form'],
      properties: {
        dato: { ...ref('dato'), title: 'Dato', description: 'Når samtykket ble gitt.' },
        gitt_av: { ...ref('idRefs'), title: 'Gitt av', description: 'Id-en til deltakeren (eller deltakerne) som ga samtykket.' },
        form: { title: 'Form', description: 'Om samtykket er skriftlig eller muntlig.', enum: ['skriftlig', 'muntlig'] },
        grunnlag: ref('samtykkeGrunnlag'),
        trukket: { ...ref('dato'), title: 'Trukket', description: 'Datoen samtykket ble trukket tilbake.' },
      },
    }),
    samtykkeTaushetsplikt: withPoint('h', {
      title: 'Samtykke til å dele taushetsbelagte opplysninger',
      description: 'Eventuelt samtykke til å dele taushetsbelagte opplysninger, med deltakerne som kan få dem (bokstav h).',
      type: 'object',
      additionalProperties: false,
      required: ['dato', 'gitt_av'],
      properties: {
        dato: { ...ref('dato'), title: 'Dato', description: 'Når samtykket ble gitt.' },
        gitt_av: { ...ref('idRefs'), title: 'Gitt av', description: 'Id-en til deltakeren (eller deltakerne) som ga samtykket.' },
        form: { title: 'Form', description: 'Om samtykket er skriftlig eller muntlig.', enum: ['skriftlig', 'muntlig'] },
        grunnlag: ref('samtykkeGrunnlag'),
        deltakere: { title: 'Deltakere', description: 'Id-ene til deltakerne som kan få taushetsbelagte opplysninger (ikke hvem som kan dele dem).', type: 'array', items: ref('idRef') },
        trukket: { ...ref('dato'), title: 'Trukket', description: 'Datoen samtykket ble trukket tilbake.' },
      },
    }),
    aktivMinimum: {
      title: 'Minimum for aktiv plan',
      description: 'Det en aktiv plan minst må inneholde etter forskriften, bokstav a–i.',
      type: 'object',
      required: ['id', 'mål', 'ressurser', 'behov', 'deltakere', 'koordinator', 'tiltak', 'samarbeid', 'planperiode', 'evalueringer'],
      properties: {
        mål: { type: 'array', minItems: 1 },
        ressurser: { type: 'array', minItems: 1 },
        behov: { type: 'array', minItems: 1 },
        deltakere: {
          type: 'array',
          minItems: 2,
          contains: { type: 'object', required: ['rolle'], properties: { rolle: { const: 'tjenesteyter' } } },
          // Point d: at least one contribution (a contribution from every participant is good practice: aktivAnbefalt).
          allOf: [{ title: 'Minst ett bidrag', description: 'Hva deltakerne skal bidra med (bokstav d): minst én deltaker har et bidrag.', contains: { type: 'object', required: ['bidrag'] } }],
        },
        tiltak: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', required: ['tekst', 'omfang', 'ansvarlig', 'gjennomføring'] },
        },
        evalueringer: { type: 'array', minItems: 1 },
      },
    },
    aktivAnbefalt: {
      title: 'Anbefalt for aktiv plan',
      description:
        'God praksis for en aktiv plan, utover forskriften: hvert tiltak viser til minst ett mål, og hver deltaker har et bidrag. ' +
        'Brukes ikke av selve skjemaet (det gir advarsler, ikke feil).',
      type: 'object',
      properties: {
        deltakere: { type: 'array', items: { type: 'object', required: ['bidrag'] } },
        tiltak: { type: 'array', items: { type: 'object', required: ['mål'], properties: { mål: { type: 'array', minItems: 1 } } } },
      },
    },
  },
};

export const SCHEMA_FILE = new URL('../schemas/individuell-plan.schema.json', import.meta.url);

/** The JSON file's text. */
export function schemaJson() {
  return JSON.stringify(schema, null, 2) + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(SCHEMA_FILE, schemaJson());
