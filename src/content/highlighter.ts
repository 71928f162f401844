// In-page highlights of analyzed sentences, coloured by source kind, through the CSS Custom Highlight
// API (no change to the page's DOM), which every browser the manifest admits has (Chrome 105+,
// Firefox 140+). Without it (a browser that turned it off) there are no highlights, and "Show in
// page" still scrolls to the sentence.
import type { SourceKind } from '../core/types';
import { CssHighlighter } from './css-highlighter';

export interface PaintItem {
  range: Range;
  kind: SourceKind;
}

/** Ranges are passed as thunks: they are built only when needed (and "Show in page" scrolls in `flash`). */
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
  return { paint() {}, clear() {}, flash: (range) => void range() };
}
