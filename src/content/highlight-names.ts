// Names shared by the highlighter and highlight.css: the highlights registered with the CSS Custom
// Highlight API.
import type { SourceKind } from '../core/types';

export const HIGHLIGHT_PREFIX = 'attribution-lens';
export const FLASH_NAME = `${HIGHLIGHT_PREFIX}-flash`;
/** How long "Show in page" keeps its sentence flashed. */
export const FLASH_MS = 1800;
export const highlightName = (kind: SourceKind): string => `${HIGHLIGHT_PREFIX}-${kind}`;
