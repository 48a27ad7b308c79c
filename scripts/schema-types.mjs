// The plan's TypeScript types and its shape descriptor, generated from the
// JSON Schema (scripts/schema-source.mjs), so the schema stays the one
// source: `npm run schema` rewrites both files in src/plan/generated/, and
// test/schema-generated.test.ts fails when they are out of date.
//
// The types are the plan's shape: the `if`/`then` status levels are left
// out (they add `required` per status, which no type can say), `$defs` are
// named by their keys, and each enum is a named union. Titles are Norwegian
// headings for editors; json-schema-to-typescript would name a type after
// each (Navn1, Id1 …), so only the `$defs` keep one, their type name.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { schema } from './schema-source.mjs';

export const TYPES_FILE = new URL('../src/plan/generated/plan-types.ts', import.meta.url);
export const SHAPE_FILE = new URL('../src/plan/generated/plan-shape.ts', import.meta.url);

/** The root type's name. */
const ROOT = 'IndividuellPlan';

/**
 * A name for each enum, by where it stands (`$defs` key or property path).
 * An enum missing here stops the script: a new enum needs a name, and then
 * labels in src/plan/vocabulary.ts.
 */
const ENUM_NAMES = {
  '#/properties/status': 'Status',
  '#/properties/avsluttet/properties/årsak': 'Årsak',
  '#/$defs/person/properties/tolk/properties/type': 'Tolketype',
  '#/$defs/deltaker/properties/rolle': 'Rolle',
  '#/$defs/delplan/properties/type': 'Delplantype',
  '#/$defs/samarbeid/properties/type': 'Samarbeidstype',
  '#/$defs/evaluering/properties/type': 'Evalueringstype',
  '#/$defs/samtykkeUtarbeidelse/properties/form': 'Samtykkeform',
  '#/$defs/samtykkeTaushetsplikt/properties/form': 'Samtykkeform',
  '#/$defs/samtykkeGrunnlag': 'SamtykkeGrunnlag',
  '#/$defs/vurdering/properties/status': 'Vurderingsstatus',
};

/** The keywords of the status levels, which the types leave out. */
const LEVELS = ['allOf', 'if', 'then', 'else'];

const pascal = (key) => key.charAt(0).toUpperCase() + key.slice(1);

function isNode(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Each schema node under `node` (itself included), with its JSON pointer, children first. */
function* nodes(node, pointer) {
  if (!isNode(node)) return;
  for (const [key, child] of Object.entries(node.properties ?? {})) yield* nodes(child, `${pointer}/properties/${key}`);
  if (isNode(node.items)) yield* nodes(node.items, `${pointer}/items`);
  for (const [i, child] of (node.oneOf ?? []).entries()) yield* nodes(child, `${pointer}/oneOf/${i}`);
  yield [node, pointer];
}

function refsIn(node, out = new Set()) {
  if (Array.isArray(node)) for (const v of node) refsIn(v, out);
  else if (isNode(node)) {
    if (typeof node.$ref === 'string') out.add(node.$ref.replace('#/$defs/', ''));
    for (const v of Object.values(node)) refsIn(v, out);
  }
  return out;
}

/** The schema as json-schema-to-typescript should read it: the plan's shape, named. */
export function typeSchema(source = schema) {
  const copy = structuredClone(source);
  for (const key of LEVELS) delete copy[key];
  const defs = copy.$defs;
  // Only what the shape uses (the status levels' definitions go).
  const used = new Set();
  const visit = (name) => {
    if (used.has(name)) return;
    used.add(name);
    for (const ref of refsIn(defs[name])) visit(ref);
  };
  const { $defs: _defs, ...root } = copy;
  for (const ref of refsIn(root)) visit(ref);
  for (const name of Object.keys(defs)) if (!used.has(name)) delete defs[name];

  const named = new Map(Object.keys(defs).map((key) => [key, pascal(key)]));
  const all = [...nodes(copy, '#'), ...Object.entries(defs).flatMap(([key, def]) => [...nodes(def, `#/$defs/${key}`)])];
  for (const [node, pointer] of all) {
    for (const key of LEVELS) delete node[key];
    delete node['x-lovpunkt'];
    if (!Array.isArray(node.enum)) continue;
    const name = ENUM_NAMES[pointer];
    if (!name) throw new Error(`schema-types: the enum at ${pointer} has no name in ENUM_NAMES`);
    const defKey = pointer.match(/^#\/\$defs\/([^/]+)$/)?.[1];
    if (defKey) {
      named.set(defKey, name);
      continue;
    }
    // An enum written in place moves to $defs, so it becomes a named union.
    const { title: _title, ...rest } = node;
    if (Object.hasOwn(defs, name) && JSON.stringify(defs[name].enum) !== JSON.stringify(rest.enum)) throw new Error(`schema-types: two enums named ${name} differ`);
    defs[name] ??= rest;
    named.set(name, name);
    for (const k of Object.keys(node)) delete node[k];
    node.$ref = `#/$defs/${name}`;
  }
  // A $ref with words beside it would become a type of its own (Dato1, IdRef2 …): the type is the definition's.
  for (const [node] of all) if (typeof node.$ref === 'string') for (const k of Object.keys(node)) if (k !== '$ref') delete node[k];
  for (const [node] of nodes(copy, '#')) delete node.title;
  for (const def of Object.values(defs)) for (const [node] of nodes(def, '')) delete node.title;
  for (const [key, name] of named) defs[key].title = name;
  copy.title = ROOT;
  delete copy.$id;
  delete copy.$schema;
  return copy;
}

const BANNER = `// Generated by scripts/schema-types.mjs from scripts/schema-source.mjs
// (npm run schema). Do not edit: change the schema source and regenerate.
`;

/**
 * json-schema-to-typescript spells names in ASCII (Mål → Mal); the names the
 * schema uses are kept, since that is how the plan and the code say them.
 */
function restoreNames(ts, names) {
  let out = ts;
  for (const name of names) {
    const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae');
    if (ascii === name) continue;
    // Only in code, not in the comments (descriptions are Norwegian text).
    out = out
      .split('\n')
      .map((line) => (/^\s*(\/\*\*|\*)/.test(line) ? line : line.replace(new RegExp(`\\b${ascii}\\b`, 'g'), name)))
      .join('\n');
  }
  return out;
}

/** The TypeScript types, as the file's text. */
export async function planTypes(source = schema) {
  const input = typeSchema(source);
  const ts = await compile(input, ROOT, {
    bannerComment: '',
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    strictIndexSignatures: true,
    style: { singleQuote: true, printWidth: 140 },
  });
  return BANNER + '\n' + restoreNames(ts, Object.values(input.$defs).map((d) => d.title));
}

/**
 * The shape descriptor: what src/plan/view.ts needs to build the lenient
 * view without reading a file. Per property its JSON type (string, boolean,
 * const, enum, object with properties, array with items, or oneOf).
 */
export function shapeOf(node, defs, seen = new Map()) {
  if (typeof node.$ref === 'string') {
    const key = node.$ref.replace('#/$defs/', '');
    return shapeOf(defs[key], defs, seen);
  }
  if ('const' in node) return { const: node.const };
  if (Array.isArray(node.enum)) return { enum: node.enum };
  if (Array.isArray(node.oneOf)) return { oneOf: node.oneOf.map((n) => shapeOf(n, defs, seen)) };
  switch (node.type) {
    case 'object':
      return { object: Object.fromEntries(Object.entries(node.properties ?? {}).map(([k, v]) => [k, shapeOf(v, defs, seen)])) };
    case 'array':
      return { array: shapeOf(node.items ?? {}, defs, seen) };
    case 'string':
    case 'boolean':
    case 'number':
    case 'integer':
      return { type: node.type };
    default:
      throw new Error(`schema-types: no shape for ${JSON.stringify(node).slice(0, 80)}`);
  }
}

const literal = (v) => (typeof v === 'string' ? `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : JSON.stringify(v));
const key = (k) => (/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(k) ? k : literal(k));

/** A shape as TypeScript source: one line per leaf, objects spread over lines. */
function formatShape(shape, indent = '') {
  if ('object' in shape) {
    const inner = indent + '  ';
    const lines = Object.entries(shape.object).map(([k, v]) => `${inner}  ${key(k)}: ${formatShape(v, inner + '  ')},`);
    return `{\n${inner}object: {\n${lines.join('\n')}\n${inner}},\n${indent}}`;
  }
  if ('array' in shape) return `{ array: ${formatShape(shape.array, indent)} }`;
  if ('oneOf' in shape) return `{ oneOf: [${shape.oneOf.map((s) => formatShape(s, indent)).join(', ')}] }`;
  if ('enum' in shape) return `{ enum: [${shape.enum.map(literal).join(', ')}] }`;
  if ('const' in shape) return `{ const: ${literal(shape.const)} }`;
  return `{ type: ${literal(shape.type)} }`;
}

/** The shape descriptor, as the file's text. */
export function planShape(source = schema) {
  const input = typeSchema(source);
  const shape = shapeOf(input, input.$defs);
  return `${BANNER}
import type { Shape } from '../shape.js';

/** The plan's shape, from the schema without its status levels: see src/plan/shape.ts. */
export const PLAN_SHAPE: Shape = ${formatShape(shape)};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(TYPES_FILE, await planTypes());
  writeFileSync(SHAPE_FILE, planShape());
}
