// npm run expected: writes what the engine finds on every English dev-corpus page (corpus/pages) to
// tests/expected/, so that an engine change shows up as a reviewable diff (tests/engine/expected.test.ts
// fails until the files are regenerated and the diff read). Only positions, sources, kinds, cues and
// rules are kept, not the article text.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { repoRoot } from './shared-dir.mjs';

const outDir = path.join(repoRoot, 'tests', 'expected');
const bundle = path.join(repoRoot, 'node_modules', '.cache', 'attribution-lens-expected.mjs');
await build({
  entryPoints: [path.join(repoRoot, 'tests', 'helpers', 'expected-output.ts')], bundle: true, platform: 'node',
  format: 'esm', outfile: bundle, logLevel: 'error', external: ['jsdom', 'linkedom'],
  banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  // shared-dir.mjs finds the repository from its own location: import it from there, not bundled.
  plugins: [{
    name: 'shared-dir-in-place',
    setup: (b) => b.onResolve({ filter: /shared-dir\.mjs$/ }, () => ({ path: pathToFileURL(path.join(repoRoot, 'scripts', 'shared-dir.mjs')).href, external: true })),
  }],
});
const { expectedFor, goldPages } = await import(`${bundle}?t=${Date.now()}`);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const page of goldPages()) {
  writeFileSync(path.join(outDir, `${page}.txt`), expectedFor(page));
}
console.log(`wrote ${readdirSync(outDir).length} files to ${path.relative(process.cwd(), outDir)} (corpus: ${path.relative(process.cwd(), path.join(repoRoot, 'corpus'))})`);
