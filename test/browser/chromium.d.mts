import type { BrowserContext, LaunchOptions } from 'playwright-core';

export declare const CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export declare class ChromiumMissing extends Error {
  constructor(path: string);
}
export declare function launch(options?: Partial<LaunchOptions> & Record<string, unknown>): Promise<{ context: BrowserContext; close(): Promise<void> }>;
