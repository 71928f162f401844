// In-page highlights of analyzed sentences, coloured by source kind. Two implementations behind one
// interface: the CSS Custom Highlight API (no change to the page's DOM) where the browser has it, and
// <mark> wrappers elsewhere (older Firefox) that are removed without a trace.
import type { SourceKind } from '../core/types';
import { CssHighlighter } from './css-highlighter';
import { MarkHighlighter } from './mark-highlighter';

export interface PaintItem {
  range: Range;
  kind: SourceKind;
}

/**
 * Ranges are passed as thunks: the mark implementation first removes its own marks (which moves
 * text nodes), and only ranges built after that are valid.
 */
export interface Highlighter {
  paint(items: () => readonly PaintItem[]): void;
  clear(): void;
  /** Briefly emphasises one range (on top of any painted highlights). */
  flash(range: () => Range | null): void;
}

export function createHighlighter(doc: Document): Highlighter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = win?.CSS && 'highlights' in win.CSS ? win.CSS.highlights : undefined;
  if (registry && typeof win?.Highlight === 'function') {
    const HighlightClass = win.Highlight;
    return new CssHighlighter(registry, (ranges) => new HighlightClass(...ranges));
  }
  return new MarkHighlighter(doc);
}
