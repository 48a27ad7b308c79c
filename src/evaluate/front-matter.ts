import { isDeepStrictEqual } from 'node:util';
import { applyPatch, structuredPatch } from 'diff';
import { parseDocument, type Document, type ToStringOptions } from 'yaml';
import { classify } from '../plan/frontmatter.js';
import { YAML_PARSE_OPTIONS } from '../plan/yaml.js';

/**
 * Edit a plan's front matter and leave everything else as it was: the
 * Markdown body, the BOM, the line endings, and in the front matter every
 * line the edit does not change (comments, key order, quoting).
 *
 * The front matter is parsed with the reader's own options into a `yaml`
 * Document, the caller edits its nodes, and the result is written back
 * between the fences. Two promises:
 * - no change, no rewrite: when the edit changes nothing, the original text
 *   comes back untouched, whatever `yaml` would have made of it;
 * - only the lines that must change: `yaml` serialises most plans byte for
 *   byte as written; where it would not (an escape written `"\u202e"`, another
 *   indentation), the edit is taken as a line patch between `yaml`'s own
 *   rendering before and after, and applied to the text as written. A patch
 *   that does not fit, or that fits but gives other data than the edited
 *   Document, is not used: then the front matter is written as `yaml` renders
 *   it (same data, same comments).
 */

export type FrontMatterEdit = (doc: Document) => void;

export type EditResult =
  | { ok: true; text: string; changed: boolean; /** The front matter as yaml renders it rather than line by line (see above). */ rewritten: boolean }
  | { ok: false; reason: 'no-front-matter' | 'yaml-errors' };

/** Renderings tried to match the file's own layout: indentation, and whether list items are indented under their key. */
const LAYOUTS: readonly ToStringOptions[] = [
  { indent: 2, indentSeq: true },
  { indent: 2, indentSeq: false },
  { indent: 4, indentSeq: true },
  { indent: 4, indentSeq: false },
].map((layout) => ({ ...layout, lineWidth: 0, flowCollectionPadding: false }));

function parse(yaml: string): Document {
  return parseDocument(yaml, YAML_PARSE_OPTIONS);
}

/** The edited front matter (LF line endings), changing only the lines it must where a rendering allows. */
function writeBack(original: string, before: Document, after: Document): { yaml: string; rewritten: boolean } {
  const wanted = after.toJS() as unknown;
  let fallback: string | undefined;
  for (const layout of LAYOUTS) {
    const renderedBefore = before.toString(layout);
    const renderedAfter = after.toString(layout);
    fallback ??= renderedAfter;
    if (renderedBefore === original) return { yaml: renderedAfter, rewritten: false };
    const patch = structuredPatch('before', 'after', renderedBefore, renderedAfter, '', '', { context: 3 });
    const patched = applyPatch(original, patch);
    if (patched === false) continue;
    // A hunk may fit at a place that merely looks the same: keep the result only if it holds the edited data.
    const check = parse(patched);
    if (check.errors.length === 0 && isDeepStrictEqual(check.toJS(), wanted)) return { yaml: patched, rewritten: false };
  }
  return { yaml: fallback!, rewritten: true };
}

export function editFrontMatter(text: string, edit: FrontMatterEdit): EditResult {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const inner = text.slice(bom.length);
  const classified = classify(inner, true);
  if (classified.kind !== 'plan') return { ok: false, reason: 'no-front-matter' };
  const { yamlStart, yamlEnd } = classified.split;
  const crlf = inner.slice(0, yamlStart).endsWith('\r\n');
  const raw = inner.slice(yamlStart, yamlEnd);
  // Edited with LF line endings; a CRLF file gets CRLF back on every line written.
  const yaml = crlf ? raw.replace(/\r\n/g, '\n') : raw;

  const before = parse(yaml);
  if (before.errors.length > 0) return { ok: false, reason: 'yaml-errors' };
  const after = before.clone();
  edit(after);
  if (isDeepStrictEqual(after.toJS(), before.toJS()) && after.toString(LAYOUTS[0]) === before.toString(LAYOUTS[0])) {
    return { ok: true, text, changed: false, rewritten: false };
  }
  const written = writeBack(yaml, before, after);
  const out = crlf ? written.yaml.replace(/\r?\n/g, '\r\n') : written.yaml;
  return { ok: true, text: bom + inner.slice(0, yamlStart) + out + inner.slice(yamlEnd), changed: true, rewritten: written.rewritten };
}
