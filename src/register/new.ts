import { formatOption, langOption, todayOption } from './common.js';
import { str, type CommandRegistration, type RawOptions } from './types.js';

const TEXT = {
  nb: {
    description: 'Lag en ny plan: svar på spørsmål, eller gi svarene som flagg.',
    planLang: 'planens språk: nb, nn eller en (meldingene følger --lang)',
    person: 'personens navn',
    birthDate: 'fødselsdato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)',
    fodselsnummer: 'fødselsnummer eller D-nummer (11 sifre; vises aldri i utdata)',
    interpreter: 'behov for tolk: språkkode, eventuelt med type (ar:talespråk)',
    personContribution: 'hva personen selv bidrar med',
    consentDate: 'datoen samtykket ble gitt (standard: i dag)',
    consentBy: 'hvem som samtykket: self, foresatt, verge eller framtidsfullmektig (standard: self)',
    consentByName: 'navnet på den som samtykket på personens vegne (kan gjentas)',
    consentForm: 'hvordan samtykket ble gitt: skriftlig eller muntlig',
    participant: 'en deltaker: "Navn;rolle;virksomhet;bidrag[;kontakt]" (kan gjentas)',
    coordinator: 'koordinatoren: navnet eller id-en til en deltaker med rolle tjenesteyter',
    goal: 'et mål, med personens egne ord (kan gjentas)',
    resource: 'en ressurs (kan gjentas)',
    need: 'et behov for tjenester (kan gjentas)',
    from: 'planperioden starter (standard: i dag)',
    to: 'planperioden slutter (standard: ett år etter start)',
    evaluation: 'første evaluering (standard: tre måneder etter start)',
    answers: 'les svarene fra en YAML- eller JSON-fil («-» for standard input)',
    yes: 'ta standardsvarene; spør bare om det som ikke har noen standard',
    force: 'erstatt en fil som finnes fra før',
    output: 'filen eller mappen planen skrives til (standard: <id>.md i denne mappen)',
  },
  en: {
    description: 'Make a new plan: answer questions, or give the answers as flags.',
    planLang: "the plan's language: nb, nn or en (messages follow --lang)",
    person: "the person's name",
    birthDate: 'birth date (YYYY-MM-DD or DD.MM.YYYY)',
    fodselsnummer: 'fødselsnummer or D-number (11 digits; never shown in output)',
    interpreter: 'interpreter need: a language code, optionally with a type (ar:talespråk)',
    personContribution: 'what the person contributes',
    consentDate: 'the date consent was given (default: today)',
    consentBy: 'who consented: self, foresatt, verge or framtidsfullmektig (default: self)',
    consentByName: "the name of whoever consented on the person's behalf (repeatable)",
    consentForm: 'how consent was given: skriftlig (in writing) or muntlig (orally)',
    participant: 'a participant: "Name;role;organisation;contribution[;contact]" (repeatable)',
    coordinator: 'the coordinator: name or id of a participant with the role tjenesteyter',
    goal: "a goal, in the person's own words (repeatable)",
    resource: 'a resource (repeatable)',
    need: 'a need for services (repeatable)',
    from: 'the plan period starts (default: today)',
    to: 'the plan period ends (default: a year after the start)',
    evaluation: 'the first evaluation (default: three months after the start)',
    answers: 'read the answers from a YAML or JSON file ("-" for standard input)',
    yes: 'take the defaults; ask only for what has none',
    force: 'replace a file that is already there',
    output: 'the file or folder to write the plan to (default: <id>.md in this folder)',
  },
};

/** Repeatable options collect into a list; unset stays undefined, so "not given" is not "none". */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export const newCommand: CommandRegistration = {
  name: 'new',
  register(program, { ctx, lang, run }) {
    const t = TEXT[lang];
    return program
      .command('new')
      .description(t.description)
      .option('--plan-lang <lang>', t.planLang)
      .option('--person <name>', t.person)
      .option('--birth-date <date>', t.birthDate)
      .option('--fodselsnummer <number>', t.fodselsnummer)
      .option('--interpreter <lang[:type]>', t.interpreter)
      .option('--person-contribution <text>', t.personContribution)
      .option('--consent-date <date>', t.consentDate)
      .option('--consent-by <who>', t.consentBy)
      .option('--consent-by-name <name>', t.consentByName, collect)
      .option('--consent-form <form>', t.consentForm)
      .option('--participant <spec>', t.participant, collect)
      .option('--coordinator <name>', t.coordinator)
      .option('--goal <text>', t.goal, collect)
      .option('--resource <text>', t.resource, collect)
      .option('--need <text>', t.need, collect)
      .option('--from <date>', t.from)
      .option('--to <date>', t.to)
      .option('--evaluation <date>', t.evaluation)
      .option('--answers <file>', t.answers)
      .option('-y, --yes', t.yes)
      .option('--force', t.force)
      .option('-o, --output <path>', t.output)
      .addOption(formatOption(lang, ['text', 'json']))
      .addOption(todayOption(lang))
      .addOption(langOption(lang))
      .action((opts: RawOptions) =>
        run(async () => {
          const { runNew } = await import('../commands/new.js');
          const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : undefined);
          return runNew(
            {
              lang,
              flags: {
                planLang: str(opts.planLang),
                person: str(opts.person),
                birthDate: str(opts.birthDate),
                fodselsnummer: str(opts.fodselsnummer),
                interpreter: str(opts.interpreter),
                personContribution: str(opts.personContribution),
                consentDate: str(opts.consentDate),
                consentBy: str(opts.consentBy),
                consentByName: list(opts.consentByName),
                consentForm: str(opts.consentForm),
                participant: list(opts.participant),
                coordinator: str(opts.coordinator),
                goal: list(opts.goal),
                resource: list(opts.resource),
                need: list(opts.need),
                from: str(opts.from),
                to: str(opts.to),
                evaluation: str(opts.evaluation),
              },
              answers: str(opts.answers),
              yes: opts.yes === true,
              force: opts.force === true,
              output: str(opts.output),
              today: str(opts.today),
              format: str(opts.format),
            },
            ctx,
          );
        }),
      );
  },
};
