import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, stringify } from 'yaml';
import { afterEach } from 'vitest';
import { main } from '../src/cli.js';
import type { Context } from '../src/context.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'ip.js');
/**
 * The one fixed today of the whole suite, so date rules do not drift with
 * the calendar: run() and runBin() set IP_TODAY to it unless a test sets
 * its own (a test of what a date rule does on another day says so).
 */
export const TODAY = '2026-11-22';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the command line in-process, as a test calls a command. */
export async function run(args: string[], options: { cwd?: string; env?: Record<string, string>; stdin?: string; tty?: boolean; name?: string } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const stdinText = options.stdin;
  const ctx: Context = {
    cwd: options.cwd ?? ROOT,
    env: { IP_LANG: 'en', IP_TODAY: TODAY, ...options.env },
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s) },
    ...(stdinText !== undefined
      ? {
          stdin: (async function* () {
            yield Buffer.from(stdinText);
          })(),
        }
      : {}),
  };
  const code = await main(['node', options.name ?? 'ipplan', ...args], ctx);
  return { code, stdout, stderr };
}

/** Run the built binary as a user would. */
export function runBin(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string; bin?: string } = {}): RunResult {
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', IP_LANG: 'en', IP_TODAY: TODAY, ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ip-test-'));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export function example(name: string): string {
  return readFileSync(join(ROOT, 'examples', name), 'utf8');
}

/** Split a plan into its front matter data and body. */
export function parsePlan(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error('not a plan');
  return { data: parseDocument(m[1]!, { version: '1.2' }).toJS() as Record<string, unknown>, body: m[2]! };
}

export function writePlan(data: unknown, body = '\n# Plan\n'): string {
  return `---\n${stringify(data, { version: '1.2' })}---\n${body}`;
}

/** An example plan with its data changed by `mutate`. */
export function mutated(name: string, mutate: (data: any) => void): string {
  const { data, body } = parsePlan(example(name));
  mutate(data);
  return writePlan(data, body);
}

export interface JsonDiagnostic {
  severity: string;
  code: string;
  message: string;
  line: number;
  column: number;
  point?: string;
  basis?: string;
  related?: string[];
  field?: string;
  hint?: string;
}

export interface JsonReport {
  version: number;
  files: Array<{ path: string; valid: boolean; diagnostics: JsonDiagnostic[] }>;
  summary: { files: number; skipped: number; errors: number; warnings: number };
}

/** Validate one plan text in a temp folder; returns the exit code and its JSON report. */
export async function validateText(text: string | Uint8Array, args: string[] = [], name = 'plan.md'): Promise<{ code: number; report: JsonReport; diagnostics: JsonDiagnostic[]; stderr: string }> {
  const dir = tempDir({ [name]: text });
  const result = await run(['validate', name, '--format', 'json', '--today', TODAY, ...args], { cwd: dir });
  const report = JSON.parse(result.stdout) as JsonReport;
  return { code: result.code, report, diagnostics: report.files[0]?.diagnostics ?? [], stderr: result.stderr };
}

/** Deterministic words that two texts never share (no Math.random: a failure must replay). */
export function words(count: number, seed: number): string {
  let x = seed >>> 0;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out.push(`w${seed}x${x.toString(36)}`);
  }
  return out.join(' ');
}
