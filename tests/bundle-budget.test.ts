// Size budgets of the built extension (gzipped): the build fails when one is exceeded.
// `npm test` builds before it runs the tests; on its own, run `npm run build` first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGETS, LANGUAGE_PACKS, budgetFiles } from '../scripts/bundle-budgets.mjs';
import { BUNDLED_LANGUAGES } from '../src/core/lang/bundled';
import { repoRoot } from '../scripts/shared-dir.mjs';

const chrome = path.join(repoRoot, 'dist', 'chrome');
const KiB = 1024;

const BUDGETS = BUNDLE_BUDGETS.map((b) => ({ ...b, limit: b.limitKiB * KiB }));

const gzipped = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (n: number): string => `${(n / KiB).toFixed(1)} KiB`;

describe('bundle budgets (gzipped)', () => {
  it('dist/chrome has been built', () => {
    expect(existsSync(path.join(chrome, 'manifest.json')), `${chrome} is missing: run \`npm run build\` (npm test builds first)`).toBe(true);
  });

  it('every language pack the build writes has a budget', () => {
    expect([...LANGUAGE_PACKS].sort()).toEqual(BUNDLED_LANGUAGES.map((d) => d.code).sort());
    expect(readdirSync(path.join(chrome, 'lang')).sort()).toEqual(LANGUAGE_PACKS.map((code) => `${code}.json`).sort());
  });

  it.each(BUDGETS)('$name', (budget) => {
    const { name, files, limit } = budget;
    for (const f of files) expect(existsSync(path.join(chrome, f)), `dist/chrome/${f} is missing: run \`npm run build\``).toBe(true);
    const present = budgetFiles(budget, chrome);
    const sizes = present.map((f) => ({ f, raw: readFileSync(path.join(chrome, f)).length, gz: gzipped(path.join(chrome, f)) }));
    const total = sizes.reduce((n, s) => n + s.gz, 0);
    console.log(`${name}: ${sizes.map((s) => `${s.f} ${kib(s.raw)} → ${kib(s.gz)} gzipped`).join(', ')}; total ${kib(total)} of ${kib(limit)}`);
    expect(total, `${name} is ${kib(total)} gzipped, over its budget of ${kib(limit)}`).toBeLessThanOrEqual(limit);
  });

  it('the popup counts the chunk it imports statically, and loads the stop words of one language on demand', () => {
    const popup = BUNDLE_BUDGETS.find((b) => b.files.includes('popup.js'))!;
    const counted = budgetFiles(popup, chrome);
    const chunks = readdirSync(path.join(chrome, 'chunks'));
    // Every chunk is either loaded with popup.js (and counted) or one language's stop words (loaded by a Check panel).
    for (const chunk of chunks) {
      const isStopwords = /^(de|en|es|fr|pt)-[A-Z0-9]+\.js$/.test(chunk);
      expect(isStopwords || counted.includes(`chunks/${chunk}`), chunk).toBe(true);
      expect(isStopwords && counted.includes(`chunks/${chunk}`), `${chunk} loads with the popup`).toBe(false);
    }
    expect(chunks.filter((c) => /^(de|en|es|fr|pt)-/.test(c))).toHaveLength(5);
  });
});
