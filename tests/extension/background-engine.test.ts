// The engine runs in the background worker: it reads lexicon.json and the page's lang/CODE.json from
// the extension's package once, checks their shape, and answers content scripts' blocks.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { isEntityData } from '../../src/background/engine';
import { BUNDLED_LANGUAGES } from '../../src/core/lang/bundled';
import profiles from '../../src/core/lang/profiles.json';
import { BUNDLED_ENTITIES } from '../../src/core/lexicon/bundled-entities';
import { entitiesInstalled, installEntities, OUTLETS } from '../../src/core/lexicon/entities';
import type { Block } from '../../src/core/types';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';

let fake: FakeBrowser;
vi.mock('webextension-polyfill', () => ({ default: new Proxy({}, { get: (_, key) => fake.api[key as string] }) }));

/** A fresh copy of the engine's module state (installed packs, lexicons) for each test. */
beforeEach(async () => {
  fake = createFakeBrowser();
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
  installEntities(BUNDLED_ENTITIES); // as the test setup left it for other tests
});

const pack = (code: string) => BUNDLED_LANGUAGES.find((d) => d.code === code);
const blocks = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text }));
const ENGLISH = blocks(
  'The Harbor Gazette reported on Friday that the council had delayed the vote on the new budget.',
  'The mayor said the delay would cost the city money, according to the Gazette.',
);
const CZECH = blocks('Podle agentury ČTK vláda schválila rozpočet na příští rok. Ministr financí řekl, že schodek se sníží a že daně se nezvýší.');

/** The background's engine module, fresh (no pack or lexicon installed yet). */
async function freshEngine() {
  const entities = await import('../../src/core/lexicon/entities');
  const registry = await import('../../src/core/lang/registry');
  const { createEngine } = await import('../../src/background/engine');
  return { entities, registry, createEngine };
}

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

describe('createEngine (background worker)', () => {
  test('reads the lexicon and the article language\'s pack once, and only that pack', async () => {
    const { entities, registry, createEngine } = await freshEngine();
    expect(entities.entitiesInstalled()).toBe(false);
    expect(registry.installedLanguages()).toEqual([]);
    const lexicon = vi.fn(async () => ({ ...BUNDLED_ENTITIES, outlets: [{ name: 'Harbor Gazette', domain: 'gazette.test' }] }));
    const language = vi.fn(async (code: string) => pack(code));
    const engine = createEngine({ entities: lexicon, language, profiles: async () => profiles });
    const [first, second] = await Promise.all([engine(ENGLISH, 'en-US'), engine(ENGLISH, null)]);
    await engine(ENGLISH, 'en');
    expect(lexicon).toHaveBeenCalledOnce();
    expect(language.mock.calls).toEqual([['en']]);
    expect(registry.installedLanguages()).toEqual(['en']);
    expect(entities.OUTLETS.get('harbor gazette')?.domain).toBe('gazette.test');
    // The same answer, apart from the time each took (the first also installed the lexicon and the pack).
    expect({ ...first, timings: null }).toEqual({ ...second, timings: null });
    expect(first.timings!.engineMs).toBeGreaterThan(0);
    expect(first.lang).toBe('en');
    expect(first.languageSupported).toBe(true);
    const gazette = first.attributions.findIndex((a) => a.source === 'The Harbor Gazette');
    expect(first.attributions[gazette]?.sourceKind).toBe('outlet');
    expect(first.domains[gazette]).toEqual({ source: 'gazette.test', via: null });
  });

  test('the page\'s publication date comes back in ISO 8601, and each statement\'s time is resolved against it', async () => {
    const { createEngine } = await freshEngine();
    const engine = createEngine({ entities: async () => BUNDLED_ENTITIES, language: async (code) => pack(code), profiles: async () => profiles });
    const text = blocks('The Harbor Gazette reported Thursday that the port would close.');
    const dated = await engine(text, 'en', 'Fri, 15 Mar 2024 15:00:00 GMT');
    expect(dated.published).toBe('2024-03-15T15:00:00Z');
    expect(dated.attributions.map((a) => [a.when, a.whenDate])).toEqual([['Thursday', '2024-03-14']]);
    const undated = await engine(text, 'en', 'not a date');
    expect(undated.published).toBeNull();
    expect(undated.attributions.map((a) => a.whenDate)).toEqual([null]);
  });

  test('a language no pack reads is answered without attributions, and no pack is read', async () => {
    const { createEngine } = await freshEngine();
    const language = vi.fn(async (code: string) => pack(code));
    const answer = await createEngine({ entities: async () => BUNDLED_ENTITIES, language, profiles: async () => profiles })(CZECH, 'cs');
    expect({ ...answer, timings: null }).toEqual({ lang: 'cs', languageSupported: false, attributions: [], truncated: false, published: null, domains: [], timings: null });
    expect(answer.timings!.installMs).toBe(0);
    expect(language).not.toHaveBeenCalled();
  });

  test('a malformed or unreadable pack is an error, asked for again next time', async () => {
    const { registry, createEngine } = await freshEngine();
    const answers: unknown[] = [new Error('no such file'), { ...pack('en'), code: 'fr' }, { code: 'en' }, pack('en')];
    const language = vi.fn(async () => {
      const answer = answers.shift();
      if (answer instanceof Error) throw answer;
      return answer;
    });
    const engine = createEngine({ entities: async () => BUNDLED_ENTITIES, language, profiles: async () => profiles });
    await expect(engine(ENGLISH, 'en')).rejects.toThrow('no such file');
    await expect(engine(ENGLISH, 'en')).rejects.toThrow('the en language pack is malformed');
    await expect(engine(ENGLISH, 'en')).rejects.toThrow('the en language pack is malformed');
    expect(registry.installedLanguages()).toEqual([]);
    expect((await engine(ENGLISH, 'en')).attributions.length).toBeGreaterThan(0);
    expect(language).toHaveBeenCalledTimes(4);
  });

  test('without the lexicon the engine still answers (no outlet known by name), and asks again next time', async () => {
    const { entities, createEngine } = await freshEngine();
    const answers: unknown[] = [new Error('offline?'), { outlets: 'nope' }, BUNDLED_ENTITIES];
    const lexicon = vi.fn(async () => {
      const answer = answers.shift();
      if (answer instanceof Error) throw answer;
      return answer;
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const engine = createEngine({ entities: lexicon, language: async (code) => pack(code), profiles: async () => profiles });
    expect((await engine(ENGLISH, 'en')).languageSupported).toBe(true);
    expect(entities.entitiesInstalled()).toBe(false);
    await engine(ENGLISH, 'en');
    expect(entities.entitiesInstalled()).toBe(false);
    await engine(ENGLISH, 'en');
    expect(entities.entitiesInstalled()).toBe(true);
    expect(lexicon).toHaveBeenCalledTimes(3);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  test('reads the language profiles once, before the first article; malformed or unreadable ones are an error, asked for again', async () => {
    const { createEngine } = await freshEngine();
    const answers: unknown[] = [new Error('no such file'), { en: 'the' }, {}, profiles];
    const read = vi.fn(async () => {
      const answer = answers.shift();
      if (answer instanceof Error) throw answer;
      return answer;
    });
    const language = vi.fn(async (code: string) => pack(code));
    const engine = createEngine({ entities: async () => BUNDLED_ENTITIES, language, profiles: read });
    await expect(engine(ENGLISH, 'en')).rejects.toThrow('no such file');
    await expect(engine(ENGLISH, 'en')).rejects.toThrow('the language profiles are malformed');
    await expect(engine(ENGLISH, 'en')).rejects.toThrow('the language profiles are malformed');
    expect(language).not.toHaveBeenCalled();
    // Read at last: the text chooses its language (a Czech page declared "en" is Czech) and they are not read again.
    expect((await engine(ENGLISH, 'en')).lang).toBe('en');
    expect((await engine(CZECH, 'en')).languageSupported).toBe(false);
    expect(read).toHaveBeenCalledTimes(4);
  });

  test('the setup of these tests installed the bundled lexicon (as the CLI does)', () => {
    expect(entitiesInstalled()).toBe(true);
    expect(OUTLETS.get('reuters')?.domain).toBe('reuters.com');
  });
});

describe('packs (background worker)', () => {
  test('reads lexicon.json and lang/CODE.json from the extension package once each; a failure is not cached', async () => {
    const fetched: string[] = [];
    let fail = true;
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      if (fail) throw new Error('offline?');
      return { json: async () => (url.endsWith('lexicon.json') ? BUNDLED_ENTITIES : pack('fr')) };
    });
    const { loadEntities, loadLanguage } = await import('../../src/background/packs');
    await expect(loadEntities()).rejects.toThrow('offline?');
    fail = false;
    expect(await loadEntities()).toEqual(BUNDLED_ENTITIES);
    await loadEntities();
    expect(await loadLanguage('fr')).toEqual(pack('fr'));
    await loadLanguage('fr');
    expect(fetched).toEqual(['chrome-extension://test/lexicon.json', 'chrome-extension://test/lexicon.json', 'chrome-extension://test/lang/fr.json']);
  });

  test('reads language-profiles.json from the extension package once', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return { json: async () => profiles };
    });
    const { loadProfiles } = await import('../../src/background/packs');
    expect(await loadProfiles()).toEqual(profiles);
    await loadProfiles();
    expect(fetched).toEqual(['chrome-extension://test/language-profiles.json']);
  });
});
