#!/usr/bin/env node
// The README's picture of a rendered plan, made with the browser-test tooling:
// the built `ip render` writes the page, Debian's Chromium (playwright-core)
// photographs it.
//
//   npm run build && node scripts/screenshot.mjs [plan.md] [out.png]
//
// Defaults: examples/barn-med-iop.md → docs/render-example.png, with today
// fixed so the picture does not change with the calendar.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from '../test/browser/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const plan = resolve(process.argv[2] ?? join(root, 'examples', 'barn-med-iop.md'));
const png = resolve(process.argv[3] ?? join(root, 'docs', 'render-example.png'));
const today = process.env.IP_TODAY ?? '2026-11-22';

const dir = mkdtempSync(join(tmpdir(), 'ip-screenshot-'));
try {
  const page = join(dir, 'plan.html');
  const r = spawnSync(process.execPath, [join(root, 'bin', 'ip.js'), 'render', plan, '-o', page, '--today', today], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ip render exited ${r.status}: ${r.stderr}`);
  const browser = await launch({ viewport: { width: 960, height: 1200 }, deviceScaleFactor: 1 });
  try {
    const tab = await browser.context.newPage();
    await tab.goto(pathToFileURL(page).href);
    await tab.screenshot({ path: png, fullPage: true });
  } finally {
    await browser.close();
  }
  process.stdout.write(`${png}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
