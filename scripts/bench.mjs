// `npm run bench`: times `ip` as whole processes on deterministic synthetic
// caseloads, beside the floors the design brief names, measured in the same
// run, in alternating runs so that the machine's drift falls on both alike.
// Prints each median, its ratio to its floor and peak memory, then the same
// as a Markdown table for docs/reference/performance.md. Nothing here is asserted in tests:
// this machine is shared and noisy, so read medians and ratios.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCorpus } from './bench-corpus.mjs';
import { ensureHostile, hostileCommands } from './bench-hostile.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'ip.js');
const FLOOR = join(ROOT, 'scripts', 'bench-floor.mjs');
const TODAY = '2027-01-15';
const BASE = process.env.IP_BENCH_DIR ?? join(tmpdir(), 'ip-bench');
// IP_BENCH_ONLY=hostile runs the hostile set alone.
const HOSTILE_ONLY = process.env.IP_BENCH_ONLY === 'hostile';
const SIZES = HOSTILE_ONLY ? [] : (process.env.IP_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Run a command once: wall seconds and peak resident memory (MB, where
 * /usr/bin/time is there). Standard output goes to /dev/null unless
 * `capture` (as hyperfine does by default): reading megabytes of JSON through
 * a pipe here would take CPU from the very process being timed.
 */
function once(args, env = {}, capture = false) {
  const full = TIME ? [TIME, ['-f', '%M', process.execPath, ...args]] : [process.execPath, args];
  const start = process.hrtime.bigint();
  const stdio = ['ignore', capture ? 'pipe' : 'ignore', 'pipe'];
  const r = spawnSync(full[0], full[1], { env: { ...process.env, IP_LANG: 'en', ...env }, stdio, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kb = TIME ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { seconds, mb: kb / 1024, stdout: r.stdout };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Several commands, each warmed once, then run in turn `runs` times: medians and peak memory of each. */
function alternate(commands, runs) {
  for (const c of commands) once(c.args, c.env);
  const results = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => results[k].push(once(c.args, c.env)));
  return results.map((r) => ({ seconds: median(r.map((x) => x.seconds)), mb: Math.max(...r.map((x) => x.mb)) }));
}

const rows = [];
function row(name, m, base, baseName, target, ok) {
  rows.push({ name, m, base, baseName, target, ok });
  const ratio = base ? `${(m.seconds / base.seconds).toFixed(2)}×` : '';
  const mem = Number.isNaN(m.mb) ? 'n/a' : `${m.mb.toFixed(0)} MB`;
  console.log(`${name.padEnd(34)} ${m.seconds.toFixed(3).padStart(8)} s ${ratio.padStart(8)} ${mem.padStart(8)}   ${target.padEnd(30)} ${ok === undefined ? '' : ok ? 'met' : 'MISSED'}`);
}

console.log(`ip bench — ${new Date().toISOString()} — node ${process.version}, ${readdirSync('/sys/devices/system/cpu').filter((d) => /^cpu\d+$/.test(d)).length} cpus, corpora in ${BASE}`);
console.log(`${'what'.padEnd(34)} ${'median'.padStart(10)} ${'ratio'.padStart(8)} ${'peak'.padStart(8)}   target`);

mkdirSync(BASE, { recursive: true });
const [node0, help, version] = alternate([{ args: ['-e', '0'] }, { args: [BIN, '--help'] }, { args: [BIN, '--version'] }], 9);
row('node -e 0', node0, undefined, '', '');
row('ip --help', help, node0, 'node -e 0', '≤ 2× node -e 0', help.seconds <= 2 * node0.seconds);
row('ip --version', version, node0, 'node -e 0', '≤ 2× node -e 0', version.seconds <= 2 * node0.seconds);

const corpus = {};
for (const n of SIZES) {
  const started = Date.now();
  corpus[n] = ensureCorpus(join(BASE, `plans-${n}`), n);
  if (Date.now() - started > 1000) console.log(`(generated ${n} plans in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const onePlan = SIZES.length > 0 ? join(corpus[SIZES[0]], 'kontor-000', 'IP-B-000001.md') : '';
if (SIZES.length > 0) {
  const [one] = alternate([{ args: [BIN, 'validate', onePlan, '--today', TODAY] }], 9);
  row('ip validate, one plan', one, undefined, '', '≤ 0.3 s', one.seconds <= 0.3);
}

const validateArgs = (n) => [BIN, 'validate', corpus[n], '--today', TODAY, '--format', 'json'];
const byN = {};
for (const n of SIZES) {
  const runs = n >= 100000 ? 3 : 5;
  const [floor, validate] = alternate([{ args: [FLOOR, corpus[n]] }, { args: validateArgs(n) }], runs);
  byN[n] = validate;
  row(`floor, ${n} plans`, floor, undefined, '', '');
  if (n === 10000) row(`ip validate, ${n} plans`, validate, floor, 'floor', '≤ 1.3× the floor', validate.seconds <= 1.3 * floor.seconds);
  else if (n === 100000 && byN[10000]) {
    row(`ip validate, ${n} plans`, validate, floor, 'floor', `≤ 11× 10k (${(11 * byN[10000].seconds).toFixed(1)} s), ≤ 300 MB`, validate.seconds <= 11 * byN[10000].seconds && !(validate.mb > 300));
  } else row(`ip validate, ${n} plans`, validate, floor, 'floor', '');
}
if (SIZES.includes(10000)) {
  const [validate, due] = alternate([{ args: validateArgs(10000) }, { args: [BIN, 'due', corpus[10000], '--today', TODAY, '--format', 'json'] }], 5);
  row('ip due, 10000 plans', due, validate, 'ip validate', '≤ 1.0× ip validate', due.seconds <= validate.seconds);
  const reportArgs = [BIN, 'report', corpus[10000], '--today', TODAY];
  const [validate2, report] = alternate([{ args: validateArgs(10000) }, { args: [...reportArgs, '--format', 'json'] }], 5);
  row('ip report, 10000 plans', report, validate2, 'ip validate', '≤ 1.3× ip validate', report.seconds <= 1.3 * validate2.seconds);
  // Every plan as FHIR R4 resources, one per line, as a bulk load would take them.
  const [validate3, exported] = alternate([{ args: validateArgs(10000) }, { args: [BIN, 'export', corpus[10000], '--today', TODAY, '--ndjson', '--allow-invalid'] }], 5);
  row('ip export --ndjson, 10000 plans', exported, validate3, 'ip validate', '≤ 1.5× ip validate', exported.seconds <= 1.5 * validate3.seconds);
  // The page for the whole caseload, as the unit would share it.
  const html = Buffer.byteLength(once([...reportArgs, '--format', 'html'], {}, true).stdout, 'utf8');
  const htmlOk = html <= 2 * 1024 * 1024;
  console.log(`ip report --format html, 10000 plans: ${(html / 1024 / 1024).toFixed(2)} MB (target ≤ 2 MB) ${htmlOk ? 'met' : 'MISSED'}`);
  if (!htmlOk) rows.push({ name: 'ip report html size', m: { seconds: NaN, mb: NaN }, target: '≤ 2 MB', ok: false });
}

// Faster must not mean less correct: the fast YAML reader must report exactly what the precise parser reports.
for (const n of SIZES.filter((s) => s <= 10000)) {
  const fast = once(validateArgs(n), {}, true).stdout;
  const precise = once(validateArgs(n), { IP_PARSE: 'precise' }, true).stdout;
  const summary = JSON.parse(fast).summary;
  console.log(`findings on ${n} plans: fast reader ${fast === precise ? 'identical to' : 'DIFFERS FROM'} the precise parser (${summary.errors} errors, ${summary.warnings} warnings)`);
  if (fast !== precise) process.exitCode = 1;
}
// The hostile set: each worst input of the review, just under 1 MiB, and what each command takes on it.
// Reported, not judged: the budgets are asserted in the tests by counting work, never by time.
const hostile = ensureHostile(join(BASE, 'hostile'));
for (const command of hostileCommands(hostile, BIN, TODAY, join(BASE, 'hostile-pages'))) {
  const [m] = alternate([command], 3);
  row(`hostile: ${command.name}`, m, undefined, '', '');
}

const missed = rows.filter((r) => r.ok === false);
console.log(missed.length === 0 ? 'every target met' : `targets missed: ${missed.map((r) => r.name).join(', ')}`);

console.log('\n| what | median | ratio | peak memory | target |\n| --- | --- | --- | --- | --- |');
for (const r of rows) {
  const ratio = r.base ? `${(r.m.seconds / r.base.seconds).toFixed(2)}× ${r.baseName}` : '';
  const mem = Number.isNaN(r.m.mb) ? '' : `${r.m.mb.toFixed(0)} MB`;
  const verdict = r.ok === undefined ? '' : r.ok ? ': met' : ': **missed**';
  console.log(`| ${r.name} | ${r.m.seconds.toFixed(3)} s | ${ratio} | ${mem} | ${r.target}${r.target ? verdict : ''} |`);
}
