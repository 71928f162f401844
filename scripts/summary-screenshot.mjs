// docs/screenshots/summary.png: the top of the corpus summary of the dev corpus, in Chromium.
//   node scripts/summary-screenshot.mjs   (after npm run build)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSummary, summarizeCorpus } from './summary-browser.mjs';
import { repoRoot } from './shared-dir.mjs';

const dir = mkdtempSync(path.join(os.tmpdir(), 'al-summary-'));
try {
  const { html } = summarizeCorpus(dir);
  const { browser, page } = await openSummary(html, { width: 1100, height: 1500 });
  try {
    const out = path.join(repoRoot, 'docs', 'screenshots', 'summary.png');
    await page.screenshot({ path: out });
    console.log(`wrote ${path.relative(repoRoot, out)}`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
