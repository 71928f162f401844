// The built CLI as a user runs it: formats, --url, standard input, .txt input, failing files,
// usage errors, --jobs (worker threads) and --dom. Each test spawns dist/cli/attribution-lens.mjs.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared-dir.mjs';
import { blocksFromText } from '../src/core/text-blocks';
import { SOURCE_KINDS } from '../src/core/types';
import { CLI_CSV_COLUMNS, CSV_COLUMNS, ENGINE_COLUMNS, toCsv } from '../src/report/csv';
import { toMarkdown } from '../src/report/markdown';
import type { Report } from '../src/report/report';
import { assertCliBuilt, cliPath, fixtureDir, runCli } from './helpers/cli';

const sample = path.join(repoRoot, 'samples', 'seed-mosul.html');

const PARAGRAPHS = [
  'According to Reuters, the minister resigned on Monday after weeks of protests in the capital.',
  '"We will not back down," said Jane Doe, a spokeswoman for the opposition alliance.',
  'Officials said the talks would resume next week, though no date has been set for them.',
  'The finance ministry declined to comment on the report, which was published by the Daily Planet.',
];

const ARTICLE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Minister resigns after protests</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article><h1>Minister resigns after protests</h1>
${PARAGRAPHS.map((p) => `<p>${p.replace(/&/g, '&amp;')} ${'The protests had drawn tens of thousands of people into the streets of the capital for weeks. '.repeat(2)}</p>`).join('\n')}
</article></main><footer>© 2024</footer></body></html>`;

const TEXT = PARAGRAPHS.join('\n\n') + '\n';

/** Articles in French and in Czech, as pages that declare `lang`. */
const FRENCH = [
  'Le ministre de l’Intérieur a annoncé mardi que trois personnes avaient été interpellées après les violences.',
  '« Nous ne laisserons rien passer », a-t-il déclaré devant la presse, selon l’Agence France-Presse.',
  'Selon la préfecture, une centaine de policiers étaient mobilisés dans le centre de la ville pendant la nuit.',
];
const CZECH = [
  'Ministr vnitra v úterý oznámil, že policie po nepokojích zadržela tři lidi, kteří se podle něj podíleli na útocích.',
  'Podle mluvčího policie bylo v centru města během noci nasazeno asi sto policistů, kteří hlídali hlavní náměstí.',
  'Starosta řekl, že škody jsou velké a že město bude potřebovat pomoc státu, aby mohlo opravit poškozené ulice.',
];
const page = (lang: string, paragraphs: string[]): string => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${paragraphs[0]!.slice(0, 40)}</title></head>
<body><main><article>${paragraphs.map((p) => `<p>${p} ${p}</p>`).join('\n')}</article></main></body></html>`;

let dir: string;
beforeAll(() => {
  assertCliBuilt();
  dir = fixtureDir({
    'article.html': ARTICLE_HTML,
    'notes.txt': TEXT,
    'empty.txt': '',
    'no-article.html': '<!doctype html><html><head><title>Nothing here</title></head><body><script>var x = 1;</script></body></html>',
    'fragment.html': PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''),
    'francais.html': page('fr', FRENCH),
    'cestina.html': page('cs', CZECH),
    'declared-wrong.html': page('en', FRENCH),
  });
});

const at = (name: string): string => path.join(dir, name);
const jsonl = (stdout: string): Report[] => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Report);

function expectReportShape(r: Report): void {
  expect(Object.keys(r).sort()).toEqual(
    r.articleFound ? ['articleFound', 'attributions', 'byline', 'file', 'lang', 'languageSupported', 'published', 'siteName', 'title', 'url']
      : ['articleFound', 'attributions', 'error', 'file', 'title', 'url'],
  );
  expect(typeof r.title).toBe('string');
  for (const a of r.attributions) {
    expect(SOURCE_KINDS).toContain(a.sourceKind);
    expect(a.start).toBeLessThanOrEqual(a.end);
    expect(Array.isArray(a.links)).toBe(true);
    expect(a.whenDate === null || /^\d{4}-\d\d-\d\d$/.test(a.whenDate)).toBe(true);
  }
}

describe('output formats', () => {
  it('json: an array of reports, one per file, in the order given', () => {
    const r = runCli(['analyze', '--format', 'json', sample, at('article.html')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const reports = JSON.parse(r.stdout) as Report[];
    expect(reports.map((x) => x.file)).toEqual([sample, at('article.html')]);
    reports.forEach(expectReportShape);
    expect(reports[0]!.title).toBe("Has the 'caliphate' begun to crack?");
    expect(reports[1]!.title).toBe('Minister resigns after protests');
    expect(reports.every((x) => x.articleFound && x.url === null)).toBe(true);
    // The sample article is full of attributions; the engine finds at least some of them.
    expect(reports[0]!.attributions.length).toBeGreaterThan(0);
    expect(r.stdout).toBe(JSON.stringify(reports, null, 2) + '\n');
  });

  it('jsonl: one report per line with the same content as json', () => {
    const asJson = JSON.parse(runCli(['analyze', '-f', 'json', sample, at('notes.txt')]).stdout) as Report[];
    const r = runCli(['analyze', '-f', 'jsonl', sample, at('notes.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(jsonl(r.stdout)).toEqual(asJson);
  });

  it('csv: the header, then one row per attribution, exactly as toCsv writes it', () => {
    const reports = JSON.parse(runCli(['analyze', '-f', 'json', sample, at('article.html'), at('notes.txt')]).stdout) as Report[];
    const r = runCli(['analyze', '-f', 'csv', sample, at('article.html'), at('notes.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(toCsv(reports));
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe(CLI_CSV_COLUMNS.join(','));
    // The engine's bookkeeping stays in JSON unless asked for.
    for (const column of ENGINE_COLUMNS) expect(lines[0]!.split(',')).not.toContain(column);
    expect(lines[0]!.split(',')).toContain('file');
    const total = reports.reduce((n, x) => n + x.attributions.length, 0);
    expect(total).toBeGreaterThan(0);
    // Rows never hold raw line breaks outside quoted cells here, so lines = header + rows + final ''.
    expect(lines.length).toBe(total + 2);
  });

  it('csv --csv-internals: every column, the engine\'s rule, block and offsets included', () => {
    const reports = JSON.parse(runCli(['analyze', '-f', 'json', sample]).stdout) as Report[];
    const r = runCli(['analyze', '-f', 'csv', '--csv-internals', sample]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(toCsv(reports, CSV_COLUMNS));
    const [header, first] = r.stdout.split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    // rule, block, start and end are adjacent cells that never need quoting.
    const a = reports[0]!.attributions[0]!;
    expect(first).toContain(`,${a.rule},${a.block},${a.start},${a.end},`);
  });

  it('--csv-internals with another format is a usage error', () => {
    const r = runCli(['analyze', '-f', 'json', '--csv-internals', sample]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--csv-internals adds columns to --format csv, not to json');
  });

  it('md (the default): a readable report, exactly as toMarkdown writes it', () => {
    const reports = JSON.parse(runCli(['analyze', '-f', 'json', sample, at('no-article.html')]).stdout) as Report[];
    const r = runCli(['analyze', sample, at('no-article.html')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(toMarkdown(reports));
    expect(r.stdout.startsWith('# Attribution Lens: sourcing report\n')).toBe(true);
    expect(r.stdout).toContain('**Sourcing profile:**');
    expect(r.stdout).toContain('No article found');
  });
});

describe('inputs', () => {
  it('--url is recorded in every report', () => {
    const r = runCli(['analyze', '-f', 'jsonl', '--url', 'https://news.example/a/1', at('article.html'), at('notes.txt')]);
    expect(r.status).toBe(0);
    const reports = jsonl(r.stdout);
    expect(reports[0]!.url).toBe('https://news.example/a/1');
    expect(reports[0]!.articleFound).toBe(true);
  });

  it('- reads plain text from standard input', () => {
    const r = runCli(['analyze', '-f', 'jsonl', '-'], { input: TEXT });
    expect(r.status).toBe(0);
    const [report] = jsonl(r.stdout);
    expect(report!.file).toBe('-');
    expect(report!.articleFound).toBe(true);
    expect(report!.title).toBe(PARAGRAPHS[0]!.slice(0, 120));
    const blocks = blocksFromText(TEXT);
    for (const a of report!.attributions) expect(blocks[a.block]!.text.slice(a.start, a.end)).toBe(a.sentence);
    expect(report!.attributions.some((a) => a.source.includes('Reuters'))).toBe(true);
  });

  it('- reads an HTML page from standard input (recognised by its markup)', () => {
    const r = runCli(['analyze', '-f', 'jsonl', '-'], { input: ARTICLE_HTML });
    expect(r.status).toBe(0);
    expect(jsonl(r.stdout)[0]!.title).toBe('Minister resigns after protests');
  });

  it('- with empty standard input is a file with no article', () => {
    const r = runCli(['analyze', '-f', 'jsonl', '-'], { input: '' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('-: the file is empty');
    expect(jsonl(r.stdout)[0]!.articleFound).toBe(false);
  });

  it('.txt: paragraphs separated by blank lines are blocks; offsets point into them', () => {
    const r = runCli(['analyze', '-f', 'jsonl', at('notes.txt')]);
    expect(r.status).toBe(0);
    const [report] = jsonl(r.stdout);
    expect(report!.articleFound).toBe(true);
    expect(report!.title).toBe(PARAGRAPHS[0]);
    const blocks = blocksFromText(TEXT);
    expect(blocks).toHaveLength(PARAGRAPHS.length);
    expect(report!.attributions.length).toBeGreaterThan(0);
    for (const a of report!.attributions) expect(blocks[a.block]!.text.slice(a.start, a.end)).toBe(a.sentence);
  });

  it('an HTML fragment (no <html>, no <body>) is still read as an article', () => {
    const r = runCli(['analyze', '-f', 'jsonl', at('fragment.html')]);
    expect(r.status).toBe(0);
    const [report] = jsonl(r.stdout);
    expect(report!.articleFound).toBe(true);
    expect(report!.attributions.some((a) => a.source.includes('Reuters'))).toBe(true);
  });
});

describe('the article\'s language', () => {
  it('reads a French article with the French pack, and says so in the report', () => {
    const r = runCli(['analyze', '--format', 'jsonl', at('francais.html')]);
    expect(r.status).toBe(0);
    const [report] = jsonl(r.stdout);
    expect([report!.lang, report!.languageSupported]).toEqual(['fr', true]);
    expect(report!.attributions.map((a) => a.source)).toEqual(expect.arrayContaining(['Le ministre de l’Intérieur', 'la préfecture']));
  });
  it('follows the text when the page declares another language', () => {
    const [report] = jsonl(runCli(['analyze', '--format', 'jsonl', at('declared-wrong.html')]).stdout);
    expect(report!.lang).toBe('fr');
  });
  it('says, without guessing, that an article in Czech is in a language it does not read', () => {
    const r = runCli(['analyze', '--format', 'jsonl', at('cestina.html')]);
    const [report] = jsonl(r.stdout);
    expect([report!.lang, report!.languageSupported, report!.attributions]).toEqual(['cs', false, []]);
    expect(r.stderr).toMatch(/cestina\.html: the article is in Czech \(cs\); Attribution Lens reads English.*, so no attributions were looked for/);
    expect(r.status).toBe(0);
  });
});

describe('files that fail', () => {
  it('an unreadable file and a file with no article: stderr, articleFound false, exit 1, the others still run', () => {
    const files = [at('missing.html'), sample, at('no-article.html'), at('empty.txt'), at('notes.txt')];
    const r = runCli(['analyze', '-f', 'jsonl', ...files]);
    expect(r.status).toBe(1);
    const reports = jsonl(r.stdout);
    expect(reports.map((x) => x.file)).toEqual(files);
    expect(reports.map((x) => x.articleFound)).toEqual([false, true, false, false, true]);
    reports.forEach(expectReportShape);
    expect(reports[0]!.error).toBe('cannot read: no such file');
    expect(reports[2]!.error).toBe('no article text found');
    expect(reports[2]!.title).toBe('Nothing here');
    expect(reports[3]!.error).toBe('the file is empty');
    expect(reports[1]!.attributions.length).toBeGreaterThan(0);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `attribution-lens: ${at('missing.html')}: cannot read: no such file`,
      `attribution-lens: ${at('no-article.html')}: no article text found`,
      `attribution-lens: ${at('empty.txt')}: the file is empty`,
    ]);
  });

  it('a failing file alone also exits 1 in the json, csv and md formats', () => {
    for (const format of ['json', 'csv', 'md']) {
      const r = runCli(['analyze', '-f', format, at('missing.html')]);
      expect(r.status, format).toBe(1);
      expect(r.stderr, format).toContain('cannot read: no such file');
    }
  });
});

describe('usage', () => {
  it.each([
    [[]],
    [['analyse', 'x.html']],
    [['analyze']],
    [['analyze', '--format', 'xml', 'x.html']],
    [['analyze', '--jobs', 'many', 'x.html']],
    [['analyze', '--jobs=-1', 'x.html']],
    [['analyze', '--jobs', '1.5', 'x.html']],
    [['analyze', '--dom', 'happy-dom', 'x.html']],
    [['analyze', '--no-such-flag', 'x.html']],
  ])('%j is a usage error: exit 2, the usage on stderr, nothing on stdout', (args) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^attribution-lens: [^]+\n\nUsage: attribution-lens analyze/);
  });

  it('--help prints the usage (with the new flags) and exits 0; --version prints the version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--jobs');
    expect(help.stdout).toContain('--dom');
    for (const flag of ['--from LIST', '--input jsonl', 'profile', '.warc.gz']) expect(help.stdout).toContain(flag);
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });
});

describe('--jobs and --dom', () => {
  const files = (): string[] => [sample, at('missing.html'), at('article.html'), at('no-article.html'), at('notes.txt'), sample, at('fragment.html')];

  it('--jobs 2 and --jobs auto give byte-identical output and exit status to one job, in input order', () => {
    const one = runCli(['analyze', '-f', 'jsonl', ...files()]);
    expect(one.status).toBe(1);
    expect(jsonl(one.stdout).map((x) => x.file)).toEqual(files());
    for (const jobs of ['2', 'auto', '0', '3']) {
      const many = runCli(['analyze', '-f', 'jsonl', '--jobs', jobs, ...files()]);
      expect(many.status, `--jobs ${jobs}`).toBe(1);
      expect(many.stdout, `--jobs ${jobs}`).toBe(one.stdout);
      expect(many.stderr, `--jobs ${jobs}`).toBe(one.stderr);
    }
  }, 120_000); // five runs of seven files

  it('--jobs works with every format and with standard input', () => {
    for (const format of ['json', 'csv', 'md']) {
      const args = ['analyze', '-f', format, sample, '-', at('article.html')];
      const one = runCli(args, { input: TEXT });
      const many = runCli([...args, '-j', '2'], { input: TEXT });
      expect(many.status, format).toBe(0);
      expect(many.stdout, format).toBe(one.stdout);
    }
  }, 120_000); // six runs

  it('--dom jsdom gives the same reports as the default (linkedom) on these pages', () => {
    const args = ['analyze', '-f', 'jsonl', sample, at('article.html'), at('fragment.html'), at('no-article.html')];
    const linkedom = runCli(args);
    const jsdom = runCli([...args, '--dom', 'jsdom']);
    expect(jsdom.status).toBe(linkedom.status);
    expect(jsdom.stdout).toBe(linkedom.stdout);
  });

  it('writes no progress when stderr is not a terminal', () => {
    const many = Array.from({ length: 12 }, () => sample);
    const r = runCli(['analyze', '-f', 'jsonl', '-j', '2', ...many, at('missing.html')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`attribution-lens: ${at('missing.html')}: cannot read: no such file\n`);
    expect(jsonl(r.stdout)).toHaveLength(13);
  });
});

describe('a reader that stops early', () => {
  it.each([['1'], ['2']])('with --jobs %s: closing stdout after the first report ends the run quietly', async (jobs) => {
    const files = Array.from({ length: 40 }, () => sample);
    const child = spawn(process.execPath, [cliPath, 'analyze', '-f', 'jsonl', '-j', jobs, ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  });
});
