// Data files shipped inside the extension (lexicon.json, lang/CODE.json, language-profiles.json), read once per worker
// lifetime from the extension's own package, never the network. A failed read is not cached.
import browser from 'webextension-polyfill';

const loading = new Map<string, Promise<unknown>>();

export function readPackaged<T>(file: string): Promise<T> {
  let pending = loading.get(file);
  if (!pending) {
    pending = fetch(browser.runtime.getURL(file))
      .then((response) => response.json() as Promise<unknown>)
      .catch((error: unknown) => {
        loading.delete(file); // try again next time
        throw error;
      });
    loading.set(file, pending);
  }
  return pending as Promise<T>;
}
