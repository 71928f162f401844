// @vitest-environment jsdom
// Article markup into blocks: the same cut in the content script and the CLI.
import { describe, expect, it } from 'vitest';
import { blocksFromElement } from '../src/extract/blocks';

const blocks = (html: string) => {
  const root = document.createElement('div');
  root.innerHTML = html;
  return blocksFromElement(root);
};

describe('blocks from article markup', () => {
  it('keeps the paragraphs of one blockquote in one group', () => {
    expect(blocks('<p>Intro, according to X:</p><blockquote><p>One.</p><p>Two.</p></blockquote><p>After.</p><blockquote>Three.</blockquote>')).toEqual([
      { kind: 'paragraph', text: 'Intro, according to X:' },
      { kind: 'quote', text: 'One.', group: 0 },
      { kind: 'quote', text: 'Two.', group: 0 },
      { kind: 'paragraph', text: 'After.' },
      { kind: 'quote', text: 'Three.', group: 1 },
    ]);
  });
  it('groups list items by list and keeps headings apart', () => {
    expect(blocks('<h2>Title</h2><ul><li>a</li><li>b <ul><li>c</li></ul></li></ul>')).toEqual([
      { kind: 'heading', text: 'Title' },
      { kind: 'item', text: 'a', group: 0 },
      { kind: 'item', text: 'b', group: 0 },
      { kind: 'item', text: 'c', group: 1 },
    ]);
  });
  it('marks a figure\'s caption as a caption', () => {
    expect(blocks('<p>Kell spoke.</p><figure><img src="a.jpg"><figcaption>Ana Ortiz waves.</figcaption></figure>')).toEqual([
      { kind: 'paragraph', text: 'Kell spoke.' },
      { kind: 'caption', text: 'Ana Ortiz waves.' },
    ]);
  });
  it('skips scripts, styles and forms, and folds whitespace', () => {
    expect(blocks('<p>Said  <b>he</b>\n <script>alert(1)</script><style>p{}</style>there.</p><button>Share</button>')).toEqual([
      { kind: 'paragraph', text: 'Said he there.' },
    ]);
  });
  it('turns text run directly inside a container into a paragraph', () => {
    expect(blocks('<div>Loose text <em>here</em><p>Para.</p>tail</div>')).toEqual([
      { kind: 'paragraph', text: 'Loose text here' },
      { kind: 'paragraph', text: 'Para.' },
      { kind: 'paragraph', text: 'tail' },
    ]);
  });
  it('keeps markup-looking text as text', () => {
    expect(blocks('<p>&lt;img src=x onerror=alert(1)&gt; said the officials.</p>')[0]?.text).toBe('<img src=x onerror=alert(1)> said the officials.');
  });
});
