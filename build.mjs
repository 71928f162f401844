// Builds the extension for Chrome and Firefox from one source, and the CLI.
//   node build.mjs            production build into dist/
//   node build.mjs --watch    rebuild on change (extension and CLI)
//   node build.mjs --firefox-test
//                             only dist/firefox-test: the Firefox build plus a test-only hook for the
//                             end-to-end tests (tests/e2e/firefox-test-background.ts); never shipped
import { build, context } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSERS, manifestFor } from './scripts/extension-manifest.mjs';
import { linkedomPatches } from './scripts/linkedom-patches.mjs';
import { readabilityPatches } from './scripts/readability-patches.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');
const watch = process.argv.includes('--watch');
const firefoxTest = process.argv.includes('--firefox-test');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  target: ['chrome120', 'firefox128'],
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

/** Extension scripts: one bundle per runtime context, built once and copied to each browser's folder. */
const extensionBuild = {
  ...common,
  entryPoints: {
    content: 'src/content/index.ts',
    background: 'src/background/index.ts',
    // Readability for a linked page the reader asks to read: loaded by offscreen.html (Chrome) or into
    // the background page (Firefox) only then, so background.js does not carry it.
    'page-reader': 'src/evidence/page-reader.ts',
  },
  outdir: path.join(dist, 'extension-bundle'),
  format: 'iife',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.json': 'json' },
};

/**
 * The popup (also the side panel and the report tab): an ES module with code splitting, so what it
 * needs only sometimes (each language's stop words for the Check searches) is a chunk of its own,
 * imported when first needed, and opening the popup reads less.
 */
const popupBuild = {
  ...extensionBuild,
  entryPoints: { popup: 'src/popup/index.tsx' },
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
};

const cliBuild = {
  ...common,
  minify: false,
  // eval: the corpus tools (npm run score, corpus:text, corpus:sync), next to the CLI they run.
  entryPoints: { 'attribution-lens': 'src/cli/attribution-lens.ts', eval: 'src/eval/main.ts' },
  outdir: path.join(dist, 'cli'),
  outExtension: { '.js': '.mjs' },
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsdom stays a runtime dependency: it reads its own data files and does not bundle cleanly.
  // warcio (the WARC reader) is installed with the package too, with its own dependencies.
  // linkedom is bundled, with the patches of scripts/linkedom-patches.mjs (speed only); the optional
  // `canvas` it asks for is absent and its own stand-in is used, as when it is not bundled.
  // Readability too, with those of scripts/readability-patches.mjs (speed only).
  external: ['jsdom', 'warcio', 'canvas'],
  plugins: [linkedomPatches, readabilityPatches],
  banner: { js: '#!/usr/bin/env node\nimport { createRequire as __alCreateRequire } from "node:module"; const require = __alCreateRequire(import.meta.url);' },
  define: { ...common.define, 'process.env.ATTRIBUTION_LENS_VERSION': JSON.stringify(pkg.version), 'process.env.AL_LINKEDOM_PATCHED': '"true"' },
};

/** Files copied as they are into each browser's folder (the build only copies the icons' PNGs). */
const STATIC_FILES = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/sidepanel.html', 'sidepanel.html'],
  ['src/content/highlight.css', 'highlight.css'],
  ['src/evidence/offscreen.html', 'offscreen.html'],
  ['_locales', '_locales'],
];

/** Imports a TypeScript module of data (bundled in memory), as Node would install it. */
async function importData(entry) {
  const { outputFiles } = await build({
    entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', write: false, loader: { '.json': 'json' }, logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/**
 * The engine's data, read by the background worker at run time rather than bundled into its script
 * (only the packs of the languages a reader meets are loaded): the named-entity lexicons
 * (lexicon.json), one file per language pack (lang/CODE.json) and the language detector's profiles
 * (language-profiles.json).
 */
async function dataFiles() {
  const { BUNDLED_ENTITIES } = await importData('src/core/lexicon/bundled-entities.ts');
  const { BUNDLED_LANGUAGES } = await importData('src/core/lang/bundled.ts');
  const profiles = JSON.parse(await readFile(path.join(root, 'src/core/lang/profiles.json'), 'utf8'));
  return [
    ['lexicon.json', JSON.stringify(BUNDLED_ENTITIES)],
    ['language-profiles.json', JSON.stringify(profiles)],
    ...BUNDLED_LANGUAGES.map((data) => [`lang/${data.code}.json`, JSON.stringify(data)]),
  ];
}

/** Writes one browser's folder `out` from the bundles in `bundleDir`, the data files and the static files. */
async function assembleBrowser(out, bundleDir, manifest, files) {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  await cp(bundleDir, out, { recursive: true });
  for (const [from, to] of STATIC_FILES) await cp(path.join(root, from), path.join(out, to), { recursive: true });
  for (const [name, content] of files) {
    await mkdir(path.dirname(path.join(out, name)), { recursive: true });
    await writeFile(path.join(out, name), content);
  }
  await cp(path.join(root, 'icons'), path.join(out, 'icons'), { recursive: true, filter: (f) => !f.endsWith('.svg') });
}

const baseManifest = async () => JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));

async function assembleExtension() {
  const manifest = await baseManifest();
  const files = await dataFiles();
  for (const browser of BROWSERS) {
    await assembleBrowser(path.join(dist, browser), path.join(dist, 'extension-bundle'), manifestFor(browser, manifest, pkg.version), files);
  }
}

/**
 * dist/firefox-test, for the Firefox end-to-end tests only: WebDriver BiDi can neither click the
 * toolbar button nor open moz-extension:// pages, so its background carries a hook that opens the
 * popup page for a tab when a test asks (tests/e2e/firefox-test-background.ts), and its manifest
 * grants the test server's host (127.0.0.1) in place of the activeTab grant a click would give.
 */
async function buildFirefoxTest() {
  const bundleDir = path.join(dist, 'firefox-test-bundle');
  await build({
    ...extensionBuild,
    entryPoints: { ...extensionBuild.entryPoints, background: 'tests/e2e/firefox-test-background.ts' },
    outdir: bundleDir,
  });
  await build({ ...popupBuild, outdir: bundleDir });
  const manifest = manifestFor('firefox', await baseManifest(), pkg.version);
  manifest.host_permissions = ['http://127.0.0.1/*'];
  await assembleBrowser(path.join(dist, 'firefox-test'), bundleDir, manifest, await dataFiles());
  await rm(bundleDir, { recursive: true, force: true });
}

if (firefoxTest) {
  await buildFirefoxTest();
  console.log('built dist/firefox-test (test-only; not shipped)');
} else if (watch) {
  const assemble = [{ name: 'assemble', setup: (b) => b.onEnd(assembleExtension) }];
  const ext = await context({ ...extensionBuild, plugins: assemble });
  const popup = await context({ ...popupBuild, plugins: assemble });
  const cli = await context(cliBuild);
  await Promise.all([ext.watch(), popup.watch(), cli.watch()]);
  console.log('watching src/ …');
} else {
  await rm(dist, { recursive: true, force: true });
  await Promise.all([build(extensionBuild), build(popupBuild), build(cliBuild)]);
  await assembleExtension();
  await rm(path.join(dist, 'extension-bundle'), { recursive: true, force: true });
  const { chmod } = await import('node:fs/promises');
  await chmod(path.join(dist, 'cli', 'attribution-lens.mjs'), 0o755);
  console.log(`built dist/chrome, dist/firefox and dist/cli (v${pkg.version})`);
}
