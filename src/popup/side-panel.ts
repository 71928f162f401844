// Opening the report beside the article: Chrome's side panel (chrome.sidePanel, which the polyfill
// does not wrap) or Firefox's sidebar (sidebarAction). Both must be called straight from the reader's
// click: an await before the call loses the user gesture and the browser refuses.
import browser from 'webextension-polyfill';
import { chromeSidePanel } from '../shared/side-panel';


const firefoxSidebar = (): { open(): Promise<void> } | undefined =>
  (browser as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;

/** Whether this browser can show the report beside the article. */
export function canOpenBeside(): boolean {
  return chromeSidePanel() !== undefined || firefoxSidebar() !== undefined;
}

/** Opens the side panel (Chrome) or sidebar (Firefox) in `windowId`. Call it first thing in a click handler. */
export function openBeside(windowId: number | null): Promise<void> {
  const chromePanel = chromeSidePanel();
  if (chromePanel && windowId !== null) return chromePanel.open({ windowId });
  const sidebar = firefoxSidebar();
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('this browser has no side panel'));
}
