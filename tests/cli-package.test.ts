// The CLI as a user installs it: `npm pack`, then the tarball installed into an empty folder (which
// brings the package's `dependencies` and nothing from `devDependencies`), then the installed
// command run from there. A runtime package left in devDependencies fails here.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared-dir.mjs';
import { htmlResponse, warcFile } from '../scripts/make-warc.mjs';
import type { Report } from '../src/report/report';
import { assertCliBuilt } from './helpers/cli';

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks fail</title></head><body>
<article><h1>Talks fail</h1>${'<p>According to Reuters, the minister said the talks had failed and that new elections would follow soon.</p>'.repeat(4)}</article>
</body></html>`;

let dir: string;
let app: string;
let bin: string;

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 180_000, env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (r.error) throw r.error;
  return r;
}

beforeAll(() => {
  assertCliBuilt();
  dir = mkdtempSync(path.join(os.tmpdir(), 'al-pack-'));
  // --ignore-scripts: `npm test` has built dist/ already (prepack would rebuild it under the other tests).
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], repoRoot);
  expect(pack.status, pack.stderr).toBe(0);
  const { filename } = (JSON.parse(pack.stdout) as { filename: string }[])[0]!;
  app = path.join(dir, 'app');
  mkdirSync(app);
  // A package.json of its own, so npm installs here rather than into the nearest project above.
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'installs-attribution-lens', private: true }));
  const install = run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', path.join(dir, filename)], app);
  expect(install.status, install.stderr).toBe(0);
  bin = path.join(app, 'node_modules', '.bin', 'attribution-lens');
  writeFileSync(path.join(app, 'article.html'), ARTICLE);
  writeFileSync(path.join(app, 'crawl.warc.gz'), warcFile([htmlResponse('https://news.example/talks', ARTICLE)], true));
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed package, installed with its dependencies only', () => {
  it('holds the CLI and none of the development tools', () => {
    expect(existsSync(bin)).toBe(true);
    expect(existsSync(path.join(app, 'node_modules', 'attribution-lens', 'dist', 'cli', 'attribution-lens.mjs'))).toBe(true);
    for (const dev of ['vitest', 'esbuild', 'typescript']) expect(existsSync(path.join(app, 'node_modules', dev)), dev).toBe(false);
  });

  it('--help works', () => {
    const r = run(bin, ['--help'], app);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: attribution-lens analyze');
  });

  it.each([['linkedom'], ['jsdom']])('analyzes a page with --dom %s', (dom) => {
    const r = run(bin, ['analyze', '-f', 'json', '--dom', dom, 'article.html'], app);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [report] = JSON.parse(r.stdout) as Report[];
    expect(report!.title).toBe('Talks fail');
    expect(report!.attributions.some((a) => a.source === 'Reuters')).toBe(true);
  });

  it('reads a page from a .warc.gz (warcio, a runtime dependency)', () => {
    const r = run(bin, ['analyze', '-f', 'json', 'crawl.warc.gz'], app);
    expect(r.status).toBe(0);
    const [report] = JSON.parse(r.stdout) as Report[];
    expect(report).toMatchObject({ file: 'crawl.warc.gz#record-1', url: 'https://news.example/talks', title: 'Talks fail' });
    expect(report!.attributions.some((a) => a.source === 'Reuters')).toBe(true);
  });
});
