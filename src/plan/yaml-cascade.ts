import type { Finding } from './types.js';

/**
 * One mistake, one diagnostic. The YAML parser that meets one mistake (a line
 * indented a space off, a bracket left open) goes on reporting errors on the
 * lines after it until the block the mistake stands in ends: one wrong space
 * gave three errors, an open `[` nine, and the first was seldom at the
 * mistake. Here the first syntax error of a block is kept (moved to a line
 * whose indentation fits none of the lines around it, and named as such when
 * there is one), and the errors after it in the same block are counted on it
 * (`followOn`) instead of listed. Positions are the text's own, so this works
 * on any input; it only ever removes `yaml-syntax` findings or moves one of
 * them up a line.
 */

interface Line {
  /** Spaces before the first character. */
  indent: number;
  /** Where the content starts after list dashes (`  - id: a` → 4); else `indent`. */
  inner: number;
  /** The line without indentation, dashes or a trailing comment. */
  content: string;
}

/** Blank lines and comment lines carry no indentation of their own. */
function lineOf(text: string): Line | undefined {
  const indent = text.length - text.replace(/^ +/, '').length;
  let rest = text.slice(indent);
  if (rest === '' || rest.startsWith('#') || /^\s*$/.test(rest)) return undefined;
  let inner = indent;
  // `- ` (or a bare `-`) starts a list item; its content begins after the spaces that follow.
  while (rest === '-' || rest.startsWith('- ')) {
    const after = rest.slice(1);
    const spaces = after.length - after.replace(/^ +/, '').length;
    inner += 1 + (after === '' ? 1 : spaces);
    rest = after.slice(spaces);
  }
  return { indent, inner, content: rest.replace(/\s+#.*$/, '').trimEnd() };
}

/** Whether a line ends by opening a block below it (`felt:`, `felt: |`, `- `). */
function opensBlock(line: Line): boolean {
  return line.content === '' || line.content.endsWith(':') || /:\s+[|>][-+0-9]*$/.test(line.content) || /^[|>][-+0-9]*$/.test(line.content);
}

/** The nearest line with content before `index`, and where it is. */
function before(lines: readonly (Line | undefined)[], index: number): number {
  for (let j = index - 1; j >= 0; j--) if (lines[j] !== undefined) return j;
  return -1;
}

/**
 * The indentation a line should have had, when its own fits neither the line
 * before it (as a sibling or, after `felt:`, as a child) nor any field or
 * list item it could close back to; undefined when it fits. Of the levels
 * around it, the nearest is taken (the deeper one when two are as near).
 */
function expectedIndent(lines: readonly (Line | undefined)[], index: number): number | undefined {
  const line = lines[index];
  const p = before(lines, index);
  if (line === undefined || p < 0) return undefined;
  const prev = lines[p]!;
  const item = line.inner > line.indent;
  const prevItem = prev.inner > prev.indent;
  if (line.indent > prev.inner) return opensBlock(prev) ? undefined : prev.inner;
  if (line.indent === prev.inner && prevItem && !item) return undefined;
  // A field at the column of the dash before it is not inside that item.
  if (line.indent === prev.indent && (item || !prevItem)) return undefined;
  const levels: number[] = item ? [] : [prev.inner];
  for (let j = p; j >= 0; j--) {
    const q = lines[j];
    if (q === undefined) continue;
    const qItem = q.inner > q.indent;
    if (item ? qItem && q.indent === line.indent : (q.indent === line.indent && !qItem) || (qItem && q.inner === line.indent)) return undefined;
    if (item ? qItem : true) levels.push(item || !qItem ? q.indent : q.inner);
    if (q.indent < line.indent) break;
  }
  let best: number | undefined;
  for (const level of levels) {
    const distance = Math.abs(level - line.indent);
    if (best === undefined || distance < Math.abs(best - line.indent) || (distance === Math.abs(best - line.indent) && level > best)) best = level;
  }
  return best;
}

/** The last line (index) of the block that the line at `index` stands in, with its indentation taken as `indent`. */
function blockEnd(lines: readonly (Line | undefined)[], index: number, indent: number): number {
  // At the top level, where nothing encloses it, the block ends at the next top-level field.
  let parent = Math.min(indent, 0);
  for (let j = index - 1; j >= 0; j--) {
    const q = lines[j];
    if (q !== undefined && q.indent < indent) {
      parent = q.indent;
      break;
    }
  }
  for (let j = index + 1; j < lines.length; j++) {
    const q = lines[j];
    if (q !== undefined && q.indent <= parent) return j - 1;
  }
  return lines.length - 1;
}

/**
 * The line (index) where a bracket opened at `column` on line `index` is
 * closed, or the last line: the parser reads everything up to the matching
 * bracket as the inside of the list, whatever its indentation.
 */
function closingLine(texts: readonly string[], index: number, column: number): number {
  let depth = 0;
  for (let j = index; j < texts.length; j++) {
    const text = texts[j]!;
    for (let k = j === index ? column - 1 : 0; k < text.length; k++) {
      const c = text[k];
      if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') {
        depth--;
        if (depth === 0) return j;
      }
    }
  }
  return texts.length - 1;
}

/** `findings` with the follow-on YAML syntax errors folded into the mistake they follow from. */
export function foldYamlCascades(findings: Finding[], yaml: string, firstLine: number): Finding[] {
  const syntax = findings.filter((f) => f.code === 'yaml-syntax' && f.line !== undefined);
  if (syntax.length === 0) return findings;
  const texts = yaml.split('\n').map((text) => text.replace(/\r$/, ''));
  const lines = texts.map(lineOf);
  const dropped = new Set<Finding>();
  let end = -1;
  let cause: Finding | undefined;
  for (const f of [...syntax].sort((a, b) => a.line! - b.line! || a.column! - b.column!)) {
    const index = f.line! - firstLine;
    if (cause !== undefined && index <= end) {
      dropped.add(f);
      cause.params = { ...cause.params, followOn: Number(cause.params?.followOn ?? 0) + 1 };
      continue;
    }
    cause = f;
    let at = index;
    let expected: number | undefined;
    if (f.params?.unclosed === undefined) {
      // The parser often notices a wrong indentation only on the line after it;
      // a line indented too deep it reads as part of the value before it.
      const implicitKey = f.params?.yamlCode === 'BLOCK_AS_IMPLICIT_KEY' || f.params?.yamlCode === 'MULTILINE_IMPLICIT_KEY';
      for (const candidate of implicitKey ? [index, index - 1, index + 1] : [index, index - 1]) {
        const fits = candidate >= 0 && candidate < lines.length ? expectedIndent(lines, candidate) : undefined;
        if (fits !== undefined) {
          at = candidate;
          expected = fits;
          break;
        }
      }
    }
    const line = lines[at];
    if (expected !== undefined && line !== undefined) {
      f.line = at + firstLine;
      f.column = 1;
      f.params = { ...f.params, indent: line.indent, expected };
    }
    end = line === undefined ? at : blockEnd(lines, at, Math.min(line.indent, expected ?? line.indent));
    if (f.params?.unclosed !== undefined) end = Math.max(end, closingLine(texts, at, f.column!));
  }
  return findings.filter((f) => !dropped.has(f));
}
