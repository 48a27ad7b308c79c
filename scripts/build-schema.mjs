// Compiles schemas/individuell-plan.schema.json ahead of time into a
// standalone validator module, so a run loads ready code (~20 ms) instead of
// compiling the schema at start (~130 ms). Emitted as CommonJS: ajv's ESM
// standalone output is broken. The module carries the schema's text too
// (src/plan/schema.ts names fields and legal points from it), so the core
// reads no file of its own.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';

const schemaUrl = new URL('../schemas/individuell-plan.schema.json', import.meta.url);
const schemaText = readFileSync(schemaUrl, 'utf8');
const schema = JSON.parse(schemaText);

const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  // The status levels add `required` on top of properties defined in the base shape.
  strictRequired: false,
  code: { source: true, esm: false, formats: undefined },
});
ajv.addVocabulary(['x-lovpunkt']);
// Formats must be referenced from the generated code, not inlined.
addFormats.default(ajv, { mode: 'full', formats: ['date', 'email'], keywords: false });
ajv.opts.code.formats = ajv.opts.code.formats ?? undefined;
ajv.addSchema(schema);

const code = standaloneCode.default(ajv, {
  validatePlan: schema.$id,
  validateActiveMinimum: `${schema.$id}#/$defs/aktivMinimum`,
  validateActiveRecommended: `${schema.$id}#/$defs/aktivAnbefalt`,
});

const outDir = new URL('../dist/plan/', import.meta.url);
mkdirSync(outDir, { recursive: true });
writeFileSync(new URL('schema-validators.cjs', outDir), `${code}\nexports.schemaText = ${JSON.stringify(schemaText)};\n`);
