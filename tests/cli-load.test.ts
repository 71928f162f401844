// The CLI's page loading: linkedom by default, jsdom where linkedom's parser would go wrong, and
// the same article either way on every page of the dev corpus (every language). The engine's corpus
// tests read pages with the default loader (tests/helpers/corpus.ts), so this is the one place jsdom
// parses the corpus.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkedomCanParse, loadArticleText, loadHtml } from '../src/cli/load';
import { corpusDir, corpusSetList } from './helpers/corpus';

const P = 'According to Reuters, the minister said the talks had failed and that new elections would follow soon. ';
const body = `<article><h1>Talks fail</h1><p>${P.repeat(4)}</p><p>“We tried,” said Jane Doe. ${P.repeat(3)}</p></article>`;

describe('linkedomCanParse', () => {
  it.each([
    [`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`, true],
    [`<html lang="en">\n<body class="x">${body}</body></html>\n<!-- served in 12 ms -->\n`, true],
    [`<html><body>${body}</body>`, true],
    [body, false], // a fragment
    [`<!doctype html><title>t</title>${body}`, false], // valid HTML without <html> and <body> tags
    [`<html><head><title>t</title></head>${body}</html>`, false], // no <body>
    [`<html><body>${body}</body></html><p>after the end</p>`, false], // content after </html>
    [`<html><body>${body}</body></html><!-- unclosed comment`, false],
    ['', false],
  ])('%#: %s → %s', (html, expected) => {
    expect(linkedomCanParse(html)).toBe(expected);
  });

  it('looks at a 1 MB tail of comments after </html> without trouble (npm run bench times 5 MB)', () => {
    const html = `<html><body>${body}</body></html>` + '<!-- x -->'.repeat(100_000);
    expect(linkedomCanParse(html)).toBe(true);
    expect(linkedomCanParse(html + '<!--'.repeat(25_000))).toBe(false);
  });
});

describe('loadHtml', () => {
  it.each([
    ['full page', `<!doctype html><html><head><title>Talks fail</title></head><body>${body}</body></html>`],
    ['fragment', body],
    ['no <html>/<body> tags', `<!doctype html><title>Talks fail</title>${body}`],
    ['no <body>', `<html><head><title>Talks fail</title></head>${body}</html>`],
    ['content after </html>', `<html><body><p>x</p></body></html>${body}`],
    ['NUL characters', `<html><body>${body.replace('Jane', 'Ja\0ne')}</body></html>`],
    ['no article', '<html><head><title>Empty</title></head><body><script>1</script></body></html>'],
  ])('%s: linkedom (with its jsdom fallback) gives what jsdom gives', (_name, html) => {
    const viaLinkedom = loadHtml(html, null, 'linkedom');
    const viaJsdom = loadHtml(html, null, 'jsdom');
    expect(viaLinkedom).toEqual(viaJsdom);
  });

  it('finds the article in a fragment and in a page without <body> tag', () => {
    for (const html of [body, `<html><head><title>T</title></head>${body}</html>`]) {
      const loaded = loadHtml(html, null);
      expect(loaded.blocks?.map((b) => b.text)).toContain('Talks fail');
      expect(loaded.blocks?.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('--url is kept on the loaded article; plain text becomes blocks', () => {
    expect(loadHtml(`<html><body>${body}</body></html>`, 'https://x.example/a').url).toBe('https://x.example/a');
    const text = loadArticleText('notes.txt', 'One said so.\n\nTwo said so.', null);
    expect(text.blocks).toEqual([{ kind: 'paragraph', text: 'One said so.' }, { kind: 'paragraph', text: 'Two said so.' }]);
  });
});

/**
 * Corpus pages on which Readability's output differs between linkedom and jsdom, and how. Each is
 * checked to still differ (remove the entry once the loader handles it) and to differ only in how
 * the same text is cut into blocks.
 */
const KNOWN_DIFFERENCES: Record<string, string> = {
  'es/pages/tr-elfaro.net-asamblea.html': 'in the donation box after the article, jsdom cuts a paragraph in two at <br><br> and linkedom does not',
};

describe('the dev corpus', () => {
  const pages = corpusSetList.flatMap((set) => readdirSync(set.pagesDir).filter((f) => /\.html?$/.test(f)).sort()
    .map((f) => path.relative(corpusDir, path.join(set.pagesDir, f)).split(path.sep).join('/')));

  it('has pages in every language set', () => {
    expect(corpusSetList.map((s) => s.name)).toEqual(expect.arrayContaining(['en', 'fr', 'de', 'es', 'pt']));
    expect(pages.length).toBeGreaterThan(25);
    for (const known of Object.keys(KNOWN_DIFFERENCES)) expect(pages).toContain(known);
  });

  const rows = pages.map((p) => [p, p in KNOWN_DIFFERENCES ? 'the text it gives on jsdom, cut into blocks differently (known)' : 'exactly what it gives on jsdom']);
  it.each(rows)('%s: linkedom parses it itself, and Readability gives %s', (page) => {
    const html = readFileSync(path.join(corpusDir, page), 'utf8');
    expect(linkedomCanParse(html)).toBe(true);
    const viaLinkedom = loadHtml(html, null, 'linkedom');
    const viaJsdom = loadHtml(html, null, 'jsdom');
    expect(viaLinkedom.blocks?.length).toBeGreaterThan(0);
    if (!(page in KNOWN_DIFFERENCES)) {
      expect(viaLinkedom).toEqual(viaJsdom);
      return;
    }
    expect(viaLinkedom, `${page} now loads the same on both: remove it from KNOWN_DIFFERENCES`).not.toEqual(viaJsdom);
    const text = (a: typeof viaJsdom) => a.blocks?.map((b) => b.text).join(' ');
    expect({ ...viaLinkedom, blocks: text(viaLinkedom) }).toEqual({ ...viaJsdom, blocks: text(viaJsdom) });
  }, 60_000);
});
