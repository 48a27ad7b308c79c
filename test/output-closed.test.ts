import { spawn, spawnSync } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script without types
import { ensureCorpus } from '../scripts/bench-corpus.mjs';
import { BIN, ROOT, tempDir, TODAY } from './helpers.js';

/**
 * Standard output that stops taking text: a reader that closes the pipe
 * early (`ip due | head`) and a full disk. The run ends plainly, never with
 * Node's stack trace.
 */
describe('output that cannot be written', () => {
  it('a reader that closes the pipe early: exit 2, nothing on standard error', async () => {
    const dir = ensureCorpus(tempDir(), 600, 7);
    const child = spawn(process.execPath, [BIN, 'due', dir, '--format', 'json', '--today', TODAY, '--within', '1y'], { env: { PATH: process.env.PATH ?? '', IP_LANG: 'en' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head -c 10`: take the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(2);
  });

  it('a full disk: exit 2, and why, in the user\u2019s language', () => {
    for (const [lang, message] of [
      ['en', 'ip: The output could not be written (the disk is full). Send it to a file on a disk with room, or to another program.\n'],
      ['nb', 'ip: Utdata kunne ikke skrives (disken er full). Send dem til en fil på en disk med plass, eller til et annet program.\n'],
    ] as const) {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [BIN, 'validate', 'examples', '--format', 'json'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', IP_LANG: lang }, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        expect(r.stderr).toBe(message);
        expect(r.status).toBe(2);
      } finally {
        closeSync(full);
      }
    }
  });
});
