// The floor for `ip validate`: read every Markdown file under a folder and
// parse its front matter with the fast YAML parser, doing nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';

let parsed = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) walk(full);
    else if (entry.name.endsWith('.md')) {
      const text = readFileSync(full, 'utf8');
      const end = text.indexOf('\n---', 4);
      jsYaml.load(text.slice(4, end), { schema: jsYaml.CORE_SCHEMA });
      parsed++;
    }
  }
}
walk(process.argv[2]);
process.stdout.write(`${parsed}\n`);
