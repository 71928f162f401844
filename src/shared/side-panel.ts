// The side panel as the popup and the background reach it: Chrome's chrome.sidePanel (which the
// polyfill does not wrap), and the message that tells an open panel a tab was just read.
import browser from 'webextension-polyfill';
import type { PanelMessage } from './messages';

export interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}

/** chrome.sidePanel where the browser has it (Chrome); undefined elsewhere (Firefox has its sidebar). */
export const chromeSidePanel = (): ChromeSidePanel | undefined =>
  (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;

/** Tells a side panel showing `tabId` that the extension was just given access to it (no panel open: nobody answers). */
export function notifyPanel(tabId: number): void {
  const message: PanelMessage = { type: 'panel-refresh', tabId };
  browser.runtime.sendMessage(message).catch(() => undefined);
}
