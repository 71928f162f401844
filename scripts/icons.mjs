// Renders icons/icon.svg, the one source image, to the PNG sizes the manifest names
// (icons/icon-16.png … icon-128.png) with Debian's Chromium. Run after changing the SVG and commit
// the PNGs: the build only copies them.   node scripts/icons.mjs
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 48, 128];
const svg = await readFile(path.join(root, 'icons', 'icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    // The SVG is drawn at the target size (not downscaled from 128), so small sizes stay crisp.
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    const out = path.join(root, 'icons', `icon-${size}.png`);
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`wrote ${path.relative(root, out)}`);
  }
} finally {
  await browser.close();
}
