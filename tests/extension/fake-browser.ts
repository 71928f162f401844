// A stand-in for webextension-polyfill's `browser` in unit tests: i18n from the real
// _locales/en/messages.json (with Chrome's placeholder rules), an in-memory storage.local that tests
// may fill with anything, and recorders for the tab, scripting, permission and action calls.
import messages from '../../_locales/en/messages.json';

export type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** chrome.i18n.getMessage: named $PLACEHOLDERS$ resolve to their content, then $1…$9 to substitutions. */
export function getMessage(key: string, substitutions: string | string[] = []): string {
  return resolveMessage(messages as Catalogue, key, substitutions);
}

/** The same rules over any catalogue (tests/extension/locales.test.ts runs them on each translation). */
export function resolveMessage(catalogue: Catalogue, key: string, substitutions: string | string[] = []): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const subs = [substitutions].flat();
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = Object.entries(entry.placeholders ?? {}).find(([n]) => n.toLowerCase() === name.toLowerCase());
    return placeholder ? placeholder[1].content : whole;
  });
  return named.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export interface FakeBrowser {
  store: Record<string, unknown>;
  calls: { method: string; args: unknown[] }[];
  /** What tabs.sendMessage answers (a function of the message), or an Error to reject with. */
  onTabMessage: (tabId: number, message: unknown) => unknown;
  activeTab: { id: number; windowId: number; url?: string } | null;
  storageFails: boolean;
  api: Record<string, unknown>;
}

export function createFakeBrowser(): FakeBrowser {
  const fake: FakeBrowser = {
    store: {},
    calls: [],
    onTabMessage: () => undefined,
    activeTab: { id: 7, windowId: 1, url: 'https://news.example/article' },
    storageFails: false,
    api: {},
  };
  const record = (method: string) => (...args: unknown[]) => {
    fake.calls.push({ method, args });
    return Promise.resolve(undefined);
  };
  fake.api = {
    i18n: { getMessage, getUILanguage: () => 'en' },
    runtime: { getURL: (p: string) => `chrome-extension://test/${p}`, id: 'test' },
    storage: {
      local: {
        get: async (key: string) => {
          if (fake.storageFails) throw new Error('storage is broken');
          return key in fake.store ? { [key]: fake.store[key] } : {};
        },
        set: async (items: Record<string, unknown>) => {
          if (fake.storageFails) throw new Error('storage is broken');
          Object.assign(fake.store, structuredClone(items));
        },
        remove: async (key: string) => {
          delete fake.store[key];
        },
      },
    },
    tabs: {
      query: async () => (fake.activeTab ? [fake.activeTab] : []),
      get: async (id: number) => {
        if (fake.activeTab?.id !== id) throw new Error('No tab with id');
        return fake.activeTab;
      },
      sendMessage: async (tabId: number, message: unknown) => {
        fake.calls.push({ method: 'tabs.sendMessage', args: [tabId, message] });
        const answer = fake.onTabMessage(tabId, message);
        if (answer instanceof Error) throw answer;
        return answer;
      },
      create: record('tabs.create'),
      update: record('tabs.update'),
    },
    windows: { update: record('windows.update') },
    scripting: { executeScript: record('scripting.executeScript'), insertCSS: record('scripting.insertCSS') },
    permissions: {
      contains: async () => false,
      request: async (p: unknown) => {
        fake.calls.push({ method: 'permissions.request', args: [p] });
        return true;
      },
      remove: record('permissions.remove'),
    },
    action: { setBadgeText: record('action.setBadgeText') },
  };
  return fake;
}
