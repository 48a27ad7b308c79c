import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildPlan, type Resolved } from '../src/new/build.js';
import { participantId, randomPlanId, uniquePlanId } from '../src/new/ids.js';
import { missingPoints } from '../src/new/missing.js';
import { addMonths, checkFodselsnummer, parseContact, parseInterpreter, parseParticipant } from '../src/new/parse.js';
import { parseDateInput } from '../src/plan/dates.js';
import { planLangFromEnv } from '../src/new/defaults.js';
import { loadTemplate } from '../src/fs/templates.js';
import { escapeMarkdownInline, renderPlan } from '../src/new/template.js';
import { checkText } from '../src/plan/check.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TODAY = '2026-11-22';

function base(overrides: Partial<Resolved> = {}): Resolved {
  return {
    planLang: 'nb',
    person: 'Kari Nordmann',
    personContribution: 'Forteller hva som er viktig for meg.',
    consentDate: '2026-11-20',
    consentBy: 'self',
    consentByName: [],
    consentByContribution: [],
    consentForm: 'skriftlig',
    participants: [],
    goals: [],
    resources: [],
    needs: [],
    from: TODAY,
    to: '2027-11-22',
    evaluation: '2027-02-22',
    ...overrides,
  };
}

function frontMatter(text: string): Record<string, any> {
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, any>;
}

describe('dates as people type them', () => {
  it.each([
    ['2026-11-22', '2026-11-22'],
    ['22.11.2026', '2026-11-22'],
    ['1.2.2027', '2027-02-01'],
    [' 2026-1-5 ', '2026-01-05'],
    ['29.02.2028', '2028-02-29'],
    ['29.02.2027', undefined],
    ['2026-13-01', undefined],
    ['22/11/2026', undefined],
    ['22.11.26', undefined],
    ['', undefined],
  ])('%j → %j', (input, expected) => {
    expect(parseDateInput(input)).toBe(expected);
  });

  it.each([
    ['2026-11-22', 3, '2027-02-22'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-08-31', 1, '2027-09-30'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-01-31', 12, '2027-01-31'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('participants, contacts and interpreters from flags', () => {
  it.each([
    ['Ola Hansen;tjenesteyter;NAV Sentrum;Koordinerer.', { navn: 'Ola Hansen', rolle: 'tjenesteyter', virksomhet: 'NAV Sentrum', bidrag: 'Koordinerer.' }],
    ['Siv Dahl;parorende', { navn: 'Siv Dahl', rolle: 'pårørende' }],
    ['Siv Dahl;Pårørende;;Kjører til møtene.', { navn: 'Siv Dahl', rolle: 'pårørende', bidrag: 'Kjører til møtene.' }],
    ['Per;bidragsyter;Frivilligsentralen;;per@example.no', { navn: 'Per', rolle: 'bidragsyter', virksomhet: 'Frivilligsentralen', kontakt: { epost: 'per@example.no' } }],
  ])('%j', (input, expected) => {
    expect(parseParticipant(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['Ola', 'participant-shape'],
    [';tjenesteyter', 'participant-name'],
    ['Ola;sjef', 'participant-role'],
    ['Ola;tjenestemottaker', 'participant-person'],
    ['Ola;tjenesteyter;;;ikke en kontakt', 'contact'],
    ['a;b;c;d;e;f', 'participant-shape'],
  ])('%j is refused (%s)', (input, reason) => {
    expect(parseParticipant(input)).toEqual({ ok: false, reason });
  });

  it.each([
    ['+47 400 00 000', { telefon: '+47 400 00 000' }],
    ['ola@example.no, 40000000', { epost: 'ola@example.no', telefon: '40000000' }],
    ['', undefined],
  ])('contact %j', (input, expected) => {
    expect(parseContact(input)).toEqual({ ok: true, value: expected });
  });

  it.each([['ola@'], ['1'], ['a@b.no, c@d.no']])('contact %j is refused', (input) => {
    expect(parseContact(input).ok).toBe(false);
  });

  it.each([
    ['ar', { språk: 'ar' }],
    ['ar:talespråk', { språk: 'ar', type: 'talespråk' }],
    ['nsi:tegnsprak', { språk: 'nsi', type: 'tegnspråk' }],
    ['nb:skrivetolk', { språk: 'nb', type: 'skrivetolk' }],
  ])('interpreter %j', (input, expected) => {
    expect(parseInterpreter(input)).toEqual({ ok: true, value: expected });
  });

  it('checks a fødselsnummer as typed, spaces allowed', () => {
    expect(checkFodselsnummer('170502 50006'.replace('0502', '8502'))).toMatchObject({ ok: true, value: '17850250006', birthDate: '2002-05-17' });
    expect(checkFodselsnummer('17850250006', '2002-05-18')).toMatchObject({ ok: false, reason: 'birth-date' });
    expect(checkFodselsnummer('1785025000')).toMatchObject({ ok: false, reason: 'format' });
  });
});

describe('ids', () => {
  it('makes plan ids from the year and Crockford base32, with no personal data', () => {
    let n = 0;
    const counting = (max: number) => n++ % max;
    expect(randomPlanId('2026', counting)).toBe('IP-2026-01234');
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => /^IP-2026-[0-9A-HJKMNP-TV-Z]{5}$/.test(randomPlanId('2026', (max) => (seed++ * 7) % max))));
  });

  it('skips ids already taken in the folder', () => {
    const sequence = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];
    const random = () => sequence.shift()!;
    expect(uniquePlanId('2026', new Set(['IP-2026-00000']), random)).toBe('IP-2026-11111');
  });

  it('makes participant ids from first names, unique within the plan', () => {
    const taken = new Set<string>();
    expect(['Bjørn Ås', 'Bjørn Dahl', 'Anne-Lise Berg', "O'Brien", '!!!'].map((n) => participantId(n, taken))).toEqual(['bjørn', 'bjørn-2', 'annelise', 'obrien', 'deltaker']);
  });
});

describe('the templates', () => {
  it.each(['nb', 'nn', 'en'] as const)('plan.%s.md is itself a valid draft whose keys and enum values are bokmål', async (lang) => {
    const text = await loadTemplate(lang);
    const checked = checkText(text, { explicit: true, today: TODAY });
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(checked.status).toBe('utkast');
    expect(frontMatter(text).språk).toBe(lang);
    // Guidance in HTML comments in the body, on goals in the person's own words, omfang and evaluation.
    const body = text.split(/\n---\n/)[1]!;
    expect(body.match(/<!--/g)!.length).toBeGreaterThanOrEqual(4);
    expect(body).toMatch(/[«"]Omfang[»"]/);
    // HTML comments may not contain "--".
    for (const [, inner] of body.matchAll(/<!--([\s\S]*?)-->/g)) expect(inner).not.toContain('--');
  });

  it.each(['nb', 'nn', 'en'] as const)('plan.%s.md filled in with answers passes validate as utkast', async (lang) => {
    const plan = buildPlan(
      base({
        planLang: lang,
        birthDate: '2002-05-17',
        fodselsnummer: '17850250006',
        interpreter: { språk: 'ar', type: 'talespråk' },
        participants: [{ navn: 'Ola Hansen', rolle: 'tjenesteyter', virksomhet: 'NAV Sentrum', kontakt: { telefon: '+47 400 00 000' }, bidrag: 'Koordinerer.' }],
        coordinator: 'Ola Hansen',
        goals: ['Jeg vil bo i egen leilighet.'],
        resources: ['God til å lage mat.'],
        needs: ['Hjelp til å søke bolig.'],
      }),
      'IP-2026-ABCDE',
    );
    const text = renderPlan(await loadTemplate(lang), plan);
    const checked = checkText(text, { explicit: true, today: TODAY });
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(missingPoints(checked.diagnostics)).toEqual(['e', 'f', 'i']);
    expect(frontMatter(text)).toMatchObject({ id: 'IP-2026-ABCDE', språk: lang, koordinator: 'ola', ressurser: ['God til å lage mat.'] });
  });

  it('keeps a removed key as a commented example, so the file still shows how to fill it in', async () => {
    const text = renderPlan(await loadTemplate('nb'), buildPlan(base(), 'IP-2026-ABCDE'));
    expect(text).toContain('# koordinator: ola\n');
    expect(text).toContain('# mål:\n#   - id: M1\n');
    expect(text).toContain('# ressurser:\n#   - Jeg er god til å lage mat.\n');
    const data = frontMatter(text);
    for (const key of ['koordinator', 'mål', 'ressurser', 'behov', 'tiltak', 'samarbeid']) expect(data).not.toHaveProperty(key);
    expect(data.person).toEqual({ navn: 'Kari Nordmann' });
  });

  it('writes a fødselsnummer with a leading zero as a quoted string', async () => {
    const text = renderPlan(await loadTemplate('en'), buildPlan(base({ fodselsnummer: '04901660080' }), 'IP-2026-ABCDE'));
    expect(text).toContain('  fødselsnummer: "04901660080"\n');
    expect(frontMatter(text).person.fødselsnummer).toBe('04901660080');
  });

  it('escapes Markdown in the name in the heading', () => {
    expect(escapeMarkdownInline('Kari *<b>* [x]')).toBe('Kari \\*\\<b\\>\\* \\[x\\]');
  });

  // Any text a person may type comes back from the file exactly, and the plan stays valid.
  it('round-trips any single-line text through the front matter', async () => {
    const template = await loadTemplate('nb');
    const piece = fc.constantFrom('Kari', ': ', '"', "'", '#', ' #', '- ', '? ', '{', '}', '[', ']', '&a', '*a', '!', '%', '@', '`', '|', '>', 'æøå', 'ÆØÅ', 'true', 'null', '0123', '1e3', '~', ',', '\\', 'ǆ', '🙂');
    const line = fc
      .array(piece, { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join('').replace(/\s+/g, ' ').trim())
      .filter((s) => s !== '');
    await fc.assert(
      fc.asyncProperty(line, line, line, async (name, goal, organisation) => {
        fc.pre(name.normalize('NFC').toLowerCase() !== 'ola' && /[\p{L}\p{N}]/u.test(name));
        const plan = buildPlan(
          base({ person: name, goals: [goal], participants: [{ navn: 'Ola Hansen', rolle: 'tjenesteyter', virksomhet: organisation }], coordinator: 'Ola Hansen' }),
          'IP-2026-ABCDE',
        );
        const text = renderPlan(template, plan);
        const checked = checkText(text, { explicit: true, today: TODAY });
        expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const data = frontMatter(text);
        expect(data.person.navn).toBe(name);
        expect(data.mål[0].tekst).toBe(goal);
        expect(data.deltakere[1].virksomhet).toBe(organisation);
      }),
      { numRuns: 150 },
    );
  });
});

describe('defaults', () => {
  it.each([
    [{ LANG: 'nn_NO.UTF-8' }, 'nn'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'nb'],
    [{ IP_LANG: 'en', LANG: 'nn_NO' }, 'en'],
    [{}, 'nb'],
  ])('the plan language offered for %j is %s', (env, lang) => {
    expect(planLangFromEnv(env)).toBe(lang);
  });

  it('the command reference documents --plan-lang and --answers', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'reference', 'new.md'), 'utf8');
    expect(docs).toContain('--plan-lang');
    expect(docs).toContain('--answers');
  });
});
