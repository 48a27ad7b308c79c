import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docBlocks, docFiles, docFolder, readDoc, runShown, writeDocFile } from './doc-blocks.js';
import { nameAsShown, runPty, SESSION_MS } from './doc-pty.js';

/**
 * Docs that cannot lie: every `sh run` block in the README and docs/ runs,
 * and prints what the doc shows. A message or flag changed without its docs
 * fails here. See test/doc-blocks.ts for the block format.
 */

describe('the docs’ blocks parse', () => {
  it('a terminal session: its command, its screen and the keys in the comment above', () => {
    const blocks = docBlocks(['<!-- keys (typed by the docs test):', '{Enter}', 'Kari', '-->', '```sh pty today=2027-02-16', '$ ip new', '✔ A? x', '…', '```'].join('\n'));
    expect(blocks).toEqual([{ kind: 'pty', line: 5, command: 'ip new', output: '✔ A? x', keys: ['{Enter}', 'Kari'], partial: true, today: '2027-02-16' }]);
    expect(() => docBlocks(['```sh pty', '$ ip new', '```'].join('\n'))).toThrow('needs its keys in a comment just above');
  });

  it('commands, continued lines, output and files', () => {
    const blocks = docBlocks(['```yaml file=a/b.md', 'x: 1', '```', '', '```sh run', '$ ip a \\', '  --b', 'out 1', 'out 2', '$ ip c', '```'].join('\n'));
    expect(blocks).toEqual([
      { kind: 'file', line: 1, path: 'a/b.md', text: 'x: 1\n' },
      { kind: 'run', line: 5, steps: [{ command: 'ip a \\\n  --b', output: 'out 1\nout 2' }, { command: 'ip c', output: '' }] },
    ]);
  });
});

for (const file of docFiles()) {
  const blocks = docBlocks(readDoc(file));
  if (!blocks.some((b) => b.kind !== 'file')) continue;
  describe(file, () => {
    let root = '';
    let dir = '';
    let env: Record<string, string> = {};
    // One folder for the whole doc (helpers' tempDir is removed after each test).
    it('gets its folder', () => {
      root = mkdtempSync(join(tmpdir(), 'ip-docs-'));
      ({ dir, env } = docFolder(root));
    });
    afterAll(() => {
      if (root) rmSync(root, { recursive: true, force: true });
    });
    for (const block of blocks) {
      if (block.kind === 'file') {
        it(`line ${block.line}: writes ${block.path}`, () => writeDocFile(dir, block.path, block.text));
        continue;
      }
      if (block.kind === 'pty') {
        it(`line ${block.line}: ${block.command} (in a terminal)`, async () => {
          const before = new Set(readdirSync(dir));
          const { shown, exit } = await runPty(block, root, dir, block.today ? { ...env, IP_TODAY: block.today } : env);
          expect(`$ ${block.command}\n${nameAsShown(shown, block.output, dir, before)}`).toBe(`$ ${block.command}\n${block.output}`);
          // A whole session shown ends as a session that went well.
          if (!block.partial) expect(exit).toBe(0);
        }, SESSION_MS + 15_000);
        continue;
      }
      it(`line ${block.line}: ${block.steps.map((s) => s.command.split('\n')[0]).join(' · ')}`, () => {
        for (const step of block.steps) expect(`$ ${step.command}\n${runShown(step.command, dir, env)}`).toBe(`$ ${step.command}\n${step.output}`);
      });
    }
  });
}
