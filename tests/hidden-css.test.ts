// What a page hides with its own CSS is removed before Readability in the CLI (src/extract/hidden-css.ts),
// the same on linkedom and jsdom. Off-screen text and font-size: 0 need layout: the extension checks
// those on the live page (tests/e2e).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DOMParser as LinkedomParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared-dir.mjs';
import { loadHtml } from '../src/cli/load';
import fc from 'fast-check';
import { elementBuckets, matching, parseDeclarations, parseRules, removeHiddenContent, selectorKey, specificity, splitTopLevel } from '../src/extract/hidden-css';

const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');

const DOMS = {
  linkedom: (html: string): Document => new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document,
  jsdom: (html: string): Document => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document,
};

const FIXTURE = readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'hidden.html'), 'utf8');
/** Words of the statements the fixture hides with its stylesheet or inline style. */
const HIDDEN_BY_CSS = ['Hidden Herald', 'Phantom Post', 'Invisible Ivan', 'Attribute Argus', 'Aria Advocate', 'Inline Inquirer'];
/** Hidden from a reader only by layout (off-screen, font-size 0): the CLI cannot know. */
const HIDDEN_BY_LAYOUT = ['Offscreen Observer', 'Zero Gazette'];
const SHOWN = ['Reuters', 'Mayor Jane Smith', 'Visible Voice', 'Kept Courier', 'Printed Pamphlet'];

const page = (css: string, body: string): string => `<!doctype html><html><head><style>${css}</style></head><body>${body}</body></html>`;
const text = (doc: Document): string => (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();

describe.each([['linkedom'], ['jsdom']] as const)('removeHiddenContent on %s', (dom) => {
  const after = (css: string, body: string): string => {
    const doc = DOMS[dom](page(css, body));
    removeHiddenContent(doc);
    return text(doc);
  };

  it('the fixture: what its stylesheet and inline style hide goes, the rest stays', () => {
    const doc = DOMS[dom](FIXTURE);
    removeHiddenContent(doc);
    const left = text(doc);
    for (const name of ['Hidden Herald', 'Phantom Post', 'Invisible Ivan', 'Inline Inquirer']) expect(left, name).not.toContain(name);
    for (const name of [...SHOWN, ...HIDDEN_BY_LAYOUT]) expect(left, name).toContain(name);
  });

  it.each([
    ['display: none from a class', '.a { display: none }', '<p class="a">gone</p><p>kept</p>', 'kept'],
    ['visibility: hidden and collapse', '.a { visibility: hidden } .b { visibility: collapse }', '<p class="a">gone <b>also gone</b></p><p class="b">gone</p>kept', 'kept'],
    ['a descendant made visible again', '.a { visibility: hidden } .a .b { visibility: visible }', '<p class="a">gone <span class="b">kept</span></p>', 'kept'],
    ['a later rule of the same specificity wins', '.a { display: none } .b { display: block }', '<p class="a b">kept</p>', 'kept'],
    ['a more specific rule wins over a later one', '#x { display: none } .a { display: block }', '<p id="x" class="a">gone</p>kept', 'kept'],
    ['!important wins over specificity', '.a { display: none !important } #x { display: block }', '<p id="x" class="a">gone</p>kept', 'kept'],
    ['inline style wins over a rule', '.a { display: none }', '<p class="a" style="display: block">kept</p>', 'kept'],
    ['an !important rule wins over inline style', '.a { display: none !important }', '<p class="a" style="display: block">gone</p>kept', 'kept'],
    ['inline visibility: hidden', '', '<p style="color: red; visibility:hidden">gone</p>kept', 'kept'],
    ['rules in @media, @supports and <style media=print> do not count', '@media (max-width: 10px) { .a { display: none } } @supports (display: grid) { .a { display: none } }', '<p class="a">kept</p>', 'kept'],
    ['pseudo-elements and state pseudo-classes do not count', '.a::before { display: none } .a:hover { display: none } .a:focus-within { visibility: hidden }', '<p class="a">kept</p>', 'kept'],
    ['the page may hide <html> and <body> until a script runs: that is not hiding text', 'html { visibility: hidden } body { display: none }', '<p>kept</p>', 'kept'],
    ['comments, strings and selectors this DOM cannot read', '/* .a { display: none } */ .b[title="}{"] { color: red } .c:unknown-thing { display: none } .d { display: none }', '<p class="a c">kept</p><p class="d">gone</p>', 'kept'],
  ])('%s', (_, css, body, expected) => {
    expect(after(css, body)).toBe(expected);
  });

  it('a <style> inside <noscript> or with media="print" does not count', () => {
    const doc = DOMS[dom]('<!doctype html><html><head><style media="print">.a { display: none }</style></head><body><noscript><style>.b { display: none }</style></noscript><p class="a">one</p><p class="b">two</p></body></html>');
    removeHiddenContent(doc);
    expect(text(doc)).toContain('one');
    expect(text(doc)).toContain('two');
  });

  it('hostile stylesheets: deeply nested :not(), a megabyte of rules, unclosed blocks', () => {
    const nested = `${':not('.repeat(50_000)}.x${')'.repeat(50_000)} { display: none }`;
    const many = Array.from({ length: 20_000 }, (_, i) => `.c${i} .d${i} { display: none }`).join('\n');
    expect(after(nested + many + '.e { display: none', '<p class="x">kept</p>')).toBe('kept');
  });
});

describe('the CSS reader', () => {
  it('parseRules: top-level rules that set display or visibility, selectors split, @-blocks left out', () => {
    expect(parseRules('a, .b > c { color: red; DISPLAY : None !important } @media screen { .d { display: none } } .e { visibility: hidden; }')).toEqual([
      { selectors: ['a', '.b > c'], declarations: [{ property: 'display', value: 'none', important: true }] },
      { selectors: ['.e'], declarations: [{ property: 'visibility', value: 'hidden', important: false }] },
    ]);
  });

  it('parseRules finds the rules that a reader going one character at a time finds, on any text made of CSS pieces', () => {
    // The reader before it jumped between braces, semicolons and quotes with native searches.
    const stringEnd = (css: string, at: number): number => {
      for (let i = at + 1; i < css.length; i++) {
        if (css[i] === '\\') i++;
        else if (css[i] === css[at]) return i + 1;
      }
      return css.length;
    };
    /** [prelude, body] of each top-level block, as the character loop delimited them (comments already out). */
    const blocksByCharacters = (css: string): [string, string][] => {
      const out: [string, string][] = [];
      let i = 0;
      while (i < css.length) {
        let j = i;
        while (j < css.length && css[j] !== '{' && css[j] !== ';') j = css[j] === '"' || css[j] === "'" ? stringEnd(css, j) : j + 1;
        const prelude = css.slice(i, j).trim();
        if (j >= css.length) break;
        if (css[j] === ';') {
          i = j + 1;
          continue;
        }
        let depth = 1;
        let k = j + 1;
        while (k < css.length && depth > 0) {
          const c = css[k];
          if (c === '"' || c === "'") {
            k = stringEnd(css, k);
            continue;
          }
          if (c === '{') depth++;
          else if (c === '}') depth--;
          k++;
        }
        out.push([prelude, css.slice(j + 1, k - 1)]);
        i = k;
      }
      return out;
    };
    const piece = fc.constantFrom('a', '.b', '#c', ' ', ',', '{', '}', ';', '"', "'", '\\', '@media x', 'display:none', 'visibility: hidden',
      'display: block !important', ':', 'p > q', '[x="}"]', "x:'}'", 'y:"{;"', "'a;b'", ';display:none', 'content:"\\"}"');
    // Whole rules (a selector, a block of pieces) among loose pieces, so that most texts hold blocks.
    const rule = fc.tuple(fc.constantFrom('a', '.b, p', '@media x', '[y="{"]'), fc.array(piece, { maxLength: 6 })).map(([sel, inner]) => `${sel}{${inner.join('')}}`);
    fc.assert(fc.property(fc.array(fc.oneof(piece, rule, rule), { maxLength: 16 }), (pieces) => {
      const css = pieces.join('');
      // Each block that sets display or visibility gives one rule.
      const expected = blocksByCharacters(css).filter(([prelude, body]) => prelude && !prelude.startsWith('@') && /display|visibility/i.test(body))
        .map(([prelude, body]) => ({ selectors: splitTopLevel(prelude, ',').map((x) => x.trim()).filter(Boolean), declarations: parseDeclarations(body) }))
        .filter((rule) => rule.declarations.length);
      expect(parseRules(css)).toEqual(expected);
    }), { numRuns: 3000 });
  });

  it.each([
    ['p', 1], ['.a', 1_000], ['#x', 1_000_000], ['div#x.a.b > p:first-child', 1_003_002], ['[data-x="a]"]', 1_000],
    [':not(#x, .a) span', 1_000_001], [':where(#x) p', 1], ['*', 0],
  ])('specificity(%s) = %i', (selector, expected) => {
    expect(specificity(selector)).toBe(expected);
  });

  it.each([['p::before'], ['p:before'], ['a:hover'], ['input:checked'], [':not(:focus)']])('%s is left out', (selector) => {
    expect(specificity(selector)).toBeNull();
  });
});

describe('through the CLI loader, on both DOMs', () => {
  it.each([['linkedom'], ['jsdom']] as const)('%s: no hidden statement reaches the article; the others do', (dom) => {
    const article = loadHtml(FIXTURE, null, dom);
    const all = (article.blocks ?? []).map((b) => b.text).join('\n');
    for (const name of HIDDEN_BY_CSS) expect(all, name).not.toContain(name);
    for (const name of [...SHOWN, ...HIDDEN_BY_LAYOUT]) expect(all, name).toContain(name);
  });

  it('linkedom and jsdom give the same article', () => {
    expect(loadHtml(FIXTURE, null, 'linkedom')).toEqual(loadHtml(FIXTURE, null, 'jsdom'));
  });
});

describe('selectors tried only on the elements that carry their key (the rule hash)', () => {
  it.each([
    ['.a .b.c', { kind: 'class', name: 'b' }],
    ['div > p#x.y', { kind: 'id', name: 'x' }],
    ['ul LI', { kind: 'tag', name: 'li' }],
    ['section:not(.a) span[data-x="a b"]', { kind: 'tag', name: 'span' }],
    ['.a:is(.b, .c)', { kind: 'class', name: 'a' }],
    ['[hidden]', null],
    ['.a *', null],
    ['.a\\:b', null],
    ['svg|a', null],
  ])('the key of %s', (selector, key) => {
    expect(selectorKey(selector)).toEqual(key);
  });

  // Random documents and selectors: the keyed search finds exactly what querySelectorAll finds, in the same order.
  const name = fc.constantFrom('a', 'b', 'c', 'd');
  const tag = fc.constantFrom('div', 'p', 'span', 'section', 'li');
  /** An element and its children, nested at most `depth` deep; some hold a <template> (not searched by querySelectorAll). */
  const element = (depth: number): fc.Arbitrary<string> =>
    fc.tuple(tag, fc.option(name, { nil: undefined }), fc.array(name, { maxLength: 3 }),
      depth > 0 ? fc.array(element(depth - 1), { maxLength: 3 }) : fc.constant([] as string[]), fc.boolean())
      .map(([t, id, classes, children, template]) =>
        `<${t}${id ? ` id="${id}"` : ''}${classes.length ? ` class="${classes.join(' ')}"` : ''}>x${template ? `<template><p class="${classes.join(' ')}">t</p></template>` : ''}${children.join('')}</${t}>`);
  const compound = fc.tuple(fc.option(tag, { nil: '' }), fc.option(name.map((n) => `#${n}`), { nil: '' }), fc.array(name.map((n) => `.${n}`), { maxLength: 2 }),
    fc.option(name.map((n) => `:not(.${n})`), { nil: '' })).map(([t, id, cl, not]) => `${t}${id}${cl.join('')}${not}` || '*');
  const selector = fc.array(compound, { minLength: 1, maxLength: 3 }).chain((cs) => fc.array(fc.constantFrom(' ', ' > ', ' + ', ' ~ '), { minLength: cs.length - 1, maxLength: cs.length - 1 })
    .map((combinators) => cs.map((c, i) => (i ? combinators[i - 1] : '') + c).join('')));

  it.each([['linkedom'], ['jsdom']] as const)('%s: the same elements as querySelectorAll', (dom) => {
    fc.assert(fc.property(fc.array(element(3), { minLength: 1, maxLength: 6 }), fc.array(selector, { minLength: 1, maxLength: 6 }), (body, selectors) => {
      const doc = DOMS[dom](`<!doctype html><html><head></head><body>${body.join('')}</body></html>`);
      const buckets = elementBuckets(doc);
      // The default limit, and the two ends: every key queried (0), every key's elements tested (the CLI's linkedom).
      for (const s of selectors) {
        for (const max of [undefined, 0, Infinity]) expect(matching(doc, s, buckets, max)).toEqual(Array.from(doc.querySelectorAll(s)));
      }
    }), { numRuns: dom === 'jsdom' ? 60 : 200 });
  });
});
