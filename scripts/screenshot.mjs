#!/usr/bin/env node
// The pictures of a rendered plan (README, docs/), made with the browser-test
// tooling: the built `ip render` writes the page, Debian's Chromium
// (playwright-core) photographs it at desktop width and at phone width,
// prints it to an A4 PDF as a reader would, and photographs the PDF's first
// page in Chromium's own PDF viewer.
//
//   npm run build && node scripts/screenshot.mjs [plan.md] [out-folder]
//
// Defaults: examples/barn-med-iop.md → docs/render-desktop.png,
// docs/render-phone.png and docs/render-print.png, with today fixed so the
// pictures do not change with the calendar.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from '../test/browser/chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const plan = resolve(process.argv[2] ?? join(root, 'examples', 'barn-med-iop.md'));
const docs = resolve(process.argv[3] ?? join(root, 'docs'));
const today = process.env.IP_TODAY ?? '2026-11-22';

const dir = mkdtempSync(join(tmpdir(), 'ip-screenshot-'));
try {
  const page = join(dir, 'plan.html');
  const r = spawnSync(process.execPath, [join(root, 'bin', 'ip.js'), 'render', plan, '-o', page, '--today', today], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`ip render exited ${r.status}: ${r.stderr}`);
  const browser = await launch({ deviceScaleFactor: 1 });
  try {
    const shots = [
      { name: 'render-desktop.png', viewport: { width: 1280, height: 900 } },
      // A phone held upright: 375 CSS pixels wide.
      { name: 'render-phone.png', viewport: { width: 375, height: 800 } },
    ];
    for (const shot of shots) {
      const tab = await browser.context.newPage();
      await tab.setViewportSize(shot.viewport);
      await tab.goto(pathToFileURL(page).href);
      await tab.screenshot({ path: join(docs, shot.name), fullPage: true });
      await tab.close();
      process.stdout.write(`${join(docs, shot.name)}\n`);
    }
    // Printed as the browser prints it: A4, with the page's own print styles and the printed head and foot.
    const tab = await browser.context.newPage();
    await tab.goto(pathToFileURL(page).href);
    const pdf = join(dir, 'plan.pdf');
    writeFileSync(pdf, await tab.pdf({ preferCSSPageSize: true, printBackground: true }));
    // The first page of the PDF, as Chromium's PDF viewer shows it (no toolbar, the page fitted to the window).
    await tab.setViewportSize({ width: 794, height: 1123 });
    await tab.goto(`${pathToFileURL(pdf).href}#toolbar=0&navpanes=0&view=Fit`);
    await tab.waitForTimeout(2500);
    await tab.screenshot({ path: join(docs, 'render-print.png') });
    process.stdout.write(`${join(docs, 'render-print.png')}\n`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
