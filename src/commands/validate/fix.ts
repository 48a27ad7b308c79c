import { EXIT, type Context } from '../../context.js';
import { fixPlanText, type FixRecord } from '../../fix/index.js';
import { collect } from '../../fs/collect.js';
import { readLimited } from '../../fs/read.js';
import { replaceFileIfUnchanged, WriteError, type ReplaceFs } from '../../fs/write.js';
import type { Lang } from '../../output/lang.js';
import { fromCwd } from '../../output/path.js';
import { writeReason } from '../../output/write-reasons.js';
import { decodeUtf8 } from '../../plan/text.js';
import { FIX_WRITE_MESSAGES } from './messages.js';

/**
 * The fixing half of `ip validate --fix` and `--fix-dry-run`: every plan the
 * run would check is read, its fixes found (src/fix, pure), and with --fix
 * written back in place, atomically, and only if the file is still as it was
 * read (replaceFileIfUnchanged: same mode, owner and group, no temporary
 * file left). The check that follows reads the files as they now are; a dry
 * run hands it the mended text instead, so it reports what fixing would
 * leave, and writes nothing.
 */

export interface FixPassOptions {
  paths: string[];
  maxSize: number;
  /** false: --fix-dry-run. */
  write: boolean;
  lang: Lang;
  /** A plan on standard input (dry run only): mended in memory. */
  stdin?: { path: string; bytes: Uint8Array };
  /** For tests that change a file between its read and its write. */
  fs?: ReplaceFs;
}

export interface FixPass {
  /** The fixes per plan, by the path the check shows (files whose fixes could not be written have none). */
  fixed: Map<string, FixRecord[]>;
  /** Plans whose fixes could not be written (the reason is on standard error). */
  notFixed: Set<string>;
  /** Dry run: the mended text per file, by absolute path, for the check to read instead of the file. */
  contents: Map<string, Uint8Array>;
  /** Dry run: the mended standard input. */
  stdin?: { path: string; bytes: Uint8Array };
  /** The least exit code the run may end with: 1 after a refused write, 2 after one that failed. */
  exit: number;
}

/** The file's text with its BOM, or undefined for bytes the reader would not take as text (validate says why). */
function textOf(bytes: Uint8Array): string | undefined {
  if (decodeUtf8(bytes).text === undefined) return undefined;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

export async function fixPass(options: FixPassOptions, ctx: Context): Promise<FixPass> {
  const pass: FixPass = { fixed: new Map(), notFixed: new Set(), contents: new Map(), exit: EXIT.ok };
  const t = FIX_WRITE_MESSAGES[options.lang];
  if (options.stdin) {
    const text = options.stdin.bytes.length <= options.maxSize ? textOf(options.stdin.bytes) : undefined;
    const result = text === undefined ? undefined : fixPlanText(text);
    pass.fixed.set(options.stdin.path, result?.fixes ?? []);
    pass.stdin = result && result.fixes.length > 0 ? { path: options.stdin.path, bytes: Buffer.from(result.text, 'utf8') } : options.stdin;
    if (options.paths.length === 0) return pass;
  }
  const { files } = await collect(ctx.cwd, options.paths);
  for (const file of files) {
    const read = readLimited(file.absolute, options.maxSize, !file.explicit);
    if (!('bytes' in read)) continue;
    const text = textOf(read.bytes);
    if (text === undefined) continue;
    const result = fixPlanText(text);
    pass.fixed.set(file.path, result.fixes);
    if (result.fixes.length === 0) continue;
    if (!options.write) {
      pass.contents.set(file.absolute, Buffer.from(result.text, 'utf8'));
      continue;
    }
    try {
      await replaceFileIfUnchanged(file.absolute, result.text, read.bytes, options.fs ? { fs: options.fs } : {});
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      pass.fixed.set(file.path, []);
      pass.notFixed.add(file.path);
      const left = t.leftAsWas(error.leftover && fromCwd(ctx.cwd, error.leftover));
      const refusal = { changed: [t.changed, t.changedHint], gone: [t.gone, t.goneHint], 'read-only': [t.readOnly, t.readOnlyHint], owner: [t.owner, t.ownerHint] } as const;
      if (error.kind in refusal) {
        const [message, hint] = refusal[error.kind as keyof typeof refusal];
        ctx.stderr.write(`ip: ${message(file.path)}\n${hint}\n${left}\n`);
        pass.exit = Math.max(pass.exit, EXIT.findings);
      } else {
        ctx.stderr.write(`ip: ${t.cannotWrite(file.path, writeReason(error.errno, options.lang) ?? error.errno)}\n${left}\n`);
        pass.exit = Math.max(pass.exit, EXIT.usage);
      }
    }
  }
  return pass;
}
