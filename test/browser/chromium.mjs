// Shared by the browser tests and scripts/screenshot.mjs: Debian's Chromium,
// driven by playwright-core (which downloads no browser of its own).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.IP_CHROMIUM || '/usr/bin/chromium';

/** Flags for a quiet, offline, throwaway browser: nothing phones home, nothing is kept. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class ChromiumMissing extends Error {
  constructor(path) {
    super(
      `Chromium was not found at ${path}. The browser tests need Debian's chromium package: ` +
        'run "apt-get update && apt-get install -y chromium" (as root), or set IP_CHROMIUM to another Chromium binary. ' +
        'These tests never download a browser and never skip.',
    );
    this.name = 'ChromiumMissing';
  }
}

/**
 * A fresh persistent context in a new user-data folder (removed by close()).
 * Throws ChromiumMissing, with what to do, when the binary is not there.
 */
export async function launch(options = {}) {
  if (!existsSync(CHROMIUM)) throw new ChromiumMissing(CHROMIUM);
  const userDataDir = mkdtempSync(join(tmpdir(), 'ip-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    offline: false,
    ...options,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
