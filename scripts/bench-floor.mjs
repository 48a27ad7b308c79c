// The floor for `ip validate`, as the design brief sets it: read every
// Markdown file under a folder, parse its front matter with js-yaml's core
// schema and check it with ajv (with formats) against the plan's schema,
// compiled at start, doing nothing else: no positions, no rules, no output.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import yaml from 'js-yaml';

const schema = JSON.parse(readFileSync(new URL('../schemas/individuell-plan.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
ajv.addVocabulary(['x-lovpunkt']);
addFormats.default(ajv, { mode: 'full', formats: ['date', 'email'] });
const validate = ajv.compile(schema);

let plans = 0;
let invalid = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) walk(full);
    else if (entry.name.endsWith('.md')) {
      const text = readFileSync(full, 'utf8');
      if (!text.startsWith('---\n')) continue;
      const data = yaml.load(text.slice(4, text.indexOf('\n---', 3) + 1), { schema: yaml.CORE_SCHEMA });
      plans++;
      if (!validate(data)) invalid++;
    }
  }
}
walk(process.argv[2]);
process.stdout.write(`${plans} plans, ${invalid} not valid\n`);
