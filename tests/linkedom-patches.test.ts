// The CLI's linkedom (bundled with scripts/linkedom-patches.mjs) answers as linkedom does: the same
// elements for every query on the corpus pages, event listeners that still work, and a selector
// compiled once that still sees the document as it is now.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { DOMParser as PlainParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILED_SELECTOR_CACHE, linkedomPatches } from '../scripts/linkedom-patches.mjs';
import { repoRoot } from '../scripts/shared-dir.mjs';

let dir: string;
let PatchedParser: typeof PlainParser;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'al-linkedom-'));
  const outfile = path.join(dir, 'linkedom.mjs');
  await build({
    stdin: { contents: "export { DOMParser } from 'linkedom';", resolveDir: repoRoot, loader: 'js' },
    bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error', external: ['canvas'],
    plugins: [linkedomPatches],
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
  });
  ({ DOMParser: PatchedParser } = (await import(pathToFileURL(outfile).href)) as { DOMParser: typeof PlainParser });
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const parse = (Parser: typeof PlainParser, html: string): Document => new Parser().parseFromString(html, 'text/html') as unknown as Document;

/** Where each element is in document order, to compare answers of two documents. */
const positions = (doc: Document, found: Iterable<Element>): number[] => {
  const all = Array.from(doc.querySelectorAll('*'));
  return Array.from(found, (el) => all.indexOf(el));
};

const SELECTORS = ['p', 'div > p', 'article p a[href]', 'meta[name="date" i], meta[property="article:published_time"]',
  'script[type="application/ld+json"]', 'li:first-child', 'div:not(.content) span', 'section:has(> h2)', '[style]', '*',
  'img + p', 'h1 ~ p', 'p:empty', 'ul li:nth-child(2n+1)'];

describe("the CLI's patched linkedom", () => {
  const pages = readdirSync(path.join(repoRoot, 'corpus', 'pages')).filter((f) => f.endsWith('.html')).slice(0, 6);

  it.each(pages)('%s: every query finds the same elements, twice over', (page) => {
    const html = readFileSync(path.join(repoRoot, 'corpus', 'pages', page), 'utf8');
    const plain = parse(PlainParser, html);
    const patched = parse(PatchedParser, html);
    for (let round = 0; round < 2; round++) { // the second round runs the kept compiled selectors
      for (const s of SELECTORS) {
        expect(positions(patched, patched.querySelectorAll(s)), s).toEqual(positions(plain, plain.querySelectorAll(s)));
        const all = Array.from(patched.querySelectorAll('*'));
        expect(positions(patched, all.filter((el) => el.matches(s))), `matches ${s}`).toEqual(positions(plain, plain.querySelectorAll(s)));
      }
    }
    // :scope is relative to the element asked.
    const plainBody = plain.body.querySelectorAll(':scope > *');
    expect(positions(patched, patched.body.querySelectorAll(':scope > *'))).toEqual(positions(plain, plainBody));
  });

  it.each(pages)('%s: every element has the same classes, and the page serializes the same', (page) => {
    const html = readFileSync(path.join(repoRoot, 'corpus', 'pages', page), 'utf8');
    const classes = (doc: Document): unknown[] => Array.from(doc.querySelectorAll('*'),
      (el) => [el.className, el.getAttribute('class'), el.getAttributeNode('class')?.value, [...el.classList]]);
    expect(classes(parse(PatchedParser, html))).toEqual(classes(parse(PlainParser, html)));
    expect(parse(PatchedParser, html).toString()).toEqual(parse(PlainParser, html).toString());
  });

  it('the same tree where scripts, styles, comments and declarations end early, late or never, and the same names in either case', () => {
    const pages = ['<!doctype html><html><body><script>if (a < b) x("</scrip"); <</script><p>after</p>',
      '<!doctype html><html><body><style>p<{}</style  ><!-- a -- b --!><p>c</p><!--',
      '<!doctype html><html><body><p>x</p><script>never closed < < <', '<!doctype html><html><body><p>x</p><style>a{}',
      '<!DOCTYPE html><html><body><?pi x?><!decl><textarea>a < b</textarea><title>t &amp; <b></title><SVG><Path/></SVG><Custom-El></Custom-El>'];
    for (const html of pages) {
      const names = (doc: Document): unknown[] => [doc.toString(), Array.from(doc.querySelectorAll('*'), (el) => [el.tagName, el.nodeName, el.localName]),
        ['P', 'p', 'svg', 'SVG', 'path', 'custom-el', 'CUSTOM-EL'].map((n) => doc.getElementsByTagName(n).length),
        ['p', 'P', 'svg', 'path', 'custom-el', 'body > *'].map((s) => doc.querySelectorAll(s).length)];
      expect(names(parse(PatchedParser, html)), html).toEqual(names(parse(PlainParser, html)));
    }
  });

  it('class attributes written by the parser as the className setter writes them, and kept in step with classList', () => {
    const html = '<!doctype html><html><body><p class=" a  b\ta\u00a0c "></p><p class="x"></p><p class=""></p><p class></p><p></p></body></html>';
    const steps = (Parser: typeof PlainParser): unknown[] => {
      const doc = parse(Parser, html);
      const ps = Array.from(doc.querySelectorAll('p'));
      const seen = (): unknown[] => ps.map((p) => [p.className, p.getAttribute('class'), p.outerHTML]);
      const out: unknown[] = [seen()];
      ps[0]!.classList.remove('b');
      ps[1]!.classList.add('y', 'x');
      ps[2]!.classList.toggle('t');
      ps[3]!.className = ' m  n m ';
      ps[4]!.setAttribute('class', 'k  k');
      out.push(seen(), doc.querySelectorAll('.y, .t, .n, .k').length);
      ps[1]!.classList.replace('x', 'z');
      ps[2]!.removeAttribute('class');
      ps[3]!.classList.toggle('m');
      const clone = ps[0]!.cloneNode(true) as Element;
      out.push(seen(), clone.className, [...clone.classList], doc.querySelectorAll('.z, .m, .t').length);
      return out;
    };
    expect(steps(PatchedParser)).toEqual(steps(PlainParser));
  });

  it('a kept selector sees the document as it is now (no stale :has results)', () => {
    const doc = parse(PatchedParser, '<!doctype html><html><body><div id="a"><p>x</p></div><div id="b"></div></body></html>');
    const ids = (): string[] => Array.from(doc.querySelectorAll('div:has(p)'), (el) => el.id);
    expect(ids()).toEqual(['a']);
    doc.getElementById('b')!.appendChild(doc.createElement('p'));
    doc.querySelector('#a p')!.remove();
    expect(ids()).toEqual(['b']);
    expect(doc.getElementById('b')!.matches('div:has(p)')).toBe(true);
    expect(doc.getElementById('a')!.matches('div:has(p)')).toBe(false);
  });

  it('keeps a bounded number of compiled selectors: a crawl of many stylesheets still answers', () => {
    const doc = parse(PatchedParser, '<!doctype html><html><body><p class="c7">x</p></body></html>');
    for (let i = 0; i < COMPILED_SELECTOR_CACHE + 10; i++) expect(doc.querySelectorAll(`.c${i}`).length).toBe(i === 7 ? 1 : 0);
  });

  it('event listeners still work (they are registered when first added)', () => {
    const doc = parse(PatchedParser, '<!doctype html><html><body><button>b</button></body></html>');
    const button = doc.querySelector('button')!;
    const seen: string[] = [];
    const listener = (e: Event): void => void seen.push(`${e.type}@${(e.currentTarget as Element).tagName}`);
    button.addEventListener('click', listener);
    doc.body.addEventListener('click', listener);
    button.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true }));
    button.removeEventListener('click', listener);
    doc.body.removeEventListener('keydown', listener); // never added: no error
    button.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true }));
    expect(seen).toEqual(['click@BUTTON', 'click@BODY', 'click@BODY']);
  });
});
