import { readdirSync } from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Which files a run looks at: named files (always checked), folders walked
 * recursively, and globs. Folder walks skip `.git`, `node_modules` and every
 * dot-folder, and never follow a symlinked folder (so a link loop cannot trap
 * the walk).
 */

export interface Candidate {
  /** The path as shown to the user. */
  path: string;
  /** Absolute path, for reading. */
  absolute: string;
  /** The user named this file itself. */
  explicit: boolean;
}

/**
 * A file as the walk finds it. Its identity is needed only until the same
 * file reached twice is dropped; a run over 100,000 plans then holds no
 * third path per file (about 10 MB).
 */
interface Found extends Candidate {
  /** The real file behind any links, so a file reached twice is checked once. */
  identity: string;
}

export interface Unreadable {
  path: string;
  reason: string;
}

export interface Collected {
  files: Candidate[];
  /** Folders that could not be listed: reported as diagnostics, the run goes on. */
  unreadable: Unreadable[];
  /** Arguments that matched nothing: a usage error. */
  unmatched: string[];
}

const MARKDOWN = /\.(md|markdown)$/i;
const GLOB_CHARS = /[*?[\]{}]/;

function shown(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  const p = rel === '' ? '.' : rel.startsWith('..') ? absolute : rel;
  return p.split(sep).join('/');
}

function skipFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** What one walk collects into. */
interface Walk {
  cwd: string;
  out: Found[];
  unreadable: Unreadable[];
}

/** How a file in a folder is shown: the folder's shown path is worked out once, not per file. */
function shownIn(w: Walk, dirShown: string, full: string, name: string): string {
  if (dirShown === '.') return name.startsWith('..') ? shown(w.cwd, full) : name;
  // Outside the working folder, the folder and so its files are shown whole.
  if (isAbsolute(dirShown)) return full.split(sep).join('/');
  return dirShown.startsWith('..') ? shown(w.cwd, full) : `${dirShown}/${name}`;
}

/**
 * A name inside a folder. `dir` is absolute and normalised and `name` a
 * single entry, so joining needs no normalising (path.join cost more than the
 * rest of the walk on a large caseload).
 */
function inside(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/**
 * `realDir` is `dir` with every link resolved: the identity of its plain
 * files costs no call. Folders are listed synchronously: nothing else runs
 * meanwhile, and a caseload of many small folders would otherwise wait on a
 * round trip to the thread pool per folder.
 */
async function walk(w: Walk, dir: string, realDir: string): Promise<void> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    w.unreadable.push({ path: shown(w.cwd, dir), reason: errorReason(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const dirShown = shown(w.cwd, dir);
  for (const entry of entries) {
    const full = inside(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipFolder(entry.name)) await walk(w, full, inside(realDir, entry.name));
    } else if (MARKDOWN.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) {
      let identity = inside(realDir, entry.name);
      if (entry.isSymbolicLink()) {
        // A link to a file is read (once, as the file it leads to); a link to a folder is not followed.
        const target = await stat(full).catch(() => undefined);
        if (!target?.isFile()) continue;
        identity = await realpath(full).catch(() => full);
      }
      w.out.push({ path: shownIn(w, dirShown, full, entry.name), absolute: full, explicit: false, identity });
    }
  }
}

export function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'ERROR';
}

export async function collect(cwd: string, args: string[]): Promise<Collected> {
  const files: Found[] = [];
  const unreadable: Unreadable[] = [];
  const w: Walk = { cwd, out: files, unreadable };
  const unmatched: string[] = [];
  const targets = args.length > 0 ? args : ['.'];
  for (const arg of targets) {
    const absolute = resolve(cwd, arg);
    const info = await lstat(absolute).catch(() => undefined);
    if (info) {
      const real = info.isSymbolicLink() ? await stat(absolute).catch(() => undefined) : info;
      const identity = await realpath(absolute).catch(() => absolute);
      if (real?.isDirectory()) await walk(w, absolute, identity);
      else files.push({ path: shown(cwd, absolute), absolute, explicit: true, identity });
      continue;
    }
    if (GLOB_CHARS.test(arg)) {
      const { glob } = await import('tinyglobby');
      const matches = await glob(arg, { cwd, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false });
      const md = matches.filter((m) => MARKDOWN.test(m)).sort();
      if (md.length === 0) unmatched.push(arg);
      for (const m of md) files.push({ path: shown(cwd, m), absolute: m, explicit: false, identity: await realpath(m).catch(() => m) });
      continue;
    }
    unmatched.push(arg);
  }
  // The same file, named twice or reached through a link, is checked once.
  const seen = new Set<string>();
  const unique = files.filter((f) => (seen.has(f.identity) ? false : (seen.add(f.identity), true))).map((f): Candidate => ({ path: f.path, absolute: f.absolute, explicit: f.explicit }));
  return { files: unique, unreadable, unmatched };
}
