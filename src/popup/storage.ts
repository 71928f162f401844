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

/**
 * What this page last knew of each article's stored checks (read, written, or seen changed by another
 * page), and the changes it has made since that a save has not yet written back after a fresh read.
 * They let every change be written at once, without waiting for a read: a note typed just before the
 * popup closes is in storage even though the page is gone before any read could answer.
 */
interface Known {
  url: string;
  stored: ArticleChecks;
  /** The entry was written by a newer version of the extension: never overwritten. */
  newer: boolean;
  /** Changes not yet written back by a save (in order). */
  pending: { claimKey: string; check: ClaimCheck }[];
}
const known = new Map<string, Known>();

const isNewer = (raw: unknown, version: number): boolean =>
  typeof (raw as { version?: unknown } | undefined)?.version === 'number' && (raw as { version: number }).version > version;

function remember(url: string, raw: unknown): Known {
  const key = storageKey(url);
  const entry: Known = { url, stored: parseArticleChecks(raw, url), newer: isNewer(raw, CHECKS_VERSION), pending: known.get(key)?.pending ?? [] };
  known.set(key, entry);
  watchOtherPages();
  return entry;
}

let watching = false;
/** Keeps `known` up to date with what other pages (another popup, a report tab) write. */
function watchOtherPages(): void {
  if (watching) return;
  watching = true;
  browser.storage.onChanged?.addListener((changes, area) => {
    if (area !== 'local') return;
    for (const [key, change] of Object.entries(changes)) {
      const entry = known.get(key);
      if (entry) remember(entry.url, change.newValue);
    }
  });
}

/** Forgets what this page knew and any save under way (for tests: one module sees a new browser storage per test). */
export function forgetKnownChecks(): void {
  known.clear();
  watching = false;
  saving = Promise.resolve();
}

export async function loadChecks(url: string): Promise<ArticleChecks> {
  return remember(url, await read(storageKey(url))).stored;
}

/** Writes `checks` as the article's record (removes the record when it holds nothing). */
function write(key: string, checks: ArticleChecks): Promise<void> {
  return Object.keys(checks.checks).length ? browser.storage.local.set({ [key]: checks }) : browser.storage.local.remove(key);
}

let saving: Promise<unknown> = Promise.resolve();

/**
 * Stores one claim's check. The write starts at once, in this call, from what the page knows (so
 * closing the popup right after a keystroke loses nothing). Then, after any save still under way, the
 * record is re-read and written again with the change, so that a second page's changes to other claims
 * are kept and quick successive changes cannot overwrite each other.
 */
export function saveCheck(url: string, claimKey: string, check: ClaimCheck): Promise<ArticleChecks> {
  const key = storageKey(url);
  const entry = known.get(key);
  const change = { claimKey, check };
  if (entry) {
    entry.pending.push(change);
    if (!entry.newer) {
      const next = entry.pending.reduce((checks, c) => withCheck(checks, c.claimKey, c.check), entry.stored);
      write(key, next).catch((error: unknown) => console.warn('Attribution Lens: a check could not be saved', error));
    }
  }
  const save = saving.then(async () => {
    await refuseNewer(key, CHECKS_VERSION);
    const fresh = await loadChecks(url);
    const current = known.get(key)!;
    // This change and any made since, over the fresh record: no write ever goes back on a later change.
    if (!current.pending.includes(change)) current.pending.unshift(change);
    const next = current.pending.reduce((checks, c) => withCheck(checks, c.claimKey, c.check), fresh);
    await write(key, next);
    current.pending = current.pending.filter((c) => c !== change);
    return withCheck(fresh, claimKey, check);
  });
  saving = save.catch(() => {
    const failed = known.get(key);
    if (failed) failed.pending = failed.pending.filter((c) => c !== change);
  });
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
