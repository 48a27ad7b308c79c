import { basename, extname } from 'node:path';

/**
 * File names for a folder of rendered plans: the plan's id where it has a
 * usable one, else the source file's name. Never the person's name, because
 * paths end up in logs and listings. Names are unique within a run (a second
 * plan with the same id or file name gets -2, -3 …), and compared without
 * regard to case, since macOS and Windows folders ignore it.
 */

const SAFE = /[^\p{L}\p{N}._-]+/gu;

function clean(stem: string): string | undefined {
  const s = stem.normalize('NFC').replace(SAFE, '-').replace(/^[.-]+/, '').replace(/-+$/, '').slice(0, 100);
  return s === '' ? undefined : s;
}

export interface NameInput {
  /** The plan's id, when the front matter has one as text. */
  id?: string | undefined;
  /** The source path as shown to the user. */
  path: string;
}

export function outputNames(plans: NameInput[]): string[] {
  const taken = new Set<string>();
  const ids = new Map<string, number>();
  for (const p of plans) {
    const c = p.id !== undefined ? clean(p.id) : undefined;
    if (c) ids.set(c.toLowerCase(), (ids.get(c.toLowerCase()) ?? 0) + 1);
  }
  return plans.map((p) => {
    const fromId = p.id !== undefined ? clean(p.id) : undefined;
    // An id two plans share says nothing about which is which: use their file names.
    const stem = (fromId && ids.get(fromId.toLowerCase()) === 1 ? fromId : undefined) ?? clean(basename(p.path, extname(p.path))) ?? 'plan';
    let name = `${stem}.html`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}.html`;
    taken.add(name.toLowerCase());
    return name;
  });
}
