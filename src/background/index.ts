// The background worker: the toolbar badge, automatic analysis on allowed sites, and the engine
// (src/background/engine.ts) that content scripts send their article's blocks to. Readability stays
// in the content script, next to the page it reads.
import browser, { type Runtime } from 'webextension-polyfill';
import { BADGE_COLOR, showBadge } from '../shared/badge';
import { analyzeTab } from '../shared/content-client';
import { isBackgroundRequest, isEvidenceRequest } from '../shared/messages';
import { chromeSidePanel, notifyPanel } from '../shared/side-panel';
import { sitePattern } from '../shared/restricted';
import { createAutoAnalyzer } from './auto-analyze';
import { createEngine } from './engine';
import { loadEntities, loadLanguage, loadProfiles } from './packs';
import { browserReadDeps } from './page-dom';
import { readLinkedPage } from './read-page';

const auto = createAutoAnalyzer({
  allowed: (pattern) => browser.permissions.contains({ origins: [pattern] }),
  tab: (tabId) => browser.tabs.get(tabId).catch(() => null),
  analyze: (tabId) => analyzeTab(tabId, { type: 'analyze', scope: 'article', settle: true }),
  badge: showBadge,
  delayMs: 300,
});

browser.tabs.onUpdated.addListener((tabId, change) => auto.onTabUpdated(tabId, change));
browser.tabs.onRemoved.addListener((tabId) => auto.onTabRemoved(tabId));

/**
 * Sites being granted for "Read the linked page" (the popup says so just before it asks): such a
 * grant is for one read, not automatic analysis, so it schedules no tab. Forgotten after a while.
 */
const evidenceSites = new Map<string, ReturnType<typeof setTimeout>>();
const EVIDENCE_GRANT_MS = 120_000;

// A site just allowed from the popup: analyze its open tabs now rather than at their next load.
browser.permissions.onAdded.addListener(async ({ origins: added = [] }) => {
  const origins = added.filter((o) => !evidenceSites.has(o));
  if (!origins.length) return;
  const tabs = await browser.tabs.query({ url: origins }).catch(() => []);
  for (const tab of tabs) if (tab.id !== undefined) auto.schedule(tab.id);
});

const engine = createEngine({ entities: loadEntities, language: loadLanguage, profiles: loadProfiles });

// Content scripts of this extension send an article's blocks; the answer is its attributions.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isBackgroundRequest(message) || sender.id !== browser.runtime.id) return undefined;
  return engine(message.blocks, message.declaredLang, message.published);
});

// "Read the linked page", from the popup (an extension page, never a content script): the page's text, or why not.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isEvidenceRequest(message) || sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
  const pattern = sitePattern(message.url);
  if (message.type === 'linked-page-intent') {
    if (pattern) {
      clearTimeout(evidenceSites.get(pattern));
      evidenceSites.set(pattern, setTimeout(() => evidenceSites.delete(pattern), EVIDENCE_GRANT_MS));
    }
    return undefined;
  }
  return readLinkedPage(message.url, message.release, browserReadDeps);
});

// The keyboard command "open-side-panel" (Chrome; Firefox runs _execute_sidebar_action itself). A
// command gives the extension access to the active tab, so a panel already showing it reads it now.
browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'open-side-panel' || tab?.windowId === undefined) return;
  // Called at once: the browser opens the panel only while the shortcut counts as the reader's gesture.
  chromeSidePanel()?.open({ windowId: tab.windowId }).catch((error: unknown) => console.warn('Attribution Lens: side panel', error));
  if (tab.id !== undefined) notifyPanel(tab.id); // a panel not open yet reads the tab when it starts
});

browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => undefined);
browser.action.setBadgeTextColor?.({ color: '#ffffff' })?.catch(() => undefined);
