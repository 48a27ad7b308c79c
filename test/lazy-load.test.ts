import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, TODAY } from './helpers.js';

/**
 * Each command loads its own modules only when it runs (the brief's promise
 * that `ip --help` starts as fast as Node), also in the bundle that
 * bin/ip.js runs (scripts/bundle.mjs). The built binary runs with module
 * hooks that log every ES module Node loads; the chunks carry their
 * command's name.
 */

const REGISTER = join(ROOT, 'test', 'fixtures', 'load-log', 'register.mjs');
const PACKAGES = `${pathToFileURL(join(ROOT, 'node_modules')).href}/`;
const COMMAND_CHUNKS = ['validate', 'due', 'new', 'diff', 'render'];
/** Packages only some commands need: prompts for ip new, Markdown for ip render. */
const HEAVY_PACKAGES = ['@inquirer', 'unified', 'remark-parse', 'rehype-stringify'];

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Run the built binary with the hooks; the URLs of the modules it loaded. */
function loaded(args: string[]): { status: number | null; urls: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'ip-load-'));
  dirs.push(dir);
  const log = join(dir, 'loaded.txt');
  const r = spawnSync(process.execPath, ['--import', REGISTER, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', IP_LOAD_LOG: log, IP_TODAY: TODAY } });
  return { status: r.status, urls: readFileSync(log, 'utf8').trim().split('\n') };
}

/** The commands whose own chunk is among `urls`. */
function commandChunks(urls: string[]): string[] {
  const bundle = pathToFileURL(join(ROOT, 'dist', 'bundle')).href;
  return COMMAND_CHUNKS.filter((name) => urls.some((url) => url.startsWith(`${bundle}/`) && basename(url).startsWith(`${name}-`)));
}

describe('the built binary loads a command only when it runs', () => {
  it('runs the bundle', () => {
    const { status, urls } = loaded(['--version']);
    expect(status).toBe(0);
    expect(urls).toContain(pathToFileURL(join(ROOT, 'dist', 'bundle', 'cli.js')).href);
    // Our modules come only from the bundle.
    const dist = pathToFileURL(join(ROOT, 'dist')).href;
    expect(urls.filter((url) => url.startsWith(`${dist}/`) && !url.startsWith(`${dist}/bundle/`))).toEqual([]);
  });

  it('--help loads no command and no package', () => {
    const { status, urls } = loaded(['--help']);
    expect(status).toBe(0);
    expect(commandChunks(urls)).toEqual([]);
    expect(urls.filter((url) => url.startsWith(PACKAGES))).toEqual([]);
  });

  it('validate loads its own chunk only, and neither prompts nor Markdown', () => {
    const { status, urls } = loaded(['validate', 'examples']);
    expect(status).toBe(0);
    expect(commandChunks(urls)).toEqual(['validate']);
    expect(urls.filter((url) => HEAVY_PACKAGES.some((name) => url.startsWith(`${PACKAGES}${name}`)))).toEqual([]);
  });

  it('render loads its own chunk and the Markdown packages (the log sees packages)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ip-load-out-')), 'plan.html');
    dirs.push(dirname(out));
    const { status, urls } = loaded(['render', 'examples/bolig-og-arbeid.md', '-o', out]);
    expect(status).toBe(0);
    expect(commandChunks(urls)).toEqual(['render']);
    expect(urls.some((url) => url.startsWith(`${PACKAGES}unified/`))).toBe(true);
  });

  it('due loads its own chunk only', () => {
    const { status, urls } = loaded(['due', 'examples']);
    expect(status).toBe(0);
    expect(commandChunks(urls)).toEqual(['due']);
    expect(urls.filter((url) => HEAVY_PACKAGES.some((name) => url.startsWith(`${PACKAGES}${name}`)))).toEqual([]);
  });
});
