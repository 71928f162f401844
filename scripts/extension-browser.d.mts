import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';

export declare const CHROMIUM: string;
export declare const CHROME_DIST: string;
export declare function sleep(ms: number): Promise<void>;
export declare function startServer(): Promise<{ origin: string; close: () => Promise<void> }>;

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  cdp: CDPSession;
  close: () => Promise<void>;
}
export declare function launchWithExtension(extensionDir?: string, options?: { language?: string }): Promise<ExtensionBrowser>;
export declare function extensionCopyGranting(origins: string[]): Promise<{ dir: string; remove: () => Promise<void> }>;
export declare function clickToolbarButton(ext: ExtensionBrowser, page: Page): Promise<number>;
export interface OpenPopup {
  popup: Page;
  /** When the toolbar button was clicked (ms since the epoch). */
  clickedAt: number;
  close: () => Promise<void>;
}
export declare function openPopup(ext: ExtensionBrowser, page: Page): Promise<OpenPopup>;
export declare function extensionPage(ext: ExtensionBrowser, file: string): Promise<{ page: Page; disconnect: () => Promise<void> }>;
/** Clicks "Keep open beside the article"; the popup closing under the click counts as done. */
export declare function clickKeepOpen(popup: Page): Promise<void>;
export declare function settledState(popup: Page): Promise<string>;
