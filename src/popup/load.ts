// What the popup shows, worked out from the tab: a restricted page, the analysis, or why there is none.
import browser from 'webextension-polyfill';
import { showBadge } from '../shared/badge';
import { analyzeTab, InjectionError, TimeoutError } from '../shared/content-client';
import { ANALYSIS_TIMEOUT_MS } from '../shared/deadlines';
import type { AnalysisResult, Scope } from '../shared/messages';
import { restrictionOf, type Restriction } from '../shared/restricted';

export interface TabInfo {
  id: number;
  windowId: number | null;
  /** Known only with access to the tab (activeTab after a click, or the site allowed). */
  url: string | null;
}

/** Where the report shows: the toolbar popup, a tab of its own ("Open as a page"), or the side panel beside the article. */
export type ViewMode = 'popup' | 'page' | 'panel';

export type OkResult = Extract<AnalysisResult, { status: 'ok' }>;

export type PopupView =
  | { phase: 'loading' }
  | { phase: 'restricted'; reason: Restriction }
  | { phase: 'no-article'; tab: TabInfo; title: string }
  /** The article is in a language no pack reads (`lang`: its code, "und" when unknown): nothing was looked for. */
  | { phase: 'unsupported-language'; tab: TabInfo; lang: string }
  /** The side panel's tab, which the extension may not read yet: the reader's click or shortcut gives it access. */
  | { phase: 'needs-access'; tab: TabInfo }
  | { phase: 'error'; tab: TabInfo | null; timeout: boolean }
  | { phase: 'ready'; tab: TabInfo; result: OkResult };

export { ANALYSIS_TIMEOUT_MS };

/** Performance marks around the request to the page (scripts/measure-popup.mjs reads them). */
export const ANALYSIS_SENT_MARK = 'attribution-lens:analysis-sent';
export const ANALYSIS_RECEIVED_MARK = 'attribution-lens:analysis-received';

/** The tab `?tabId=N` names ("Open as a page"), else the active tab of the popup's window. */
export async function resolveTab(requestedTabId: number | null): Promise<TabInfo | null> {
  try {
    const tab = requestedTabId !== null
      ? await browser.tabs.get(requestedTabId)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (tab?.id === undefined) return null;
    return { id: tab.id, windowId: tab.windowId ?? null, url: tab.url ?? null };
  } catch {
    return null; // the tab was closed
  }
}

/**
 * Run while the page analyzes its article, when the popup has nothing else to do: the first string
 * comparison in a new page loads the browser's collation data (about 20 ms here), and the list's first
 * render sorts its sources by name (sourcingProfile, localeCompare), so the reader would wait for it.
 */
function prepareToRender(): void {
  'a'.localeCompare('b');
}

export async function loadView(tab: TabInfo, scope: Scope, highlights: boolean): Promise<PopupView> {
  const restriction = restrictionOf(tab.url);
  if (restriction) return { phase: 'restricted', reason: restriction };
  let result: AnalysisResult;
  try {
    // A new list shows every kind, and so do the page's highlights (ReportView sends the filter as it changes).
    performance.mark(ANALYSIS_SENT_MARK);
    result = await analyzeTab(tab.id, { type: 'analyze', scope, highlights, kinds: [] }, ANALYSIS_TIMEOUT_MS, prepareToRender);
    performance.mark(ANALYSIS_RECEIVED_MARK);
  } catch (error) {
    console.warn('Attribution Lens: analysis failed', error);
    // The browser refused to run the script: a page no extension may read (or a browser error page).
    if (error instanceof InjectionError) return { phase: 'restricted', reason: 'browser' };
    return { phase: 'error', tab, timeout: error instanceof TimeoutError };
  }
  showBadge(tab.id, result).catch(() => undefined);
  switch (result.status) {
    case 'ok':
      if (result.report.languageSupported === false) return { phase: 'unsupported-language', tab, lang: result.report.lang ?? 'und' };
      return { phase: 'ready', tab, result };
    case 'no-article':
      return { phase: 'no-article', tab, title: result.title };
    case 'restricted':
      return { phase: 'restricted', reason: result.reason };
    case 'error':
      return { phase: 'error', tab, timeout: false };
  }
}
