// npm run score: runs the built CLI on every page of the dev corpus that has gold, and scores it with
// ../shared/tools/score.mjs. Extra arguments (--verbose, --json) go to the scorer.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findSharedDir, repoRoot } from './shared-dir.mjs';

const shared = findSharedDir();
const goldDir = path.join(shared, 'corpus', 'gold');
const pages = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => path.join(shared, 'corpus', 'pages', JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')).page));
const cli = path.join(repoRoot, 'dist', 'cli', 'attribution-lens.mjs');
const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'al-score-')), 'reports.jsonl');
writeFileSync(out, execFileSync(process.execPath, [cli, 'analyze', '--format', 'jsonl', ...pages], { maxBuffer: 1 << 28 }));
process.stdout.write(execFileSync(process.execPath, [path.join(shared, 'tools', 'score.mjs'), '--gold', goldDir, '--reports', out, ...process.argv.slice(2)]));
