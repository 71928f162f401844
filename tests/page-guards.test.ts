// The CLI's guards before Readability (src/extract/page-guards.ts): nesting capped in the markup
// and in the parsed page, and the element count, the same on linkedom and jsdom.
import { createRequire } from 'node:module';
import { DOMParser as LinkedomParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { capSourceNesting, countElements, flattenDeepNesting, guardPage, MAX_NESTING_DEPTH, MAX_SOURCE_DEPTH } from '../src/extract/page-guards';
import { MAX_ELEMENTS_TO_PARSE } from '../src/extract/readability';
import { ATTRIBUTED_PARAGRAPH, deepNesting, manyParagraphs, page } from './helpers/hostile-pages';

const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');

const DOMS = {
  linkedom: (html: string): Document => new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document,
  jsdom: (html: string): Document => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document,
};

/** The depth of the deepest element (<html> is 1), measured with a loop. */
function maxDepth(doc: Document): number {
  let max = 0;
  const stack: [Element, number][] = [[doc.documentElement, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, d + 1]);
  }
  return max;
}

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('capSourceNesting: tags nested deeper than MAX_SOURCE_DEPTH are left out before parsing', () => {
  it('leaves ordinary pages exactly as they are', () => {
    const html = page(`<article><h1>T</h1>${ATTRIBUTED_PARAGRAPH.repeat(3)}<ul><li>a<li>b</ul></article>`);
    expect(capSourceNesting(html)).toBe(html);
  });

  it.each([
    ['unclosed <p>', '<p>para '.repeat(2000)],
    ['unclosed <li>', `<ul>${'<li>item '.repeat(2000)}</ul>`],
    ['unclosed <dt>/<dd>', `<dl>${'<dt>term <dd>def '.repeat(1000)}</dl>`],
    ['unclosed table cells and rows', `<table>${'<tr><td>a<td>b'.repeat(1000)}</table>`],
    ['self-closing SVG elements', `<svg>${'<path d="M0 0"/>'.repeat(2000)}</svg>`],
    ['void elements and <br>', '<p>x<br><img src=a><hr>'.repeat(2000)],
    ['tags inside comments, scripts and quoted attributes', `<!-- ${'<div>'.repeat(2000)} --><script>${'<div>'.repeat(2000)}</script><p title="${'<div>'.repeat(2000)}">x</p>`],
  ])('%s: nothing is nested, nothing is dropped', (_, body) => {
    const html = page(body);
    expect(capSourceNesting(html)).toBe(html);
  });

  it.each([['linkedom'], ['jsdom']] as const)('2,500 nested <div>s and unclosed <div/>s: %s parses no element deeper than the cap, and the text stays', (dom) => {
    for (const html of [deepNesting(2500), page('<div/>'.repeat(2500) + ATTRIBUTED_PARAGRAPH)]) {
      const capped = capSourceNesting(html);
      expect(capped.length).toBeLessThan(html.length);
      const doc = DOMS[dom](capped);
      expect(maxDepth(doc)).toBeLessThanOrEqual(MAX_SOURCE_DEPTH + 3);
      expect(words(doc.body.textContent ?? '')).toBe(words(DOMS[dom](html.replace(/<\/?div\/?>/g, '')).body.textContent ?? ''));
    }
  });

  it('a script nested too deep goes whole (its code would otherwise read as text)', () => {
    const html = page('<div>'.repeat(600) + '<script>var secret = 1;</script>' + ATTRIBUTED_PARAGRAPH + '</div>'.repeat(600));
    const capped = capSourceNesting(html);
    expect(capped).not.toContain('secret');
    expect(capped).toContain(ATTRIBUTED_PARAGRAPH.replace(/<\/?p>/g, ''));
  });

  it('100,000 nested <div>s (1.1 MB; jsdom overflowed its stack) are read in one linear pass', () => {
    const capped = capSourceNesting(deepNesting(100_000));
    expect(capped.length).toBeLessThan(10_000);
    expect(maxDepth(DOMS.jsdom(capped))).toBeLessThanOrEqual(MAX_SOURCE_DEPTH + 3);
  });
});

describe.each([['linkedom'], ['jsdom']] as const)('in the parsed page, on %s', (dom) => {
  it('flattenDeepNesting: no element deeper than MAX_NESTING_DEPTH; every word kept, in order, lines kept apart', () => {
    const inner = `<div><p>First, said Reuters.</p><p>Second <b>bold</b> line.</p><script>no()</script></div>`;
    const doc = DOMS[dom](page('<section>'.repeat(300) + inner + '</section>'.repeat(300)));
    expect(maxDepth(doc)).toBeGreaterThan(300);
    expect(flattenDeepNesting(doc)).toBe(1);
    expect(maxDepth(doc)).toBe(MAX_NESTING_DEPTH);
    expect(doc.body.textContent).toMatch(/^\s*First, said Reuters\.\n+Second bold line\.\n*\s*$/);
  });

  it('flattenDeepNesting leaves a page within the limit untouched', () => {
    const html = page(`<article>${'<div>'.repeat(40)}${ATTRIBUTED_PARAGRAPH}${'</div>'.repeat(40)}</article>`);
    const doc = DOMS[dom](html);
    const before = doc.documentElement.outerHTML;
    expect(flattenDeepNesting(doc)).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('countElements counts what getElementsByTagName("*") misses on linkedom, and stops past the limit', () => {
    const doc = DOMS[dom](page(ATTRIBUTED_PARAGRAPH.repeat(10)));
    expect(countElements(doc, MAX_ELEMENTS_TO_PARSE)).toBe(15); // html, head, meta, title, body and 10 paragraphs
    expect(countElements(doc, 5)).toBe(6);
  });

  it('guardPage refuses a page of more elements than the limit, with a clear reason', () => {
    expect(MAX_ELEMENTS_TO_PARSE).toBe(100_000);
    expect(guardPage(DOMS[dom](manyParagraphs(1_000)), 1_000)).toBe('the page has more than 1,000 elements, too many to analyze');
    expect(guardPage(DOMS[dom](manyParagraphs(1_000)), 1_005)).toBeNull();
  });
});
