import type { Browser, Page } from 'playwright-core';

export declare function summarizeCorpus(dir: string): { pages: string[]; reports: string; html: string; json: string; text: string };
export declare function openSummary(htmlPath: string, options?: { colorScheme?: 'light' | 'dark'; width?: number; height?: number }): Promise<{ browser: Browser; page: Page; requests: string[] }>;
