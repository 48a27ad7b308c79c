import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BIN, ROOT, TODAY } from './helpers.js';

/**
 * The docs' runnable blocks. A fenced block with the info string `sh run`
 * holds commands (lines starting with `$ `, a trailing `\` continues one) and,
 * under each, the output it prints (standard output and error together, as a
 * terminal shows them). A block with `file=<path>` in its info string (such
 * as ```yaml file=planer/kari.md) writes its text to that path first, so a
 * command can run on a file the doc shows. The blocks of one doc run in order
 * in one folder: a copy of the examples, in a git repository.
 *
 * A block with the info string `sh pty` is a terminal session: one `$ `
 * command that asks questions, and the screen it leaves. It runs in a real
 * terminal (test/doc-pty.ts), answered by the HTML comment just above it:
 *
 *     <!-- keys (typed by the docs test, one line per question):
 *     {Enter}
 *     Kari Nordmann
 *     -->
 *
 * Each line is typed at one question, then Enter; {Up}, {Down}, {BSpace}
 * and {Space} are those keys, and {Enter} alone types nothing. A whole
 * session must end with exit code 0; one whose last line is … is shown only
 * to the next question. `today=YYYY-MM-DD` in the info string runs the
 * session on that day.
 */

export type Block =
  | { kind: 'run'; line: number; steps: { command: string; output: string }[] }
  | { kind: 'file'; line: number; path: string; text: string }
  | { kind: 'pty'; line: number; command: string; output: string; keys: string[]; partial: boolean; today?: string };

const FENCE = /^(`{3,})(.*)$/;

export function docBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const info = open[2]!.trim();
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== fence; i++) body.push(lines[i]!);
    const file = /(?:^|\s)file=(\S+)/.exec(info)?.[1];
    if (file) blocks.push({ kind: 'file', line: start + 1, path: file, text: `${body.join('\n')}\n` });
    else if (/^sh run(\s|$)/.test(info)) blocks.push({ kind: 'run', line: start + 1, steps: steps(body) });
    else if (/^sh pty(\s|$)/.test(info)) blocks.push(session(lines, start, body, info));
  }
  return blocks;
}

function session(lines: string[], start: number, body: string[], info: string): Block {
  const [step, ...more] = steps(body);
  if (!step || more.length > 0) throw new Error(`line ${start + 1}: a terminal session is one command`);
  const shown = step.output.split('\n');
  const partial = shown.at(-1) === '…';
  const today = /(?:^|\s)today=(\d{4}-\d{2}-\d{2})/.exec(info)?.[1];
  return {
    kind: 'pty',
    line: start + 1,
    command: step.command,
    output: (partial ? shown.slice(0, -1) : shown).join('\n'),
    keys: keysAbove(lines, start),
    partial,
    ...(today ? { today } : {}),
  };
}

/** The keys comment just above a session's fence (blank lines between are allowed). */
function keysAbove(lines: string[], fence: number): string[] {
  let end = fence - 1;
  while (end >= 0 && lines[end]!.trim() === '') end--;
  if (lines[end] !== '-->') throw new Error(`line ${fence + 1}: a terminal session needs its keys in a comment just above (<!-- keys … -->)`);
  let open = end - 1;
  while (open >= 0 && !lines[open]!.startsWith('<!--')) open--;
  if (open < 0 || !/^<!-- keys\b/.test(lines[open]!)) throw new Error(`line ${fence + 1}: the comment above a terminal session must start with <!-- keys`);
  return lines.slice(open + 1, end);
}

function steps(body: string[]): { command: string; output: string }[] {
  const out: { command: string; output: string[] }[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    if (line.startsWith('$ ')) {
      let command = line.slice(2);
      while (command.endsWith('\\') && i + 1 < body.length) command = `${command}\n${body[++i]!}`;
      out.push({ command, output: [] });
    } else if (out.length > 0) out[out.length - 1]!.output.push(line);
    else throw new Error(`output before any command: ${line}`);
  }
  return out.map((s) => ({ command: s.command, output: s.output.join('\n') }));
}

/** Every Markdown file the docs test reads: the README and everything under docs/. */
export function docFiles(): string[] {
  const found = ['README.md'];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  walk('docs');
  return found;
}

/** Fixed names and dates, so commits (and their hashes) are the same on every run. */
export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Ola Hansen',
  GIT_AUTHOR_EMAIL: 'ola.hansen@example.no',
  GIT_COMMITTER_NAME: 'Ola Hansen',
  GIT_COMMITTER_EMAIL: 'ola.hansen@example.no',
  GIT_AUTHOR_DATE: '2026-11-20T10:00:00+01:00',
  GIT_COMMITTER_DATE: '2026-11-20T10:00:00+01:00',
  GIT_CONFIG_NOSYSTEM: '1',
};

/**
 * A folder to run a doc's blocks in: the examples (also under the guide's
 * name eksempler/), `ip` on PATH, and a git repository whose first commit
 * holds only .gitignore, so a doc's own commits (and their hashes) depend
 * only on what the doc adds.
 */
export function docFolder(root: string): { dir: string; env: Record<string, string> } {
  // The repository is a folder of its own, so a page written to ../utskrift is outside it.
  const dir = join(root, 'planarkiv');
  mkdirSync(dir);
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  cpSync(join(ROOT, 'examples'), join(dir, 'eksempler'), { recursive: true });
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  for (const name of ['ip', 'ipplan']) {
    writeFileSync(join(bin, name), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, name), 0o755);
  }
  writeFileSync(join(dir, '.gitignore'), '.bin/\n');
  const env = {
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    HOME: root,
    IP_TODAY: TODAY,
    IP_LANG: 'nb',
    TZ: 'Europe/Oslo',
    ...GIT_ENV,
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '.gitignore');
  git('commit', '-q', '-m', 'Planarkiv');
  return { dir, env };
}

export function writeDocFile(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** The home folder the docs show: the temporary HOME is printed as this, as it would be on a coordinator's machine. */
export const SHOWN_HOME = '/home/ola';

/** Run one command as a terminal would show it: standard output and error in the order written. */
export function runShown(command: string, dir: string, env: Record<string, string>): string {
  const result = spawnSync('sh', ['-c', `exec 2>&1\n${command}`], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
  return result.stdout.replaceAll(env.HOME!, SHOWN_HOME).replace(/\n+$/, '');
}

export function readDoc(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}
