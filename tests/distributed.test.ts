// The Dask runner (scripts/distributed/run.py) end to end: four WARC shards on a LocalCluster of two
// worker processes give, together, exactly the reports of one local run over the same shards, and
// the same summary. Needs Debian's python3-distributed (`.ci/run` installs it); without it the test
// is skipped and says why.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlResponse, requestRecord, responseRecord, warcFile, warcinfoRecord } from '../scripts/make-warc.mjs';
import { repoRoot } from '../scripts/shared-dir.mjs';
import { assertCliBuilt, fixtureDir, runCli } from './helpers/cli';

/** The first Python 3 that can import distributed: $PYTHON, Debian's, then the one on PATH. */
function pythonWithDask(): string | null {
  for (const python of [process.env.PYTHON, '/usr/bin/python3', 'python3']) {
    if (python && spawnSync(python, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0) return python;
  }
  return null;
}
const python = pythonWithDask();

const SOURCES = ['Reuters', 'the ministry', 'a senior official, who asked not to be named,', 'Jane Doe, a spokeswoman,'];
const page = (i: number): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Story ${i}</title></head>
<body><main><article><h1>Story ${i}</h1>
<p>According to ${SOURCES[i % SOURCES.length]} the talks on case ${i} will resume next week in the capital.</p>
<p>"We will not give up on this," said Sam Lee, who has followed case ${i} since it was opened in the spring.</p>
<p>${'The dispute had dragged on for months before anyone in the capital noticed it at all. '.repeat(4)}</p>
</article></main></body></html>`;

const SHARDS = 4;
const PER_SHARD = 5;
let dir: string;
const shards = (): string[] => Array.from({ length: SHARDS }, (_, k) => path.join(dir, `shard-${k}.warc.gz`));
const lines = (text: string): string[] => text.split('\n').filter(Boolean);

beforeAll(() => {
  assertCliBuilt();
  const files: Record<string, Buffer> = {};
  for (let k = 0; k < SHARDS; k++) {
    const records = [warcinfoRecord()];
    for (let j = 0; j < PER_SHARD; j++) {
      const i = k * PER_SHARD + j;
      const url = `https://news.example/${i}`;
      records.push(requestRecord(url), htmlResponse(url, page(i)));
    }
    records.push(responseRecord(`https://news.example/logo-${k}.png`, 200, { 'Content-Type': 'image/png' }, 'png'));
    files[`shard-${k}.warc.gz`] = warcFile(records, true);
  }
  dir = fixtureDir(files);
});

describe.skipIf(!python)(`scripts/distributed/run.py on a Dask LocalCluster${python ? '' : ' (skipped: no Python 3 with the distributed module; apt-get install python3-distributed)'}`, () => {
  it('4 shards, 2 workers: the union of the shard outputs is one local run\'s output, and the same summary', () => {
    const local = runCli(['analyze', '-f', 'jsonl', ...shards()]);
    expect(local.status).toBe(0);
    expect(lines(local.stdout)).toHaveLength(SHARDS * PER_SHARD);
    const localSummary = path.join(dir, 'local-summary.json');
    expect(runCli(['summarize', '--json', localSummary, '-'], { input: local.stdout }).status).toBe(0);

    const out = path.join(dir, 'out');
    const r = spawnSync(python!, [path.join(repoRoot, 'scripts', 'distributed', 'run.py'), '--workers', '2', '--out', out,
      '--json', path.join(dir, 'summary.json'), '--html', path.join(dir, 'summary.html'), ...shards()],
    { encoding: 'utf8', timeout: 240_000, env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` } });
    expect(r.stderr).toMatch(/attribution-lens \(dask\): 4 shards, 20 reports in /);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Reports +20$/m);

    const written = readdirSync(out).sort();
    expect(written).toEqual(['00000-shard-0.jsonl', '00001-shard-1.jsonl', '00002-shard-2.jsonl', '00003-shard-3.jsonl']);
    const parts = written.map((f) => lines(readFileSync(path.join(out, f), 'utf8')));
    expect(parts.map((p) => p.length)).toEqual(Array(SHARDS).fill(PER_SHARD));
    const union = parts.flat();
    expect(new Set(union).size).toBe(union.length);
    expect(new Set(union)).toEqual(new Set(lines(local.stdout)));
    expect(union).toEqual(lines(local.stdout)); // shard by shard, in order
    expect(JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(localSummary, 'utf8')));
    expect(readFileSync(path.join(dir, 'summary.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  }, 300_000);
});
