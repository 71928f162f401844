// Finds each analyzed sentence in the page's compact text (see text-index.ts). Pure string work.
import { compactText, type Span } from './text-index';

/** Prefix/suffix length used when a sentence is not found whole (the page has words Readability dropped). */
const PROBE = 40;

function find(text: string, needle: string, from: number): Span | null {
  let at = text.indexOf(needle, from);
  if (at < 0 && from > 0) at = text.indexOf(needle);
  return at < 0 ? null : { start: at, end: at + needle.length };
}

/** Whole sentence first; else its start and end, close enough together to be the same sentence. */
function locateOne(text: string, sentence: string, from: number): Span | null {
  if (!sentence) return null;
  const whole = find(text, sentence, from);
  if (whole || sentence.length <= 2 * PROBE) return whole;
  const head = find(text, sentence.slice(0, PROBE), from);
  if (!head) return null;
  const tail = sentence.slice(-PROBE);
  const tailAt = text.indexOf(tail, head.start + PROBE);
  if (tailAt < 0 || tailAt + tail.length - head.start > sentence.length * 1.5 + 2 * PROBE) return null;
  return { start: head.start, end: tailAt + tail.length };
}

/**
 * Spans of `sentences` (in reading order) in `pageText` (compact). Each search starts where the
 * previous sentence was found, so a sentence repeated in a teaser or pull quote resolves to the
 * occurrence in reading order; `anchor` (the article's first words) keeps the first search past any
 * copy above the article.
 */
export function locateSentences(pageText: string, sentences: readonly string[], anchor = ''): (Span | null)[] {
  const anchorText = compactText(anchor).slice(0, PROBE);
  let cursor = anchorText ? Math.max(0, pageText.indexOf(anchorText)) : 0;
  return sentences.map((sentence) => {
    const span = locateOne(pageText, compactText(sentence), cursor);
    if (span) cursor = span.start;
    return span;
  });
}
