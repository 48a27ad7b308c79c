import { chmodSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { CODES } from '../src/plan/diagnostics/code.js';
import { CODE_GUIDE } from '../src/plan/diagnostics/guide.js';
import { FIELD_DESCRIPTIONS_EN } from '../src/output/help/field-descriptions-en.js';
import { planFields } from '../src/output/help/felt.js';
import { BIN, runBin, tempDir } from './helpers.js';

/**
 * `ip help <emne>`: the topics felt, koder and samtykke, offline, through the
 * built binary; and the narrow rule that under the name `ip`, `help` is ours
 * only before one of the topics.
 */

describe('ip help <emne> through the binary', () => {
  it('felt lists the fields from the schema, with the point of each list', () => {
    const r = runBin(['help', 'felt'], { env: { IP_LANG: 'nb' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('deltakere[]: Deltakere (bokstav b: hvem som deltar i planarbeidet)\n');
    expect(r.stdout).toContain('deltakere[].bidrag: Bidrag (bokstav d: hva deltakerne skal bidra med)\n');
    expect(r.stdout).toContain('samtykke.utarbeidelse.grunnlag: Grunnlag\n');
    expect(r.stdout).toContain('    Verdier: egen, foreldreansvar, omsorgsovertakelse, verge, framtidsfullmakt, mangler_samtykkekompetanse\n');
    expect(r.stdout).toContain('evalueringer[].vurderinger[].status: Status\n');
  });

  it('felt in English names each field in English', () => {
    const r = runBin(['help', 'felt', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tiltak[]: measures (point e: measures, their scope and who is responsible)\n');
    expect(r.stdout).toContain('tiltak[].gjennomføring: how it is carried out (point f: how the measures are carried out)\n');
    expect(r.stdout).toContain('deltakere[].id: id\n');
    expect(r.stdout).toContain('tiltak[].vedtak.til: to\n    The last day the decision applies. The service must be renewed before this date.\n');
  });

  it('every field the schema describes in bokmål has an English description, and no other', () => {
    const described = planFields()
      .filter((field) => typeof field.node.description === 'string')
      .map((field) => field.path);
    expect(described.length).toBeGreaterThan(90);
    expect(Object.keys(FIELD_DESCRIPTIONS_EN).sort()).toEqual([...described].sort());
  });

  it('koder lists every code in the registry, each with a fix', () => {
    const r = runBin(['help', 'koder'], { env: { IP_LANG: 'nb' } });
    expect(r.code).toBe(0);
    for (const code of CODES) {
      expect(r.stdout).toContain(`\n${code}\n  Alvorlighet: `);
      expect(r.stdout).toContain(`  Slik retter du det: ${CODE_GUIDE[code].nb.fix}\n`);
    }
  });

  it('koder <kode> shows one code, in bokmål or English', () => {
    const nb = runBin(['help', 'koder', 'consent-withdrawn'], { env: { IP_LANG: 'nb' } });
    expect(nb.code).toBe(0);
    expect(nb.stdout).toBe(
      'consent-withdrawn\n' +
        '  Alvorlighet: advarsel / feil / — · Bokstav: h · Grunnlag: forskrift\n' +
        '  Sjekker: Samtykket er trukket (`trukket`) på en plan som ikke er avsluttet.\n' +
        '  Slik retter du det: Avslutt planen (`status: avsluttet`, `avsluttet: { dato: …, årsak: samtykke_trukket }`), eller innhent nytt samtykke.\n',
    );
    const en = runBin(['help', 'koder', 'consent-withdrawn', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('  Severity: warning / error / — · Point: h · Basis: forskrift\n  Checks: Consent has been withdrawn (trukket) on a plan that is not closed\n');
  });

  it('samtykke gives the consent rules and the consent codes', () => {
    const r = runBin(['help', 'samtykke'], { env: { IP_LANG: 'nb' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Hvem kan samtykke (gitt_av og grunnlag)\n');
    expect(r.stdout).toContain('- consent-guardian-16: ');
    expect(r.stdout).not.toContain('- period-order');
    const en = runBin(['help', 'samtykke', '--lang', 'en']);
    expect(en.stdout).toContain('Who may consent (gitt_av and grunnlag)\n');
  });

  it('ipplan help lists the topics and the commands', () => {
    const r = runBin(['help'], { env: { IP_LANG: 'nb' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Emner \(ip help <emne>\):\n {2}felt {6}/);
    expect(r.stdout).toContain('  validate [flagg] [stier...]');
  });

  it.each([
    [['help', 'ukjent'], 'ip: Ukjent emne.\nSkriv ett av emnene: felt, koder, samtykke.\n'],
    [['help', 'koder', 'no-such-code'], 'ip: Ukjent kode.\nSkriv «ip help koder» for å se alle kodene.\n'],
    [['help', 'felt', 'point-missing'], 'ip: Bare emnet koder tar en kode etter seg.\nSkriv for eksempel «ip help koder point-missing».\n'],
  ])('%j is a usage error (2) that says what to write', (args, stderr) => {
    const r = runBin(args, { env: { IP_LANG: 'nb' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(stderr);
  });

  it('under the name ip, help before a topic is ours', () => {
    const dir = tempDir();
    const ip = join(dir, 'ip');
    symlinkSync(BIN, ip);
    const r = runBin(['help', 'koder', 'bom'], { bin: ip, env: { IP_LANG: 'nb' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^bom\n/);
  });
});

describe('under the name ip, help without a topic belongs to iproute2', () => {
  function fakeIp(dir: string): string {
    const path = join(dir, 'fake-ip');
    writeFileSync(path, `#!/bin/sh\nprintf '%s|' "$@" > "${dir}/args"\nexit 255\n`);
    chmodSync(path, 0o755);
    return path;
  }
  const ctx = () => ({ cwd: '/', env: { IP_LANG: 'nb', PATH: process.env.PATH ?? '' }, stdout: { write: () => true }, stderr: { write: () => true } });

  it.each([[['help']], [['help', 'route']], [['help', 'Felt']], [['felt']], [['help', '--lang', 'en']], [['help', '-h', 'felt']]])('ip %j is handed on', async (args) => {
    const dir = tempDir();
    const fake = fakeIp(dir);
    expect(await main(['node', join(dir, 'ip'), ...args], ctx(), { systemIpCandidates: [fake] })).toBe(255);
  });

  it.each([[['help', 'felt']], [['help', 'koder', 'bom']], [['help', 'samtykke', '--lang', 'en']], [['help', '--lang', 'en', 'felt']], [['help', '--lang=en', 'koder']]])('ip %j is ours', async (args) => {
    const dir = tempDir();
    const fake = fakeIp(dir);
    expect(await main(['node', join(dir, 'ip'), ...args], ctx(), { systemIpCandidates: [fake] })).toBe(0);
  });
});
