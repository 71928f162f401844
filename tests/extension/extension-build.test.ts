// The extension as built: per-browser manifests from one source, the permissions the issue allows,
// bundle contents (no network API; the engine in the background, Readability in the content script). Run after `npm run build`
// (`npm test` builds first).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROWSERS, manifestFor } from '../../scripts/extension-manifest.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const base = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
const dist = (browser: string, file: string) => readFile(path.join(root, 'dist', browser, file), 'utf8');

describe.each(BROWSERS)('%s manifest', (browser) => {
  const manifest = manifestFor(browser, base, '1.2.3') as Record<string, any>;

  test('MV3, activeTab + scripting + storage (+ offscreen and sidePanel in Chrome) only, sites only on request, no content script at install', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe('1.2.3');
    // sidePanel shows no permission warning; Firefox's sidebar needs no permission at all. offscreen (no
    // warning either): Chrome's service worker has no DOM, and "Read the linked page" reads the page's HTML
    // in an offscreen document; Firefox's background page has a DOM of its own.
    expect(manifest.permissions).toEqual(browser === 'chrome' ? ['activeTab', 'offscreen', 'scripting', 'sidePanel', 'storage'] : ['activeTab', 'scripting', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  test('is the file the build wrote', async () => {
    const built = JSON.parse(await dist(browser, 'manifest.json'));
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    expect(built).toEqual(manifestFor(browser, base, pkg.version));
  });

  test('every file it names exists in the build', async () => {
    const icons = Object.values({ ...manifest.icons, ...manifest.action.default_icon }) as string[];
    const background = manifest.background.service_worker ? [manifest.background.service_worker] : manifest.background.scripts;
    for (const file of [...icons, ...background, 'popup.html', 'sidepanel.html', 'popup.js', 'popup.css', 'content.js', 'highlight.css', 'lexicon.json', 'page-reader.js', 'offscreen.html', '_locales/en/messages.json']) {
      await expect(readFile(path.join(root, 'dist', browser, file)), file).resolves.toBeDefined();
    }
  });
});

describe('per-browser differences', () => {
  test('Chrome: a service worker, no gecko settings; Firefox: background scripts, a gecko id, no data collected', () => {
    const chrome = manifestFor('chrome', base, '1.0.0') as Record<string, any>;
    const firefox = manifestFor('firefox', base, '1.0.0') as Record<string, any>;
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test('the report beside the article: Chrome\'s side_panel and its command; Firefox\'s sidebar_action, opened by its own command', () => {
    const chrome = manifestFor('chrome', base, '1.0.0') as Record<string, any>;
    const firefox = manifestFor('firefox', base, '1.0.0') as Record<string, any>;
    expect(chrome.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(chrome.sidebar_action).toBeUndefined();
    expect(chrome.commands['open-side-panel'].suggested_key.default).toBe('Alt+Shift+S');
    expect(firefox.side_panel).toBeUndefined();
    expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    expect(firefox.commands['open-side-panel']).toBeUndefined();
    expect(firefox.commands._execute_sidebar_action).toEqual(chrome.commands['open-side-panel']);
    expect(firefox.commands._execute_action).toEqual(chrome.commands._execute_action);
  });
});

describe('bundles', () => {
  test.each(['content.js', 'popup.js'])('%s uses no network API (nothing leaves the device)', async (file) => {
    const code = await dist('chrome', file);
    expect(code).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/);
  });

  test('background.js fetches its own package (lexicon.json, the language packs) and, on the reader\'s click only, a linked page', async () => {
    const code = await dist('chrome', 'background.js');
    expect(code).not.toMatch(/XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/);
    // Two places fetch: the package's own files, and the linked page (called through the `fetch` it is given).
    expect(code.match(/\bfetch\(/g)).toHaveLength(1);
    const read = (file: string) => readFile(path.join(root, 'src', 'background', file), 'utf8');
    expect(await read('packaged.ts')).toMatch(/fetch\(browser\.runtime\.getURL\(file\)\)/);
    expect(await read('packs.ts')).toMatch(/LEXICON_FILE = 'lexicon\.json'/);
    expect(await read('packs.ts')).toMatch(/`lang\/\$\{code\}\.json`/);
    const linked = await read('linked-page.ts');
    expect(linked.match(/fetchFn\(/g)).toHaveLength(1);
    expect(linked).toMatch(/credentials: 'omit'/);
    // The linked page is read only for a popup's read-linked-page request (src/background/index.ts).
    const index = await read('index.ts');
    expect(index.match(/readLinkedPage\(/g)).toHaveLength(1);
    expect(index).toMatch(/isEvidenceRequest\(message\) \|\| sender\.id !== browser\.runtime\.id \|\| !sender\.url\?\.startsWith\(browser\.runtime\.getURL\(''\)\)/);
    // No other page script fetches: the linked page's HTML reader only parses what it is given.
    expect(await dist('chrome', 'page-reader.js')).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/);
  });

  test('lang/CODE.json holds each language pack Node installs (not bundled into any script)', async () => {
    const { BUNDLED_LANGUAGES } = await import('../../src/core/lang/bundled');
    for (const data of BUNDLED_LANGUAGES) {
      for (const browser of BROWSERS) expect(JSON.parse(await dist(browser, `lang/${data.code}.json`))).toEqual(data);
      // A word only the pack holds (a cue verb's irregular form) is in no script. The popup bundles its own
      // stopword lists (src/popup/stopwords), which name some reporting verbs too: a word they hold is no marker.
      const popupWords = new Set(JSON.parse(await readFile(path.join(root, 'src', 'popup', 'stopwords', `${data.code}.json`), 'utf8')) as string[]);
      const irregular = data.cueVerbs.find((v) => v.forms && v.forms.length > 1 && v.forms.every((f) => f.length > 6) && !popupWords.has(v.forms[0]!))!.forms![0]!;
      for (const file of ['content.js', 'popup.js', 'background.js']) expect(await dist('chrome', file), file).not.toContain(`"${irregular}"`);
    }
  });

  test('lexicon.json holds the named-entity lexicons Node installs (not bundled into any script)', async () => {
    const { BUNDLED_ENTITIES } = await import('../../src/core/lexicon/bundled-entities');
    for (const browser of BROWSERS) expect(JSON.parse(await dist(browser, 'lexicon.json'))).toEqual(BUNDLED_ENTITIES);
    const someOutlet = BUNDLED_ENTITIES.outlets.find((o) => o.domain)!;
    for (const file of ['content.js', 'popup.js', 'background.js']) expect(await dist('chrome', file), file).not.toContain(someOutlet.domain);
  });

  test('the engine runs in the background worker, Readability in the content script (and in page-reader.js, for linked pages)', async () => {
    const background = await dist('chrome', 'background.js');
    const content = await dist('chrome', 'content.js');
    expect(background).not.toMatch(/readerable|_grabArticle/);
    expect(content).toMatch(/_grabArticle/);
    expect(await dist('chrome', 'page-reader.js')).toMatch(/_grabArticle/);
    // The engine's own error for a pack it was not given, and its table of rule families.
    for (const marker of ['no language pack is installed for', 'verb-before-source']) {
      expect(background, marker).toContain(marker);
      expect(content, marker).not.toContain(marker);
    }
  });

  test('both browsers get the same scripts (one source)', async () => {
    for (const file of ['content.js', 'background.js', 'page-reader.js', 'popup.js', 'popup.css', 'highlight.css']) {
      expect(await dist('firefox', file), file).toBe(await dist('chrome', file));
    }
  });

  test('the popup never sets HTML from strings in our code (Preact text children only)', async () => {
    const sources = await Promise.all(['src/popup', 'src/content'].map(async (dir) => {
      const { readdir } = await import('node:fs/promises');
      const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true });
      return Promise.all(entries.filter((e) => e.isFile() && /\.tsx?$/.test(e.name)).map((e) => readFile(path.join(e.parentPath, e.name), 'utf8')));
    }));
    for (const code of sources.flat()) expect(code).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/);
  });
});
