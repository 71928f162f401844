// A stand-in for webextension-polyfill's `browser` in unit tests: i18n from the real
// _locales/en/messages.json (with Chrome's placeholder rules), an in-memory storage.local that tests
// may fill with anything (and storage.session, kept apart), recorders for the tab, scripting,
// permission and action calls, and the tab and runtime events a test can fire.
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
  /** storage.session's contents (memory only in a browser). */
  session: Record<string, unknown>;
  /** Listeners added to tabs.onActivated, tabs.onUpdated and runtime.onMessage; fire them with `emit`. */
  listeners: Record<'tabs.onActivated' | 'tabs.onUpdated' | 'tabs.onRemoved' | 'runtime.onMessage', Set<(...args: unknown[]) => unknown>>;
  emit: (event: 'tabs.onActivated' | 'tabs.onUpdated' | 'tabs.onRemoved' | 'runtime.onMessage', ...args: unknown[]) => void;
  /** storage.onChanged's listeners: told of every set and remove. */
  storageListeners: StorageListener[];
  api: Record<string, unknown>;
}

type StorageListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

function fakeEvent(listeners: Set<(...args: unknown[]) => unknown>) {
  return {
    addListener: (fn: (...args: unknown[]) => unknown) => listeners.add(fn),
    removeListener: (fn: (...args: unknown[]) => unknown) => listeners.delete(fn),
    hasListener: (fn: (...args: unknown[]) => unknown) => listeners.has(fn),
  };
}

export function createFakeBrowser(): FakeBrowser {
  const fake: FakeBrowser = {
    store: {},
    calls: [],
    onTabMessage: () => undefined,
    activeTab: { id: 7, windowId: 1, url: 'https://news.example/article' },
    storageFails: false,
    session: {},
    listeners: { 'tabs.onActivated': new Set(), 'tabs.onUpdated': new Set(), 'tabs.onRemoved': new Set(), 'runtime.onMessage': new Set() },
    emit: (event, ...args) => {
      for (const fn of [...fake.listeners[event]]) fn(...args);
    },
    storageListeners: [],
    api: {},
  };
  const record = (method: string) => (...args: unknown[]) => {
    fake.calls.push({ method, args });
    return Promise.resolve(undefined);
  };
  fake.api = {
    i18n: { getMessage, getUILanguage: () => 'en' },
    runtime: {
      getURL: (p: string) => `chrome-extension://test/${p}`,
      id: 'test',
      sendMessage: async (message: unknown) => {
        fake.calls.push({ method: 'runtime.sendMessage', args: [message] });
        return undefined;
      },
      onMessage: fakeEvent(fake.listeners['runtime.onMessage']),
    },
    storage: {
      local: {
        get: async (key: string) => {
          if (fake.storageFails) throw new Error('storage is broken');
          return key in fake.store ? { [key]: fake.store[key] } : {};
        },
        set: async (items: Record<string, unknown>) => {
          if (fake.storageFails) throw new Error('storage is broken');
          const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { oldValue: fake.store[k], newValue: structuredClone(v) }]));
          Object.assign(fake.store, structuredClone(items));
          for (const listener of fake.storageListeners) listener(structuredClone(changes), 'local');
        },
        remove: async (key: string) => {
          const changes = { [key]: { oldValue: fake.store[key] } };
          delete fake.store[key];
          for (const listener of fake.storageListeners) listener(changes, 'local');
        },
      },
      session: {
        get: async (key: string) => (key in fake.session ? { [key]: structuredClone(fake.session[key]) } : {}),
        set: async (items: Record<string, unknown>) => {
          Object.assign(fake.session, structuredClone(items));
        },
      },
      onChanged: { addListener: (listener: StorageListener) => fake.storageListeners.push(listener) },
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
      onActivated: fakeEvent(fake.listeners['tabs.onActivated']),
      onUpdated: fakeEvent(fake.listeners['tabs.onUpdated']),
      onRemoved: fakeEvent(fake.listeners['tabs.onRemoved']),
    },
    windows: {
      update: record('windows.update'),
      getCurrent: async () => ({ id: fake.activeTab?.windowId ?? 1 }),
    },
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
