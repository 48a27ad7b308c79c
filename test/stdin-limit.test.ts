import { describe, expect, it } from 'vitest';
import { readStdin } from '../src/fs/stdin.js';
import { run } from './helpers.js';

/**
 * `--stdin` reads no further than the size limit plus one byte, counted in
 * chunks taken from the stream: an endless input ends the read, and is
 * never held in memory.
 */

const CHUNK = 64 * 1024;

/** An endless standard input that counts the chunks taken from it, and whether the reader let it go. */
function endless() {
  const seen = { chunks: 0, closed: false };
  const stdin = (async function* () {
    try {
      for (;;) {
        seen.chunks++;
        yield Buffer.alloc(CHUNK, 'x');
      }
    } finally {
      seen.closed = true;
    }
  })();
  return { stdin, seen };
}

describe('readStdin', () => {
  it('stops one byte past the limit on an endless input, and closes it', async () => {
    const { stdin, seen } = endless();
    const bytes = await readStdin({ stdin }, 1024 * 1024);
    expect(bytes.length).toBe(1024 * 1024 + 1);
    expect(seen.chunks).toBe(17);
    expect(seen.closed).toBe(true);
  });

  it('a limit inside a chunk: the chunk is cut, nothing more is taken', async () => {
    const { stdin, seen } = endless();
    const bytes = await readStdin({ stdin }, 100);
    expect(bytes.length).toBe(101);
    expect(seen.chunks).toBe(1);
  });

  it('input of exactly the limit is read whole, and so is input below it', async () => {
    const text = 'a'.repeat(1000);
    const from = (parts: Array<string | Uint8Array>) => ({
      stdin: (async function* () {
        yield* parts;
      })(),
    });
    expect(Buffer.from(await readStdin(from([text.slice(0, 400), Buffer.from(text.slice(400))]), 1000)).toString()).toBe(text);
    expect((await readStdin(from([text]), 5000)).length).toBe(1000);
    expect((await readStdin(from([text, text]), 1500)).length).toBe(1501);
    expect((await readStdin({}, 10)).length).toBe(0);
  });

  it('without a limit, everything is read (as before the limit was passed in)', async () => {
    const stdin = (async function* () {
      for (let i = 0; i < 20; i++) yield Buffer.alloc(CHUNK);
    })();
    expect((await readStdin({ stdin })).length).toBe(20 * CHUNK);
  });
});

describe('ip validate --stdin over --max-size', () => {
  it('is the too-large error for <stdin>, not a read of the whole input', async () => {
    const r = await run(['validate', '--stdin', '--max-size', '1k', '--format', 'json'], { stdin: `---\nip: 1\n---\n${'x'.repeat(4096)}` });
    expect(r.code).toBe(1);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.path).toBe('<stdin>');
    expect(file.diagnostics.map((d: { code: string }) => d.code)).toEqual(['too-large']);
  });
});
