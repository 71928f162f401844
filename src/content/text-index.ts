// An index of the live page's text, so a sentence the engine found in Readability's copy can be
// found again in the page the reader sees. Matching ignores whitespace and invisible characters
// entirely ("compact" text): Readability and the block builder re-space text (line breaks, <br>,
// no-break spaces), and the page splits it over many text nodes, but the visible characters agree.
import { NON_TEXT_ELEMENTS } from '../extract/blocks';


/** Whitespace, soft hyphens and zero-width characters: present or absent at random between copies. */
const IGNORED = /[\s\u00a0\u00ad\u200b-\u200d\u2060\ufeff]/;
const IGNORED_ALL = new RegExp(IGNORED.source, 'g');

// NodeFilter / node-type numbers, spelled out so the module needs no DOM globals (jsdom, workers).
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
const TEXT_NODE = 3;

export interface TextIndex {
  /** The page's text with every ignored character removed. */
  text: string;
  /** Text nodes in document order that contribute to `text`… */
  nodes: Text[];
  /** …and the offset in `text` where each one's characters start. */
  starts: number[];
}

/** A stretch of compact text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

export function compactText(text: string): string {
  return text.replace(IGNORED_ALL, '');
}

export function buildTextIndex(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === TEXT_NODE) return FILTER_ACCEPT;
      return NON_TEXT_ELEMENTS.has((node as Element).tagName.toUpperCase()) ? FILTER_REJECT : FILTER_SKIP;
    },
  });
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const compact = compactText((node as Text).data);
    if (!compact) continue;
    nodes.push(node as Text);
    starts.push(length);
    parts.push(compact);
    length += compact.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The node holding compact offset `offset` (the last node whose start is ≤ offset). */
function nodeAt(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The offset in `data` of its `n`-th kept (not ignored) character; `data.length` past the end. */
function rawOffset(data: string, n: number): number {
  let kept = 0;
  for (let i = 0; i < data.length; i++) {
    if (IGNORED.test(data[i]!)) continue;
    if (kept === n) return i;
    kept++;
  }
  return data.length;
}

/** A live Range over the compact span, from the first to the last kept character. */
export function rangeFromSpan(index: TextIndex, span: Span): Range | null {
  if (span.start < 0 || span.end > index.text.length || span.end <= span.start || index.nodes.length === 0) return null;
  const first = nodeAt(index, span.start);
  const last = nodeAt(index, span.end - 1);
  const startNode = index.nodes[first]!;
  const endNode = index.nodes[last]!;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, rawOffset(startNode.data, span.start - index.starts[first]!));
  range.setEnd(endNode, rawOffset(endNode.data, span.end - 1 - index.starts[last]!) + 1);
  return range;
}
