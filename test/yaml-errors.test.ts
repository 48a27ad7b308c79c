import { describe, expect, it } from 'vitest';
import { renderDiagnostic } from '../src/plan/diagnostics/messages.js';
import { checkText } from '../src/plan/check.js';
import { openBracketBefore } from '../src/plan/yaml.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run, runBin, tempDir, TODAY } from './helpers.js';

/**
 * YAML syntax errors in words a coordinator can act on, placed where the
 * mistake is. The parser's code stays at the end of the message.
 */

const syntax = (yamlCode: string, unclosed?: string) => ({ code: 'yaml-syntax', path: [], params: unclosed ? { yamlCode, unclosed } : { yamlCode } });

describe('a bracket left open', () => {
  const at = (yaml: string) => openBracketBefore(yaml, yaml.indexOf('NEXT'));
  it('is found on the line before the one the parser stops at', () => {
    expect(at('ip: 1\nstatus: [aktiv\nNEXT: x\n')).toBe('ip: 1\nstatus: '.length);
    expect(at('ip: 1\nkontakt: {telefon: x\n\n# a comment\n  NEXT\n')).toBe('ip: 1\nkontakt: '.length);
    // The outermost of two.
    expect(at('a: [{b: c\nNEXT\n')).toBe(3);
  });

  it('is not found where the line closes what it opens, or the brackets are in quotes or a comment', () => {
    expect(at('status: [aktiv]\nNEXT\n')).toBeUndefined();
    expect(at('navn: "Kari [x"\nNEXT\n')).toBeUndefined();
    expect(at("navn: 'a [b' # {\nNEXT\n")).toBeUndefined();
    expect(at('a: b\nNEXT\n')).toBeUndefined();
    // The parser stopped mid-line: something else is wrong there.
    expect(openBracketBefore('status: [aktiv\nx: NEXT\n', 'status: [aktiv\nx: '.length)).toBeUndefined();
  });

  it('is looked for back to the first line, and no further', () => {
    // Front matter that starts with a blank line: the search must stop at the top (it once looped for ever here).
    expect(openBracketBefore('\nNEXT', 1)).toBeUndefined();
    expect(openBracketBefore('\n\na: [x\nNEXT', '\n\na: [x\n'.length)).toBe('\n\na: '.length);
    const checked = checkText('---\n\n]\n---\n', { explicit: true, today: TODAY });
    expect(checked.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['yaml-syntax', 3, 1]]);
  });

  it('is where the diagnostic points, with the bracket named and no value', () => {
    const checked = checkText('---\nip: 1\nstatus: [aktiv\nspråk: nb\n---\n', { explicit: true, today: TODAY });
    expect(checked.diagnostics).toEqual([expect.objectContaining({ code: 'yaml-syntax', line: 3, column: 9, params: { yamlCode: 'BAD_INDENT', unclosed: '[' } })]);
  });
});

describe('one mistake, one diagnostic', () => {
  it('reports the first syntax error on a line, not its echoes, at the line indented wrongly', () => {
    // The parser reports this mistake twice, under two codes, on the line before the one indented a space too far.
    const checked = checkText('---\nip: 1\nperson:\n  navn: Testperson Fiktiv\n   alder: 3\nstatus: aktiv\n---\n', { explicit: true, today: TODAY });
    expect(checked.diagnostics.map((d) => [d.code, d.line, d.column, d.params?.yamlCode, d.params?.indent, d.params?.expected])).toEqual([
      ['yaml-syntax', 5, 1, 'BLOCK_AS_IMPLICIT_KEY', 3, 2],
    ]);
  });
});

describe('messages for YAML syntax errors', () => {
  it('name an open bracket and how to close it, in bokmål and English', () => {
    expect(renderDiagnostic(syntax('BAD_INDENT', '['), 'nb')).toEqual({
      message: '«[» åpnes her, men lukkes ikke på samme linje (YAML-feil BAD_INDENT).',
      hint: 'Lukk med «]» på samme linje (for eksempel «behov: [a, b]»), eller skriv en liste med «- » på hver linje.',
    });
    expect(renderDiagnostic(syntax('MISSING_CHAR', '{'), 'en')).toEqual({
      message: '"{" opens here but is not closed on the same line (YAML error MISSING_CHAR).',
      hint: 'Close it with "}" on the same line (such as "planperiode: {fra: …, til: …}"), or write one field per line, indented.',
    });
  });

  it('say what the common mistakes are', () => {
    expect(renderDiagnostic(syntax('TAB_AS_INDENT'), 'en')).toEqual({ message: 'The indentation is made with tabs (YAML error TAB_AS_INDENT).', hint: 'Indent with spaces, not tabs.' });
    expect(renderDiagnostic(syntax('BLOCK_AS_IMPLICIT_KEY'), 'nb').message).toBe('En verdi inneholder «: », eller et felt har feil innrykk (YAML-feil BLOCK_AS_IMPLICIT_KEY).');
  });

  it('fall back to the code and the general hint for rare ones', () => {
    expect(renderDiagnostic(syntax('BAD_ALIAS'), 'en')).toEqual({
      message: 'YAML error (BAD_ALIAS).',
      hint: 'Check the indentation (spaces, not tabs) and put text that contains ": " or starts with a special character in quotes.',
    });
  });

  it('reach the user through ip validate, located at the bracket', async () => {
    const r = await run(['validate', '--stdin', '--stdin-filename', 'plan.md', '--lang', 'en'], { stdin: '---\nip: 1\nid: IP-X\nstatus: [aktiv\n---\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('plan.md:4:9: error: "[" opens here but is not closed on the same line (YAML error BAD_INDENT). [yaml-syntax]\n  How to fix: Close it with "]" on the same line');
  });
});

describe('the errors that follow from one mistake', () => {
  const example = readFileSync(join(ROOT, 'examples', 'bolig-og-arbeid.md'), 'utf8');
  const broken = (...edits: [string, string][]) => edits.reduce((text, [from, to]) => {
    expect(text, from).toContain(from);
    return text.replace(from, to);
  }, example);
  const lines = (text: string) => text.split('\n');
  const lineOf = (text: string, needle: string) => lines(text).findIndex((l) => l.includes(needle)) + 1;
  const found = (text: string) => checkText(text, { explicit: true, today: TODAY }).diagnostics.map((d) => [d.code, d.line, d.column, d.params]);

  it('are one error at a line indented a space short, naming both indentations and counting the rest', () => {
    const text = broken(['    rolle: tjenesteyter\n    virksomhet: NAV Sentrum', '   rolle: tjenesteyter\n    virksomhet: NAV Sentrum']);
    expect(found(text)).toEqual([['yaml-syntax', lineOf(text, 'virksomhet: NAV Sentrum') - 1, 1, { yamlCode: 'MISSING_CHAR', indent: 3, expected: 4, followOn: 2 }]]);
  });

  it('are one error at a line indented a space too deep, though the parser stops on the line before', () => {
    const text = broken(['    virksomhet: NAV Sentrum', '     virksomhet: NAV Sentrum']);
    expect(found(text)).toEqual([['yaml-syntax', lineOf(text, 'virksomhet: NAV Sentrum'), 1, { yamlCode: 'BLOCK_AS_IMPLICIT_KEY', indent: 5, expected: 4 }]]);
  });

  it('name a list item out of line with the items around it, and a top-level field that is indented', () => {
    const item = broken(['  - id: siri', '   - id: siri']);
    expect(found(item)).toEqual([['yaml-syntax', lineOf(item, '- id: siri'), 1, { yamlCode: 'BAD_INDENT', indent: 3, expected: 2, followOn: 1 }]]);
    const top = broken(['\nkoordinator: ola', '\n koordinator: ola']);
    expect(found(top)).toEqual([['yaml-syntax', lineOf(top, 'koordinator: ola'), 1, { yamlCode: 'BAD_INDENT', indent: 1, expected: 0 }]]);
  });

  it('are one error at a bracket left open, counting the errors up to where a later bracket closes it', () => {
    const text = broken(['mål: [M1, M1b]', 'mål: [M1, M1b']);
    const at = lineOf(text, 'mål: [M1, M1b');
    expect(found(text)).toEqual([['yaml-syntax', at, 10, { yamlCode: 'BAD_INDENT', unclosed: '[', followOn: 7 }]]);
  });

  it('leave two mistakes in two places as two errors', () => {
    const text = broken(['    rolle: tjenesteyter\n    virksomhet: NAV Sentrum', '   rolle: tjenesteyter\n    virksomhet: NAV Sentrum'], ['mål: [M1, M1b]', 'mål: [M1, M1b']);
    expect(found(text).map(([code, line]) => [code, line])).toEqual([
      ['yaml-syntax', lineOf(text, 'virksomhet: NAV Sentrum') - 1],
      ['yaml-syntax', lineOf(text, 'mål: [M1, M1b')],
    ]);
  });

  it('are counted in the message, in both languages, through the built binary', () => {
    const dir = tempDir({ 'plan.md': broken(['    rolle: tjenesteyter\n    virksomhet: NAV Sentrum', '   rolle: tjenesteyter\n    virksomhet: NAV Sentrum']) });
    const nb = runBin(['validate', 'plan.md', '--lang', 'nb'], { cwd: dir });
    expect(nb.code).toBe(1);
    expect(nb.stdout).toContain(
      'plan.md:19:1: feil: Linjen har 3 mellomrom foran, men feltene rundt har 4 (YAML-feil MISSING_CHAR). 2 feil til i linjene under kommer trolig av denne. [yaml-syntax]\n  Slik retter du: Skriv 4 mellomrom foran, like mange som feltene på samme nivå.\n',
    );
    expect(nb.stdout).toContain('1 plan sjekket: 1 feil, 0 advarsler.');
    const en = runBin(['validate', 'plan.md', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain(
      'plan.md:19:1: error: The line has 3 spaces in front, but the fields around it have 4 (YAML error MISSING_CHAR). 2 more errors in the lines below probably follow from this one. [yaml-syntax]\n  How to fix: Write 4 spaces in front, as many as the fields on the same level.\n',
    );
  });
});
