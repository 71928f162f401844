// What every rule sees of a sentence: its tokens, which of them are quoted, its words as a set, and
// the language pack the text is read with.
import type { Language } from './lang/types';
import { insideQuotes, type QuoteSpan } from './text/quotes';
import { tokenizeSentence, type Token } from './text/tokens';

/** A span of tokens [start, end). */
export interface TokenSpan {
  start: number;
  end: number;
}

export interface SentenceContext {
  /** The whole block's text; offsets below are into it. */
  text: string;
  start: number;
  end: number;
  /** Tokens of the sentence, offsets into `text`. */
  tokens: Token[];
  /** For each token: inside a quotation. */
  quoted: boolean[];
  /** The sentence's words, lowercased (for rules' triggers). */
  norms: ReadonlySet<string>;
  quotes: readonly QuoteSpan[];
  lang: Language;
}

/** The context of the sentence at [start, end) of a block's `text`, whose quotations are `quotes`. */
export function sentenceContext(text: string, start: number, end: number, quotes: readonly QuoteSpan[], lang: Language): SentenceContext {
  const tokens = tokenizeSentence(text, start, end, lang);
  const norms = new Set<string>();
  for (const t of tokens) if (t.word) norms.add(t.norm);
  return { text, start, end, tokens, quoted: insideQuotes(quotes, tokens), quotes, norms, lang };
}
