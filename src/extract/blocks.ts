// Turns article markup (Readability's output, or a whole page) into the engine's blocks.
// Works on any DOM that follows the standard (the browser's, jsdom's), so the content script and the
// CLI cut an article into exactly the same blocks.
import type { Block, BlockKind } from '../core/types';

/** Elements whose text is one block (unless they hold other blocks). */
const LEAF_BLOCKS: Record<string, BlockKind> = {
  P: 'paragraph', PRE: 'paragraph', FIGCAPTION: 'paragraph', DD: 'paragraph', DT: 'paragraph',
  ADDRESS: 'paragraph', CAPTION: 'paragraph', TD: 'paragraph', TH: 'paragraph',
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'item',
};

/** Elements that start a new block when they appear inside running text. */
const BLOCK_LEVEL = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION',
]);

/** Elements whose text is never article text (the content script's page index skips them too). */
export const NON_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'VIDEO', 'AUDIO', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Whitespace runs (including no-break spaces) become one space; the ends are trimmed. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function hasBlockChild(el: Element): boolean {
  for (const child of Array.from(el.children)) {
    if (BLOCK_LEVEL.has(child.tagName.toUpperCase())) return true;
  }
  return false;
}

/** The text of an element, skipping what is never article text. */
export function textOf(node: Node): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeType !== ELEMENT_NODE) return '';
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (NON_TEXT_ELEMENTS.has(tag)) return '';
  if (tag === 'BR') return '\n';
  let out = '';
  for (const child of Array.from(el.childNodes)) out += textOf(child);
  return out;
}

interface WalkState {
  blocks: Block[];
  nextGroup: number;
}

function push(state: WalkState, kind: BlockKind, raw: string, group: number | undefined): void {
  const text = normalizeSpace(raw);
  if (!text) return;
  const block: Block = { kind, text };
  if (group !== undefined) block.group = group;
  state.blocks.push(block);
}

function walk(el: Element, state: WalkState, quoteGroup: number | undefined, listGroup: number | undefined,
  inItem = false): void {
  let run = '';
  const flush = (): void => {
    if (inItem) push(state, 'item', run, listGroup ?? quoteGroup);
    else push(state, quoteGroup !== undefined ? 'quote' : 'paragraph', run, quoteGroup);
    run = '';
  };
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      run += child.nodeValue ?? '';
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const c = child as Element;
    const tag = c.tagName.toUpperCase();
    if (NON_TEXT_ELEMENTS.has(tag)) continue;
    if (!BLOCK_LEVEL.has(tag)) {
      run += textOf(c);
      continue;
    }
    flush();
    if (tag === 'BLOCKQUOTE') {
      const group = quoteGroup ?? state.nextGroup++;
      walk(c, state, group, undefined);
    } else if (tag === 'UL' || tag === 'OL') {
      walk(c, state, quoteGroup, state.nextGroup++);
    } else if (tag in LEAF_BLOCKS && !hasBlockChild(c)) {
      const kind = quoteGroup !== undefined && tag !== 'LI' ? 'quote' : LEAF_BLOCKS[tag]!;
      const group = tag === 'LI' ? listGroup ?? quoteGroup : quoteGroup;
      push(state, kind, textOf(c), group);
    } else {
      walk(c, state, quoteGroup, listGroup, tag === 'LI');
    }
  }
  flush();
}

/** The blocks of an element's text, in reading order. */
export function blocksFromElement(root: Element): Block[] {
  const state: WalkState = { blocks: [], nextGroup: 0 };
  walk(root, state, undefined, undefined);
  return state.blocks;
}
