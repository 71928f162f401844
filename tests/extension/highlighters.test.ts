// @vitest-environment jsdom
// In-page highlights. The <mark> fallback must leave the page exactly as it was when removed; the
// CSS Custom Highlight implementation registers named highlights and never touches the DOM.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CssHighlighter } from '../../src/content/css-highlighter';
import { FLASH_MS, FLASH_NAME, highlightName, MARK_CLASS } from '../../src/content/highlight-names';
import { locateSentences } from '../../src/content/locate';
import { MarkHighlighter } from '../../src/content/mark-highlighter';
import { buildTextIndex, rangeFromSpan } from '../../src/content/text-index';
import type { SourceKind } from '../../src/core/types';

const ARTICLE = '<article><p id="a">At least in Mosul. According to <b>two sources</b>, a resistance has formed. More.</p>'
  + '<p id="b">“They are harsh, but they are <i>not strong</i>,” said Major General Najm al-Jubbouri. “Their hosts reject them.”</p>'
  + '<table><tr><td>Reuters confirms it.</td></tr></table></article>';

const SENTENCES: [string, SourceKind][] = [
  ['According to two sources, a resistance has formed.', 'anonymous'],
  ['“They are harsh, but they are not strong,” said Major General Najm al-Jubbouri.', 'person'],
  ['“They are harsh, but they are not strong,” said Major General Najm al-Jubbouri.', 'person'], // the same sentence twice
  ['“Their hosts reject them.”', 'person'],
  ['Reuters confirms it.', 'outlet'],
];

function items() {
  const index = buildTextIndex(document.body);
  const spans = locateSentences(index.text, SENTENCES.map(([s]) => s));
  return spans.map((span, i) => ({ range: rangeFromSpan(index, span!)!, kind: SENTENCES[i]![1] }));
}

/** Every text node under body, in order: identity and content. */
const textNodes = () => {
  const walker = document.createTreeWalker(document.body, 4);
  const nodes: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  return nodes;
};

afterEach(() => {
  vi.useRealTimers();
});

describe('MarkHighlighter (browsers without the Custom Highlight API)', () => {
  test('paints each sentence by kind, then removes every trace', () => {
    document.body.innerHTML = ARTICLE;
    const before = document.body.innerHTML;
    const nodesBefore = textNodes();
    const dataBefore = nodesBefore.map((n) => n.nodeValue);
    const highlighter = new MarkHighlighter(document);

    highlighter.paint(items);
    const marks = [...document.querySelectorAll(`mark.${MARK_CLASS}`)];
    const byKind = (kind: string) => marks.filter((m) => m.getAttribute('data-attribution-lens') === kind).map((m) => m.textContent).join('');
    expect(byKind('anonymous')).toBe('According to two sources, a resistance has formed.');
    expect(byKind('person')).toBe('“They are harsh, but they are not strong,” said Major General Najm al-Jubbouri.“Their hosts reject them.”');
    expect(byKind('outlet')).toBe('Reuters confirms it.');
    expect(document.body.textContent).toBe(new DOMParser().parseFromString(before, 'text/html').body.textContent);
    // No mark directly inside a table row or other place only certain elements may go.
    expect(document.querySelector('tr > mark, table > mark')).toBeNull();

    highlighter.clear();
    expect(document.body.innerHTML).toBe(before);
    const nodesAfter = textNodes();
    expect(nodesAfter).toHaveLength(nodesBefore.length);
    nodesAfter.forEach((n, i) => {
      expect(n).toBe(nodesBefore[i]); // the page's own text nodes, not copies
      expect(n.nodeValue).toBe(dataBefore[i]);
    });
  });

  test('a flash over painted highlights ends by itself, and repainting or clearing mid-flash is clean', () => {
    vi.useFakeTimers();
    document.body.innerHTML = ARTICLE;
    const before = document.body.innerHTML;
    const highlighter = new MarkHighlighter(document);
    highlighter.paint(items);
    const painted = document.body.innerHTML;

    highlighter.flash(() => items()[1]!.range);
    const flashed = [...document.querySelectorAll('mark.attribution-lens-flash')].map((m) => m.textContent).join('');
    expect(flashed).toBe('“They are harsh, but they are not strong,” said Major General Najm al-Jubbouri.');
    vi.advanceTimersByTime(FLASH_MS);
    expect(document.body.innerHTML).toBe(painted);

    highlighter.flash(() => items()[4]!.range);
    highlighter.paint(items); // repaint while flashing
    expect(document.body.innerHTML).toBe(painted);
    highlighter.flash(() => items()[0]!.range);
    highlighter.clear(); // clear while flashing
    expect(document.body.innerHTML).toBe(before);
    vi.advanceTimersByTime(FLASH_MS); // the pending flash timer must not disturb anything
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('CssHighlighter', () => {
  class FakeHighlight {
    priority = 0;
    readonly ranges: Range[];
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }

  test('registers one highlight per kind and a flash above them; clear removes them all; the DOM is untouched', () => {
    vi.useFakeTimers();
    document.body.innerHTML = ARTICLE;
    const before = document.body.innerHTML;
    const registry = new Map<string, FakeHighlight>();
    const highlighter = new CssHighlighter(registry as unknown as HighlightRegistry, (ranges) => new FakeHighlight(...ranges) as unknown as Highlight);

    highlighter.paint(items);
    expect([...registry.keys()].sort()).toEqual([highlightName('anonymous'), highlightName('outlet'), highlightName('person')].sort());
    expect(registry.get(highlightName('person'))!.ranges.map(String)).toHaveLength(3);
    expect(document.body.innerHTML).toBe(before);

    highlighter.flash(() => items()[4]!.range);
    expect(registry.get(FLASH_NAME)!.ranges.map(String)).toEqual(['Reuters confirms it.']);
    expect(registry.get(FLASH_NAME)!.priority).toBeGreaterThan(0);
    vi.advanceTimersByTime(FLASH_MS);
    expect(registry.has(FLASH_NAME)).toBe(false);

    highlighter.paint(() => items().filter((i) => i.kind === 'outlet'));
    expect([...registry.keys()]).toEqual([highlightName('outlet')]);
    highlighter.flash(() => items()[0]!.range);
    highlighter.clear();
    expect(registry.size).toBe(0);
  });
});
