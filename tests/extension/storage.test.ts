// Saved corroboration statuses are versioned and validated: garbage, old or foreign data in
// storage.local never breaks the popup; it reads as "nothing saved" and valid parts survive.
import fc from 'fast-check';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  articleKey, CHECK_STATUSES, claimKey, NOTE_MAX_LENGTH, parseArticleChecks, storageKey, withCheck,
} from '../../src/popup/checks';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY } from '../../src/popup/settings';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';

let fake: FakeBrowser;
vi.mock('webextension-polyfill', () => ({ default: new Proxy({}, { get: (_, key) => fake.api[key as string] }) }));
const storage = await import('../../src/popup/storage');

const URL_A = 'https://news.example/2016/mosul?utm_source=x#comments';
const URL_B = 'https://news.example/2016/raqqa';

beforeEach(() => {
  fake = createFakeBrowser();
  storage.forgetKnownChecks();
});

describe('the storage module fed garbage', () => {
  const garbage: unknown[] = [
    undefined, null, 0, 'checks', [], [1, 2], { version: 0, checks: {} }, { version: 2, checks: { abcdef12: { status: 'disputed' } } },
    { version: 1 }, { version: 1, checks: null }, { version: 1, checks: [] }, { version: '1', checks: {} },
    { version: 1, checks: { abcdef12: 'disputed' } }, { version: 1, checks: { abcdef12: { status: 'maybe' } } },
    { version: 1, checks: { 'not-a-key': { status: 'disputed', note: '', updatedAt: 1 } } },
    { version: 1, checks: { ['__proto__']: { status: 'disputed' } } },
  ];
  test.each(garbage)('%j reads as no saved checks', async (raw) => {
    fake.store[storageKey(URL_A)] = raw;
    const checks = await storage.loadChecks(URL_A);
    expect(checks).toEqual({ version: 1, url: articleKey(URL_A), checks: {} });
  });

  test('any value at all: loading never throws and returns only valid checks', async () => {
    await fc.assert(fc.asyncProperty(fc.anything({ withObjectString: true, withNullPrototype: true }), async (raw) => {
      fake.store[storageKey(URL_A)] = raw;
      const checks = await storage.loadChecks(URL_A);
      expect(checks.version).toBe(1);
      for (const [key, check] of Object.entries(checks.checks)) {
        expect(key).toMatch(/^[0-9a-f]{8}$/);
        expect(CHECK_STATUSES).toContain(check.status);
        expect(typeof check.note).toBe('string');
        expect(Number.isFinite(check.updatedAt)).toBe(true);
      }
    }), { numRuns: 300 });
  });

  test('valid entries survive next to broken ones; long notes are cut; missing fields get defaults', async () => {
    fake.store[storageKey(URL_A)] = {
      version: 1,
      checks: {
        '0000000a': { status: 'corroborated', note: 'AP has it too', updatedAt: 5 },
        '0000000b': { status: 'bogus' },
        '0000000c': { status: 'disputed', note: 'x'.repeat(NOTE_MAX_LENGTH + 50), updatedAt: 'yesterday' },
        '0000000d': { status: 'not-found' },
      },
    };
    const { checks } = await storage.loadChecks(URL_A);
    expect(Object.keys(checks)).toEqual(['0000000a', '0000000c', '0000000d']);
    expect(checks['0000000a']).toEqual({ status: 'corroborated', note: 'AP has it too', updatedAt: 5 });
    expect(checks['0000000c']!.note).toHaveLength(NOTE_MAX_LENGTH);
    expect(checks['0000000c']!.updatedAt).toBe(0);
    expect(checks['0000000d']).toEqual({ status: 'not-found', note: '', updatedAt: 0 });
  });

  test('a store that throws reads as empty', async () => {
    fake.storageFails = true;
    expect((await storage.loadChecks(URL_A)).checks).toEqual({});
    expect(await storage.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('saving over garbage replaces it with a valid, versioned record', async () => {
    fake.store[storageKey(URL_A)] = 'corrupt';
    await storage.saveCheck(URL_A, '0000000a', { status: 'disputed', note: 'no', updatedAt: 9 });
    expect(fake.store[storageKey(URL_A)]).toEqual({
      version: 1, url: articleKey(URL_A), checks: { '0000000a': { status: 'disputed', note: 'no', updatedAt: 9 } },
    });
  });

  test('an entry written by a newer version is never overwritten: the save fails, the entry stays', async () => {
    const newer = { version: 2, url: articleKey(URL_A), checks: { abcdef12: { status: 'disputed', tags: ['x'] } } };
    fake.store[storageKey(URL_A)] = newer;
    expect((await storage.loadChecks(URL_A)).checks).toEqual({});
    await expect(storage.saveCheck(URL_A, '0000000a', { status: 'disputed', note: 'no', updatedAt: 9 })).rejects.toThrow(storage.NewerVersionError);
    expect(fake.store[storageKey(URL_A)]).toEqual(newer);
    // The next save (another claim) is not held up by the refused one.
    await storage.saveCheck(URL_B, '0000000a', { status: 'disputed', note: '', updatedAt: 1 });
    expect(Object.keys((await storage.loadChecks(URL_B)).checks)).toEqual(['0000000a']);

    const newerSettings = { version: 2, order: 'reading', highlights: false, theme: 'dark' };
    fake.store[SETTINGS_KEY] = newerSettings;
    await expect(storage.saveSettings(DEFAULT_SETTINGS)).rejects.toThrow(storage.NewerVersionError);
    expect(fake.store[SETTINGS_KEY]).toEqual(newerSettings);
  });

  test('saves are serialized: quick successive changes to two claims are both kept', async () => {
    await Promise.all([
      storage.saveCheck(URL_A, '0000000a', { status: 'disputed', note: '', updatedAt: 1 }),
      storage.saveCheck(URL_A, '0000000b', { status: 'corroborated', note: '', updatedAt: 2 }),
    ]);
    expect(Object.keys((await storage.loadChecks(URL_A)).checks).sort()).toEqual(['0000000a', '0000000b']);
  });

  test('an unchecked claim without a note is removed; the last one removes the record', async () => {
    await storage.saveCheck(URL_A, '0000000a', { status: 'disputed', note: '', updatedAt: 1 });
    await storage.saveCheck(URL_A, '0000000a', { status: 'unchecked', note: '  ', updatedAt: 2 });
    expect(storageKey(URL_A) in fake.store).toBe(false);
  });
});

describe('a change is written at once, in the call that makes it', () => {
  const URL = 'https://news.example/2016/mosul';
  const key = storageKey(URL);
  const note = (text: string) => ({ status: 'disputed' as const, note: text, updatedAt: 1 });

  test('a keystroke\'s note is in storage before any read answers (the popup may close right after)', async () => {
    await storage.loadChecks(URL);
    // Reads from now on never answer: only a write issued within saveCheck itself can land.
    const api = fake.api.storage as { local: { get: () => Promise<unknown> } };
    api.local.get = () => new Promise(() => undefined);
    void storage.saveCheck(URL, '0000000a', note('R'));
    void storage.saveCheck(URL, '0000000a', note('Re'));
    void storage.saveCheck(URL, '0000000b', note('other'));
    await Promise.resolve();
    expect(fake.store[key]).toEqual({ version: 1, url: articleKey(URL), checks: { '0000000a': note('Re'), '0000000b': note('other') } });
  });

  test('typing fast: every write holds the latest text, so whichever lands last is right', async () => {
    await storage.loadChecks(URL);
    const written: string[] = [];
    fake.storageListeners.push((changes) => {
      const value = changes[key]?.newValue as { checks: Record<string, { note: string }> } | undefined;
      written.push(value?.checks['0000000a']?.note ?? '(removed)');
    });
    const text = 'Reuters says so';
    const saves = [...text].map((_, i) => storage.saveCheck(URL, '0000000a', note(text.slice(0, i + 1))));
    await Promise.all(saves);
    expect((fake.store[key] as { checks: Record<string, { note: string }> }).checks['0000000a']!.note).toBe(text);
    // Writes never go back: each holds at least as much of the note as the one before.
    for (let i = 1; i < written.length; i++) expect(written[i]!.length, written.join(' | ')).toBeGreaterThanOrEqual(written[i - 1]!.length);
  });

  test('another page\'s change to another claim, seen through storage.onChanged, is kept by the immediate write', async () => {
    await storage.loadChecks(URL);
    // Another popup (or a report tab) records a finding.
    await (fake.api.storage as { local: { set: (items: object) => Promise<void> } }).local.set({
      [key]: { version: 1, url: articleKey(URL), checks: { '0000000c': { status: 'corroborated', note: 'AP too', updatedAt: 3 } } },
    });
    const api = fake.api.storage as { local: { get: () => Promise<unknown> } };
    api.local.get = () => new Promise(() => undefined);
    void storage.saveCheck(URL, '0000000a', note('mine'));
    await Promise.resolve();
    expect(Object.keys((fake.store[key] as { checks: object }).checks).sort()).toEqual(['0000000a', '0000000c']);
  });

  test('an entry a newer version wrote is not overwritten by the immediate write either', async () => {
    const newer = { version: 2, url: articleKey(URL), checks: {} };
    fake.store[key] = newer;
    await storage.loadChecks(URL);
    await expect(storage.saveCheck(URL, '0000000a', note('x'))).rejects.toThrow(storage.NewerVersionError);
    expect(fake.store[key]).toEqual(newer);
  });
});

describe('settings', () => {
  test.each([
    [undefined, DEFAULT_SETTINGS],
    ['x', DEFAULT_SETTINGS],
    [{ version: 1, order: 'reading', highlights: false }, { version: 1, order: 'reading', highlights: false }],
    [{ version: 1, order: 'alphabetical', highlights: 'no' }, DEFAULT_SETTINGS],
    [{ version: 2, order: 'reading', highlights: false }, DEFAULT_SETTINGS],
  ])('%j → %j', async (raw, expected) => {
    expect(parseSettings(raw)).toEqual(expected);
    fake.store[SETTINGS_KEY] = raw;
    expect(await storage.loadSettings()).toEqual(expected);
  });
});

describe('keys', () => {
  test.each([
    ['https://a.example/x?utm_source=tw&id=3#top', 'https://a.example/x?id=3'],
    ['https://a.example/x?fbclid=1&gclid=2', 'https://a.example/x'],
    ['https://a.example/x?page=2', 'https://a.example/x?page=2'],
    ['not a url', 'not a url'],
  ])('articleKey(%s) = %s', (url, expected) => {
    expect(articleKey(url)).toBe(expected);
  });

  test('claimKey ignores case and spacing, and tells sources and sentences apart', () => {
    const k = claimKey({ source: 'Reuters', sentence: 'Reuters confirms the rise of a resistance.' });
    expect(k).toMatch(/^[0-9a-f]{8}$/);
    expect(claimKey({ source: 'reuters', sentence: ' Reuters  confirms the rise of a resistance. ' })).toBe(k);
    expect(claimKey({ source: 'AP', sentence: 'Reuters confirms the rise of a resistance.' })).not.toBe(k);
    expect(claimKey({ source: 'Reuters', sentence: 'Reuters denies the rise of a resistance.' })).not.toBe(k);
  });

  test('withCheck does not change the record it is given', () => {
    const before = parseArticleChecks({ version: 1, checks: { '0000000a': { status: 'disputed' } } }, URL_A);
    const after = withCheck(before, '0000000b', { status: 'corroborated', note: '', updatedAt: 1 });
    expect(Object.keys(before.checks)).toEqual(['0000000a']);
    expect(Object.keys(after.checks)).toEqual(['0000000a', '0000000b']);
  });
});
