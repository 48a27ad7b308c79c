import { readFileSync } from 'node:fs';

/**
 * The package's version, from its package.json. This module sits two folders
 * below the package root in src/, dist/ and the bundle (dist/bundle/) alike,
 * so one relative path serves all three.
 */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
