// What every rule sees of a sentence: its tokens, which of them are quoted, and its words as a set.
import type { SentenceContext } from './rules/types';
import { insideQuotes, type QuoteSpan } from './text/quotes';
import { tokenizeSentence } from './text/tokens';

/** The context of the sentence at [start, end) of a block's `text`, whose quotations are `quotes`. */
export function sentenceContext(text: string, start: number, end: number, quotes: readonly QuoteSpan[]): SentenceContext {
  const tokens = tokenizeSentence(text, start, end);
  const norms = new Set<string>();
  for (const t of tokens) if (t.word) norms.add(t.norm);
  return { text, start, end, tokens, quoted: insideQuotes(quotes, tokens), quotes, norms };
}
