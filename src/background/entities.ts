// The engine's named-entity lexicons (outlets, organizations, places, given names): too big for the
// script injected into pages, so the build writes them to lexicon.json and the background worker
// hands them to each content script as data. Read from the extension's own package, never the network.
import browser from 'webextension-polyfill';
import type { EntityData } from '../core/lexicon/entities';

export const LEXICON_FILE = 'lexicon.json';

let loading: Promise<EntityData> | null = null;

/** lexicon.json, read once per worker lifetime. */
export function loadEntities(): Promise<EntityData> {
  loading ??= fetch(browser.runtime.getURL(LEXICON_FILE))
    .then((response) => response.json() as Promise<EntityData>)
    .catch((error: unknown) => {
      loading = null; // try again next time
      throw error;
    });
  return loading;
}
