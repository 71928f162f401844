// The named-entity lexicons reach the content script as data: the background reads lexicon.json
// once; the content script installs what it receives once, after checking its shape.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { BUNDLED_ENTITIES } from '../../src/core/lexicon/bundled-entities';
import { entitiesInstalled, installEntities, OUTLETS } from '../../src/core/lexicon/entities';
import { isEntityData } from '../../src/content/entities';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';

let fake: FakeBrowser;
vi.mock('webextension-polyfill', () => ({ default: new Proxy({}, { get: (_, key) => fake.api[key as string] }) }));

/** A fresh copy of the engine's entity module state for each test (it is module-global). */
beforeEach(async () => {
  fake = createFakeBrowser();
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
  installEntities(BUNDLED_ENTITIES); // as the test setup left it for other tests
});

describe('isEntityData', () => {
  test.each([
    [BUNDLED_ENTITIES, true],
    [{ outlets: [], organizations: [], places: [], givenNames: [] }, true],
    [{ outlets: [{ name: 1 }], organizations: [], places: [], givenNames: [] }, false],
    [{ outlets: [], organizations: [], places: [], givenNames: [3] }, false],
    [{ outlets: [], organizations: [], places: [] }, false],
    [null, false],
    ['lexicon', false],
  ])('%#', (data, expected) => {
    expect(isEntityData(data)).toBe(expected);
  });
});

describe('entityInstaller (content script)', () => {
  test('asks the background once, installs what it gets, and then no more', async () => {
    const entities = await import('../../src/core/lexicon/entities');
    const { entityInstaller: fresh } = await import('../../src/content/entities');
    expect(entities.entitiesInstalled()).toBe(false);
    const ask = vi.fn(async () => ({ ...BUNDLED_ENTITIES, outlets: [{ name: 'Test Gazette', domain: 'gazette.test' }] }));
    const ensure = fresh(ask);
    await Promise.all([ensure(), ensure()]);
    await ensure();
    expect(ask).toHaveBeenCalledOnce();
    expect(ask).toHaveBeenCalledWith({ type: 'get-entities' });
    expect(entities.OUTLETS.get('test gazette')?.domain).toBe('gazette.test');
  });

  test('malformed or failed answers install nothing and are retried at the next analysis', async () => {
    const entities = await import('../../src/core/lexicon/entities');
    const { entityInstaller: fresh } = await import('../../src/content/entities');
    const answers: unknown[] = [new Error('no background'), { outlets: 'nope' }, BUNDLED_ENTITIES];
    const ask = vi.fn(async () => {
      const answer = answers.shift();
      if (answer instanceof Error) throw answer;
      return answer;
    });
    const ensure = fresh(ask);
    await ensure();
    expect(entities.entitiesInstalled()).toBe(false);
    await ensure();
    expect(entities.entitiesInstalled()).toBe(false);
    await ensure();
    expect(entities.entitiesInstalled()).toBe(true);
    expect(ask).toHaveBeenCalledTimes(3);
  });

  test('the setup of these tests installed the bundled lexicon (as the CLI does)', () => {
    expect(entitiesInstalled()).toBe(true);
    expect(OUTLETS.get('reuters')?.domain).toBe('reuters.com');
  });
});

describe('loadEntities (background worker)', () => {
  test('reads lexicon.json from the extension package once; a failure is not cached', async () => {
    const fetched: string[] = [];
    let fail = true;
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      if (fail) throw new Error('offline?');
      return { json: async () => BUNDLED_ENTITIES };
    });
    const { loadEntities } = await import('../../src/background/entities');
    await expect(loadEntities()).rejects.toThrow('offline?');
    fail = false;
    expect(await loadEntities()).toEqual(BUNDLED_ENTITIES);
    await loadEntities();
    expect(fetched).toEqual(['chrome-extension://test/lexicon.json', 'chrome-extension://test/lexicon.json']);
  });
});
