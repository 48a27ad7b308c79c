import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixPlanText } from '../src/fix/index.js';
import { FIX_CODES } from '../src/fix/kinds.js';
import { analyse } from '../src/plan/analyse.js';
import { readText } from '../src/plan/read-plan.js';
import { ROOT, TODAY } from './helpers.js';

/**
 * Each fix kind on a real plan (an example or a template with the mistake
 * put in): the exact text after fixing, so only the mended characters
 * differ, and the plan checks as it did before the mistake.
 */

const plan = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** `text` with the one occurrence of `from` replaced (a test that finds none, or two, is wrong). */
function once(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  expect(at, `"${from}" occurs`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(from, at + 1), `"${from}" occurs once`).toBe(-1);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Line and column (1-based) of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string, within = 0): { line: number; column: number } {
  const at = text.indexOf(needle) + within;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function check(text: string) {
  return readText(text, { explicit: true, today: TODAY, analyser: analyse }).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
}

/**
 * Put `broken` in place of `from` in the plan at `path`, fix, and expect
 * exactly `expected` in its place (the original text by default), one fix
 * of `code` at the start of the mistake (offset by `within`).
 */
function mended(path: string, from: string, broken: string, code: string, options: { expected?: string; within?: number } = {}) {
  const original = plan(path);
  const text = once(original, from, broken);
  const result = fixPlanText(text);
  expect(result.text).toBe(once(original, from, options.expected ?? from));
  const where = positionOf(text, broken, options.within ?? 0);
  expect(result.fixes).toEqual([{ code, ...where }]);
  // Fixed once is fixed: nothing more to do the second time.
  expect(fixPlanText(result.text)).toEqual({ text: result.text, fixes: [] });
  return { original, text, result };
}

describe('every fix kind, on a real plan', () => {
  it('date-form: DD.MM.YYYY and D.M.YYYY where a date belongs', () => {
    const { original, result } = mended('examples/bolig-og-arbeid.md', '    dato: 2026-11-15', '    dato: 15.11.2026', 'date-form', { within: 10 });
    expect(check(result.text)).toEqual(check(original));
    mended('examples/bolig-og-arbeid.md', 'planperiode: {fra: 2026-09-01,', 'planperiode: {fra: 1.9.2026,', 'date-form', { within: 19 });
    mended('examples/barn-med-iop.md', '  fødselsdato: 2016-10-04', '  fødselsdato: 4.10.2016', 'date-form', { within: 15 });
  });

  it('key-spelling: ASCII spellings and one edit away, only the key itself', () => {
    const { original, result } = mended('examples/bolig-og-arbeid.md', '\nkoordinator: ola', '\nkoordinater: ola', 'key-spelling', { within: 1 });
    expect(check(result.text)).toEqual(check(original));
    mended('examples/bolig-og-arbeid.md', '\nmål:\n', '\nmaal:\n', 'key-spelling', { within: 1 });
    mended('templates/plan.nb.md', '  fødselsnummer: "17850250006"', '  fodselsnummer: "17850250006"', 'key-spelling', { within: 2 });
    mended('templates/plan.en.md', '\nstatus: utkast', '\nStatus: utkast', 'key-spelling', { within: 1 });
  });

  it('key-nfc: a decomposed å in a key', () => {
    mended('examples/ettervern-til-nav.md', '\nspråk: nb', '\nspra\u030Ak: nb', 'key-nfc', { within: 1 });
  });

  it('enum-case: case and ASCII æøå in an allowed value', () => {
    const { original, result } = mended('examples/bolig-og-arbeid.md', '    rolle: pårørende', '    rolle: paaroerende', 'enum-case', { within: 11 });
    expect(check(result.text)).toEqual(check(original));
    mended('examples/bolig-og-arbeid.md', '\nstatus: aktiv', '\nstatus: Aktiv', 'enum-case', { within: 9 });
    mended('examples/barn-med-iop.md', 'delplan: {type: IOP,', 'delplan: {type: iop,', 'enum-case', { within: 16 });
  });

  it('unicode-space: in the indentation, after a list dash and after a key’s colon', () => {
    const { original, result } = mended('templates/plan.nb.md', '  navn: Kari Nordmann\n  fødselsdato', '\u00A0\u00A0navn: Kari Nordmann\n  fødselsdato', 'unicode-space');
    expect(check(result.text)).toEqual(check(original));
    mended('templates/plan.nb.md', '\nkoordinator: ola', '\nkoordinator:\u202Fola', 'unicode-space', { within: 13 });
    mended('templates/plan.nb.md', '  - id: ola', '  -\u00A0id: ola', 'unicode-space', { within: 3 });
    mended('examples/bolig-og-arbeid.md', '{kommune: Eksempel kommune,', '{kommune:\u00A0Eksempel kommune,', 'unicode-space', { within: 9 });
  });

  it('curly-quotes: around an id, a date or an allowed value; around text only where the line does not parse', () => {
    mended('templates/plan.nb.md', '\nkoordinator: ola', '\nkoordinator: “ola”', 'curly-quotes', { expected: '\nkoordinator: "ola"', within: 14 });
    mended('examples/bolig-og-arbeid.md', 'deltok: [jonas, ola, siri]', 'deltok: [jonas, ‘ola’, siri]', 'curly-quotes', { expected: "deltok: [jonas, 'ola', siri]", within: 16 });
    // Free text with ": " in it does not parse unquoted: the quotes it was given become YAML's quotes.
    mended(
      'templates/plan.nb.md',
      '    bidrag: Koordinerer planarbeidet og kaller inn til møter.',
      '    bidrag: “Koordinerer: planarbeidet og kaller inn til møter.”',
      'curly-quotes',
      { expected: '    bidrag: "Koordinerer: planarbeidet og kaller inn til møter."', within: 12 },
    );
  });

  it('curly quotes and a date form on one value are two fixes', () => {
    const original = plan('examples/bolig-og-arbeid.md');
    const text = once(original, '    dato: 2026-11-15', '    dato: “15.11.2026”');
    const result = fixPlanText(text);
    expect(result.text).toBe(once(original, '    dato: 2026-11-15', '    dato: "2026-11-15"'));
    const { line } = positionOf(text, '“15.11.2026”');
    expect(result.fixes).toEqual([
      { code: 'curly-quotes', line, column: 11 },
      { code: 'date-form', line, column: 12 },
    ]);
  });

  it('id-list: one id where a list of ids belongs', () => {
    const { original, result } = mended('examples/ettervern-til-nav.md', '    gjelder: [T2]', '    gjelder: T2', 'id-list', { within: 13 });
    expect(check(result.text)).toEqual(check(original));
    mended('examples/barn-med-iop.md', '    mål: [M2]', '    mål: M2', 'id-list', { within: 9 });
  });

  it('fodselsnummer-quoted: a number with all eleven digits', () => {
    const { original, result } = mended('templates/plan.nb.md', '  fødselsnummer: "17850250006"', '  fødselsnummer: 17850250006', 'fodselsnummer-quoted', { within: 17 });
    expect(check(result.text)).toEqual(check(original));
  });

  it('boolean-word: ja and nei where true or false belongs', () => {
    const { original, result } = mended('examples/barn-med-iop.md', 'barnekoordinator: true', 'barnekoordinator: ja', 'boolean-word', { within: 18 });
    expect(check(result.text)).toEqual(check(original));
    mended('examples/barn-med-iop.md', 'barnekoordinator: true', 'barnekoordinator: "Ja"', 'boolean-word', { within: 18 });
  });

  it('has a test above for every code in the list', () => {
    const source = readFileSync(new URL(import.meta.url), 'utf8');
    for (const code of FIX_CODES) expect(source).toContain(`'${code}'`);
  });
});

describe('what --fix leaves alone', () => {
  const bolig = plan('examples/bolig-og-arbeid.md');
  const unfixed = (text: string) => expect(fixPlanText(text)).toEqual({ text, fixes: [] });

  it('a valid plan, every example and template', () => {
    for (const path of ['examples/barn-med-iop.md', 'examples/bolig-og-arbeid.md', 'examples/ettervern-til-nav.md', 'examples/nynorsk-rehabilitering.md', 'examples/utkast-forste-mote.md', 'templates/plan.nb.md', 'templates/plan.nn.md', 'templates/plan.en.md']) {
      unfixed(plan(path));
    }
  });

  it('dates with slashes, dates in free text, dates that are no day', () => {
    unfixed(once(bolig, '    dato: 2026-11-15', '    dato: 1/2/2027'));
    unfixed(once(bolig, '    dato: 2026-11-15', '    dato: 31.02.2027'));
    unfixed(once(bolig, '    omfang: 1 time per uke', '    omfang: 1.2.2027'));
  });

  it('a fødselsnummer whose leading zero YAML dropped', () => {
    unfixed(once(plan('examples/barn-med-iop.md'), '"04901660080"', '04901660080'));
  });

  it('a key whose spelling is uncertain, or whose right spelling is already there', () => {
    // Two edits away, and a short key one edit from another.
    unfixed(once(bolig, '\nkoordinator: ola', '\nkordinatr: ola'));
    unfixed(once(bolig, 'godkjent: {dato: 2026-09-01, av: jonas}', 'godkjent: {dato: 2026-09-01, ab: jonas}'));
    unfixed(once(bolig, '\nkoordinator: ola', '\nkoordinator: ola\nkoordinater: ola'));
  });

  it('an allowed value more than case and æøå away', () => {
    unfixed(once(bolig, '    rolle: pårørende', '    rolle: pårørande'));
  });

  it('a no-break space inside a value, and curly quotes around text that parses', () => {
    unfixed(once(bolig, '    tekst: Bistand til boligsøknad', '    tekst: Bistand\u00A0til boligsøknad'));
    unfixed(once(bolig, '    tekst: Bistand til boligsøknad', '    tekst: “Bistand til boligsøknad”'));
    unfixed(once(bolig, '    tekst: Bistand til boligsøknad', '    tekst: Bistand til\n      :\u00A0boligsøknad'));
  });

  it('front matter that does not parse after the text-level fixes: nothing at all', () => {
    unfixed(once(once(bolig, '    dato: 2026-11-15', '    dato: 15.11.2026'), 'status: aktiv', 'status: [aktiv'));
    unfixed(once(once(bolig, '\n  navn: Jonas', '\n\u00A0\u00A0navn: Jonas'), 'status: aktiv', 'status: [aktiv'));
  });

  it('a file that is not a plan, and the Markdown body', () => {
    unfixed('---\ntitle: Notat\ndato: 1.2.2027\n---\nTekst\n');
    const body = once(bolig, '\n---\n', '\n---\nmål: M1\ndato: 1.2.2027 \u00A0\n');
    unfixed(body);
  });
});

describe('how the file is kept', () => {
  it('a BOM and CRLF line endings stay; positions count as the check counts them', () => {
    const original = '\uFEFF' + plan('examples/utkast-forste-mote.md').replace(/\n/g, '\r\n');
    const text = once(original, 'status: utkast', 'status: Utkast');
    const result = fixPlanText(text);
    expect(result.text).toBe(original);
    const line = text.slice(0, text.indexOf('status: Utkast')).split('\n').length;
    expect(result.fixes).toEqual([{ code: 'enum-case', line, column: 9 }]);
  });

  it('comments, spacing and quoting around a fix stay as written', () => {
    const text = '---\nip: 1   # versjon\nstatus:   Utkast    # ikke aktiv ennå\nperson: { navn: "Kari",  fødselsdato:  "17.5.2002" }\ntiltak:\n  - id: T1\n    mål:   M1   # mål\n---\n';
    expect(fixPlanText(text).text).toBe('---\nip: 1   # versjon\nstatus:   utkast    # ikke aktiv ennå\nperson: { navn: "Kari",  fødselsdato:  "2002-05-17" }\ntiltak:\n  - id: T1\n    mål:   [M1]   # mål\n---\n');
  });

  it('reports codes and positions, never a value', () => {
    const text = once(plan('templates/plan.nb.md'), '  fødselsnummer: "17850250006"', '  fodselsnummer: 17850250006');
    const { fixes } = fixPlanText(text);
    expect(fixes.map((f) => Object.keys(f).sort())).toEqual([
      ['code', 'column', 'line'],
      ['code', 'column', 'line'],
    ]);
    expect(JSON.stringify(fixes)).not.toMatch(/\d{6}/);
  });
});
