// Names shared by the highlighters and highlight.css: the highlights registered with the CSS Custom
// Highlight API, and the class of the fallback <mark> elements.
import type { SourceKind } from '../core/types';

export const HIGHLIGHT_PREFIX = 'attribution-lens';
export const FLASH_NAME = `${HIGHLIGHT_PREFIX}-flash`;
export const MARK_CLASS = `${HIGHLIGHT_PREFIX}-mark`;
export const MARK_FLASH_CLASS = `${HIGHLIGHT_PREFIX}-flash`;
/** How long "Show in page" keeps its sentence flashed. */
export const FLASH_MS = 1800;
export const highlightName = (kind: SourceKind): string => `${HIGHLIGHT_PREFIX}-${kind}`;
