// The corpus tools as `npm run score`, `corpus:text` and `corpus:sync` run them (src/eval/cli.ts):
// in-process with scored report files, and through the built CLI on real pages.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/shared-dir.mjs';
import { main, type Locations } from '../../src/eval/cli';
import { batches } from '../../src/eval/run-cli';
import { reportsByPage, scoreLines, scoreSet, summaryLine, type SetScore } from '../../src/eval/score';
import { assertCliBuilt, cliPath } from '../helpers/cli';
import { fileTree } from '../helpers/file-tree';
import { corpusDir, engineReports, englishSet, goldFiles } from '../helpers/corpus';

const evalPath = path.join(repoRoot, 'dist', 'cli', 'eval.mjs');

async function run(argv: string[], where: Partial<Locations> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { corpusDir: where.corpusDir ?? corpusDir, cliPath: where.cliPath ?? cliPath, sharedDir: where.sharedDir ?? null },
    { out: (t) => { out += t; }, err: (t) => { err += t; } });
  return { code, out, err };
}

const rec = (anchor: string, source: string, kind = 'outlet', optional = false) => ({ anchor, source, alt: [], kind, cue: 'x', optional });
const goldJson = (page: string, records: object[], lang?: string) => JSON.stringify({ page, ...(lang ? { lang } : {}), attributions: records });

/** Two tiny sets (English and French) of .txt pages, with gold and with hand-made reports. */
const small = () => fileTree({
  'pages/one.txt': 'According to Reuters, the minister resigned on Monday after weeks of protests.\n\nThe weather was fine.\n',
  'pages/two.txt': 'Officials said the talks would resume next week in the capital.\n',
  'gold/one.json': goldJson('one.txt', [rec('the minister resigned on Monday after weeks of protests', 'Reuters')]),
  'gold/two.json': goldJson('two.txt', [rec('Officials said the talks would resume next week', 'Officials', 'anonymous')]),
  'fr/pages/trois.txt': 'Selon l’AFP, le ministre a démissionné lundi après des semaines de manifestations.\n',
  'fr/gold/trois.json': goldJson('trois.txt', [rec('le ministre a démissionné lundi après des semaines', 'l’AFP')], 'fr'),
  'reports.jsonl': [
    { file: '/x/pages/one.txt', attributions: [{ sentence: 'According to Reuters, the minister resigned on Monday after weeks of protests.', source: 'Reuters', sourceKind: 'outlet', cue: 'according to' }] },
    { file: 'two.txt', attributions: [{ sentence: 'The weather was fine.', source: 'weather', sourceKind: 'anonymous', cue: 'was' }] },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n',
});

describe('score, on report files', () => {
  it('--gold DIR --reports FILE prints a line per page and the summary, as the reference scorer does', async () => {
    const dir = small();
    const r = await run(['score', '--gold', path.join(dir, 'gold'), '--reports', path.join(dir, 'reports.jsonl')]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out.trimEnd().split('\n')).toEqual([
      `${'one.txt'.padEnd(44)} gold   1  predicted   1  matched   1  P 1.00  R 1.00`,
      `${'two.txt'.padEnd(44)} gold   1  predicted   1  matched   0  P 0.00  R 0.00`,
      'pages=2 gold=2 predicted=2 matched=1 precision=0.500 recall=0.500 f1=0.500 kind_accuracy=1.000',
    ]);
  });

  it('--json prints the score object alone; --verbose lists the misses and false alarms', async () => {
    const dir = small();
    const args = ['score', '--gold', path.join(dir, 'gold'), '--reports', path.join(dir, 'reports.jsonl')];
    const json = JSON.parse((await run([...args, '--json'])).out) as SetScore;
    expect(json).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5, required: 2, matched: 1, missing: [] });
    expect(json.pages.map((p) => p.page)).toEqual(['one.txt', 'two.txt']);
    const verbose = (await run([...args, '--verbose'])).out;
    expect(verbose).toContain('    miss:  [Officials] (x) Officials said the talks would resume next week');
    expect(verbose).toContain('    false: [weather] (was) The weather was fine.');
  });

  it('without --gold, scores every set of the corpus folder with a summary line each; --lang picks sets', async () => {
    const dir = small();
    const all = await run(['score', '--reports', path.join(dir, 'reports.jsonl')], { corpusDir: dir });
    expect(all.code).toBe(0);
    const lines = all.out.trimEnd().split('\n');
    expect(lines).toContain(`== en: ${path.join(dir, 'gold')} (2 pages)`);
    expect(lines).toContain('no report for: trois.txt');
    expect(lines.slice(-2)).toEqual([
      'en  pages=2 gold=2 predicted=2 matched=1 precision=0.500 recall=0.500 f1=0.500 kind_accuracy=1.000',
      'fr  pages=1 gold=1 predicted=0 matched=0 precision=0.000 recall=0.000 f1=0.000 kind_accuracy=0.000',
    ]);
    const fr = await run(['score', '--lang', 'fr', '--reports', path.join(dir, 'reports.jsonl'), '--json'], { corpusDir: dir });
    expect(JSON.parse(fr.out)).toMatchObject({ required: 1, missing: ['trois.txt'] });
    const both = JSON.parse((await run(['score', '--lang', 'en,fr', '--reports', path.join(dir, 'reports.jsonl'), '--json'], { corpusDir: dir })).out);
    expect(Object.keys(both)).toEqual(['en', 'fr']);
  });

  it('an invalid gold file is named on stderr and left out; the rest is scored; exit 1', async () => {
    const dir = small();
    writeFileSync(path.join(dir, 'gold', 'bad.json'), JSON.stringify({ page: 'bad.txt', attributions: [{ anchor: '', source: 'X', kind: 'person' }] }));
    const r = await run(['score', '--gold', path.join(dir, 'gold'), '--reports', path.join(dir, 'reports.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.json: attributions[0].anchor is not a non-empty string (left out)');
    expect(r.out).toContain('pages=2 gold=2');
  });

  it.each([
    [['score', '--lang', 'xx'], 'unknown --lang xx'],
    [['score', '--pages', '/tmp'], '--pages needs --gold'],
    [['score', '--gold', '/tmp', '--lang', 'en'], '--gold and --lang cannot be combined'],
    [['score', '--jobs', 'many'], '--jobs takes a number'],
    [['score', '--gold', '/no/such/folder/gold'], 'no such gold folder'],
    [['score', '--no-such-flag'], "Unknown option '--no-such-flag'"],
    [['score', '--lang', 'en', '--reports', '/no/such/reports.jsonl'], 'no such reports file'],
    [['frobnicate'], 'unknown command: frobnicate'],
    [['text'], 'no FILE given'],
  ])('%j is a usage error (exit 2): %s', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
  });

  it('--help prints the usage', async () => {
    const r = await run(['score', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('npm run score');
  });
});

describe('score, through the built CLI', () => {
  beforeAll(() => assertCliBuilt());

  it('analyzes .txt pages (several at a time), and reports a missing page', async () => {
    const dir = small();
    writeFileSync(path.join(dir, 'gold', 'gone.json'), goldJson('gone.txt', [rec('a b c d e', 'X')]));
    const r = await run(['score', '--jobs', '2'], { corpusDir: dir });
    // The engine finds "According to Reuters" and "Officials said"; gone.txt's record is a miss.
    expect(r.out).toMatch(/^en {2}pages=3 gold=3 predicted=2 matched=2 precision=1\.000 recall=0\.667/m);
    expect(r.out).toMatch(/^fr {2}pages=1 gold=1 /m);
    expect(r.out).toContain('no report for: gone.txt');
    expect(r.err).toContain('gone.txt is missing: its 1 required records count as misses');
    expect(r.code).toBe(1);
  });

  it('the built tools score corpus pages as the engine scored in-process does', { timeout: 120_000 }, () => {
    expect(existsSync(evalPath), `${evalPath} is missing: npm test builds it`).toBe(true);
    // A few English pages, the seed article among them (npm run score runs all: see README).
    const pages = ['seed-mosul.html', 'rd-bbc-1.html', 'rd-yahoo-2.html'];
    const golds = goldFiles().filter((g) => pages.includes(g.page));
    expect(golds).toHaveLength(3);
    const dir = fileTree(Object.fromEntries(golds.map((g) => [`gold/${g.page.replace(/\.html$/, '.json')}`, JSON.stringify(g)])));
    const r = spawnSync(process.execPath, [evalPath, '--corpus', corpusDir, '--cli', cliPath,
      'score', '--jobs', '1', '--gold', path.join(dir, 'gold'), '--pages', englishSet.pagesDir], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const inProcess = scoreSet(golds, reportsByPage(engineReports(englishSet, pages)));
    expect(r.stdout.trimEnd().split('\n')).toEqual(scoreLines(inProcess));
    expect(summaryLine(inProcess)).toMatch(/^pages=3 gold=\d+ predicted=\d+ matched=\d+ /);
    expect(inProcess.matched).toBeGreaterThan(20);
  });

  it('splits long lists of files into command lines of bounded length, in order', () => {
    const files = Array.from({ length: 1000 }, (_, i) => `/corpus/pages/page-${String(i).padStart(4, '0')}.txt`);
    const split = batches(files, 2000);
    expect(split.flat()).toEqual(files);
    expect(split.length).toBeGreaterThan(10);
    for (const b of split) expect(b.join(' ').length).toBeLessThanOrEqual(2000);
    expect(batches([], 10)).toEqual([]);
  });
});

describe('corpus:text', () => {
  it('prints the title and the blocks the anchors are copied from; a missing file is an error', async () => {
    const dir = small();
    const r = await run(['text', path.join(dir, 'pages', 'one.txt')]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('According to Reuters, the minister resigned on Monday after weeks of protests.\n\nThe weather was fine.\n');
    const html = await run(['text', path.join(corpusDir, 'pages', 'seed-mosul.html'), path.join(dir, 'nope.txt')]);
    expect(html.code).toBe(1);
    expect(html.out).toContain('According to two sources, the local population has become so disenchanted');
    expect(html.err).toContain('nope.txt: no such file');
  });
});

describe('corpus:sync', () => {
  it('without a shared folder, says so and exits 1', async () => {
    const r = await run(['sync']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no ../shared folder');
  });

  it('copies new and changed files and says what to do next; --dry-run only lists', async () => {
    const shared = fileTree({ 'corpus/pages/new.html': 'N', 'corpus/gold/new.json': '{}', 'corpus/fr/pages/p.txt': 'P', 'corpus/fr/gold/p.json': '{}' });
    const repo = fileTree({ 'README.md': '| `fr/pages/p.txt` | … |' });
    const dry = await run(['sync', '--dry-run'], { corpusDir: repo, sharedDir: shared });
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('would add    corpus/pages/new.html');
    expect(existsSync(path.join(repo, 'pages', 'new.html'))).toBe(false);
    const r = await run(['sync'], { corpusDir: repo, sharedDir: shared });
    expect(r.code).toBe(0);
    expect(r.out).toContain('added        corpus/fr/gold/p.json');
    expect(r.out).toContain('4 file(s) copied');
    expect(r.out).toContain('corpus/README.md (npm test checks it): pages/new.html\n');
    expect(r.out).toContain('npm run expected');
    expect(readFileSync(path.join(repo, 'fr', 'pages', 'p.txt'), 'utf8')).toBe('P');
    expect((await run(['sync'], { corpusDir: repo, sharedDir: shared })).out).toContain('already has every page and gold file');
  });
});
