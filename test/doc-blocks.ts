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
 */

export type Block =
  | { kind: 'run'; line: number; steps: { command: string; output: string }[] }
  | { kind: 'file'; line: number; path: string; text: string };

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
  }
  return blocks;
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
