import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** What `ip new` asks of the file system before it writes a plan. */

/** What is at `path`, following links: a folder, something else, or nothing. */
export async function pathKind(path: string): Promise<'folder' | 'other' | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info === undefined ? undefined : info.isDirectory() ? 'folder' : 'other';
}

const ID_LINE = /^id:\s*["']?([^\s"'#]+)/m;

/** Plan ids already used in the folder: file names, and the `id:` near the top of each Markdown file. */
export async function takenIds(folder: string): Promise<Set<string>> {
  const taken = new Set<string>();
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.toLowerCase().endsWith('.md')) continue;
    taken.add(entry.name.slice(0, -3).toUpperCase());
    const handle = await open(join(folder, entry.name), 'r').catch(() => undefined);
    if (!handle) continue;
    try {
      const head = Buffer.alloc(4096);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      const m = ID_LINE.exec(head.subarray(0, bytesRead).toString('utf8'));
      if (m) taken.add(m[1]!.toUpperCase());
    } finally {
      await handle.close();
    }
  }
  return taken;
}
