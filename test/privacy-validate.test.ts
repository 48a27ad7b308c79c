import { describe, expect, it } from 'vitest';
import { example, run, runBin, tempDir, TODAY } from './helpers.js';

/**
 * No value from a plan reaches validate's output: plans full of findings, with
 * known names, a synthetic fødselsnummer and body text, in every format.
 */
const NAME = 'Jonas Fjellvang';
const FNR = '12839112376';
const BIRTH = '1991-03-12';
const BODY = 'Jeg er 35 år og har jobbet som kokk';

function leaky(): Record<string, string> {
  const base = example('bolig-og-arbeid.md');
  return {
    // Invalid number (a digit changed), mismatched birth date, a foresatt consenting for an adult.
    'a.md': base.replace(FNR, '12839112377').replace('gitt_av: jonas, form', 'gitt_av: mari, form').replace('rolle: pårørende', 'rolle: foresatt'),
    // The same person twice: the duplicate check must name files, not the number.
    'b.md': base.replace('IP-2026-0042', 'IP-2026-0050'),
    'c.md': base.replace('IP-2026-0042', 'IP-2026-0051').replace(`fødselsdato: ${BIRTH}`, 'fødselsdato: 1991-03-13'),
    // Unquoted number: a type error on the value itself.
    'd.md': base.replace('IP-2026-0042', 'IP-2026-0052').replace(`"${FNR}"`, FNR).replace('navn: Ola Hansen', 'navn: [Ola Hansen]'),
  };
}

describe('validate prints no personal values', () => {
  it.each(['text', 'json', 'github'])('--format %s', async (format) => {
    const dir = tempDir(leaky());
    for (const lang of ['nb', 'en']) {
      const result = await run(['validate', '.', '--format', format, '--today', TODAY], { cwd: dir, env: { IP_LANG: lang }, tty: true });
      expect(result.code).toBe(1);
      const all = result.stdout + result.stderr;
      for (const secret of [NAME, 'Fjellvang', FNR, '12839112377', BIRTH, '1991-03-13', BODY, 'Ola Hansen', 'Siri Lunde']) {
        expect(all, `${format}/${lang} leaks ${secret}`).not.toContain(secret);
      }
      expect(all).toMatch(/duplicate-person/);
      expect(all).toMatch(/fodselsnummer-invalid/);
    }
  });
});

describe('the yaml package says nothing of its own', () => {
  it('a mapping used as a key is reported without its text on standard error (the built binary)', () => {
    const dir = tempDir({ 'p.md': '---\nip: 1\n{Jonas Fjellvang: 12839112376}: x\n---\n' });
    const result = runBin(['validate', 'p.md'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    // The key itself is echoed as an unknown key (truncated, cleaned), with no run of digits.
    expect(result.stdout).not.toContain('12839112376');
  });
});
