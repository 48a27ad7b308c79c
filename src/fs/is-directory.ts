import { stat } from 'node:fs/promises';

/** Whether `path` is a folder (following links); false when it is anything else or nothing. */
export async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}
