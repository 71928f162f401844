// What both highlighters share: the interface the controller paints through, and the names shared
// with highlight.css (the highlights registered with the CSS Custom Highlight API, the class of the
// fallback <mark> elements). Both implementations import this file; it imports neither.
import type { SourceKind } from '../../core/types';

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

export const HIGHLIGHT_PREFIX = 'attribution-lens';
export const FLASH_NAME = `${HIGHLIGHT_PREFIX}-flash`;
export const MARK_CLASS = `${HIGHLIGHT_PREFIX}-mark`;
export const MARK_FLASH_CLASS = `${HIGHLIGHT_PREFIX}-flash`;
/** How long "Show in page" keeps its sentence flashed. */
export const FLASH_MS = 1800;
export const highlightName = (kind: SourceKind): string => `${HIGHLIGHT_PREFIX}-${kind}`;
