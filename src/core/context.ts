// What every rule sees of a sentence: its tokens, which of them are quoted, and
// the language pack the text is read with.
import { C, type CueVerb, type Language } from './lang/types';
import { PATTERNS } from './patterns';
import { insideQuotes, type QuoteSpan } from './text/quotes';
import { tokenizeSentence, type Token } from './text/tokens';

/** A span of tokens [start, end). */
export interface TokenSpan {
  start: number;
  end: number;
}

/** A cue verb found in a sentence (rules/cue-verbs.ts findCueVerbs). */
export interface VerbAt {
  /** First and last+1 token of the verb ("pointed out" is two). */
  start: number;
  end: number;
  verb: CueVerb;
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
  quotes: readonly QuoteSpan[];
  lang: Language;
  /**
   * The sentence's cue verbs outside quotations, once a rule has asked for them (findCueVerbs): every
   * verb rule asks, so they are found once per sentence. Null until then.
   */
  cueVerbs: VerbAt[] | null;
}

/** How many words may name the speaker of an incise ("explique Marie Dupont"). */
const MAX_INCISE_NAME = 4;

/**
 * Speaker tags written inside a quotation between commas (French "incises"): « Nous sommes
 * inquiets, affirme-t-elle, et ... », « ..., explique Marie Dupont. ». The verb and its speaker are
 * the author's words, not the quotation's: they are marked as outside it.
 */
function unquoteIncises(tokens: readonly Token[], quoted: boolean[], lang: Language): void {
  // (From the second word: a dash before the first opens a line of dialogue.)
  for (let i = 2; i < tokens.length; i++) {
    // ("«Esto —dijo el ministro— no acaba aquí»": or after a dialogue dash, up to the next mark.)
    const dash = lang.quotes.dialogue?.has(tokens[i - 1]!.text);
    if (!quoted[i] || (tokens[i - 1]!.text !== ',' && !dash)) continue;
    let j = i;
    while (tokens[j] && (is(tokens[j]!, C.AUX) || (tokens[j]!.clitic ?? false)) && quoted[j]) j++;
    const verb = tokens[j];
    if (!verb || !quoted[j] || !(dash || lang.cueVerbs.has(verb.norm))) continue;
    let k = j + 1;
    const cliticBefore = tokens.slice(i, j).some((t) => t.clitic);
    if (dash) while (tokens[k]?.word) k++;
    else if (tokens[k]?.clitic) k++;
    else if (!cliticBefore) {
      // A name: capitalized words (and name particles) right after the verb.
      const from = k;
      while (tokens[k] && k - from < MAX_INCISE_NAME && tokens[k]!.word && (tokens[k]!.cap || is(tokens[k]!, C.PARTICLE))) k++;
      if (k === from) continue;
    }
    // After a name, the incise ends at a comma or the sentence's end; a pronoun on the verb is never quoted.
    const stop = tokens[k];
    const clitic = tokens[k - 1]!.clitic || cliticBefore;
    if (!clitic && !dash && stop && !(stop.text === ',' || stop.text === '.' || stop.text === ';' || lang.quotes.doubleClose.has(stop.text))) continue;
    for (let x = i; x < k; x++) quoted[x] = false;
    i = k;
  }
}

const is = (t: Token, bits: number): boolean => (t.cls & bits) !== 0;

/** Nouns a quoted name may follow: "die Zeitung „Bild“", "die Sendung „Panorama“", "die Studie „…“". */
const NAMED_BY = C.OUTLET_NOUN | C.OUTLET_WORD | C.INSTITUTION | C.ORG_WORD | C.DOCUMENT | C.STATEMENT;

/** Longest quotation read as a name ("„Bild am Sonntag“"), in words. */
const MAX_QUOTED_NAME = 5;

/**
 * Names written in quotation marks inside a phrase ("die Zeitung „Bild“", "laut „Spiegel“", "der
 * „Süddeutschen Zeitung“"), for packs that write them so: a short quotation of capitalized words
 * after an article, a preposition or a noun of what has a name (an outlet, a body, a document) is a
 * name, so its words are not quoted and its marks are left out of the sentence's tokens. Returns the
 * tokens and flags to use.
 */
function unquoteNames(tokens: Token[], quoted: boolean[]): { tokens: Token[]; quoted: boolean[] } {
  const drop = new Set<number>();
  for (let i = 1; i < tokens.length; i++) {
    const open = tokens[i]!;
    const before = tokens[i - 1]!;
    if (open.word || !quoted[i] || quoted[i - 1] || !before.word || !is(before, C.DET | C.PREP | NAMED_BY)) continue;
    let j = i + 1;
    while (j < tokens.length && quoted[j] && (tokens[j]!.word || PATTERNS.nameJoiner.test(tokens[j]!.text)) && j - i <= MAX_QUOTED_NAME) j++;
    const close = tokens[j];
    const inner = tokens.slice(i + 1, j);
    if (!close || close.word || !quoted[j] || quoted[j + 1] || inner.length === 0 || j - i > MAX_QUOTED_NAME) continue;
    const first = inner[0]!;
    const last = inner[inner.length - 1]!;
    if (!PATTERNS.upperStart.test(first.text) || !(PATTERNS.upperStart.test(last.text) || PATTERNS.digit.test(last.text))) continue;
    drop.add(i).add(j);
    for (let k = i + 1; k < j; k++) quoted[k] = false;
    i = j;
  }
  if (!drop.size) return { tokens, quoted };
  return { tokens: tokens.filter((_, k) => !drop.has(k)), quoted: quoted.filter((_, k) => !drop.has(k)) };
}

/** The context of the sentence at [start, end) of a block's `text`, whose quotations are `quotes`. */
export function sentenceContext(text: string, start: number, end: number, quotes: readonly QuoteSpan[], lang: Language): SentenceContext {
  let tokens = tokenizeSentence(text, start, end, lang);
  let quoted = insideQuotes(quotes, tokens);
  if (quotes.length && lang.data.quotedNames) ({ tokens, quoted } = unquoteNames(tokens, quoted));
  if (quotes.length) unquoteIncises(tokens, quoted, lang);
  return { text, start, end, tokens, quoted, quotes, lang, cueVerbs: null };
}
