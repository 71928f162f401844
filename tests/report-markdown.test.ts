// The Markdown export's structure as a CommonMark renderer (markdown-it) reads it: one ordered list per
// report, each statement one list item holding its description, its quote as a blockquote and the
// reader's check as a paragraph, whatever the item's number ("10." is wider than "9.").
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../src/core/types';
import { toMarkdown } from '../src/report/markdown';
import type { ReaderCheck, Report } from '../src/report/report';

interface Block {
  type: string;
  text: string;
  children: Block[];
  start?: number;
}

/** markdown-it's flat token stream as a tree of blocks (inline text joined into its block's `text`). */
function blocks(markdown: string): Block[] {
  const root: Block = { type: 'root', text: '', children: [] };
  const stack = [root];
  for (const token of new MarkdownIt().parse(markdown, {}) as Token[]) {
    const top = stack.at(-1)!;
    if (token.nesting === 1) {
      const start = token.attrGet('start');
      const block: Block = { type: token.tag, text: '', children: [], ...(start ? { start: Number(start) } : {}) };
      top.children.push(block);
      stack.push(block);
    } else if (token.nesting === -1) {
      stack.pop();
    } else if (token.type === 'inline') {
      top.text += token.content;
    } else {
      top.children.push({ type: token.type, text: token.content, children: [] });
    }
  }
  return root.children;
}

const attribution = (i: number): Attribution => ({
  block: i, start: 0, end: 20, sentence: `Sentence ${i} said the agency.`, cue: i % 2 ? 'said' : 'told reporters',
  source: `Agency ${i}`, sourceMention: i === 11 ? 'it' : null, sourceKind: i % 3 ? 'organization' : 'anonymous',
  claim: `claim number ${i}`, when: i === 12 ? 'on Friday' : null, whenDate: null, links: [], via: i === 13 ? 'the Herald' : null,
  quote: 'indirect', continuation: [], rule: 'verb-after-subject',
});

const COUNT = 14;
const CHECKED = new Set([1, 9, 10, 12, 14]); // 1-based items with a reader's check, across the 9 → 10 boundary and the last
const report = (title: string): Report => ({
  url: 'https://example.com/a', title, articleFound: true,
  attributions: Array.from({ length: COUNT }, (_, i) => attribution(i + 1)),
  checks: Array.from({ length: COUNT }, (_, i): ReaderCheck | null => (CHECKED.has(i + 1) ? { status: 'disputed', note: `note ${i + 1}` } : null)),
});

describe('Markdown export rendered by CommonMark', () => {
  const md = toMarkdown([report('First article'), report('Second article')]);
  const top = blocks(md);

  it('has one heading per report, each followed by its own list', () => {
    expect(top.filter((b) => b.type === 'h2').map((b) => b.text)).toEqual(['First article', 'Second article']);
    const lists = top.filter((b) => b.type === 'ol');
    expect(lists).toHaveLength(2);
    // Between the last list and the end of the document, and between a list and the next heading, nothing falls out.
    const firstList = top.indexOf(lists[0]!);
    expect(top[firstList + 1]?.type).toBe('h2');
    expect(top.at(-1)).toBe(lists[1]);
  });

  it.each([0, 1])('report %i: every statement is one list item of one list, numbered from 1', (n) => {
    const list = top.filter((b) => b.type === 'ol')[n]!;
    expect(list.start ?? 1).toBe(1);
    expect(list.children.map((b) => b.type)).toEqual(Array(COUNT).fill('li'));
  });

  it.each(Array.from({ length: COUNT }, (_, i) => i + 1))('item %i: description, quote, and its check when it has one', (item) => {
    for (const list of top.filter((b) => b.type === 'ol')) {
      const li = list.children[item - 1]!;
      const shape = li.children.map((b) => b.type);
      expect(shape).toEqual(CHECKED.has(item) ? ['p', 'blockquote', 'p'] : ['p', 'blockquote']);
      expect(li.children[0]!.text).toContain(`**Agency ${item}**`);
      const quote = li.children[1]!;
      expect(quote.children.map((b) => b.type)).toEqual(['p']);
      expect(quote.children[0]!.text).toBe(`claim number ${item}`);
      if (CHECKED.has(item)) expect(li.children[2]!.text).toBe(`Checked: **disputed** — note ${item}`);
    }
  });

  it('renders the HTML a reader sees: 28 items, 28 quotes, 10 checks, no stray paragraph', () => {
    const html = new MarkdownIt().render(md);
    expect(html.match(/<li>/g)).toHaveLength(2 * COUNT);
    expect(html.match(/<blockquote>/g)).toHaveLength(2 * COUNT);
    expect(html.match(/Checked:/g)).toHaveLength(2 * CHECKED.size);
    // A number never ends up as text ("11. **Agency 11**" continuing a quote).
    expect(html).not.toMatch(/\d+\. <strong>/);
  });
});
