import { isMap, isScalar, isSeq, type Document, type Scalar } from 'yaml';
import { ID_SHAPE } from '../plan/item.js';
import { CURLY_WRAPPED, PLAIN_TOKEN } from '../plan/pasted.js';
import { resolve, schemaAt, type SchemaNode } from '../plan/schema.js';
import type { PathStep } from '../plan/types.js';
import type { TextEdit } from './edits.js';
import type { FixCode } from './kinds.js';
import { booleanMeant, enumMeant, isoDateMeant, keyMeant } from './spelling.js';

/**
 * The fixes of keys and values, found in a parsed front matter by walking it
 * beside the plan's schema: at each key, the keys the format has there; at
 * each value, what kind of value belongs there (a date, an id, an allowed
 * value, a boolean, a list of ids, the fødselsnummer). Each fix is an edit
 * at the source range of the node it mends, so nothing else moves.
 */

export interface FoundFix {
  code: FixCode;
  /** Where the fix starts, in the text the offsets of the document are taken from (the front matter). */
  offset: number;
  edits: TextEdit[];
}

/** What a value at a place in the plan must be, as far as a fix is concerned. */
type ValueKind = 'date' | 'id' | 'enum' | 'boolean' | 'fodselsnummer' | 'id-list';

let idPattern: unknown;
function isIdSchema(node: SchemaNode | undefined): boolean {
  idPattern ??= resolve({ $ref: '#/$defs/idRef' }).pattern;
  return node?.type === 'string' && node.pattern === idPattern;
}

/** A reference written as one id or a list of ids (`gitt_av`): the branch that fits the value. */
function branch(node: SchemaNode | undefined, list: boolean): SchemaNode | undefined {
  const options = node?.oneOf as SchemaNode[] | undefined;
  if (!options) return node;
  return options.map(resolve).find((o) => (o.type === 'array') === list);
}

function childSchema(node: SchemaNode | undefined, step: PathStep): SchemaNode | undefined {
  if (typeof step === 'number') {
    const list = branch(node, true);
    return list?.items ? resolve(list.items as SchemaNode) : undefined;
  }
  const props = node?.properties as Record<string, SchemaNode> | undefined;
  return props && Object.prototype.hasOwnProperty.call(props, step) ? resolve(props[step]!) : undefined;
}

function valueKind(schema: SchemaNode | undefined, path: readonly PathStep[]): ValueKind | undefined {
  if (path.length === 2 && path[0] === 'person' && path[1] === 'fødselsnummer') return 'fodselsnummer';
  const node = branch(schema, false);
  if (!node) return undefined;
  if (node.format === 'date') return 'date';
  if (Array.isArray(node.enum)) return 'enum';
  if (node.type === 'boolean') return 'boolean';
  if (isIdSchema(node)) return 'id';
  if (node.type === 'array' && node.items && isIdSchema(resolve(node.items as SchemaNode))) return 'id-list';
  return undefined;
}

/** Where a scalar's own characters are, inside its quotes if it has them; undefined for escapes, folds and block scalars. */
function valueSpan(node: Scalar, yaml: string): { start: number; end: number; value: string } | undefined {
  const [start, end] = node.range ?? [];
  if (start === undefined || end === undefined) return undefined;
  const source = yaml.slice(start, end);
  const value = node.value;
  if (node.type === 'PLAIN') return { start, end, value: source };
  if (typeof value !== 'string') return undefined;
  if (node.type === 'QUOTE_DOUBLE' && source === `"${value}"` && !value.includes('\\')) return { start: start + 1, end: end - 1, value };
  if (node.type === 'QUOTE_SINGLE' && source === `'${value}'` && !value.includes("'")) return { start: start + 1, end: end - 1, value };
  return undefined;
}

function scalarFixes(node: Scalar, kind: ValueKind, schema: SchemaNode | undefined, yaml: string, out: FoundFix[]): void {
  const [start, end] = node.range ?? [];
  const span = valueSpan(node, yaml);
  if (start === undefined || end === undefined || !span) return;
  let { value } = span;
  let inner = span;
  // A string as YAML read it; a plain scalar wrapped in curly quotes is read as text either way.
  let text = typeof node.value === 'string';
  const curly = node.type === 'PLAIN' ? CURLY_WRAPPED.exec(value) : null;
  if (curly && kind !== 'boolean' && PLAIN_TOKEN.test(curly[1]!)) {
    const quote = value.startsWith('\u201C') ? '"' : "'";
    out.push({ code: 'curly-quotes', offset: start, edits: [{ start, end: start + 1, text: quote }, { start: end - 1, end, text: quote }] });
    value = curly[1]!;
    inner = { start: start + 1, end: end - 1, value };
    text = true;
  }
  const replace = (code: FixCode, by: string) => out.push({ code, offset: inner.start, edits: [{ start: inner.start, end: inner.end, text: by }] });
  switch (kind) {
    case 'date': {
      const iso = text ? isoDateMeant(value) : undefined;
      if (iso !== undefined) replace('date-form', iso);
      return;
    }
    case 'enum': {
      const meant = text ? enumMeant(value, (branch(schema, false)?.enum as unknown[]).map(String)) : undefined;
      if (meant !== undefined) replace('enum-case', meant);
      return;
    }
    case 'boolean': {
      // Quotes and all: the result is YAML's true or false.
      const meant = typeof node.value === 'string' ? booleanMeant(node.value) : undefined;
      if (meant !== undefined && !curly) out.push({ code: 'boolean-word', offset: start, edits: [{ start, end, text: String(meant) }] });
      return;
    }
    case 'fodselsnummer':
      // Only when YAML kept every digit: 01234567890 reads as 1234567890, and the lost zero is not guessed.
      if (node.type === 'PLAIN' && typeof node.value === 'number' && /^\d{11}$/.test(span.value) && String(node.value) === span.value) {
        out.push({ code: 'fodselsnummer-quoted', offset: start, edits: [{ start, end: start, text: '"' }, { start: end, end, text: '"' }] });
      }
      return;
    case 'id-list':
      if (text && ID_SHAPE.test(value)) out.push({ code: 'id-list', offset: start, edits: [{ start, end: start, text: '[' }, { start: end, end, text: ']' }] });
      return;
    case 'id':
      return;
  }
}

/** A key's own characters, as for a value. */
function keySpan(node: Scalar, yaml: string) {
  return typeof node.value === 'string' && node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED' ? valueSpan(node, yaml) : undefined;
}

function walk(node: unknown, schema: SchemaNode | undefined, path: PathStep[], yaml: string, out: FoundFix[]): void {
  if (isMap(node)) {
    const props = schema?.properties as Record<string, SchemaNode> | undefined;
    const nfcKeys = node.items.map((pair) => (isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value.normalize('NFC') : undefined));
    const present = new Set(nfcKeys.filter((k) => k !== undefined));
    const claimed = new Set<string>();
    node.items.forEach((pair, i) => {
      const key = pair.key;
      const nfc = nfcKeys[i];
      if (!isScalar(key) || nfc === undefined) {
        walk(pair.value, undefined, [...path, String(i)], yaml, out);
        return;
      }
      let name = nfc;
      const span = keySpan(key, yaml);
      const meant = props && span && !Object.prototype.hasOwnProperty.call(props, nfc) ? keyMeant(nfc, Object.keys(props)) : undefined;
      if (span && meant !== undefined && !present.has(meant) && !claimed.has(meant)) {
        claimed.add(meant);
        name = meant;
        out.push({ code: 'key-spelling', offset: span.start, edits: [{ start: span.start, end: span.end, text: meant }] });
      } else if (span && nfc !== key.value && nfcKeys.filter((k) => k === nfc).length === 1) {
        out.push({ code: 'key-nfc', offset: span.start, edits: [{ start: span.start, end: span.end, text: nfc }] });
      }
      walk(pair.value, childSchema(schema, name), [...path, name], yaml, out);
    });
    return;
  }
  if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item, childSchema(schema, i), [...path, i], yaml, out));
    return;
  }
  if (isScalar(node)) {
    const kind = valueKind(schema, path);
    if (kind !== undefined) scalarFixes(node, kind, schema, yaml, out);
  }
}

/** The fixes of keys and values in a front matter that parsed without errors (`yaml` is the text it was parsed from). */
export function documentFixes(doc: Document, yaml: string): FoundFix[] {
  const out: FoundFix[] = [];
  walk(doc.contents, schemaAt([]).node, [], yaml, out);
  return out;
}
