/**
 * The plan's shape as data, generated from the JSON Schema into
 * generated/plan-shape.ts (scripts/schema-types.mjs): per property, its JSON
 * type. Only the JSON types: patterns, formats, lengths and the status
 * levels are the schema check's (schema.ts); the lenient view (view.ts)
 * needs to know only what type a value must have to be read.
 */
export type Shape =
  | { type: 'string' | 'boolean' | 'number' | 'integer' }
  | { const: string | number | boolean }
  | { enum: readonly string[] }
  | { object: { readonly [key: string]: Shape } }
  | { array: Shape }
  /** The first option that reads the value wins (a reference: one id, or a list of ids). */
  | { oneOf: readonly Shape[] };
