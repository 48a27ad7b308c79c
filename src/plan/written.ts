/**
 * Front matter as written, read with the schema's field names: for the few
 * readers that must see what the lenient view (view.ts) leaves out, values
 * of the wrong type. The schema check reads the data so; so do ip due's
 * check for dates it cannot read, and ip diff, which reports every change as
 * written. The values are unknown; the names are the generated types', so a
 * misspelt field name does not compile here either.
 */
export type Written<T> = { readonly [K in keyof T]?: unknown };

/** The value as an object with `T`'s field names, if it is an object (not a list). */
export function written<T>(value: unknown): Written<T> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
