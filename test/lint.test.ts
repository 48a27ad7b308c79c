import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/**
 * The lint configuration keeps the architecture (eslint.config.js): a few
 * lines linted as if they stood at a path in src/, with the project's own
 * configuration but for two things these rules do not need. Type information
 * is left out, so that a probe need not be part of the TypeScript project;
 * and import/no-cycle follows the probe's own imports instead of the map of
 * the files on disk it otherwise computes once (a probe is not on disk).
 */

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [tseslint.configs.disableTypeChecked, { files: ['src/**/*.ts'], rules: { 'import/no-cycle': ['error', { ignoreExternal: true, disableScc: true }] } }],
});

async function lintAs(path: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: join(ROOT, path) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the lint configuration', { timeout: 120_000 }, () => {
  it('refuses an import from src/output/ in src/plan/', async () => {
    const messages = await lintAs('src/plan/probe.ts', "import { shownPath } from '../output/path.js';\n\nexport const probe = shownPath;\n");
    expect(messages).toEqual([
      'import/no-restricted-paths: Unexpected path "../output/path.js" imported in restricted zone. The core is pure: pass data in, or have src/fs/ read it and the command hand it over.',
    ]);
  });

  it('refuses the file system outside src/fs/, and allows it there', async () => {
    const text = "import { readFileSync } from 'node:fs';\n\nexport const probe = readFileSync;\n";
    expect(await lintAs('src/render/probe.ts', text)).toEqual([
      "no-restricted-imports: 'node:fs' import is restricted from being used. Only src/fs/ touches the file system and child processes.",
    ]);
    expect(await lintAs('src/commands/probe.ts', text)).toHaveLength(1);
    expect(await lintAs('src/fs/probe.ts', text)).toEqual([]);
  });

  it('refuses an import cycle', async () => {
    // src/output/caseload.ts imports src/output/path.ts; path.ts importing caseload.ts closes the circle.
    const messages = await lintAs('src/output/path.ts', "import { skippedLines } from './caseload.js';\n\nexport const probe = skippedLines;\n");
    expect(messages).toEqual(['import/no-cycle: Dependency cycle detected.']);
  });
});

describe('words for each language', { timeout: 120_000 }, () => {
  it('are looked up in a catalogue, not chosen inline by a ternary on the language', async () => {
    const inline = "import type { Lang } from '../plan/lang.js';\n\nexport const word = (lang: Lang) => (lang === 'nb' ? 'målet' : 'the goal');\n";
    expect(await lintAs('src/output/probe.ts', inline)).toEqual([
      'no-restricted-syntax: Put the words for each language in a catalogue (Record<Lang, …>) and look them up by language.',
    ]);
    const catalogue = "import type { Lang } from '../plan/lang.js';\n\nconst WORDS: Record<Lang, string> = { nb: 'målet', en: 'the goal' };\nexport const word = (lang: Lang) => WORDS[lang];\nexport const tag = (lang: Lang) => (lang === 'en' ? 'en' : 'nb');\n";
    expect(await lintAs('src/output/probe.ts', catalogue)).toEqual([]);
  });
});
