// Highlights as <mark> elements, for browsers without the CSS Custom Highlight API. Every change is
// recorded and undone in reverse order, leaving the page's DOM as it was: the same text nodes (page
// scripts may hold them) with the same text, and no element of ours left behind.
import { FLASH_MS, MARK_CLASS, MARK_FLASH_CLASS } from './highlight-names';
import type { Highlighter, PaintItem } from './highlighter';

const SHOW_TEXT = 0x4;
const NOT_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'TITLE', 'NOSCRIPT', 'TEMPLATE']);

/** Part of one text node to wrap: data offsets [start, end). */
interface Segment {
  node: Text;
  start: number;
  end: number;
  kind: string;
}

type Undo = () => void;

/** The parts of text nodes a range covers, skipping whitespace-only parts (between blocks, tables…). */
function segmentsOf(range: Range, kind: string): Segment[] {
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const segments: Segment[] = [];
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let node: Node | null = root.nodeType === 3 ? root : walker.nextNode();
  for (; node; node = walker.nextNode()) {
    const text = node as Text;
    if (!range.intersectsNode(text) || NOT_TEXT_PARENTS.has(text.parentElement?.tagName.toUpperCase() ?? '')) continue;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.length;
    if (end > start && /\S/.test(text.data.slice(start, end))) segments.push({ node: text, start, end, kind });
    if (text === range.endContainer) break;
  }
  return segments;
}

/** Wraps data[start, end) of a text node in a mark; returns how to put everything back. */
function wrap(doc: Document, { node, start, end, kind }: Segment, className: string): Undo {
  const originalData = node.data;
  const middle = start > 0 ? node.splitText(start) : node;
  const after = end - start < middle.length ? middle.splitText(end - start) : null;
  const mark = doc.createElement('mark');
  mark.className = className;
  mark.dataset.attributionLens = kind;
  middle.parentNode!.insertBefore(mark, middle);
  mark.appendChild(middle);
  return () => {
    if (middle === node) mark.replaceWith(node);
    else mark.remove();
    after?.remove();
    node.data = originalData;
  };
}

/** Wraps segments; within one node from the last to the first, so earlier offsets stay valid. */
function wrapAll(doc: Document, segments: readonly Segment[], className: string): Undo[] {
  const byNode = new Map<Text, Segment[]>();
  for (const segment of segments) {
    const list = byNode.get(segment.node);
    if (list) list.push(segment);
    else byNode.set(segment.node, [segment]);
  }
  const undos: Undo[] = [];
  for (const list of byNode.values()) {
    list.sort((a, b) => b.start - a.start);
    let limit = Infinity; // the lowest start wrapped so far in this node
    for (const segment of list) {
      if (segment.end > limit) continue; // overlaps a wrapped part (the same sentence twice): paint it once
      undos.push(wrap(doc, segment, className));
      limit = segment.start;
    }
  }
  return undos;
}

function undoAll(undos: Undo[]): void {
  while (undos.length) undos.pop()!();
}

export class MarkHighlighter implements Highlighter {
  private painted: Undo[] = [];
  private flashed: Undo[] = [];
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  paint(items: () => readonly PaintItem[]): void {
    this.clear();
    const segments = items().flatMap((item) => segmentsOf(item.range, item.kind));
    this.painted = wrapAll(this.doc, segments, MARK_CLASS);
  }

  clear(): void {
    this.endFlash(); // flash marks sit inside painted ones: undo them first
    undoAll(this.painted);
  }

  flash(range: () => Range | null): void {
    this.endFlash();
    const target = range();
    if (!target) return;
    this.flashed = wrapAll(this.doc, segmentsOf(target, 'flash'), `${MARK_CLASS} ${MARK_FLASH_CLASS}`);
    this.flashTimer = setTimeout(() => this.endFlash(), FLASH_MS);
  }

  private endFlash(): void {
    clearTimeout(this.flashTimer);
    undoAll(this.flashed);
  }
}
