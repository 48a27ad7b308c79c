// `npm run bench`: times `ip` as whole processes on deterministic synthetic
// caseloads, beside floors measured in the same run, and prints each median,
// its ratio to the floor and peak memory. Nothing here is asserted in tests:
// this machine is shared and noisy, so read medians and ratios, not single runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCorpus } from './bench-corpus.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'ip.js');
const TODAY = '2027-01-15';
const BASE = process.env.IP_BENCH_DIR ?? join(tmpdir(), 'ip-bench');
const SIZES = (process.env.IP_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
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

function measure(args, runs, env) {
  once(args, env); // warm the page cache and Node's compile cache
  const results = Array.from({ length: runs }, () => once(args, env));
  return { seconds: median(results.map((r) => r.seconds)), mb: Math.max(...results.map((r) => r.mb)) };
}

const rows = [];
function row(name, m, floor, target, ok) {
  rows.push({ name, seconds: m.seconds, mb: m.mb, floor, target, ok });
  const ratio = floor ? `${(m.seconds / floor).toFixed(2)}×` : '';
  console.log(`${name.padEnd(34)} ${m.seconds.toFixed(3).padStart(8)} s ${ratio.padStart(8)} ${Number.isNaN(m.mb) ? '     n/a' : `${m.mb.toFixed(0).padStart(5)} MB`}   ${target.padEnd(26)} ${ok === undefined ? '' : ok ? 'ok' : 'MISSED'}`);
}

console.log(`ip bench — ${new Date().toISOString()} — node ${process.version}, ${readdirSync('/sys/devices/system/cpu').filter((d) => /^cpu\d+$/.test(d)).length} cpus, corpora in ${BASE}`);
console.log(`${'what'.padEnd(34)} ${'median'.padStart(10)} ${'÷ floor'.padStart(8)} ${'peak'.padStart(8)}   target`);

mkdirSync(BASE, { recursive: true });
const node0 = measure(['-e', '0'], 9);
row('node -e 0 (floor)', node0, undefined, '');
for (const flag of ['--help', '--version']) {
  const m = measure([BIN, flag], 9);
  row(`ip ${flag}`, m, node0.seconds, '≤ 2× node -e 0', m.seconds <= 2 * node0.seconds);
}

const corpus = {};
for (const n of SIZES) {
  const started = Date.now();
  corpus[n] = ensureCorpus(join(BASE, `plans-${n}`), n);
  if (Date.now() - started > 1000) console.log(`(generated ${n} plans in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const onePlan = join(corpus[SIZES[0]], 'kontor-000', 'IP-B-000001.md');
const one = measure([BIN, 'validate', onePlan, '--today', TODAY], 9);
row('ip validate one plan', one, node0.seconds, '≤ 0.3 s', one.seconds <= 0.3);

const byN = {};
for (const n of SIZES) {
  const runs = n >= 100000 ? 3 : 5;
  const floor = measure([join(ROOT, 'scripts', 'bench-floor.mjs'), corpus[n]], runs);
  row(`read + parse ${n} (floor)`, floor, undefined, '');
  const m = measure([BIN, 'validate', corpus[n], '--today', TODAY, '--format', 'json'], runs);
  byN[n] = m;
  const target = n === 10000 ? '≤ 2 s, ≤ 300 MB' : n === 100000 && byN[10000] ? `≤ 11× 10k (${(11 * byN[10000].seconds).toFixed(1)} s)` : '';
  const ok = n === 10000 ? m.seconds <= 2 && !(m.mb > 300) : n === 100000 && byN[10000] ? m.seconds <= 11 * byN[10000].seconds : undefined;
  row(`ip validate ${n}`, m, floor.seconds, target, ok);
}
if (SIZES.includes(10000)) {
  const due = measure([BIN, 'due', corpus[10000], '--today', TODAY, '--format', 'json'], 5);
  row('ip due 10000', due, byN[10000]?.seconds, '≤ 1.5 s (÷ = vs validate)', due.seconds <= 1.5);
}

// Faster must not mean less correct: the fast path and worker threads must
// report exactly what the precise path on one thread reports.
for (const n of SIZES.filter((s) => s <= 10000)) {
  const args = [BIN, 'validate', corpus[n], '--today', TODAY, '--format', 'json'];
  const fast = once(args, {}, true).stdout;
  const precise = once(args, { IP_PARSE: 'precise', IP_WORKERS: '0' }, true).stdout;
  const summary = JSON.parse(fast).summary;
  console.log(`findings on ${n} plans: fast path + workers ${fast === precise ? 'identical to' : 'DIFFER FROM'} precise path on one thread (${summary.errors} errors, ${summary.warnings} warnings)`);
  if (fast !== precise) process.exitCode = 1;
}
const missed = rows.filter((r) => r.ok === false);
console.log(missed.length === 0 ? 'every target met' : `targets missed: ${missed.map((r) => r.name).join(', ')}`);
