// How each kind is painted in the page: a colour AND a line style, so kinds differ without colour
// too. highlight.css (a static file the browser inserts) repeats these declarations for
// ::highlight() and the <mark> fallback; the page's legend is styled from this table, and
// tests/extension/legend.test.ts checks that the two agree. Unnamed sources are slate grey, lined
// above and below: a red wavy underline read as a spelling mistake.
import type { SourceKind } from '../../core/types';

export interface KindStyle {
  background: string;
  /** The text-decoration shorthand. */
  line: string;
}

export const KIND_STYLES: Record<SourceKind, KindStyle> = {
  outlet: { background: 'rgba(59, 130, 246, 0.25)', line: 'underline solid rgb(37, 99, 235)' },
  person: { background: 'rgba(34, 197, 94, 0.25)', line: 'underline double rgb(22, 163, 74)' },
  organization: { background: 'rgba(168, 85, 247, 0.22)', line: 'underline dotted rgb(147, 51, 234)' },
  document: { background: 'rgba(249, 115, 22, 0.25)', line: 'underline dashed rgb(234, 88, 12)' },
  anonymous: { background: 'rgba(100, 116, 139, 0.25)', line: 'underline overline solid rgb(71, 85, 105)' },
};
