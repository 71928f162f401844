// What every rule sees of a sentence: its tokens, which of them are quoted, its words as a set, and
// the language pack the text is read with.
import { C, type Language } from './lang/types';
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

/** How many words may name the speaker of an incise ("explique Marie Dupont"). */
const MAX_INCISE_NAME = 4;

/**
 * Speaker tags written inside a quotation between commas (French "incises"): « Nous sommes
 * inquiets, affirme-t-elle, et ... », « ..., explique Marie Dupont. ». The verb and its speaker are
 * the author's words, not the quotation's: they are marked as outside it.
 */
function unquoteIncises(tokens: readonly Token[], quoted: boolean[], lang: Language): void {
  for (let i = 1; i < tokens.length; i++) {
    if (!quoted[i] || tokens[i - 1]!.text !== ',') continue;
    let j = i;
    while (tokens[j] && (is(tokens[j]!, C.AUX) || (tokens[j]!.clitic ?? false)) && quoted[j]) j++;
    const verb = tokens[j];
    if (!verb || !quoted[j] || !(lang.cueVerbs.has(verb.norm))) continue;
    let k = j + 1;
    const cliticBefore = tokens.slice(i, j).some((t) => t.clitic);
    if (tokens[k]?.clitic) k++;
    else if (!cliticBefore) {
      // A name: capitalized words (and name particles) right after the verb.
      const from = k;
      while (tokens[k] && k - from < MAX_INCISE_NAME && tokens[k]!.word && (tokens[k]!.cap || is(tokens[k]!, C.PARTICLE))) k++;
      if (k === from) continue;
    }
    // After a name, the incise ends at a comma or the sentence's end; a pronoun on the verb is never quoted.
    const stop = tokens[k];
    const clitic = tokens[k - 1]!.clitic || cliticBefore;
    if (!clitic && stop && !(stop.text === ',' || stop.text === '.' || stop.text === ';' || lang.quotes.doubleClose.has(stop.text))) continue;
    for (let x = i; x < k; x++) quoted[x] = false;
    i = k;
  }
}

const is = (t: Token, bits: number): boolean => (t.cls & bits) !== 0;

/** The context of the sentence at [start, end) of a block's `text`, whose quotations are `quotes`. */
export function sentenceContext(text: string, start: number, end: number, quotes: readonly QuoteSpan[], lang: Language): SentenceContext {
  const tokens = tokenizeSentence(text, start, end, lang);
  const norms = new Set<string>();
  for (const t of tokens) if (t.word) norms.add(t.norm);
  const quoted = insideQuotes(quotes, tokens);
  if (quotes.length) unquoteIncises(tokens, quoted, lang);
  return { text, start, end, tokens, quoted, quotes, norms, lang };
}
