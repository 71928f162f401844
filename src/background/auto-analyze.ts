// Automatic analysis on the sites the reader allowed ("Analyze automatically on this site"): after a
// page loads, and after a single-page site changes its URL, the page is analyzed and the toolbar
// badge shows the count, without the popup. Sites not allowed are never touched.
import type { AnalysisResult } from '../shared/messages';
import { sitePattern } from '../shared/restricted';

export interface AutoDeps {
  /** Whether the reader granted this site (a match pattern). */
  allowed(pattern: string): Promise<boolean>;
  /** The tab as it is now (null when closed). */
  tab(tabId: number): Promise<{ url?: string; status?: string } | null>;
  analyze(tabId: number): Promise<AnalysisResult>;
  badge(tabId: number, result: AnalysisResult): Promise<void>;
  /** Quiet time after the last load or URL event before analyzing (events come in bursts). */
  delayMs: number;
}

export interface TabChange {
  status?: string;
  url?: string;
}

export function createAutoAnalyzer(deps: AutoDeps) {
  const timers = new Map<number, ReturnType<typeof setTimeout>>();

  async function run(tabId: number): Promise<void> {
    timers.delete(tabId);
    const tab = await deps.tab(tabId);
    // Still loading: the "complete" event will schedule it again.
    if (!tab || tab.status !== 'complete') return;
    const pattern = sitePattern(tab.url);
    if (!pattern || !(await deps.allowed(pattern))) return;
    await deps.badge(tabId, await deps.analyze(tabId));
  }

  function schedule(tabId: number): void {
    clearTimeout(timers.get(tabId));
    timers.set(tabId, setTimeout(() => {
      run(tabId).catch((error: unknown) => console.warn('Attribution Lens: automatic analysis failed', error));
    }, deps.delayMs));
  }

  return {
    /** tabs.onUpdated: a finished load, or a new URL (also from history.pushState). */
    onTabUpdated(tabId: number, change: TabChange): void {
      if (change.status === 'complete' || change.url !== undefined) schedule(tabId);
    },
    onTabRemoved(tabId: number): void {
      clearTimeout(timers.get(tabId));
      timers.delete(tabId);
    },
    schedule,
  };
}
