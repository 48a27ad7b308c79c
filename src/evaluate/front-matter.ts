import { isDeepStrictEqual } from 'node:util';
import { applyPatch, diffArrays, structuredPatch } from 'diff';
import { parseDocument, type Document, type ToStringOptions } from 'yaml';
import { classify } from '../plan/frontmatter.js';
import { MAX_ALIAS_COUNT, YAML_PARSE_OPTIONS } from '../plan/yaml.js';

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

/**
 * Where yaml renders the text line for line but not character for character
 * (`dato: 2026-11-15   # …` comes out with one space), line n of the
 * rendering is line n of the text: the edit's line changes are made to the
 * text itself, and every line the edit leaves is kept as written.
 */
function mergeLines(original: string, renderedBefore: string, renderedAfter: string): string | undefined {
  const text = original.split('\n');
  if (text.length !== renderedBefore.split('\n').length) return undefined;
  const out: string[] = [];
  let at = 0;
  for (const part of diffArrays(renderedBefore.split('\n'), renderedAfter.split('\n'))) {
    if (part.added) out.push(...part.value);
    else {
      if (!part.removed) out.push(...text.slice(at, at + part.value.length));
      at += part.value.length;
    }
  }
  return out.join('\n');
}

/** The edited front matter (LF line endings), changing only the lines it must where a rendering allows. */
function writeBack(original: string, before: Document, after: Document): { yaml: string; rewritten: boolean } {
  const data = (doc: Document): unknown => doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  const wanted = data(after);
  // A result is kept only if it holds the edited data: a patch may fit at a place that merely looks the same.
  const holds = (yaml: string) => {
    const check = parse(yaml);
    return check.errors.length === 0 && isDeepStrictEqual(data(check), wanted);
  };
  let fallback: string | undefined;
  for (const layout of LAYOUTS) {
    const renderedBefore = before.toString(layout);
    const renderedAfter = after.toString(layout);
    fallback ??= renderedAfter;
    if (renderedBefore === original) return { yaml: renderedAfter, rewritten: false };
    const merged = mergeLines(original, renderedBefore, renderedAfter);
    if (merged !== undefined && holds(merged)) return { yaml: merged, rewritten: false };
    const patched = applyPatch(original, structuredPatch('before', 'after', renderedBefore, renderedAfter, '', '', { context: 3 }));
    if (patched !== false && holds(patched)) return { yaml: patched, rewritten: false };
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
  // The rendering holds the data and the comments: the same rendering, no change.
  if (after.toString(LAYOUTS[0]) === before.toString(LAYOUTS[0])) {
    return { ok: true, text, changed: false, rewritten: false };
  }
  let written;
  try {
    written = writeBack(yaml, before, after);
  } catch {
    // Aliases past the reader's limit: the reader refuses such a plan too.
    return { ok: false, reason: 'yaml-errors' };
  }
  const out = crlf ? written.yaml.replace(/\r?\n/g, '\r\n') : written.yaml;
  return { ok: true, text: bom + inner.slice(0, yamlStart) + out + inner.slice(yamlEnd), changed: true, rewritten: written.rewritten };
}
