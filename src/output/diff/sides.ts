import { cleanLine } from './value.js';
import { WORDS, type DocLang } from './vocab.js';

/** Where each side of the comparison came from: a file on disk, or a file in a git revision. */
export interface Side {
  /** The path as the user wrote it (or relative to the current folder). */
  file: string;
  /** The git revision, when the side was read with `git show`. */
  rev?: string;
}

export interface Sides {
  old: Side;
  new: Side;
}

/** `plan.md: HEAD~1 → working copy` for one file in git, `old.md → new.md` for two files. */
export function sideTitle(sides: Sides, lang: DocLang): string {
  const w = WORDS[lang];
  const { old, new: cur } = sides;
  if (old.file === cur.file && (old.rev !== undefined || cur.rev !== undefined)) {
    return `${cleanLine(old.file)}: ${cleanLine(old.rev ?? w.workingCopy)} → ${cleanLine(cur.rev ?? w.workingCopy)}`;
  }
  const name = (s: Side) => cleanLine(s.rev !== undefined ? `${s.rev}:${s.file}` : s.file);
  return `${name(old)} → ${name(cur)}`;
}
