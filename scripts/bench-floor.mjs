// The floor for `ip validate`: read every Markdown file under a folder and
// parse its front matter with the fast YAML reader, doing nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlain } from '../dist/plan/plainyaml.js';

let parsed = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) walk(full);
    else if (entry.name.endsWith('.md')) {
      const text = readFileSync(full, 'utf8');
      if (parsePlain(text.slice(4, text.indexOf('\n---', 4) + 1), 2)) parsed++;
    }
  }
}
walk(process.argv[2]);
process.stdout.write(`${parsed}\n`);
