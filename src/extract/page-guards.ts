// Guards the CLI applies to a page, the same for linkedom and jsdom. Every walk is a loop with its
// own stack (no recursion: a page can nest 100,000 elements deep).
//
// - Depth, before parsing: jsdom's tree building recurses (100,000 nested <div>s overflow the stack)
//   and linkedom's parser slows quadratically with depth, so the markup is first read by a scanner
//   that keeps its own stack of open elements and drops the tags nested deeper than
//   MAX_SOURCE_DEPTH (as Chromium's parser stops nesting at 512 levels); the text stays.
// - Depth, after parsing: Readability's cleaning is cubic in the nesting depth (2,500 nested <div>s
//   around one paragraph took 12 minutes), so what lies deeper than MAX_NESTING_DEPTH in the parsed
//   page is flattened to its text, which keeps every word in its order.
// - Size: Readability refuses pages with more than MAX_ELEMENTS_TO_PARSE elements, but counts them
//   with getElementsByTagName('*'), which linkedom answers with 0; the count here works on both.
import { NON_TEXT_ELEMENTS } from './blocks';
import { MAX_ELEMENTS_TO_PARSE } from './readability';

/**
 * Elements deeper than this (<html> is 1) lose their markup. Real pages stay far below it (the
 * dev corpus: 34 at most); Readability handles a megabyte of chains 128 deep in about 8 s.
 */
export const MAX_NESTING_DEPTH = 128;
/** Tags nested deeper than this in the markup are dropped before parsing (Chromium's parser: 512). */
export const MAX_SOURCE_DEPTH = 512;

/** Elements that never hold others. */
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Start tags that end an open <p> (the HTML standard's list, in short). */
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'dd', 'dt', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul']);
/** Start tags that end the innermost open element of the same family (li, dt/dd, option, table cells and rows). */
const SECTIONS = ['tbody', 'thead', 'tfoot'];
const SIBLING_ENDS: Record<string, readonly string[]> = {
  li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], option: ['option'], td: ['td', 'th'], th: ['td', 'th'], tr: ['tr'],
  tbody: SECTIONS, thead: SECTIONS, tfoot: SECTIONS,
};
/** Elements a family's implied end does not reach past. */
const SIBLING_SCOPE: Record<string, readonly string[]> = {
  li: ['ul', 'ol'], dt: ['dl'], dd: ['dl'], option: ['select', 'datalist'], td: ['tr', 'table'], th: ['tr', 'table'],
  tr: ['table', ...SECTIONS], tbody: ['table'], thead: ['table'], tfoot: ['table'],
};

/** How far up the open elements an implied end tag is looked for (bounds the scan on deep markup). */
const IMPLIED_END_REACH = 64;

const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isTagNameEnd = (code: number): boolean => code === 0x3e || code === 0x2f || code <= 0x20;
const isForeign = (name: string): boolean => name === 'svg' || name === 'math';

/** Where the tag whose name ends at `from` ends (just after its ">"), skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (c === '>') return i + 1;
    if (c === '=') {
      let j = i + 1;
      while (j < html.length && html.charCodeAt(j) <= 0x20) j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, j + 1);
        if (close < 0) return html.length;
        i = close;
      }
    }
  }
  return html.length;
}

/** Where the end tag `</name` that closes a raw-text element starts (any case), or -1. */
function rawTextEnd(html: string, name: string, from: number): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name && isTagNameEnd(html.charCodeAt(at + 2 + name.length))) return at;
  }
  return -1;
}

/** The open elements of the scanner: a stack, with a count per name so that lookups are cheap. */
class OpenElements {
  readonly names: string[] = [];
  private readonly counts = new Map<string, number>();

  get depth(): number {
    return this.names.length;
  }

  push(name: string): void {
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  /** Pops up to and including the innermost `name`; its index, or -1 when none is open. */
  popTo(name: string): number {
    if (!this.has(name)) return -1;
    for (;;) {
      const top = this.names.pop()!;
      this.counts.set(top, this.counts.get(top)! - 1);
      if (top === name) return this.names.length;
    }
  }

  /** The innermost open element named in `names`, if no element named in `scope` is inside it. */
  innermost(names: readonly string[], scope: readonly string[]): string | null {
    if (!names.some((n) => this.has(n))) return null;
    const stop = Math.max(0, this.names.length - IMPLIED_END_REACH);
    for (let k = this.names.length - 1; k >= stop; k--) {
      const name = this.names[k]!;
      if (names.includes(name)) return name;
      if (scope.includes(name)) return null;
    }
    return null;
  }
}

/**
 * The markup with every tag nested deeper than `maxDepth` left out (a block-level one becomes a line
 * break), as read by a scanner that follows the standard's implied end tags for <p>, <li>, <dt>/<dd>,
 * <option> and table cells; `html` itself when nothing is that deep. Linear in the length.
 */
export function capSourceNesting(html: string, maxDepth = MAX_SOURCE_DEPTH): string {
  const open = new OpenElements();
  const cuts: [number, number, string][] = []; // [start, end, replacement] of the dropped tags
  const cut = (start: number, end: number, replacement: string): void => {
    const last = cuts[cuts.length - 1];
    // Tags dropped one after another leave one line break at most.
    if (last && last[1] === start) {
      last[1] = end;
      if (replacement) last[2] = replacement;
    } else cuts.push([start, end, replacement]);
  };
  const drop = (start: number, end: number, name: string): void => cut(start, end, CLOSES_P.has(name) ? '\n' : '');
  let foreign = 0; // open <svg>/<math>: there "/>" closes the element
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length - 1) {
    const next = html.charCodeAt(i + 1);
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? -1 : html.indexOf('<', close + 3);
      continue;
    }
    if (next === 0x21 || next === 0x3f) { // <!doctype …>, <?…>
      const close = html.indexOf('>', i);
      i = close < 0 ? -1 : html.indexOf('<', close);
      continue;
    }
    const isEnd = next === 0x2f;
    const nameStart = isEnd ? i + 2 : i + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length && !isTagNameEnd(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const end = tagEnd(html, nameEnd);
    if (isEnd) {
      const at = open.popTo(name);
      if (at >= 0 && isForeign(name)) foreign--;
      if (at >= maxDepth) drop(i, end, name);
    } else if (name === 'plaintext') {
      break; // the rest of the page is text
    } else {
      if (CLOSES_P.has(name) && open.innermost(['p'], ['button', 'table'])) open.popTo('p');
      const family = SIBLING_ENDS[name];
      const sibling = family ? open.innermost(family, SIBLING_SCOPE[name]!) : null;
      if (sibling) open.popTo(sibling);
      const deep = open.depth >= maxDepth;
      if (deep && RAW_TEXT.has(name)) {
        // A script or style that deep goes whole: without its tags its code would read as text.
        const close = rawTextEnd(html, name, end);
        const after = close < 0 ? html.length : tagEnd(html, close + 2 + name.length);
        cut(i, after, '');
        i = html.indexOf('<', after);
        continue;
      }
      if (deep) drop(i, end, name);
      if (!VOID.has(name) && !(foreign > 0 && html[end - 2] === '/')) {
        open.push(name);
        if (isForeign(name)) foreign++;
        if (RAW_TEXT.has(name)) {
          i = rawTextEnd(html, name, end); // its text runs to its end tag, which the next round reads
          continue;
        }
      }
    }
    i = html.indexOf('<', end);
  }
  if (cuts.length === 0) return html;
  const out: string[] = [];
  let from = 0;
  for (const [start, stop, replacement] of cuts) {
    out.push(html.slice(from, start), replacement);
    from = stop;
  }
  out.push(html.slice(from));
  return out.join('');
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose end also ends a line of text when their markup is flattened. */
const BREAKING = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL']);

/** The number of elements in `doc`, counted up to `limit + 1` (enough to know it is over). */
export function countElements(doc: Document, limit: number): number {
  const root = doc.documentElement;
  if (!root) return 0;
  let count = 0;
  const stack: Element[] = [root];
  while (stack.length && count <= limit) {
    const el = stack.pop()!;
    count++;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return count;
}

/** The text under `el` as one string: a line break where a block or <br> ends, nothing from scripts or styles. */
function flatText(el: Element): string {
  const parts: string[] = [];
  let node: Node | null = el.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === ELEMENT_NODE) descend = !NON_TEXT_ELEMENTS.has((node as Element).tagName.toUpperCase());
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Leave finished elements upwards until one has a next sibling.
    for (;;) {
      if (node.nodeType === ELEMENT_NODE && BREAKING.has((node as Element).tagName.toUpperCase())) parts.push('\n');
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
      if (!node || node === el) {
        node = null;
        break;
      }
    }
  }
  return parts.join('');
}

/**
 * Replaces the content of every element at depth `maxDepth` that holds elements by its text (see
 * flatText), so that no element is deeper than `maxDepth`. Returns how many were flattened.
 */
export function flattenDeepNesting(doc: Document, maxDepth = MAX_NESTING_DEPTH): number {
  const root = doc.documentElement;
  if (!root) return 0;
  let flattened = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (!el.firstElementChild) continue;
    if (depth >= maxDepth) {
      el.textContent = flatText(el);
      flattened++;
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push([c, depth + 1]);
  }
  return flattened;
}

/** Why a page is not analyzed (null: it is), after flattening any excess nesting. */
export function guardPage(doc: Document, maxElements = MAX_ELEMENTS_TO_PARSE): string | null {
  if (countElements(doc, maxElements) > maxElements) {
    return `the page has more than ${maxElements.toLocaleString('en')} elements, too many to analyze`;
  }
  flattenDeepNesting(doc);
  return null;
}
