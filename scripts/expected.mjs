// npm run expected: writes what the engine finds on every dev-corpus page to tests/expected/, so that
// an engine change shows up as a reviewable diff (tests/engine/expected.test.ts fails until the files
// are regenerated and the diff read). Only positions, sources, kinds, cues and rules are kept: the
// article text stays in ../shared.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { findSharedDir, repoRoot } from './shared-dir.mjs';

const outDir = path.join(repoRoot, 'tests', 'expected');
const bundle = path.join(repoRoot, 'node_modules', '.cache', 'attribution-lens-expected.mjs');
await build({
  entryPoints: [path.join(repoRoot, 'tests', 'helpers', 'expected-output.ts')], bundle: true, platform: 'node',
  format: 'esm', outfile: bundle, logLevel: 'error', external: ['jsdom'],
  banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
});
const { expectedFor, goldPages } = await import(`${bundle}?t=${Date.now()}`);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const shared = findSharedDir();
for (const page of goldPages()) {
  writeFileSync(path.join(outDir, `${page}.txt`), expectedFor(page));
}
console.log(`wrote ${readdirSync(outDir).length} files to ${path.relative(process.cwd(), outDir)} (corpus: ${shared})`);
