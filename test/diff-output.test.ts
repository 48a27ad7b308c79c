import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from './fixtures/diff/harness.js';

/** The human formats: text for the terminal (nb, en; colour only on a TTY) and the Markdown change log (nb, nn, en). */

const F = 'test/fixtures/diff';
const pair = (name: string) => [`${F}/${name}/old.md`, `${F}/${name}/new.md`];
const ESC = '\u001b[';

describe('text', () => {
  it('key changes first, in bokmål, with names for participant ids and the withdrawal called out', async () => {
    const r = await run(['diff', ...pair('key-fields')], { env: { IP_LANG: 'nb' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        `${F}/key-fields/old.md → ${F}/key-fields/new.md`,
        '',
        'Viktigste endringer',
        '  ~ koordinator: Ola Hansen (ola) → Siri Lunde (siri)',
        '  ~ status: aktiv → avsluttet',
        '  + avsluttet: dato: 2027-01-20; årsak: samtykke_trukket',
        '  ~ planperiode.til: 2027-08-31 → 2027-01-20',
        '  - Godkjenningen av planen er fjernet.',
        '  ! Samtykket til å utarbeide planen er trukket (2027-01-15).',
        '',
        '6 endringer.',
        '',
      ].join('\n'),
    );
  });

  it('groups field changes under their item, lists an added item’s fields, names a removed one', async () => {
    const r = await run(['diff', ...pair('measures')]);
    expect(r.stdout).toBe(
      [
        `${F}/measures/old.md → ${F}/measures/new.md`,
        '',
        'Measures',
        '  ~ measure T1 "Bistand til boligsøknad"',
        '      ~ ansvarlig: Siri Lunde (siri) → Ola Hansen (ola)',
        '      ~ omfang: 1 time per uke → 2 timer per uke',
        '      + delplan: type: kvalifiseringsprogram; ansvarlig: Ola Hansen (ola); referanse: KVP 2026-17',
        '      - til: 2027-03-01',
        '  + measure T3 "Oppfølging hos fastlege"',
        '      mål: M2',
        '      ansvarlig: Ola Hansen (ola)',
        '      omfang: 1 time per måned',
        '      gjennomføring: Kari har fast time første mandag i måneden.',
        '  - measure T2 "Arbeidstrening i kantine"',
        '',
        '6 changes.',
        '',
      ].join('\n'),
    );
  });

  it('shows a word diff of changed running text, and only the changed lines of a section', async () => {
    const goals = await run(['diff', ...pair('goals')]);
    expect(goals.stdout).toContain('      ~ tekst: Jeg vil bo i egen leilighet {+med balkong +}innen sommeren 2027.\n');
    const body = await run(['diff', ...pair('body')]);
    expect(body.stdout).toContain('  ~ section "Om meg"\n      Jeg er 24 år og bor hos søsteren min{+ i Ås+}. Jeg liker å lage mat,\n  + section');
    expect(body.stdout).not.toContain('og jeg vil ha mitt eget sted å bo.');
    expect(body.stdout).toContain('  - section "Det som er viktig for meg"\n');
  });

  it('says so when nothing changed', async () => {
    const r = await run(['diff', ...pair('reorder')]);
    expect(r.stdout).toBe(`${F}/reorder/old.md → ${F}/reorder/new.md\n\nNo changes.\n`);
  });

  it('is coloured on a terminal, and plain under NO_COLOR or when piped', async () => {
    const tty = await run(['diff', ...pair('goals')], { tty: true });
    expect(tty.stdout).toContain(ESC);
    const noColor = await run(['diff', ...pair('goals')], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain(ESC);
    const piped = await run(['diff', ...pair('goals')]);
    expect(piped.stdout).not.toContain(ESC);
    // The markers carry the meaning without colour; colour is the same text painted.
    expect(tty.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(piped.stdout);
  });

  it('strips control characters from plan values', async () => {
    const dir = tempDir();
    try {
      const base = readFileSync(join(ROOT, F, 'base.md'), 'utf8');
      writeFileSync(join(dir, 'old.md'), base);
      writeFileSync(join(dir, 'new.md'), base.replace('omfang: 1 time per uke', 'omfang: "2 timer\\u001b[2J per uke"'));
      const r = await run(['diff', 'old.md', 'new.md'], { cwd: dir });
      expect(r.stdout).toContain('~ omfang: 1 time per uke → 2 timer[2J per uke');
      expect(r.stdout).not.toContain('\u001b');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('markdown change log', () => {
  it('in bokmål, under a dated heading, grouped, in sentences', async () => {
    const r = await run(['diff', ...pair('measures'), '--format', 'markdown', '--today', '2027-01-20']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '## Endringslogg',
        '',
        '### 2027-01-20',
        '',
        '**Tiltak**',
        '',
        '- Tiltak T1 «Bistand til boligsøknad»:',
        '  - Ansvarlig endret fra «Siri Lunde (siri)» til «Ola Hansen (ola)».',
        '  - Omfang endret fra «1 time per uke» til «2 timer per uke».',
        '  - Delplan lagt til: «type: kvalifiseringsprogram; ansvarlig: Ola Hansen (ola); referanse: KVP 2026-17».',
        '  - Til fjernet (var «2027-03-01»).',
        '- Tiltak T3 «Oppfølging hos fastlege» lagt til:',
        '  - Mål: M2',
        '  - Ansvarlig: Ola Hansen (ola)',
        '  - Omfang: 1 time per måned',
        '  - Gjennomføring: Kari har fast time første mandag i måneden.',
        '- Tiltak T2 «Arbeidstrening i kantine» fjernet.',
        '',
      ].join('\n'),
    );
  });

  it('calls out the withdrawal of consent in bold, in the key changes', async () => {
    const r = await run(['diff', ...pair('key-fields'), '--format', 'markdown']);
    expect(r.stdout).toContain(
      [
        '**Viktigste endringer**',
        '',
        '- Koordinator endret fra «Ola Hansen (ola)» til «Siri Lunde (siri)».',
        '- Status endret fra «aktiv» til «avsluttet».',
        '- Avsluttet lagt til: «dato: 2027-01-20; årsak: samtykke_trukket».',
        '- Planperiode › til endret fra «2027-08-31» til «2027-01-20».',
        '- Godkjenningen av planen er fjernet.',
        '- **Samtykket til å utarbeide planen er trukket (2027-01-15).**',
      ].join('\n'),
    );
  });

  it('follows the new plan’s language, not the message language: nynorsk', async () => {
    const r = await run(['diff', ...pair('plan-fields'), '--format', 'markdown'], { env: { IP_LANG: 'en' } });
    expect(r.stdout).toBe(
      [
        '## Endringslogg',
        '',
        '### 2027-01-20',
        '',
        '**Om planen**',
        '',
        '- Språk endra frå «nb» til «nn».',
        '- Eigar › eining endra frå «Koordinerende enhet» til «Koordinerande eining».',
        '- Arkiv lagt til: «system: Elements; referanse: 2026/1234».',
        '',
        '**Andre felt**',
        '',
        '- Notat lagt til: «Husk tolk neste gang.»',
        '',
      ].join('\n'),
    );
  });

  it('in English for a plan written in English', async () => {
    const dir = tempDir();
    try {
      const plan = readFileSync(join(ROOT, 'examples/utkast-forste-mote.md'), 'utf8');
      writeFileSync(join(dir, 'old.md'), plan);
      const next = plan
        .replace('  - id: M1\n', '  - id: M2\n    tekst: I want a weekly routine with exercise.\n  - id: M1\n')
        .replace('form: muntlig, grunnlag: egen}', 'form: muntlig, grunnlag: egen, trukket: 2026-12-01}');
      writeFileSync(join(dir, 'new.md'), next);
      const r = await run(['diff', 'old.md', 'new.md', '--format', 'markdown', '--today', '2026-12-02'], { cwd: dir, env: { IP_LANG: 'nb' } });
      expect(r.stdout).toBe(
        [
          '## Change log',
          '',
          '### 2026-12-02',
          '',
          '**Key changes**',
          '',
          '- **Consent to prepare the plan has been withdrawn (2026-12-01).**',
          '',
          '**Goals**',
          '',
          '- Goal M2 "I want a weekly routine with exercise." added.',
          '',
        ].join('\n'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('marks words in a changed section and quotes added sections', async () => {
    const r = await run(['diff', ...pair('body'), '--format', 'markdown']);
    expect(r.stdout).toContain('- Avsnitt «Om meg» endret:\n\n  > Jeg er 24 år og bor hos søsteren min **i Ås**. Jeg liker å lage mat,\n');
    expect(r.stdout).toContain('- Innledningen lagt til:\n\n  > Sist endret på møtet i januar.\n');
    expect(r.stdout).toContain('- Avsnitt «Det som er viktig for meg» fjernet.');
  });

  it('escapes Markdown in plan values, so a value cannot restyle the log', async () => {
    const dir = tempDir();
    try {
      const base = readFileSync(join(ROOT, F, 'base.md'), 'utf8');
      writeFileSync(join(dir, 'old.md'), base);
      writeFileSync(join(dir, 'new.md'), base.replace('omfang: 1 time per uke', 'omfang: "*2* timer [per] uke <b>"'));
      const r = await run(['diff', 'old.md', 'new.md', '--format', 'markdown'], { cwd: dir });
      expect(r.stdout).toContain('til «\\*2\\* timer \\[per\\] uke \\<b\\>»');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes "no changes" under the heading when nothing changed', async () => {
    const r = await run(['diff', ...pair('reorder'), '--format', 'markdown']);
    expect(r.stdout).toBe('## Endringslogg\n\n### 2027-01-20\n\nIngen endringer.\n');
  });
});
