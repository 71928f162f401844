// storage.local access for the popup (and storage.session for the reader's place). Reads never throw: a failing or corrupt store reads as empty.
// Writes never replace an entry a newer version of the extension wrote (its data would be lost).
import browser from 'webextension-polyfill';
import { CHECKS_VERSION, parseArticleChecks, storageKey, withCheck, type ArticleChecks, type ClaimCheck } from './checks';
import { EMPTY_PLACE, parsePlace, placeKey, type ReaderPlace } from './place';
import { parseSettings, SETTINGS_KEY, SETTINGS_VERSION, type Settings } from './settings';

async function read(key: string): Promise<unknown> {
  try {
    const items = await browser.storage.local.get(key);
    return items?.[key];
  } catch (error) {
    console.warn('Attribution Lens: storage could not be read', error);
    return undefined;
  }
}

/** A later version of the extension wrote this entry (an older one, after a downgrade, must not overwrite it). */
export class NewerVersionError extends Error {
  constructor(key: string) {
    super(`storage entry ${key} was written by a newer version of Attribution Lens`);
  }
}

/** Throws NewerVersionError when the entry at `key` carries a version above `version`. */
async function refuseNewer(key: string, version: number): Promise<void> {
  const stored = (await read(key)) as { version?: unknown } | undefined;
  if (typeof stored?.version === 'number' && stored.version > version) throw new NewerVersionError(key);
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
    const key = storageKey(url);
    await refuseNewer(key, CHECKS_VERSION);
    const next = withCheck(await loadChecks(url), claimKey, check);
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
  await refuseNewer(SETTINGS_KEY, SETTINGS_VERSION);
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** storage.session where the browser has it (Chrome 102+, Firefox 115+); nothing is kept otherwise. */
const session = () => (browser.storage as { session?: typeof browser.storage.local }).session;

export async function loadPlace(url: string): Promise<ReaderPlace> {
  const store = session();
  if (!url || !store) return { ...EMPTY_PLACE };
  try {
    return parsePlace((await store.get(placeKey(url)))?.[placeKey(url)]);
  } catch {
    return { ...EMPTY_PLACE };
  }
}

export async function savePlace(url: string, place: ReaderPlace): Promise<void> {
  const store = session();
  if (!url || !store) return;
  await store.set({ [placeKey(url)]: place });
}
