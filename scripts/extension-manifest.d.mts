export type Browser = 'chrome' | 'firefox';
export declare const BROWSERS: Browser[];
export declare function manifestFor(browser: Browser, base: Record<string, unknown>, version: string): Record<string, unknown>;
