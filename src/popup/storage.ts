// storage.local access for the popup. Reads never throw: a failing or corrupt store reads as empty.
import browser from 'webextension-polyfill';
import { parseArticleChecks, storageKey, withCheck, type ArticleChecks, type ClaimCheck } from './checks';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';

async function read(key: string): Promise<unknown> {
  try {
    const items = await browser.storage.local.get(key);
    return items?.[key];
  } catch (error) {
    console.warn('Attribution Lens: storage could not be read', error);
    return undefined;
  }
}

export async function loadChecks(url: string): Promise<ArticleChecks> {
  return parseArticleChecks(await read(storageKey(url)), url);
}

let saving: Promise<unknown> = Promise.resolve();

/**
 * Stores one claim's check. Re-reads first, so a second popup's changes to other claims are kept,
 * and runs after any save still under way, so quick successive changes cannot overwrite each other.
 */
export function saveCheck(url: string, claimKey: string, check: ClaimCheck): Promise<ArticleChecks> {
  const save = saving.then(async () => {
    const next = withCheck(await loadChecks(url), claimKey, check);
    const key = storageKey(url);
    if (Object.keys(next.checks).length) await browser.storage.local.set({ [key]: next });
    else await browser.storage.local.remove(key);
    return next;
  });
  saving = save.catch(() => undefined);
  return save;
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await read(SETTINGS_KEY));
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}
