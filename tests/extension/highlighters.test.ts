// @vitest-environment jsdom
// In-page highlights: the CSS Custom Highlight implementation registers named highlights and never
// touches the DOM; without the API, nothing is painted and "Show in page" still finds its range.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CssHighlighter } from '../../src/content/css-highlighter';
import { FLASH_MS, FLASH_NAME, highlightName } from '../../src/content/highlight-names';
import { createHighlighter } from '../../src/content/highlighter';
import { locateSentences } from '../../src/content/locate';
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

afterEach(() => {
  vi.useRealTimers();
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

describe('createHighlighter without the Custom Highlight API (jsdom has none)', () => {
  test('paints nothing and leaves the page alone; a flash still builds its range (Show in page scrolls there)', () => {
    document.body.innerHTML = ARTICLE;
    const before = document.body.innerHTML;
    const highlighter = createHighlighter(document);
    highlighter.paint(items);
    let built: Range | null = null;
    highlighter.flash(() => (built = items()[4]!.range));
    expect(String(built)).toBe('Reuters confirms it.');
    highlighter.clear();
    expect(document.body.innerHTML).toBe(before);
  });
});
