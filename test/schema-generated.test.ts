import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script without types
import { SCHEMA_FILE, schemaJson } from '../scripts/schema-source.mjs';
// @ts-expect-error: a plain script without types
import { planShape, planTypes, SHAPE_FILE, TYPES_FILE } from '../scripts/schema-types.mjs';

/** The files `npm run schema` writes, regenerated in memory: each must be what is committed. */
describe('generated from scripts/schema-source.mjs', () => {
  const committed = (url: URL) => readFileSync(url, 'utf8');

  it('the JSON Schema', () => {
    expect(committed(SCHEMA_FILE), 'run npm run schema').toBe(schemaJson());
  });

  it('the TypeScript types of a plan', async () => {
    expect(committed(TYPES_FILE), 'run npm run schema').toBe(await planTypes());
  });

  it('the shape the lenient view reads by', () => {
    expect(committed(SHAPE_FILE), 'run npm run schema').toBe(planShape());
  });
});
