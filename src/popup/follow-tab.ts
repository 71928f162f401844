// The side panel follows its window's active tab. What it hears, and what it asks the panel to do:
// a tab switch shows that tab (from the panel's own reports when it read it before); a finished load
// of the tab shown, or access just given to it (the popup read it, or the keyboard command), reads it
// anew; a tab that navigates or closes is forgotten.
import { useEffect } from 'preact/hooks';
import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import { isPanelMessage } from '../shared/messages';

export interface FollowTab {
  switched: (tabId: number) => void;
  reread: (tabId: number) => void;
  forget: (tabId: number) => void;
}

export function useFollowActiveTab(enabled: boolean, on: FollowTab): void {
  useEffect(() => {
    if (!enabled) return undefined;
    let windowId: number | undefined;
    let activeTabId: number | undefined;
    browser.windows.getCurrent().then((w) => { windowId = w.id; }, () => undefined);
    browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => { activeTabId = tab?.id; }, () => undefined);
    const onActivated = (info: Tabs.OnActivatedActiveInfoType): void => {
      if (windowId !== undefined && info.windowId !== windowId) return;
      activeTabId = info.tabId;
      on.switched(info.tabId);
    };
    const onUpdated = (tabId: number, change: Tabs.OnUpdatedChangeInfoType): void => {
      if (change.status === 'loading' && change.url !== undefined) on.forget(tabId);
      if (tabId === activeTabId && change.status === 'complete') on.reread(tabId);
    };
    const onRemoved = (tabId: number): void => on.forget(tabId);
    const onMessage = (message: unknown, sender: Runtime.MessageSender): undefined => {
      if (isPanelMessage(message) && sender.id === browser.runtime.id && message.tabId === activeTabId) on.reread(message.tabId);
      return undefined;
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [enabled]);
}
