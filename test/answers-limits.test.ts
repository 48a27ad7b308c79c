import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin, tempDir } from './helpers.js';

/**
 * An answers file (ip new, ip evaluate) is bounded: 1 MiB, from a file or
 * standard input; one answer at most 10,000 characters and 500 entries;
 * a FIFO named as one is refused at once. And nothing echoed from it (an
 * unknown key, an id that is not in the plan) shows a run of six or more
 * digits. Through the built binary, in both languages.
 */

const SMALL = readFileSync(join(ROOT, 'test', 'fixtures', 'evaluate', 'small.md'), 'utf8');
const NEW = ['new', '--yes', '--answers'];
const EVALUATE = (answers: string) => ['evaluate', 'p.md', '--answers', answers, '--dry-run'];
const BIG = `person: Kari Nordmann\n# ${'x'.repeat(1024 * 1024)}\n`;

describe('the size of an answers file and of each answer', () => {
  it('a file over 1 MiB is refused, from a file or standard input, for ip new and ip evaluate', () => {
    const dir = tempDir({ 'p.md': SMALL, 'big.yaml': BIG });
    const en = 'ip: The answers file big.yaml is larger than 1 MiB, and is not read.\nAn answers file is a few lines. Check that it is the right file.\n';
    for (const args of [[...NEW, 'big.yaml'], EVALUATE('big.yaml')]) {
      const r = runBin(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(en);
      expect(runBin(args, { cwd: dir, env: { IP_LANG: 'nb' } }).stderr).toBe('ip: Svarfilen big.yaml er større enn 1 MiB, og leses ikke.\nEn svarfil er noen få linjer. Sjekk at det er riktig fil.\n');
    }
    const piped = runBin([...NEW, '-'], { cwd: dir, input: BIG });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toBe(en.replace('big.yaml', '<stdin>'));
  });

  it('a FIFO named as the answers file is refused at once', () => {
    const dir = tempDir({ 'p.md': SMALL });
    execFileSync('mkfifo', [join(dir, 'svar.yaml')]);
    for (const args of [[...NEW, 'svar.yaml'], EVALUATE('svar.yaml')]) {
      const r = runBin(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('ip: The answers file svar.yaml could not be read (FIFO).\nCheck the path, and that you may read the file.\n');
    }
  });

  it('one answer over 10,000 characters, or over 500 entries, is refused, naming the answer and not its value', () => {
    const long = 'Kari '.repeat(2001);
    const dir = tempDir({
      'p.md': SMALL,
      'long.yaml': `person: ${long}\nconsentForm: skriftlig\n`,
      'deep.yaml': `person: Kari Nordmann\nparticipant:\n  - {navn: Per, rolle: tjenesteyter, bidrag: "${'a'.repeat(10_001)}"}\n`,
      'many.yaml': `person: Kari Nordmann\ngoal: [${Array.from({ length: 501 }, (_, i) => `Mål ${i}`).join(', ')}]\n`,
      'decisions.yaml': `held: 20.11.2026\ndecisions: [${Array.from({ length: 501 }, (_, i) => `B${i}`).join(', ')}]\n`,
      'note.yaml': `held: 20.11.2026\nnote: {M1: "${'a'.repeat(10_001)}"}\n`,
      'fits.yaml': `person: ${'a'.repeat(10_000)}\nconsentForm: skriftlig\n`,
    });
    const cases: Array<[string[], string, string]> = [
      [[...NEW, 'long.yaml'], 'The answer person in the answers file long.yaml is longer than 10,000 characters.', 'Svaret person i svarfilen long.yaml er lengre enn 10 000 tegn.'],
      [[...NEW, 'deep.yaml'], 'The answer participant in the answers file deep.yaml is longer than 10,000 characters.', 'Svaret participant i svarfilen deep.yaml er lengre enn 10 000 tegn.'],
      [[...NEW, 'many.yaml'], 'The answer goal in the answers file many.yaml has more than 500 entries.', 'Svaret goal i svarfilen many.yaml har flere enn 500 oppføringer.'],
      [EVALUATE('decisions.yaml'), 'The answer decisions in the answers file decisions.yaml has more than 500 entries.', 'Svaret decisions i svarfilen decisions.yaml har flere enn 500 oppføringer.'],
      [EVALUATE('note.yaml'), 'The answer note in the answers file note.yaml is longer than 10,000 characters.', 'Svaret note i svarfilen note.yaml er lengre enn 10 000 tegn.'],
    ];
    for (const [args, en, nb] of cases) {
      const r = runBin(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(`ip: ${en}`);
      expect(r.stderr).not.toContain('Kari Kari');
      expect(runBin(args, { cwd: dir, env: { IP_LANG: 'nb' } }).stderr.split('\n')[0]).toBe(`ip: ${nb}`);
    }
    // At the limit, the answer is taken.
    const fits = runBin([...NEW, 'fits.yaml'], { cwd: dir });
    expect(fits.stderr).toBe('');
    expect(fits.code).toBe(0);
  });
});

describe('no run of six or more digits echoed from an answers file', () => {
  it('an unknown key, an id that is not in the plan, a participant that is not there, in ip new and ip evaluate, both languages', () => {
    const FNR = '17850250006';
    const dir = tempDir({
      'p.md': SMALL,
      'key.yaml': `Kari Nordmann ${FNR}: 1\n`,
      'bare.yaml': `${FNR}: 1\n`,
      'goal.yaml': `held: 20.11.2026\nstatus: {M${FNR}: nådd}\n`,
      'note.yaml': `held: 20.11.2026\nnote: {M${FNR}: Bra}\n`,
      'who.yaml': `held: 20.11.2026\ntookPart: [p${FNR}]\n`,
      'id.yaml': `held: 20.11.2026\ntookPart: ["${FNR}!"]\n`,
    });
    const runs = [
      [...NEW, 'key.yaml'],
      [...NEW, 'bare.yaml'],
      EVALUATE('key.yaml'),
      EVALUATE('goal.yaml'),
      EVALUATE('note.yaml'),
      EVALUATE('who.yaml'),
      EVALUATE('id.yaml'),
    ];
    for (const args of runs) {
      for (const lang of ['en', 'nb']) {
        const r = runBin(args, { cwd: dir, env: { IP_LANG: lang } });
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stdout + r.stderr, args.join(' ')).not.toMatch(/\d{6}/);
        expect(r.stderr, args.join(' ')).toContain(lang === 'en' ? '(number)' : '(tall)');
      }
    }
    expect(runBin([...NEW, 'key.yaml'], { cwd: dir }).stderr).toBe(
      'ip: The answers file key.yaml has an unknown field "Kari Nordmann (number)".\nThe fields are named like the flags, for example birthDate or birth-date for --birth-date.\n',
    );
  });
});
