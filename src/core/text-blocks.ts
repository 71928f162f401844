// Plain text in, blocks out (the CLI's .txt input): paragraphs are separated by blank lines, and by
// single line breaks too, unless the text is hard-wrapped (then a line break is only a space).
import type { Block } from './types';

/** Hard-wrapped text keeps its lines under this width; one longer line means lines are paragraphs. */
const WRAP_MAX_WIDTH = 100;
/** Wrapped lines fill most of the width: a line shorter than this ends its paragraph early. */
const WRAP_MIN_FULL_WIDTH = 50;
/** Share of a text's lines inside paragraphs that are full-width when the text is hard-wrapped. */
const WRAP_FULL_SHARE = 0.6;

/**
 * Is the text hard-wrapped (every line cut near one width, as in e-mail and plain-text archives)?
 * Headlines and one-line paragraphs separated by single breaks are not: there a break ends a paragraph.
 */
function hardWrapped(paragraphs: readonly string[]): boolean {
  const lines = paragraphs.flatMap((p) => {
    const inner = p.split('\n');
    return inner.length > 1 ? inner.slice(0, -1) : []; // a paragraph's last line may be short
  });
  if (!lines.length) return false;
  if (lines.some((l) => l.trim().length > WRAP_MAX_WIDTH)) return false;
  return lines.filter((l) => l.trim().length >= WRAP_MIN_FULL_WIDTH).length >= WRAP_FULL_SHARE * lines.length;
}

export function blocksFromText(text: string): Block[] {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/).map((p) => p.trim()).filter(Boolean);
  const pieces = hardWrapped(paragraphs) ? paragraphs : paragraphs.flatMap((p) => p.split('\n'));
  return pieces
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', text: p }));
}
