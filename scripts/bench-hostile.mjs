// The hostile set for `npm run bench`: the worst inputs of the hostile-plans
// review, each just under the default size limit (1 MiB), written once to a
// folder. A Markdown body built to exhaust a parser (2,000 `>` a line, very
// many headings, deep lists, runs of `*a`, `[a](` and `[`, hundreds of
// thousands of short lines); two plans that differ everywhere, for ip diff;
// and a plan whose ids carry control bytes, for ip due. The bench runs each
// command on each and prints its median time and peak memory.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
/** Just under the default --max-size (1 MiB), so every file is read and checked in full. */
const SIZE = 1024 * 1024 - 16 * 1024;

const base = readFileSync(join(ROOT, 'examples', 'bolig-og-arbeid.md'), 'utf8');
const [, frontMatter] = /^---\n([\s\S]*?)\n---\n/.exec(base);

/** A valid plan's front matter with `body`, cut to SIZE bytes. */
function plan(body, front = frontMatter) {
  const head = `---\n${front}\n---\n\n`;
  // Cut by bytes; the last character is dropped if the cut falls inside it.
  return head + Buffer.from(body).subarray(0, SIZE - Buffer.byteLength(head)).toString('utf8').replace(/\uFFFD$/, '');
}

/** `unit` repeated until `bytes`. */
function fill(unit, bytes = SIZE) {
  return unit.repeat(Math.ceil(bytes / unit.length));
}

/** Deterministic words (a linear congruential generator), so two runs write the same files. */
function words(seed, bytes) {
  const syllables = ['ka', 're', 'mo', 'ti', 'lu', 'sen', 'bor', 'vik', 'dal', 'hei', 'strand', 'øy', 'å', 'nes'];
  let x = seed;
  const out = [];
  let length = 0;
  while (length < bytes) {
    let word = '';
    for (let k = 0; k < 1 + (x % 3); k++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      word += syllables[x % syllables.length];
    }
    out.push(word);
    length += word.length + 1;
    if (out.length % 14 === 0) out.push('.\n');
  }
  return out.join(' ');
}

/** Goals that differ everywhere between seeds: the same ids, other texts. */
function manyGoals(seed, count) {
  const text = words(seed, count * 60).split(/\s+/);
  const lines = [];
  for (let i = 0; i < count; i++) lines.push(`  - id: M${i + 100}\n    tekst: ${text.slice(i * 8, i * 8 + 8).join(' ').replace(/[.:#]/g, '') || 'mål'}`);
  return lines.join('\n');
}

const ESC = '\\e[2J\\e]52;c;b3duZWQ=\\a\\x9b31m\\u202e\\r\\nFALSK';

/** The plan with evaluations whose ids, and the goals they concern, carry control bytes. */
function controlIds() {
  const evaluations = [];
  for (let i = 0; evaluations.join('\n').length < SIZE - 8 * 1024; i++) {
    const month = String(1 + (i % 12)).padStart(2, '0');
    evaluations.push(`  - id: "E${i}${ESC}"\n    dato: 2027-${month}-15\n    type: evaluering\n    gjelder: ["M1${ESC}"]`);
  }
  const front = frontMatter.replace(/^evalueringer:\n(?: {2}.*\n| {4}.*\n)*/m, `evalueringer:\n${evaluations.join('\n')}\n`).replace('  - id: M1\n', `  - id: "M1${ESC}"\n`);
  return plan('', front);
}

export const HOSTILE_FILES = {
  'quotes.md': () => plan(fill(`${'>'.repeat(2000)} a\n`)),
  'headings.md': () => plan(fill('# h\n')),
  'lists.md': () => plan(Array.from({ length: 20000 }, (_, i) => `${'  '.repeat(i % 500)}- a`).join('\n')),
  'emphasis.md': () => plan(fill(`${'*a'.repeat(4000)}\n\n`)),
  'links.md': () => plan(fill(`${'[a]('.repeat(2000)}\n\n`)),
  'brackets.md': () => plan(fill(`${'['.repeat(8000)}\n\n`)),
  'short-lines.md': () => plan(fill('a\n')),
  'diff-old.md': () => plan(words(1, SIZE), frontMatter.replace('mål:\n', `mål:\n${manyGoals(11, 3000)}\n`)),
  'diff-new.md': () => plan(words(2, SIZE), frontMatter.replace('mål:\n', `mål:\n${manyGoals(22, 3000)}\n`)),
  'control-ids.md': controlIds,
};

/** Write the hostile files to `dir` (once: they are the same every time); the folder. */
export function ensureHostile(dir) {
  mkdirSync(dir, { recursive: true });
  for (const [name, make] of Object.entries(HOSTILE_FILES)) {
    const path = join(dir, name);
    if (!existsSync(path)) writeFileSync(path, make());
  }
  return dir;
}

/** What the bench runs on the hostile set: a name, and ip's arguments. */
export function hostileCommands(dir, bin, today, out) {
  const at = (name) => join(dir, name);
  const bodies = ['quotes.md', 'headings.md', 'lists.md', 'emphasis.md', 'links.md', 'brackets.md', 'short-lines.md'];
  return [
    ...bodies.flatMap((name) => [
      { name: `validate ${name}`, args: [bin, 'validate', at(name), '--today', today] },
      { name: `render ${name}`, args: [bin, 'render', at(name), '-o', join(out, name.replace(/\.md$/, '.html')), '--force', '--today', today] },
    ]),
    { name: 'diff, two 1 MiB plans', args: [bin, 'diff', at('diff-old.md'), at('diff-new.md'), '--today', today] },
    { name: 'diff --format markdown, the same', args: [bin, 'diff', at('diff-old.md'), at('diff-new.md'), '--format', 'markdown', '--today', today] },
    { name: 'due, control bytes in ids', args: [bin, 'due', at('control-ids.md'), '--today', today, '--within', '1y'] },
    { name: 'due --format ics, the same', args: [bin, 'due', at('control-ids.md'), '--today', today, '--within', '1y', '--format', 'ics'] },
    { name: 'validate control-ids.md', args: [bin, 'validate', at('control-ids.md'), '--today', today] },
  ];
}
