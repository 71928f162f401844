// The popup's and the background's side of the content script: sending it requests, and injecting
// it (with the highlight styles) on demand. The extension has no install-time host access, so nothing
// runs in a page until the reader opens the popup there (or has allowed the site). Pinging first makes
// a second call cheap; the content script's own guard makes a racing second injection harmless.
// The highlight styles go in with the first injection, after its analysis has answered.
import browser from 'webextension-polyfill';
import type { AnalysisResult, ContentRequest, ContentResponse } from './messages';

/** Sends a request to the content script in `tabId` (rejects when there is none). */
export function sendToTab<R extends ContentRequest>(tabId: number, request: R): Promise<ContentResponse<R>> {
  return browser.tabs.sendMessage(tabId, request) as Promise<ContentResponse<R>>;
}

export const CONTENT_SCRIPT = 'content.js';
export const HIGHLIGHT_CSS = 'highlight.css';

/** The browser refused to run the content script: a page no extension may read. */
export class InjectionError extends Error {
  override name = 'InjectionError';
}

/** Injects the content script unless one answers already; true when it was injected now. */
export async function ensureContentScript(tabId: number): Promise<boolean> {
  try {
    await sendToTab(tabId, { type: 'ping' });
    return false;
  } catch {
    // No live content script in this tab yet.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return true;
  } catch (error) {
    throw new InjectionError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/**
 * The highlight styles, through the scripting API rather than a <style> in the page (the page's CSP
 * cannot block them). Inserted once the analysis has answered: a new style sheet restyles the whole
 * page, which the analysis (it reads the page's computed styles) would otherwise wait for, on a long
 * page longer than for Readability. The highlights are painted after the answer too.
 */
function insertHighlightStyles(tabId: number): void {
  browser.scripting.insertCSS({ target: { tabId }, files: [HIGHLIGHT_CSS] })
    .catch((error: unknown) => console.warn('Attribution Lens: the highlight styles did not go in', error));
}

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/** Rejects with a TimeoutError when `promise` has not settled after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`no answer after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Injects if needed, then analyzes the tab; `sent` is called once the request is on its way. Rejects with InjectionError or TimeoutError (or a messaging
 * error). One deadline covers the whole: the ping and the injection wait for the page's main thread
 * too, and a page that keeps it busy (a script in a long loop) must not leave the reader waiting.
 */
export function analyzeTab(tabId: number, request: Extract<ContentRequest, { type: 'analyze' }>,
  timeoutMs = 30_000, sent?: () => void): Promise<AnalysisResult> {
  const analysis = (async () => {
    const injected = await ensureContentScript(tabId);
    try {
      const answer = sendToTab(tabId, request);
      sent?.(); // the request is on its way: the caller may use the wait
      return await answer;
    } finally {
      if (injected) insertHighlightStyles(tabId);
    }
  })();
  return withTimeout(analysis, timeoutMs);
}
