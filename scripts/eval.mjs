// npm run score | corpus:text | corpus:sync: builds the project (the scores must measure the
// current code), then runs the corpus tools (src/eval/cli.ts, built to dist/cli/eval.mjs) on the
// repository's corpus. Only `sync` looks for ../shared. The build's own output goes to stderr, so
// that `npm run --silent score -- --json` prints nothing but JSON.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot, sharedDirIfPresent } from './shared-dir.mjs';

const [command, ...args] = process.argv.slice(2);
const built = spawnSync(process.execPath, [path.join(repoRoot, 'build.mjs')], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
if (built.status !== 0) process.exit(built.status ?? 1);

const shared = command === 'sync' ? sharedDirIfPresent() : null; // without one, the tool says so
const run = spawnSync(process.execPath, [
  path.join(repoRoot, 'dist', 'cli', 'eval.mjs'),
  '--corpus', path.join(repoRoot, 'corpus'),
  '--cli', path.join(repoRoot, 'dist', 'cli', 'attribution-lens.mjs'),
  ...(shared ? ['--shared', shared] : []),
  command ?? '--help', ...args,
], { stdio: 'inherit' });
process.exit(run.status ?? 1);
