import { describe, expect, it } from 'vitest';
import { readFixtures } from './fixtures/report/harness.js';
import { run, runBin, tempDir } from './helpers.js';

/**
 * Privacy of `ip report`: every format, in both languages, on a terminal and
 * not, with and without --names, over plans with known (fictional) names and
 * synthetic fødselsnumre. The person's name and fødselsnummer appear in none;
 * coordinators' names only where names may be shown.
 */

/** The people the plans are about, and those close to them: never in the report. */
const PEOPLE = ['Kari Testesen', 'Testesen', 'Per Prøvesen', 'Prøvesen', 'Siv Oppdiktet', 'Oppdiktet', 'Tor Tenkt', 'Tenkt', 'Liv Uekte', 'Uekte'];
const NUMBERS = ['21848810042', '03897520000', '10810960081', '30929930017', '14866215074'];
/** The coordinators: only with --names, or on a terminal without --no-names. */
const COORDINATORS = ['Ola Koordinatorsen', 'Kristin Helsesøster', 'Siri Boligsen', 'Per Legesen', 'ola.k@example.no'];

const FORMATS = ['text', 'json', 'csv', 'markdown', 'html'];

/** A plan whose id and transition id hold a fødselsnummer: the report masks runs of six digits or more. */
function hostile(files: Record<string, string>): Record<string, string> {
  const text = files['plans/IP-R-0002.md']!.replace('id: IP-R-0002', 'id: IP-03897520000').replace('id: O1', 'id: O03897520000');
  return { ...files, 'plans/IP-R-0002.md': text };
}

function expectNone(text: string, list: readonly string[], where: string) {
  for (const secret of list) expect(text.includes(secret), `${where}: found ${secret}`).toBe(false);
}

describe('ip report never shows the person', () => {
  const files = hostile(readFixtures());

  for (const format of FORMATS) {
    for (const lang of ['nb', 'en']) {
      for (const [flags, tty] of [[[], false], [[], true], [['--names'], false], [['--no-names'], true]] as const) {
        const named = flags.includes('--names') || (tty && !flags.includes('--no-names'));
        it(`${format}, ${lang}, ${flags.join(' ') || 'default'}, ${tty ? 'terminal' : 'piped'}: names ${named ? 'of coordinators only' : 'none'}`, async () => {
          const dir = tempDir(files);
          const r = await run(['report', 'plans', '--format', format, ...flags], { cwd: dir, tty, env: { IP_LANG: lang } });
          expect(r.code).toBe(0);
          const all = r.stdout + r.stderr;
          expectNone(all, [...PEOPLE, ...NUMBERS, '038975', '975200'], `${format}/${lang}`);
          if (named) expect(all).toContain('Ola Koordinatorsen');
          else expectNone(all, COORDINATORS, `${format}/${lang} without names`);
        });
      }
    }
  }

  it('a file written with -o, through the built binary: no names at all unless --names', () => {
    const dir = tempDir(files);
    for (const [format, out] of [['html', 'r.html'], ['json', 'r.json'], ['csv', 'r.csv'], ['markdown', 'r.md'], ['text', 'r.txt']] as const) {
      const r = runBin(['report', 'plans', '--format', format, '-o', out], { cwd: dir });
      expect(r.code).toBe(0);
      const written = runBin(['report', 'plans', '--format', format], { cwd: dir });
      expectNone(written.stdout + r.stderr, [...PEOPLE, ...NUMBERS, ...COORDINATORS], `${format} (binary)`);
    }
  });
});
