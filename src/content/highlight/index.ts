// In-page highlights of analyzed sentences, coloured by source kind. Two implementations behind one
// interface: the CSS Custom Highlight API (no change to the page's DOM) where the browser has it, and
// <mark> wrappers elsewhere (older Firefox) that are removed without a trace.
import { CssHighlighter } from './css';
import { MarkHighlighter } from './mark';
import type { Highlighter } from './types';

export type { Highlighter, PaintItem } from './types';

export function createHighlighter(doc: Document): Highlighter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = win?.CSS && 'highlights' in win.CSS ? win.CSS.highlights : undefined;
  if (registry && typeof win?.Highlight === 'function') {
    const HighlightClass = win.Highlight;
    return new CssHighlighter(registry, (ranges) => new HighlightClass(...ranges));
  }
  return new MarkHighlighter(doc);
}
