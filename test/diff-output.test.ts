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

  it('names sub-goals by id, a decision’s fields, and says what an evaluation assessed, in bokmål', async () => {
    const r = await run(['diff', ...pair('held-evaluation')], { env: { IP_LANG: 'nb' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        `${F}/held-evaluation/old.md → ${F}/held-evaluation/new.md`,
        '',
        'Mål',
        '  ~ delmål M1a «Sende søknad om kommunal bolig.»',
        '      ~ frist: 2026-12-15 → 2027-01-15',
        '  + delmål M1c «Søke om bostøtte.»',
        '  - delmål M1b «Se på minst tre leiligheter.»',
        '  + delmål M2a «Prøve ut kantina i to uker.»',
        '      frist: 2026-11-30',
        '',
        'Tiltak',
        '  ~ tiltak T1 «Bistand til boligsøknad»',
        '      ~ vedtak.til: 2027-03-01 → 2027-06-30',
        '  ~ tiltak T2 «Arbeidstrening i kantine»',
        '      + vedtak: referanse: 2026/2211; dato: 2026-12-05',
        '',
        'Evalueringer',
        '  ~ evaluering E1 (2026-12-01, evaluering)',
        '      + deltok: Ola Hansen (ola)',
        '      ~ M1a vurdert som nådd (var delvis nådd)',
        '      + M2a vurdert som endret, med merknad «Kantina passer ikke; vi prøver lageret.»',
        '      - vurderingen av M1b fjernet',
        '      + beslutninger: Ola spør lageret om arbeidstrening.',
        '',
        '11 endringer.',
        '',
      ].join('\n'),
    );
  });

  it('says an assessment’s note that changed as a field of the assessment, in English', async () => {
    const dir = tempDir();
    try {
      const plan = readFileSync(join(ROOT, F, 'held-evaluation/old.md'), 'utf8');
      writeFileSync(join(dir, 'old.md'), plan);
      writeFileSync(join(dir, 'new.md'), plan.replace('merknad: Søknaden er nesten ferdig.', 'merknad: Søknaden er sendt.').replace('deltok: [kari, siri]', 'deltok: [kari]'));
      const r = await run(['diff', 'old.md', 'new.md'], { cwd: dir });
      expect(r.stdout).toContain(
        [
          '  ~ evaluation E1 (2026-12-01, evaluering)',
          '      - deltok: Siri Lunde (siri)',
          '      ~ the assessment of M1a › merknad: Søknaden er nesten ferdig. → Søknaden er sendt.',
          '',
        ].join('\n'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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

  it('says in sentences what changed in sub-goals, decisions and a held evaluation, in bokmål', async () => {
    const r = await run(['diff', ...pair('held-evaluation'), '--format', 'markdown', '--today', '2026-12-06']);
    expect(r.stdout).toBe(
      [
        '## Endringslogg',
        '',
        '### 2026-12-06',
        '',
        '**Mål**',
        '',
        '- Delmål M1a «Sende søknad om kommunal bolig.»: frist endret fra «2026-12-15» til «2027-01-15».',
        '- Delmål M1c «Søke om bostøtte.» lagt til.',
        '- Delmål M1b «Se på minst tre leiligheter.» fjernet.',
        '- Delmål M2a «Prøve ut kantina i to uker.» lagt til:',
        '  - Frist: 2026-11-30',
        '',
        '**Tiltak**',
        '',
        '- Tiltak T1 «Bistand til boligsøknad»: vedtak › til endret fra «2027-03-01» til «2027-06-30».',
        '- Tiltak T2 «Arbeidstrening i kantine»: vedtak lagt til: «referanse: 2026/2211; dato: 2026-12-05».',
        '',
        '**Evalueringer**',
        '',
        '- Evaluering E1 (2026-12-01, evaluering):',
        '  - Deltok: la til Ola Hansen (ola).',
        '  - M1a vurdert som nådd (var delvis nådd).',
        '  - M2a vurdert som endret, med merknad «Kantina passer ikke; vi prøver lageret.»',
        '  - Vurderingen av M1b fjernet.',
        '  - Beslutning lagt til: «Ola spør lageret om arbeidstrening.»',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [
      'nn',
      [
        '- Evaluering E1 (2026-12-01, evaluering):',
        '  - Deltok: la til Ola Hansen (ola).',
        '  - M1a vurdert som nådd (var delvis nådd).',
        '  - M2a vurdert som endra, med merknad «Kantina passer ikke; vi prøver lageret.»',
        '  - Vurderinga av M1b fjerna.',
        '  - Avgjerd lagt til: «Ola spør lageret om arbeidstrening.»',
      ],
    ],
    [
      'en',
      [
        '- Evaluation E1 (2026-12-01, evaluering):',
        '  - Took part: added Ola Hansen (ola).',
        '  - M1a assessed as reached (was partly reached).',
        '  - M2a assessed as changed, with the note "Kantina passer ikke; vi prøver lageret."',
        '  - The assessment of M1b removed.',
        '  - Decision added: "Ola spør lageret om arbeidstrening."',
      ],
    ],
  ])('says a held evaluation in the plan’s language: %s', async (lang, lines) => {
    const dir = tempDir();
    try {
      for (const side of ['old', 'new']) {
        const plan = readFileSync(join(ROOT, F, `held-evaluation/${side}.md`), 'utf8');
        writeFileSync(join(dir, `${side}.md`), plan.replace('språk: nb\n', `språk: ${lang}\n`));
      }
      const r = await run(['diff', 'old.md', 'new.md', '--format', 'markdown'], { cwd: dir, env: { IP_LANG: 'nb' } });
      expect(r.stdout).toContain(lines.join('\n'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
