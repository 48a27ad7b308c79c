import { describe, expect, it } from 'vitest';
import { run, runBin } from './fixtures/diff/harness.js';

/** Every way `ip diff OLD NEW` cannot compare: exit 2, a message that says what and where, a hint, no plan values. */

const F = 'test/fixtures/diff';
const GOOD = `${F}/base.md`;

const NOT_A_PLAN_HINT = 'Only a plan with readable front matter and "ip: 1" can be compared.';

const table: Array<{ name: string; args: string[]; lang?: string; stderr: string[] }> = [
  {
    name: 'the old file does not exist',
    args: [`${F}/nope.md`, GOOD],
    stderr: [`ip: File not found: "${F}/nope.md".`, 'Check the path and spelling.'],
  },
  {
    name: 'the new file does not exist',
    args: [GOOD, `${F}/nope.md`],
    stderr: [`ip: File not found: "${F}/nope.md".`],
  },
  {
    name: 'the file does not exist, in bokmål',
    args: [GOOD, `${F}/nope.md`],
    lang: 'nb',
    stderr: [`ip: Fant ikke filen «${F}/nope.md».`, 'Sjekk stien og stavemåten.'],
  },
  {
    name: 'a folder instead of a file',
    args: [F, GOOD],
    stderr: [`ip: "${F}" is a folder, not a file.`],
  },
  {
    name: 'the old side has no front matter',
    args: [`${F}/no-front-matter.md`, GOOD],
    stderr: [
      `ip: The old version (${F}/no-front-matter.md) cannot be read as a plan:\n  ${F}/no-front-matter.md:1:1: The file has no front matter. [no-front-matter]`,
      NOT_A_PLAN_HINT,
    ],
  },
  {
    name: 'the new side is Markdown with front matter but no plan',
    args: [GOOD, `${F}/not-a-plan.md`],
    stderr: [`ip: The new version (${F}/not-a-plan.md) cannot be read as a plan:\n  ${F}/not-a-plan.md:1:1: The file is not an individual plan: its front matter has no "ip" field. [not-a-plan]`],
  },
  {
    name: 'the new side looks like a plan but has no ip key',
    args: [GOOD, `${F}/plan-like.md`],
    stderr: [`${F}/plan-like.md:1:1:`, '[missing-ip-key]', 'How to fix: Write "ip: 1" on the line right below the first "---".'],
  },
  {
    name: 'the new side has a YAML error, located',
    args: [GOOD, `${F}/broken-yaml.md`],
    stderr: [
      `ip: The new version (${F}/broken-yaml.md) cannot be read as a plan:\n  ${F}/broken-yaml.md:6:1: The line has 3 spaces in front, but the fields around it have 2 (YAML error BLOCK_AS_IMPLICIT_KEY). [yaml-syntax]`,
      'How to fix: Write 2 spaces in front, as many as the fields on the same level.',
    ],
  },
  {
    name: 'the old side has a YAML error, in bokmål',
    args: [`${F}/broken-yaml.md`, GOOD],
    lang: 'nb',
    stderr: [
      `ip: Den gamle versjonen (${F}/broken-yaml.md) kan ikke leses som en plan:\n  ${F}/broken-yaml.md:6:1: Linjen har 3 mellomrom foran, men feltene rundt har 2 (YAML-feil BLOCK_AS_IMPLICIT_KEY). [yaml-syntax]`,
      'Slik retter du: Skriv 2 mellomrom foran, like mange som feltene på samme nivå.',
    ],
  },
  {
    name: 'the new side has no closing fence',
    args: [GOOD, `${F}/unclosed.md`],
    stderr: [`${F}/unclosed.md:1:1: The front matter has no closing "---". [unclosed-front-matter]`],
  },
  {
    name: 'the new side has an unsupported format version',
    args: [GOOD, `${F}/version-2.md`],
    stderr: [`${F}/version-2.md:2:5: Unsupported format version: only "ip: 1" can be read. [unsupported-version]`],
  },
  {
    name: 'both sides are broken: the old one is reported',
    args: [`${F}/unclosed.md`, `${F}/broken-yaml.md`],
    stderr: ['ip: The old version'],
  },
  {
    name: 'a file over --max-size',
    args: [GOOD, GOOD, '--max-size', '100'],
    stderr: [`ip: "${GOOD}" is larger than the limit of 100 bytes.`, '--max-size'],
  },
  {
    name: 'an unknown --format',
    args: [GOOD, GOOD, '--format', 'html'],
    stderr: ["error: option '--format <format>' argument 'html' is invalid."],
  },
  {
    name: 'a bad --today',
    args: [GOOD, GOOD, '--today', '01/20/2027'],
    stderr: ['ip: --today must be a date written YYYY-MM-DD or DD.MM.YYYY.'],
  },
  {
    name: 'no file at all',
    args: [],
    stderr: ["error: missing required argument 'old'"],
  },
  {
    name: 'three files',
    args: [GOOD, GOOD, GOOD],
    stderr: ['error: too many arguments'],
  },
];

describe('ip diff: errors exit 2', () => {
  it.each(table)('$name', async ({ args, lang, stderr }) => {
    const r = await run(['diff', ...args], { env: lang ? { IP_LANG: lang } : {} });
    expect(r.stdout).toBe('');
    for (const text of stderr) expect(r.stderr).toContain(text);
    expect(r.code).toBe(2);
    // Privacy: a message names files, fields and codes, never what the plan says.
    for (const value of ['Kari', 'Nordmann', '17850250006', 'Møtereferat', '2026-08-20']) expect(r.stderr).not.toContain(value);
  });

  it('the built binary exits 2 with the same message and no stack trace', async () => {
    const r = await runBin(['diff', GOOD, `${F}/broken-yaml.md`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[yaml-syntax]');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const missing = await runBin(['diff', `${F}/nope.md`, GOOD]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('File not found');
  });

  it('a plan that parses but does not validate is still compared', async () => {
    const r = await run(['diff', `${F}/invalid-new/old.md`, `${F}/invalid-new/new.md`, '--exit-code']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('koordinator: Ola Hansen (ola) → nils');
  });
});
