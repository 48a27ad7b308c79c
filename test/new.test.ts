import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import type { Context } from '../src/context.js';
import { checkText } from '../src/plan/check.js';
import { CANCEL, ENTER, scriptedPrompter, type ScriptedAnswer, type ScriptedPrompter } from './fixtures/new/scripted.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'ip.js');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'new');
const TODAY = '2026-11-22';
/** Synthetic numbers only (month + 80, valid check digits). */
const FNR_KARI = '17850250006'; // 2002-05-17
const FNR_EMIL = '04901660080'; // 2016-10-04
const FNR_YOUTH = '10811050089'; // 2010-01-10

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ip-new-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface Result {
  code: number;
  stdout: string;
  stderr: string;
  prompter: ScriptedPrompter;
}

/** `ip new` in-process. `tty` makes both standard input and output terminals, so questions are asked. */
async function ipNew(
  dir: string,
  args: string[],
  options: { script?: Record<string, ScriptedAnswer | ScriptedAnswer[]>; tty?: boolean; stdinTty?: boolean; env?: Record<string, string>; stdin?: string } = {},
): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const prompter = scriptedPrompter(options.script ?? {});
  const tty = options.tty ?? false;
  const stdinText = options.stdin ?? '';
  const stdin = Object.assign(
    (async function* () {
      if (stdinText) yield Buffer.from(stdinText);
    })(),
    { isTTY: options.stdinTty ?? tty },
  );
  const ctx: Context = {
    cwd: dir,
    env: { IP_LANG: 'en', NO_COLOR: '1', IP_TODAY: TODAY, ...options.env },
    stdout: { write: (s: string) => (stdout += s), isTTY: tty },
    stderr: { write: (s: string) => (stderr += s) },
    stdin,
    prompt: prompter,
  };
  const code = await main(['node', 'ipplan', 'new', ...args], ctx);
  // Privacy: no fødselsnummer ever reaches the output, whatever happened.
  for (const fnr of [FNR_KARI, FNR_EMIL, FNR_YOUTH, '17850250007', '03898940038']) {
    expect(stdout).not.toContain(fnr);
    expect(stderr).not.toContain(fnr);
  }
  return { code, stdout, stderr, prompter };
}

function files(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** The one plan written into `dir`: its name, text and front matter. */
function written(dir: string): { name: string; text: string; data: Record<string, any> } {
  const names = files(dir).filter((n) => n.endsWith('.md'));
  expect(names).toHaveLength(1);
  const name = names[0]!;
  const text = readFileSync(join(dir, name), 'utf8');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text)![1]!;
  return { name, text, data: parse(front) as Record<string, any> };
}

function expectValidDraft(text: string): void {
  const checked = checkText(text, { explicit: true, today: TODAY });
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(checked.status).toBe('utkast');
}

/** The whole interview in one language, with a re-asked fødselsnummer. */
function fullScript(lang: 'nb' | 'nn' | 'en'): Record<string, ScriptedAnswer | ScriptedAnswer[]> {
  return {
    planLang: lang,
    person: 'Kari Nordmann',
    birthDate: '17.05.2002',
    // Wrong check digits, then a number for another birth date, then the right one.
    fodselsnummer: ['17850250007', FNR_EMIL, FNR_KARI],
    interpreter: true,
    interpreterLanguage: 'ar',
    interpreterType: ENTER,
    consentDate: '20.11.2026',
    consentBy: ENTER,
    consentForm: 'muntlig',
    personContribution: ENTER,
    'participant.name': ['Ola Hansen', 'Siv Dahl', ''],
    'participant.role': ['tjenesteyter', 'pårørende'],
    'participant.organisation': ['NAV Sentrum', ''],
    'participant.contact': ['not a phone', '+47 400 00 000, ola.hansen@example.no', ''],
    'participant.contribution': ['Koordinerer planarbeidet.', ''],
    coordinator: ENTER,
    goal: ['Jeg vil bo i egen leilighet: helst i sentrum.', ''],
    resource: ['Jeg er god til å lage mat.', ''],
    need: [''],
    from: ENTER,
    to: ENTER,
    evaluation: ENTER,
  };
}

const LANGS = [
  { lang: 'nb', heading: '# Individuell plan for Kari Nordmann', section: '## Målene mine', guidance: 'Skriv med personens egne ord', person: 'Forteller hva som er viktig for meg og deltar i planarbeidet.' },
  { lang: 'nn', heading: '# Individuell plan for Kari Nordmann', section: '## Måla mine', guidance: 'Skriv med orda til personen sjølv', person: 'Fortel kva som er viktig for meg, og deltek i planarbeidet.' },
  { lang: 'en', heading: '# Individual plan for Kari Nordmann', section: '## My goals', guidance: "Write in the person's own words", person: 'Tells what matters to me and takes part in the planning.' },
] as const;

describe('ip new, interactive (scripted answers through the prompt wrapper)', () => {
  it.each(LANGS)('asks every question and writes a valid draft in $lang', async ({ lang, heading, section, guidance, person }) => {
    const dir = tempDir();
    const r = await ipNew(dir, [], { tty: true, script: fullScript(lang) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.prompter.unused()).toEqual([]);
    expect(r.prompter.asked.map((q) => q.id)).toEqual([
      'planLang', 'person', 'birthDate', 'fodselsnummer', 'interpreter', 'interpreterLanguage', 'interpreterType',
      'consentDate', 'consentBy', 'consentForm', 'personContribution',
      'participant.name', 'participant.role', 'participant.organisation', 'participant.contact', 'participant.contribution',
      'participant.name', 'participant.role', 'participant.organisation', 'participant.contact', 'participant.contribution',
      'participant.name', 'coordinator', 'goal', 'goal', 'resource', 'resource', 'need', 'from', 'to', 'evaluation',
    ]);
    // The fødselsnummer is checked as typed, with a clear re-ask that does not repeat it.
    const fnr = r.prompter.asked.find((q) => q.id === 'fodselsnummer')!;
    expect(fnr.rejected).toEqual([
      'The check digits do not match. Check the number and type it again.',
      'The number does not match the birth date. Check the number and type it again.',
    ]);
    expect(r.prompter.asked.find((q) => q.id === 'participant.contact')!.rejected).toEqual(['Write a phone number, an e-mail address, or both separated by a comma.']);

    const { name, text, data } = written(dir);
    expect(name).toMatch(/^IP-2026-[0-9A-HJKMNP-TV-Z]{5}\.md$/);
    expect(data.id).toBe(name.slice(0, -3));
    expectValidDraft(text);
    expect(data).toMatchObject({
      ip: 1,
      status: 'utkast',
      språk: lang,
      person: { navn: 'Kari Nordmann', fødselsdato: '2002-05-17', fødselsnummer: FNR_KARI, tolk: { språk: 'ar', type: 'talespråk' } },
      deltakere: [
        { id: 'kari', navn: 'Kari Nordmann', rolle: 'tjenestemottaker', bidrag: person },
        { id: 'ola', navn: 'Ola Hansen', rolle: 'tjenesteyter', virksomhet: 'NAV Sentrum', kontakt: { telefon: '+47 400 00 000', epost: 'ola.hansen@example.no' }, bidrag: 'Koordinerer planarbeidet.' },
        { id: 'siv', navn: 'Siv Dahl', rolle: 'pårørende' },
      ],
      koordinator: 'ola',
      mål: [{ id: 'M1', tekst: 'Jeg vil bo i egen leilighet: helst i sentrum.' }],
      ressurser: ['Jeg er god til å lage mat.'],
      planperiode: { fra: TODAY, til: '2027-11-22' },
      evalueringer: [{ id: 'E1', dato: '2027-02-22', type: 'evaluering' }],
      samtykke: { utarbeidelse: { dato: '2026-11-20', gitt_av: 'kari', form: 'muntlig', grunnlag: 'egen' } },
    });
    expect(data.behov).toBeUndefined();
    // Written as YAML people write: a quoted fødselsnummer and phone number, dates as plain YYYY-MM-DD.
    expect(text).toContain(`fødselsnummer: "${FNR_KARI}"`);
    expect(text).toContain('kontakt: {telefon: "+47 400 00 000", epost: ola.hansen@example.no}');
    expect(text).toContain(`planperiode: {fra: ${TODAY}, til: 2027-11-22}`);
    expect(text).toContain(heading);
    expect(text).toContain(section);
    expect(text).toContain(guidance);
    // The missing points a–i, and the next commands.
    expect(r.stdout).toContain(`The plan is saved in ${name} (status: utkast,`);
    expect(r.stdout).toContain('  a  goals, resources and needs\n');
    expect(r.stdout).toContain('  e  measures, their scope and who is responsible\n  f  how the measures are carried out\n  i  cooperation with other providers and agencies\n');
    expect(r.stdout).not.toContain('  b  ');
    expect(r.stdout).toContain(`ip validate ${name}`);
    expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
  });

  it('records consent by both foresatte for a child and adds them as participants', async () => {
    const dir = tempDir();
    const r = await ipNew(dir, [], {
      tty: true,
      env: { IP_LANG: 'nb' },
      script: {
        planLang: ENTER,
        person: 'Emil Strand',
        birthDate: ENTER,
        fodselsnummer: FNR_EMIL,
        interpreter: ENTER,
        consentDate: ENTER,
        consentBy: 'foresatt',
        consentByName: ['Hanne Strand', 'Erik Strand'],
        consentByContribution: [ENTER, 'Følger opp treningen hjemme.'],
        consentByMore: [true],
        consentForm: 'skriftlig',
        personContribution: 'Forteller hva som er fint og vanskelig på skolen.',
        'participant.name': ['Kristin Moe', ''],
        'participant.role': ENTER,
        'participant.organisation': 'Helsestasjon og skolehelsetjeneste',
        'participant.contact': 'kristin.moe@example.no',
        'participant.contribution': 'Koordinerer planarbeidet.',
        coordinator: ENTER,
        goal: ['Emil vil være med i friminuttene sammen med de andre.', ''],
        resource: '',
        need: '',
        from: ENTER,
        to: ENTER,
        evaluation: '2027-01-20',
      },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.prompter.unused()).toEqual([]);
    const { text, data } = written(dir);
    expectValidDraft(text);
    expect(data.deltakere).toEqual([
      { id: 'emil', navn: 'Emil Strand', rolle: 'tjenestemottaker', bidrag: 'Forteller hva som er fint og vanskelig på skolen.' },
      { id: 'hanne', navn: 'Hanne Strand', rolle: 'foresatt', bidrag: 'Deltar i planarbeidet og støtter barnet hjemme.' },
      { id: 'erik', navn: 'Erik Strand', rolle: 'foresatt', bidrag: 'Følger opp treningen hjemme.' },
      { id: 'kristin', navn: 'Kristin Moe', rolle: 'tjenesteyter', virksomhet: 'Helsestasjon og skolehelsetjeneste', kontakt: { epost: 'kristin.moe@example.no' }, bidrag: 'Koordinerer planarbeidet.' },
    ]);
    expect(data.samtykke).toEqual({ utarbeidelse: { dato: TODAY, gitt_av: ['hanne', 'erik'], form: 'skriftlig', grunnlag: 'foreldreansvar' } });
    expect(data.koordinator).toBe('kristin');
    expect(data.evalueringer).toEqual([{ id: 'E1', dato: '2027-01-20', type: 'evaluering' }]);
    expect(r.stdout).toContain('Planen er lagret i');
  });

  it('does not let a foresatt consent for an adult: says why and asks again', async () => {
    const dir2 = tempDir();
    const r2 = await ipNew(dir2, ['--plan-lang', 'nb', '--person', 'Kari Nordmann', '--birth-date', '2002-05-17', '--fodselsnummer', FNR_KARI, '--interpreter', 'ar'], {
      tty: true,
      script: {
        consentDate: ENTER,
        consentBy: ['foresatt', 'self'],
        consentForm: 'skriftlig',
        personContribution: ENTER,
        'participant.name': '',
        goal: '',
        resource: '',
        need: '',
        from: ENTER,
        to: ENTER,
        evaluation: ENTER,
      },
    });
    expect(r2.code).toBe(0);
    expect(r2.stdout).toContain('The person was 18 or older on the consent date, so a foresatt cannot consent.');
    expect(written(dir2).data.samtykke.utarbeidelse).toMatchObject({ gitt_av: 'kari', grunnlag: 'egen' });
  });

  it('warns, but accepts, a foresatt consenting for a 16-year-old', async () => {
    const dir = tempDir();
    const r = await ipNew(dir, ['--person', 'Ida Lund', '--fodselsnummer', FNR_YOUTH, '--consent-by', 'foresatt', '--consent-by-name', 'Mona Lund', '--consent-form', 'skriftlig']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('See also:\n');
    expect(r.stdout).toContain('was 16 or 17 on the consent date');
  });

  it('checks answers against what flags already said, and asks again instead of failing at the end', async () => {
    const dir = tempDir();
    const r = await ipNew(dir, ['--fodselsnummer', FNR_EMIL, '--from', '2026-11-01', '--plan-lang', 'nb'], {
      tty: true,
      script: {
        person: ['', 'Emil Strand'],
        birthDate: ['2016-10-05', '32.10.2016', '2016-10-04'],
        interpreter: false,
        consentDate: ['2026-12-01', '2026-11-05', '2026-10-30'],
        consentBy: 'foresatt',
        consentByName: ['', 'Emil Strand', 'Hanne Strand', 'Hanne Strand', 'Erik Strand'],
        consentByContribution: [ENTER, ENTER],
        consentByMore: [true],
        consentForm: [ENTER, 'skriftlig'],
        personContribution: ENTER,
        'participant.name': ['Hanne Strand', 'Emil Strand', ''],
        goal: '',
        resource: '',
        need: '',
        to: ENTER,
        evaluation: ['2026-10-01', ENTER],
      },
    });
    expect(r.code).toBe(0);
    const rejected: Record<string, string[]> = {};
    for (const q of r.prompter.asked) if (q.rejected.length > 0) rejected[q.id] = [...(rejected[q.id] ?? []), ...q.rejected];
    expect(rejected).toEqual({
      person: ['The answer cannot be empty.'],
      birthDate: ['The birth date does not match the fødselsnummer (--fodselsnummer).', 'Write a date as YYYY-MM-DD or DD.MM.YYYY, for example 2027-01-14.'],
      consentDate: ['The consent cannot have been given after today.', 'The consent must be given on or before the day the plan period starts (--from).'],
      consentForm: ['Type "written" or "oral" (w or o).'],
      consentByName: ['The answer cannot be empty.', 'The person already takes part as tjenestemottaker.', "This person already takes part, as the one who consented on the person's behalf."],
      'participant.name': ["This person already takes part, as the one who consented on the person's behalf.", 'The person already takes part as tjenestemottaker.'],
      evaluation: ['The evaluation must lie inside the plan period.'],
    });
    const { text, data } = written(dir);
    expectValidDraft(text);
    expect(data.deltakere.map((d: { id: string }) => d.id)).toEqual(['emil', 'hanne', 'erik']);
    expect(data.samtykke.utarbeidelse).toMatchObject({ dato: '2026-10-30', gitt_av: ['hanne', 'erik'] });
    expect(data.person).toEqual({ navn: 'Emil Strand', fødselsdato: '2016-10-04', fødselsnummer: FNR_EMIL });
    expect(data.evalueringer[0].dato).toBe('2027-02-01');
  });

  it('asks only what has no default under --yes', async () => {
    const dir = tempDir();
    const r = await ipNew(dir, ['--yes'], { tty: true, script: { person: ['', 'Kari Nordmann'], consentForm: 'skriftlig' } });
    expect(r.code).toBe(0);
    expect(r.prompter.asked.map((q) => q.id)).toEqual(['person', 'consentForm']);
    expect(r.prompter.asked[0]!.rejected).toEqual(['The answer cannot be empty.']);
    const { text, data } = written(dir);
    expectValidDraft(text);
    expect(data).toMatchObject({ språk: 'en', planperiode: { fra: TODAY, til: '2027-11-22' }, samtykke: { utarbeidelse: { dato: TODAY, gitt_av: 'kari', form: 'skriftlig', grunnlag: 'egen' } } });
    expect(data.koordinator).toBeUndefined();
    expect(r.stdout).toContain('  c  who is the coordinator\n');
  });

  it('does not ask what a flag already answered', async () => {
    const dir = tempDir();
    const r = await ipNew(dir, ['--person', 'Kari Nordmann', '--plan-lang', 'nb', '--goal', 'Jeg vil jobbe.', '--from', '01.12.2026'], {
      tty: true,
      script: {
        birthDate: '',
        fodselsnummer: '',
        interpreter: false,
        consentDate: ENTER,
        consentBy: ENTER,
        consentForm: [ENTER, 'skriftlig'],
        personContribution: ENTER,
        'participant.name': '',
        resource: '',
        need: '',
        to: ENTER,
        evaluation: ENTER,
      },
    });
    expect(r.code).toBe(0);
    const ids = r.prompter.asked.map((q) => q.id);
    for (const id of ['planLang', 'person', 'goal', 'from', 'coordinator']) expect(ids).not.toContain(id);
    expect(written(dir).data).toMatchObject({ mål: [{ id: 'M1', tekst: 'Jeg vil jobbe.' }], planperiode: { fra: '2026-12-01', til: '2027-12-01' }, evalueringer: [{ dato: '2027-03-01' }] });
  });

  it.each([
    ['the first question', { planLang: CANCEL }],
    ['the fødselsnummer', { planLang: ENTER, person: 'Kari Nordmann', birthDate: '', fodselsnummer: CANCEL }],
    ['a goal', { ...fullScript('nb'), goal: ['Jeg vil bo i egen leilighet.', CANCEL] }],
    ['the last question', { ...fullScript('en'), evaluation: CANCEL }],
  ])('Ctrl-C at %s exits 130 and leaves nothing behind', async (_where, script) => {
    const dir = tempDir();
    const r = await ipNew(dir, [], { tty: true, script: script as Record<string, ScriptedAnswer | ScriptedAnswer[]> });
    expect(r.code).toBe(130);
    expect(r.stderr).toBe('Cancelled. No file was written.\n');
    expect(files(dir)).toEqual([]);
  });
});

describe('ip new without a terminal', () => {
  const NO_TERMINAL_EN = [
    'ip: No terminal to ask in (standard input or standard output is not a terminal), and these answers are missing:',
    "  --person NAME                     the person's name",
    '  --consent-form skriftlig|muntlig  how the consent was given (in writing or orally)',
    'Give them as flags, or in a file with --answers FILE. Everything else gets its default (see "ip new --help").',
    '',
  ].join('\n');

  it.each([
    ['standard input is not a terminal', { tty: false }],
    ['standard output is not a terminal', { tty: false, stdinTty: true }],
  ])('exits 2 at once listing the missing flags when %s', async (_case, options) => {
    const dir = tempDir();
    // A prompter with no answers: any question would fail the test.
    const r = await ipNew(dir, [], options);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(NO_TERMINAL_EN);
    expect(r.stdout).toBe('');
    expect(r.prompter.asked).toEqual([]);
    expect(files(dir)).toEqual([]);
  });

  it('lists only what is still missing, in bokmål too', async () => {
    const dir = tempDir();
    const r = await ipNew(dir, ['--person', 'Emil Strand', '--consent-by', 'foresatt'], { env: { IP_LANG: 'nb' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        'ip: Ingen terminal å spørre i (standard input eller standard output er ikke en terminal), og disse svarene mangler:',
        '  --consent-form skriftlig|muntlig  hvordan samtykket ble gitt',
        '  --consent-by-name NAVN            navnet på den som samtykket på personens vegne',
        'Gi dem som flagg, eller i en fil med --answers FIL. Alt annet får standardverdier (se «ip new --help»).',
        '',
      ].join('\n'),
    );
  });

  it('makes the same plan from flags alone as from the questions', async () => {
    const asked = tempDir();
    await ipNew(asked, [], { tty: true, script: fullScript('nb') });
    const flagged = tempDir();
    const r = await ipNew(flagged, [
      '--plan-lang', 'nb', '--person', 'Kari Nordmann', '--birth-date', '2002-05-17', '--fodselsnummer', FNR_KARI,
      '--interpreter', 'ar:talespråk', '--consent-date', '2026-11-20', '--consent-form', 'muntlig',
      '--participant', 'Ola Hansen;tjenesteyter;NAV Sentrum;Koordinerer planarbeidet.;+47 400 00 000, ola.hansen@example.no',
      '--participant', 'Siv Dahl;pårørende',
      '--coordinator', 'Ola Hansen', '--goal', 'Jeg vil bo i egen leilighet: helst i sentrum.', '--resource', 'Jeg er god til å lage mat.',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const a = written(asked);
    const b = written(flagged);
    expect(b.text.replaceAll(b.data.id, 'ID')).toBe(a.text.replaceAll(a.data.id, 'ID'));
  });

  it.each([
    ['answers.yaml', 'nn'],
    ['answers.json', 'en'],
  ])('reads the answers from %s', async (file, lang) => {
    const dir = tempDir();
    const r = await ipNew(dir, ['--answers', join(FIXTURES, file)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { text, data } = written(dir);
    expectValidDraft(text);
    expect(data.språk).toBe(lang);
  });

  it('keeps colons, quotes and Norwegian letters from an answers file intact', async () => {
    const dir = tempDir();
    const r = await ipNew(dir, ['--answers', join(FIXTURES, 'answers.yaml')]);
    expect(r.code).toBe(0);
    const { text, data } = written(dir);
    expect(data).toMatchObject({
      person: { navn: 'Siri Aas: «Sissi»', fødselsdato: '1990-03-14' },
      deltakere: [
        { id: 'siri', rolle: 'tjenestemottaker', bidrag: 'Fortel kva som er viktig for meg, og deltek i planarbeidet.' },
        { id: 'per', navn: 'Per Dahl', kontakt: { telefon: '+47 411 11 111' } },
        { id: 'liv', navn: 'Liv Berg', kontakt: { epost: 'liv.berg@example.no' }, bidrag: 'Samtalar kvar veke.' },
      ],
      koordinator: 'per',
      mål: [{ id: 'M1', tekst: 'Eg vil: få meg ein jobb' }, { id: 'M2', tekst: 'Eg vil ha vener å gå tur med.' }],
      ressurser: ['Eg er flink med dyr.'],
      behov: ['Hjelp til å finna arbeid.'],
      planperiode: { fra: '2026-12-01', til: '2027-11-30' },
      evalueringer: [{ dato: '2027-03-01' }],
      samtykke: { utarbeidelse: { dato: '2026-11-01', form: 'muntlig' } },
    });
    expect(text).toContain('# Individuell plan for Siri Aas: «Sissi»');
    expect(r.stdout).toContain('  i  cooperation with other providers and agencies');
    expect(r.stdout).not.toContain('  a  ');
  });

  it('lets flags override the answers file, and reads answers from standard input', async () => {
    const dir = tempDir();
    const yaml = readFileSync(join(FIXTURES, 'answers-child.yaml'), 'utf8');
    const r = await ipNew(dir, ['--answers', '-', '--goal', 'Emil vil klare trappa selv.'], { stdin: yaml });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { text, data } = written(dir);
    expectValidDraft(text);
    expect(data.mål).toEqual([{ id: 'M1', tekst: 'Emil vil klare trappa selv.' }]);
    expect(data.samtykke.utarbeidelse).toEqual({ dato: TODAY, gitt_av: ['hanne', 'erik'], form: 'skriftlig', grunnlag: 'foreldreansvar' });
    expect(data.deltakere.map((d: { rolle: string }) => d.rolle)).toEqual(['tjenestemottaker', 'foresatt', 'foresatt', 'tjenesteyter']);
  });

  it.each([
    [['--answers', join(FIXTURES, 'answers-unknown-key.yaml')], 'has an unknown field "birthdate". Did you mean "birthDate"?'],
    [['--answers', join(FIXTURES, 'answers-unquoted-fnr.yaml')], 'fodselsnummer (', 'is written as a number'],
    [['--answers', 'no-such-file.yaml'], 'The answers file no-such-file.yaml could not be read (ENOENT).'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--birth-date', '31.02.2020'], '--birth-date is not a valid date.'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--fodselsnummer', '17850250007'], '--fodselsnummer is not a valid fødselsnummer or D-number: the check digits do not match.'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--birth-date', '2002-05-18', '--fodselsnummer', FNR_KARI], 'The fødselsnummer does not match the birth date.'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--consent-by', 'mor'], '--consent-by has a value that is not allowed.', 'self, foresatt, verge, framtidsfullmektig'],
    [['--person', 'Kari', '--consent-form', 'written'], '--consent-form has a value that is not allowed.'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--participant', 'Ola;sjef'], '--participant number 1 has a role that is not allowed.'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--participant', 'Ola'], '--participant number 1 has the wrong shape.'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--participant', 'Kari;tjenestemottaker'], 'has the role tjenestemottaker.'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--coordinator', 'Ola'], '--coordinator is none of the participants.'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--participant', 'Siv;pårørende', '--coordinator', 'Siv'], '--coordinator is a participant who is not a tjenesteyter.'],
    [
      ['--person', 'Kari', '--consent-form', 'skriftlig', '--participant', 'Ola Hansen;tjenesteyter', '--participant', 'Ola Dahl;tjenesteyter', '--coordinator', 'Ola'],
      '--coordinator fits more than one participant.',
      'Give the whole name of the participant',
    ],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--participant', 'Ola Hansen;tjenesteyter', '--participant', 'ola  hansen;bidragsyter'], 'The same participant is given twice (the same name).'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--birth-date', '2002-05-17', '--consent-by', 'foresatt', '--consent-by-name', 'Mor'], 'A foresatt cannot consent: the person was of age'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--consent-by-name', 'Mor'], '--consent-by-name is given without --consent-by.'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--from', '2027-01-01', '--to', '2026-12-01'], 'The plan period ends before it starts'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--evaluation', '2028-01-01'], 'The first evaluation (--evaluation) lies outside the plan period.'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--consent-date', '2026-12-24'], '--consent-date is after today.'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--consent-date', '2026-11-20', '--from', '2026-11-01'], 'The consent (--consent-date) is dated after the plan period starts.'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--interpreter', 'ar:tolk'], '--interpreter has an interpreter type that is not allowed.'],
    [['--person', 'Kari', '--consent-form', 'skriftlig', '--plan-lang', 'se'], '--plan-lang has a value that is not allowed.', 'nb, nn, en'],
    [['--person', '  ', '--consent-form', 'skriftlig'], '--person is empty.'],
  ])('refuses %j with exit 2 and a message that names the flag', async (args, ...expected) => {
    const dir = tempDir();
    const r = await ipNew(dir, args);
    expect(r.code).toBe(2);
    for (const text of expected) expect(r.stderr).toContain(text);
    expect(r.stdout).toBe('');
    expect(files(dir)).toEqual([]);
  });
});

describe('ip new: --coordinator by a first name that fits one participant', () => {
  it('takes the one participant it fits', async () => {
    const dir = tempDir();
    const r = await ipNew(dir, ['--person', 'Kari', '--consent-form', 'skriftlig', '--participant', 'Ola Hansen;tjenesteyter', '--participant', 'Siv Dahl;tjenesteyter', '--coordinator', 'ola']);
    expect(r.code, r.stderr).toBe(0);
    const [file] = files(dir);
    expect(readFileSync(join(dir, file!), 'utf8')).toMatch(/^koordinator: ola$/m);
  });
});

describe('ip new never loses or clobbers a file', () => {
  const FLAGS = ['--person', 'Kari Nordmann', '--consent-form', 'skriftlig'];

  it('refuses to overwrite an existing file, before asking anything', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'kari.md'), 'the old plan\n');
    const r = await ipNew(dir, ['-o', 'kari.md'], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ip: "kari.md" already exists, and ip new never overwrites a file.\nChoose another path with -o, or use --force to replace the file.\n');
    expect(r.prompter.asked).toEqual([]);
    expect(readFileSync(join(dir, 'kari.md'), 'utf8')).toBe('the old plan\n');
    expect(files(dir)).toEqual(['kari.md']);
  });

  it('replaces an existing file with --force', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'kari.md'), 'the old plan\n');
    const r = await ipNew(dir, [...FLAGS, '-o', 'kari.md', '--force']);
    expect(r.code).toBe(0);
    expect(files(dir)).toEqual(['kari.md']);
    expectValidDraft(readFileSync(join(dir, 'kari.md'), 'utf8'));
  });

  it('writes into a folder named with -o, by plan id', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'planer'));
    const r = await ipNew(dir, [...FLAGS, '-o', 'planer']);
    expect(r.code).toBe(0);
    expect(files(join(dir, 'planer'))).toEqual([expect.stringMatching(/^IP-2026-\w{5}\.md$/)]);
    expect(r.stdout).toMatch(/saved in planer\/IP-2026-\w{5}\.md/);
  });

  it('says so when the folder does not exist', async () => {
    const dir = tempDir();
    const r = await ipNew(dir, [...FLAGS, '-o', 'nowhere/kari.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ip: The folder "nowhere" does not exist.\nCreate the folder first, or choose another path with -o.\n');
  });

  it('gives a new plan an id no plan in the folder has', async () => {
    const dir = tempDir();
    for (let i = 0; i < 5; i++) expect((await ipNew(dir, FLAGS)).code).toBe(0);
    const ids = files(dir).map((n) => n.slice(0, -3));
    expect(new Set(ids).size).toBe(5);
  });

  it('names the file by plan id, never by the person', async () => {
    const dir = tempDir();
    const r = await ipNew(dir, ['--person', 'Kari Nordmann', '--consent-form', 'skriftlig', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ version: 1, status: 'utkast', language: 'en', missingPoints: ['a', 'b', 'c', 'e', 'f', 'i'] });
    expect(out.path).toBe(`${out.id}.md`);
    expect(out.path).not.toMatch(/kari|nordmann/i);
  });
});

describe('ip new, the built binary', () => {
  function bin(args: string[], cwd: string, stdin: 'ignore' | 'pipe' = 'ignore') {
    const result = spawnSync(process.execPath, [BIN, 'new', ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', IP_LANG: 'en', IP_TODAY: TODAY },
      stdio: [stdin, 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: 20_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('exits 2 at once with < /dev/null, listing the missing flags', () => {
    const dir = tempDir();
    const r = bin([], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('  --person NAME ');
    expect(r.stderr).toContain('  --consent-form skriftlig|muntlig ');
    expect(files(dir)).toEqual([]);
  });

  it('writes a plan from flags that ip validate accepts, and then refuses to overwrite it', () => {
    const dir = tempDir();
    const r = bin(['--person', 'Kari Nordmann', '--fodselsnummer', FNR_KARI, '--consent-form', 'skriftlig', '--participant', 'Ola Hansen;tjenesteyter;NAV Sentrum;Koordinerer.', '--goal', 'Jeg vil jobbe.', '-o', 'plan.md'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(FNR_KARI);
    const check = spawnSync(process.execPath, [BIN, 'validate', 'plan.md', '--format', 'json'], { cwd: dir, env: { PATH: process.env.PATH ?? '', IP_TODAY: TODAY }, encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout).summary).toMatchObject({ files: 1, errors: 0 });
    const before = readFileSync(join(dir, 'plan.md'), 'utf8');
    const again = bin(['--person', 'Per', '--consent-form', 'muntlig', '-o', 'plan.md'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('"plan.md" already exists');
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe(before);
    expect(files(dir)).toEqual(['plan.md']);
  });
});
