// The CLI's Readability (bundled with scripts/readability-patches.mjs) answers as Readability does:
// the same article, byline, title and metadata on every corpus page of every language, on linkedom
// and on jsdom, and the same answers of the patched methods on elements built to test their edges.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability as PlainReadability } from '@mozilla/readability';
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readabilityPatches } from '../scripts/readability-patches.mjs';
import { repoRoot } from '../scripts/shared-dir.mjs';

let dir: string;
let PatchedReadability: typeof PlainReadability;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'al-readability-'));
  const outfile = path.join(dir, 'readability.mjs');
  await build({
    stdin: { contents: "export { Readability } from '@mozilla/readability';", resolveDir: repoRoot, loader: 'js' },
    bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error', plugins: [readabilityPatches],
  });
  ({ Readability: PatchedReadability } = (await import(pathToFileURL(outfile).href)) as { Readability: typeof PlainReadability });
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const corpusDirs = ['pages', 'fr/pages', 'de/pages', 'es/pages', 'pt/pages'].map((d) => path.join(repoRoot, 'corpus', d));
const pages = corpusDirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.html')).map((f) => path.join(d, f)));

const linkedomDoc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/** Everything Readability answers, its article as markup. */
function parsed(Reader: typeof PlainReadability, doc: Document): unknown {
  const r = new Reader(doc).parse();
  return r && { ...r, content: r.content };
}

describe("the CLI's patched Readability", () => {
  it.each(pages.map((p) => [path.relative(repoRoot, p), p]))('%s: the same article on linkedom', (_, file) => {
    const html = readFileSync(file, 'utf8');
    expect(parsed(PatchedReadability, linkedomDoc(html))).toEqual(parsed(PlainReadability, linkedomDoc(html)));
  });

  // jsdom is slow: the three smallest pages.
  const small = [...pages].sort((a, b) => statSync(a).size - statSync(b).size).slice(0, 3);
  it.each(small.map((p) => [path.relative(repoRoot, p), p]))('%s: the same article on jsdom', (_, file) => {
    const html = readFileSync(file, 'utf8');
    const doc = (): Document => new JSDOM(html, { url: 'https://example.com/a', virtualConsole: new VirtualConsole() }).window.document;
    expect(parsed(PatchedReadability, doc())).toEqual(parsed(PlainReadability, doc()));
  });

  // The methods the patches rewrite, asked of every element of pages built to reach their edges:
  // blank text of every kind of white space, text deep down or in CDATA-free comments, bylines by
  // rel, itemprop or class with long, short or blank text, hidden and visible inline styles.
  const EDGES = `<!doctype html><html><head><title>t</title></head><body>
    <div id="a"> \u00a0\n\t<span> \u2003 </span><!-- text in a comment --><br><hr></div>
    <div id="b"><span><em><b>deep</b></em></span></div>
    <div id="c"><p></p><p> </p></div><section> <h2>\ufeff</h2> </section><header><img src="x.png"></header>
    <a rel="author" id="d">Ann Byline</a><span itemprop="author name"> </span><p class="byline">${'long '.repeat(30)}</p>
    <div class="author-box">By Bo</div><div class="dateline"><span>Paris</span></div>
    <p style="display:none">x</p><p style="visibility: hidden">y</p><p style="color: red">z</p><p style="">w</p>
    <svg><text>in svg</text></svg><p aria-hidden="true" class="fallback-image">f</p>
  </body></html>`;
  const methods = (Reader: typeof PlainReadability, doc: Document): unknown[] => {
    const reader = new Reader(doc) as unknown as Record<string, (...a: unknown[]) => unknown>;
    return Array.from(doc.querySelectorAll('*'), (el) => [el.tagName,
      reader._isElementWithoutContent!.call(reader, el), reader._isProbablyVisible!.call(reader, el),
      reader._isValidByline!.call(reader, el, `${el.className} ${el.id}`)]);
  };
  it('the patched methods answer as before on linkedom and jsdom, element by element', () => {
    const onLinkedom = methods(PlainReadability, linkedomDoc(EDGES));
    expect(methods(PatchedReadability, linkedomDoc(EDGES))).toEqual(onLinkedom);
    const jsdom = (): Document => new JSDOM(EDGES, { virtualConsole: new VirtualConsole() }).window.document;
    const onJsdom = methods(PlainReadability, jsdom());
    expect(methods(PatchedReadability, jsdom())).toEqual(onJsdom);
    // The page does reach both answers of each method.
    for (const column of [1, 2, 3]) expect(new Set(onJsdom.map((row) => (row as unknown[])[column])).size).toBe(2);
  });
});
