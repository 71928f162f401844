// The copy of the page Readability reads, without the text a reader cannot see, judged on the live
// page where the browser has laid it out: no box (display: none, also from the page's stylesheets),
// visibility: hidden, a font size under one pixel, a box outside the page (left: -10000px), or a box
// clipped to a pixel (the "visually hidden" pattern). Opacity is not judged: pages fade paragraphs in
// as they scroll into view. Without layout (jsdom) the copy keeps everything.
import { NON_TEXT_ELEMENTS } from '../extract/blocks';

const SHOW_TEXT = 0x4;

function readerCanSee(el: Element, win: Window): boolean {
  // An element with display: contents has no box of its own: its parent's decides.
  let box: Element | null = el;
  let style = win.getComputedStyle(el);
  while (style.display === 'contents' && box.parentElement) {
    box = box.parentElement;
    style = win.getComputedStyle(box);
  }
  if (!box.checkVisibility({ checkVisibilityCSS: true }) || parseFloat(style.fontSize) < 1) return false;
  const r = box.getBoundingClientRect();
  const page = box.ownerDocument.documentElement;
  const left = r.left + win.scrollX;
  const top = r.top + win.scrollY;
  const clipped = r.width <= 1 && r.height <= 1 && style.overflow !== 'visible';
  return !clipped && left + r.width > 0 && top + r.height > 0 && left < page.scrollWidth && top < page.scrollHeight;
}

/** A deep copy of `doc` in which every text node a reader cannot see in `doc` is empty. */
export function visibleCopy(doc: Document): Document {
  const copy = doc.cloneNode(true) as Document;
  const win = doc.defaultView;
  if (!win || typeof doc.documentElement?.checkVisibility !== 'function') return copy;
  const seen = new Map<Element, boolean>();
  // The copy has the same nodes in the same order: both are walked in step.
  const live = doc.createTreeWalker(doc, SHOW_TEXT);
  const copied = copy.createTreeWalker(copy, SHOW_TEXT);
  for (let node = live.nextNode(), twin = copied.nextNode(); node && twin; node = live.nextNode(), twin = copied.nextNode()) {
    const parent = node.parentElement;
    if (!parent || NON_TEXT_ELEMENTS.has(parent.tagName.toUpperCase()) || !node.nodeValue?.trim()) continue;
    let visible = seen.get(parent);
    if (visible === undefined) seen.set(parent, (visible = readerCanSee(parent, win)));
    if (!visible) twin.nodeValue = '';
  }
  return copy;
}
