import { describe, expect, it } from 'vitest';
import { pastedCharacters } from '../src/plan/pasted.js';
import { example, validateText } from './helpers.js';

/**
 * What Word and web pages leave in pasted text, named where it is, with one
 * diagnostic for one mistake: the YAML errors that follow are left out.
 */

const PLAN = example('bolig-og-arbeid.md');

/** The plan with `from` replaced once by `to` (the test fails if `from` is not there). */
function pasted(from: string, to: string): string {
  expect(PLAN).toContain(from);
  return PLAN.replace(from, to);
}

/** 1-based line and column of `needle` in the plan as changed. */
function where(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('pasted text: one located diagnostic that says what to do', () => {
  it.each([
    ['a no-break space in the indentation', '    bidrag: Koordinerer', '  \u00A0 bidrag: Koordinerer', '\u00A0', 'A no-break space (from Word or a web page) is in the indentation here.'],
    ['a no-break space right after the colon', 'koordinator: ola', 'koordinator:\u00A0ola', '\u00A0', 'A no-break space (from Word or a web page) comes right after the colon'],
    ['a tab in the indentation', '    omfang: 1 time per uke', '\tomfang: 1 time per uke', '\t', 'A tab is in the indentation here.'],
    ['a zero-width space in a key', 'koordinator: ola', 'koordi\u200Bnator: ola', '\u200B', 'An invisible character (a zero-width space or a soft hyphen) is in the field name here'],
    ['a soft hyphen in an id', 'koordinator: ola', 'koordinator: o\u00ADla', '\u00AD', 'An invisible character (a zero-width space or a soft hyphen) is in the id here'],
    ['curly quotes around a date', 'utført: 2026-11-17', 'utført: \u201C2026-11-17\u201D', '\u201C', 'The value is in curly quotes'],
  ])('%s', async (_name, from, to, mark, message) => {
    const text = pasted(from, to);
    const { code, diagnostics } = await validateText(text);
    expect(code).toBe(1);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['pasted-character', where(text, mark).line, where(text, mark).column]]);
    expect(diagnostics[0]!.message).toContain(message);
    expect(diagnostics[0]!.hint).not.toBe('');
  });

  it('one tab is one error, not a cascade of YAML errors', async () => {
    const text = pasted('    gjennomføring: Siri', '\t\tgjennomføring: Siri');
    const { diagnostics } = await validateText(text);
    expect(diagnostics.map((d) => d.code)).toEqual(['pasted-character']);
  });

  it('« » around a person\'s words and curly quotes around a sentence are left alone', () => {
    expect(pastedCharacters('tekst: «Jeg vil bo for meg selv.»\nmerknad: \u201CDet gikk bra, sa hun.\u201D\n', 2)).toEqual([]);
  });

  it('says it in bokmål too', async () => {
    const { diagnostics } = await validateText(pasted('koordinator: ola', 'koordinator:\u00A0ola'), ['--lang', 'nb']);
    expect(diagnostics[0]!.hint).toBe('Bytt det harde mellomrommet etter «:» med et vanlig mellomrom.');
  });

  it('a plan without any of it is passed over', () => {
    expect(pastedCharacters(PLAN, 1)).toEqual([]);
  });
});

describe('pasted text inside { } and after a list dash', () => {
  it.each([
    ['a no-break space after a colon in a flow mapping: named, and the value after it never echoed', 'kontakt: {epost: siri.lunde@example.no}', 'kontakt: {epost:\u00A0siri.lunde@example.no}', ':\u00A0siri', 1],
    ['a no-break space after a list dash', '  - id: siri', '  -\u00A0id: siri', '\u00A0id: siri', 0],
    ['a zero-width space in a key in a flow mapping', 'kontakt: {epost: siri.lunde@example.no}', 'kontakt: {ep\u200Bost: siri.lunde@example.no}', '\u200Bost', 0],
  ])('%s', async (_name, from, to, mark, offset) => {
    const text = PLAN.replace(from, to);
    expect(text).not.toBe(PLAN);
    for (const format of ['json', 'text']) {
      const { diagnostics } = await validateText(text);
      expect(diagnostics.map((d) => [d.code, d.line, d.column]), format).toEqual([['pasted-character', where(text, mark).line, where(text, mark).column + offset]]);
      expect(JSON.stringify(diagnostics)).not.toContain('siri.lunde');
    }
  });

  it.each([
    ['an invisible character in an id in a list', 'deltok: [jonas, ola, siri]', 'deltok: [jonas, ola\u200B, siri]', '\u200B, siri'],
    ['curly quotes around an id in a list', 'gjelder: [M1, M1a]', 'gjelder: [\u201CM1\u201D, M1a]', '\u201CM1'],
  ])('%s: named where it is, one finding', async (_name, from, to, mark) => {
    const text = PLAN.replace(from, to);
    expect(text).not.toBe(PLAN);
    const { diagnostics } = await validateText(text);
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['pasted-character', where(text, mark).line, where(text, mark).column]]);
  });

  it('a key echoed never carries the value run into it, and shows an invisible character', async () => {
    const { echoKey } = await import('../src/plan/diagnostics/field-path.js');
    expect(echoKey('epost:\u00A0siri.lunde@example.no', 'en')).toBe('epost');
    expect(echoKey('ep\u200Bost', 'en')).toBe('ep\u2423ost');
  });
});
