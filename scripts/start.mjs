// npm start: build, print the bundled sample's sourcing report from the CLI, and, where a display is
// available, open Chromium with the extension loaded on the sample (served on 127.0.0.1).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sample = path.join(root, 'samples', 'seed-mosul.html');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run(process.execPath, [path.join(root, 'build.mjs')]);
run(process.execPath, [path.join(root, 'dist/cli/attribution-lens.mjs'), 'analyze', '--format', 'md', sample]);

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
if (!display || !chromium || process.env.CI) {
  console.error(`\n(No browser opened: ${!display ? 'no display' : !chromium ? 'Chromium is not installed' : 'CI'}. `
    + 'Load dist/chrome unpacked to try the extension; see README.)');
  process.exit(0);
}

const html = readFileSync(sample);
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}).listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/seed-mosul.html`;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'attribution-lens-'));
  console.error(`\nOpening Chromium with the extension on ${url} (close the window to stop).`);
  const browser = spawn(chromium, [
    `--user-data-dir=${profile}`, `--load-extension=${path.join(root, 'dist/chrome')}`,
    `--disable-extensions-except=${path.join(root, 'dist/chrome')}`, '--no-first-run',
    '--disable-background-networking', '--disable-component-update',
    // Chromium refuses to run as root without this (containers, CI images).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), url,
  ], { stdio: 'ignore' });
  browser.on('exit', () => server.close());
});
