// Turns article markup (Readability's output, or a whole page) into the engine's blocks.
// Works on any DOM that follows the standard (the browser's, jsdom's), so the content script and the
// CLI cut an article into exactly the same blocks.
import type { Block, BlockKind, LinkSpan } from '../core/types';

/** Elements whose text is one block (unless they hold other blocks). */
const LEAF_BLOCKS: Record<string, BlockKind> = {
  P: 'paragraph', PRE: 'paragraph', FIGCAPTION: 'caption', DD: 'paragraph', DT: 'paragraph',
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

/**
 * Containers whose links are never a sentence's source: navigation, page furniture and captions
 * (their text stays; only their links are not recorded).
 */
const NO_LINKS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'CAPTION', 'MENU']);
/** Share and follow widgets, named so by their class, id or role. */
const FURNITURE = /\b(?:share|sharing|social|navigation|breadcrumbs?)\b/i;

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
  /** The URL relative links are resolved against; null: only absolute links are kept. */
  base: string | null;
}

/** Text being gathered for one block, with its links' offsets in that raw text. */
interface Run {
  text: string;
  links: LinkSpan[];
}

const newRun = (): Run => ({ text: '', links: [] });

/** Links are left out inside page furniture. */
function linksOff(el: Element): boolean {
  return NO_LINKS.has(el.tagName.toUpperCase()) || el.getAttribute('role') === 'navigation'
    || FURNITURE.test(`${el.getAttribute('class') ?? ''} ${el.id ?? ''}`);
}

/** The absolute http(s) URL of a link, or null (another scheme, a link within the page, no base for a relative one). */
function absoluteHref(el: Element, base: string | null): string | null {
  const raw = el.getAttribute('href')?.trim();
  if (!raw || raw.startsWith('#')) return null;
  try {
    const url = new URL(raw, base ?? undefined);
    // ".invalid" names no site (RFC 2606): the CLI's stand-in for a page without a URL.
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname.endsWith('.invalid') ? url.href : null;
  } catch {
    return null;
  }
}

/** Appends the text of `node` to `run`, recording its links unless `off`. */
function gather(node: Node, run: Run, base: string | null, off: boolean): void {
  if (node.nodeType !== ELEMENT_NODE) {
    run.text += textOf(node);
    return;
  }
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (NON_TEXT_ELEMENTS.has(tag)) return;
  if (tag === 'BR') {
    run.text += '\n';
    return;
  }
  off ||= linksOff(el);
  const href = !off && tag === 'A' ? absoluteHref(el, base) : null;
  const start = run.text.length;
  const outer = run.links.length;
  for (const child of Array.from(el.childNodes)) gather(child, run, base, off || href !== null);
  // A link inside a link is not valid HTML: the outer one stands.
  if (href) run.links.splice(outer, run.links.length - outer, { start, end: run.text.length, href });
}

const isSpace = (c: string): boolean => c === ' ' || c === '\u00a0' || /\s/.test(c);

/**
 * The block of `run`: its text as normalizeSpace gives it, and its links' offsets mapped into that
 * text (a link's own spaces at either end left out; a link with no text dropped).
 */
function blockOf(kind: BlockKind, run: Run, group: number | undefined): Block | null {
  const raw = run.text;
  const block: Block = { kind, text: normalizeSpace(raw) };
  if (!block.text) return null;
  if (group !== undefined) block.group = group;
  if (run.links.length) {
    // at[i]: where raw character i lands in the normalized text (spaces: where the next character lands).
    const at: number[] = new Array<number>(raw.length + 1);
    let n = 0;
    let pending = false;
    for (let i = 0; i < raw.length; i++) {
      if (isSpace(raw[i]!)) {
        pending = n > 0;
        at[i] = n;
        continue;
      }
      if (pending) n++;
      pending = false;
      at[i] = n++;
    }
    const links: LinkSpan[] = [];
    for (const link of run.links) {
      let { start, end } = link;
      while (start < end && isSpace(raw[start]!)) start++;
      while (end > start && isSpace(raw[end - 1]!)) end--;
      if (start < end) links.push({ start: at[start]!, end: at[end - 1]! + 1, href: link.href });
    }
    if (links.length) block.links = links;
  }
  return block;
}

function push(state: WalkState, kind: BlockKind, run: Run, group: number | undefined): void {
  const block = blockOf(kind, run, group);
  if (block) state.blocks.push(block);
}

function walk(el: Element, state: WalkState, quoteGroup: number | undefined, listGroup: number | undefined,
  inItem = false, off = false): void {
  let run = newRun();
  const flush = (): void => {
    if (inItem) push(state, 'item', run, listGroup ?? quoteGroup);
    else push(state, quoteGroup !== undefined ? 'quote' : 'paragraph', run, quoteGroup);
    run = newRun();
  };
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      run.text += child.nodeValue ?? '';
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const c = child as Element;
    const tag = c.tagName.toUpperCase();
    if (NON_TEXT_ELEMENTS.has(tag)) continue;
    if (!BLOCK_LEVEL.has(tag)) {
      gather(c, run, state.base, off);
      continue;
    }
    flush();
    const childOff = off || linksOff(c);
    if (tag === 'BLOCKQUOTE') {
      const group = quoteGroup ?? state.nextGroup++;
      walk(c, state, group, undefined, false, childOff);
    } else if (tag === 'UL' || tag === 'OL') {
      walk(c, state, quoteGroup, state.nextGroup++, false, childOff);
    } else if (tag in LEAF_BLOCKS && !hasBlockChild(c)) {
      const kind = quoteGroup !== undefined && tag !== 'LI' ? 'quote' : LEAF_BLOCKS[tag]!;
      const group = tag === 'LI' ? listGroup ?? quoteGroup : quoteGroup;
      const leaf = newRun();
      for (const grandchild of Array.from(c.childNodes)) gather(grandchild, leaf, state.base, childOff);
      push(state, kind, leaf, group);
    } else {
      walk(c, state, quoteGroup, listGroup, tag === 'LI', childOff);
    }
  }
  flush();
}

/**
 * The blocks of an element's text, in reading order, with their links resolved against `base`
 * (the page's URL; without one, relative links are left out).
 */
export function blocksFromElement(root: Element, base: string | null = null): Block[] {
  const state: WalkState = { blocks: [], nextGroup: 0, base };
  walk(root, state, undefined, undefined);
  return state.blocks;
}
