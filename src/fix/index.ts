import { parseDocument, type Document } from 'yaml';
import { classify } from '../plan/frontmatter.js';
import { positionsIn, YAML_PARSE_OPTIONS } from '../plan/yaml.js';
import { documentFixes, type FoundFix } from './document-stage.js';
import { applyEdits, disjoint, type TextEdit } from './edits.js';
import type { FixCode } from './kinds.js';
import { curlyOnErrorLines, heldByDocument, scalarRanges, wideSpaceOffsets } from './text-stage.js';

/**
 * `ip validate --fix` at its core: a plan's text in, the mechanical mistakes
 * it can mend (kinds.ts) and the text with them mended out. Pure.
 *
 * First the text-level fixes (Unicode spaces, curly quotes where the line
 * does not parse), which keep every offset; then, in front matter that now
 * parses without errors, the fixes of keys and values, found with the YAML
 * document and made as edits at the nodes' source ranges. Nothing is
 * re-serialised. Front matter that does not parse after the text-level
 * fixes is not touched at all.
 */

/** One fix as reported: its code and where it is in the file as it was (1-based line and column, as diagnostics count them). */
export interface FixRecord {
  code: FixCode;
  line: number;
  column: number;
}

export interface FixResult {
  /** The mended text; the text itself when there is nothing to fix. */
  text: string;
  /** In order of position. */
  fixes: FixRecord[];
}

/** How many rounds of text-level fixes are tried before a front matter is given up on: each round only drops fixes or adds quote fixes on new lines. */
const MAX_ROUNDS = 20;

function parse(yaml: string): Document {
  return parseDocument(yaml, YAML_PARSE_OPTIONS);
}

/** One fix per run of Unicode spaces side by side: one paste, one mistake. */
function spaceFixes(offsets: readonly number[]): FoundFix[] {
  const fixes: FoundFix[] = [];
  for (const offset of offsets) {
    const last = fixes[fixes.length - 1];
    const edit = { start: offset, end: offset + 1, text: ' ' };
    if (last && last.edits[last.edits.length - 1]!.end === offset) last.edits.push(edit);
    else fixes.push({ code: 'unicode-space', offset, edits: [edit] });
  }
  return fixes;
}

/** The text-level fixes that the front matter needs and holds, and the document they give; undefined when it still does not parse. */
function textStage(yaml: string): { fixes: FoundFix[]; doc: Document; text: string } | undefined {
  let fixes = spaceFixes(wideSpaceOffsets(yaml));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const text = applyEdits(yaml, fixes.flatMap((f) => f.edits));
    let doc: Document;
    try {
      doc = parse(text);
    } catch {
      return undefined;
    }
    if (doc.errors.length > 0) {
      const known = new Set(fixes.map((f) => f.offset));
      const quotes = curlyOnErrorLines(yaml, doc).filter((f) => !known.has(f.offset));
      if (quotes.length === 0) return undefined;
      fixes = [...fixes, ...quotes];
      continue;
    }
    const ranges = scalarRanges(doc);
    const held = fixes.filter((f) => heldByDocument(f, ranges));
    if (held.length === fixes.length) return { fixes, doc, text };
    fixes = held;
  }
  return undefined;
}

/** Find and make every fix in `text` (a whole file, BOM and all). */
export function fixPlanText(text: string): FixResult {
  const unchanged: FixResult = { text, fixes: [] };
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const inner = text.slice(bom.length);
  // Only a plan, known by its `ip:` key, is ever touched.
  const classified = classify(inner, false);
  if (classified.kind !== 'plan') return unchanged;
  const { yamlStart, yamlEnd } = classified.split;
  const yaml = inner.slice(yamlStart, yamlEnd);
  const stage = textStage(yaml);
  if (!stage) return unchanged;
  let found: FoundFix[];
  try {
    found = [...stage.fixes, ...documentFixes(stage.doc, stage.text)];
  } catch {
    // A document the walk cannot take (nesting past the stack): left as it is; validate reports why.
    return unchanged;
  }
  if (found.length === 0) return unchanged;
  const edits: TextEdit[] = found.flatMap((f) => f.edits);
  if (!disjoint(edits)) return unchanged;
  const fixedYaml = applyEdits(yaml, edits);
  // Never write front matter that does not parse.
  if (parse(fixedYaml).errors.length > 0) return unchanged;
  const position = positionsIn(inner, 1);
  const fixes = found
    .map((f) => ({ code: f.code, ...position(yamlStart + f.offset) }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return { text: bom + inner.slice(0, yamlStart) + fixedYaml + inner.slice(yamlEnd), fixes };
}
