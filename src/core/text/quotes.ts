// Where the quotations are. A cue inside a quotation belongs to the quoted speaker, not to the
// article, and a quotation may run over several sentences and paragraphs (each new paragraph of a
// long quotation opens with a quotation mark and only the last one closes it).
import type { Language } from '../lang/types';
import { PATTERNS } from '../patterns';

export interface QuoteSpan {
  /** Offset of the opening mark (or 0 when the quotation continues from the previous block). */
  start: number;
  /** Offset just after the closing mark (or the block's end when it stays open). */
  end: number;
  /** Continues a quotation left open at the end of the previous block. */
  continued: boolean;
  /** Left open at the end of the block. */
  open: boolean;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && PATTERNS.letterOrDigit.test(c);
const isSpaceOrStart = (c: string | undefined): boolean => c === undefined || PATTERNS.beforeOpeningQuote.test(c);

/**
 * The quotations of one block. `openBefore` says a quotation was left open at the end of the
 * previous block; it continues here only if this block opens with a quotation mark.
 */
export function findQuotes(text: string, lang: Language, openBefore = false): QuoteSpan[] {
  const dialogue = dialogueSpans(text, lang);
  const marked = markedQuotes(text, lang, openBefore && !dialogue.length);
  if (!dialogue.length) return marked;
  // Quotation marks inside the speech are part of it; those in the narrator's words stand.
  const outside = marked.filter((q) => !dialogue.some((d) => q.start < d.end && q.end > d.start));
  return [...dialogue, ...outside].sort((a, b) => a.start - b.start);
}

/**
 * A paragraph of dialogue: it opens with a dialogue dash written onto the first word ("—No", not a
 * list's "— Item"). The speech runs to a dash after a space (" —dijo"), where the narrator speaks; the
 * narrator's words run to the next dash ("el ministro—."), after which the speech resumes, if any.
 */
function dialogueSpans(text: string, lang: Language): QuoteSpan[] {
  const dashes = lang.quotes.dialogue;
  const first = text.search(PATTERNS.nonSpace);
  if (!dashes?.size || first < 0 || !dashes.has(text[first]!) || !isLetterOrMark(text[first + 1])) return [];
  const spans: QuoteSpan[] = [];
  let start = first;
  let i = first + 1;
  while (start >= 0) {
    // The speech: to the next dash with a space before it, or the paragraph's end.
    let end = -1;
    for (let j = i; j < text.length; j++) if (dashes.has(text[j]!) && PATTERNS.space.test(text[j - 1]!)) { end = j; break; }
    if (end < 0) {
      spans.push({ start, end: text.length, continued: false, open: false });
      break;
    }
    let close = end;
    while (close > start && PATTERNS.space.test(text[close - 1]!)) close--;
    spans.push({ start, end: close, continued: false, open: false });
    // The narrator's words: to the next dash; the speech resumes after it and its punctuation.
    let after = -1;
    for (let j = end + 1; j < text.length; j++) if (dashes.has(text[j]!)) { after = j + 1; break; }
    if (after < 0) break;
    while (after < text.length && !isLetterOrMark(text[after])) after++;
    start = after < text.length ? after : -1;
    i = after + 1;
  }
  return spans;
}

const isLetterOrMark = (c: string | undefined): boolean => c !== undefined && (PATTERNS.letterOrDigit.test(c) || PATTERNS.openingQuote.test(c) || PATTERNS.dialogueOpener.test(c));

/** The quotations a text writes with quotation marks. */
function markedQuotes(text: string, lang: Language, openBefore: boolean): QuoteSpan[] {
  const { doubleOpen, doubleClose, singleOpen, singleClose } = lang.quotes;
  const spans: QuoteSpan[] = [];
  let dbl = -1; // offset of the open double quotation, or -1
  let sgl = -1; // offset of the open single quotation, or -1
  let dblContinued = false;
  const firstMark = text.search(PATTERNS.nonSpace);
  // Visit only the quotation marks and apostrophes: the rest of the text cannot change the state.
  const marks = lang.quoteMark;
  marks.lastIndex = 0;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const i = m.index;
    const c = text[i]!;
    const before = text[i - 1];
    const after = text[i + 1];
    // A mark that may open or close (" everywhere; “ in German, which opens with „) closes an open quotation.
    const opens = doubleOpen.has(c) || c === '"';
    const closes = doubleClose.has(c) || c === '"';
    // "“It's unusual,“ said Noble": an opening mark typed for the closing one, after the quotation's
    // last punctuation and before a space, closes it.
    const typedForClosing = opens && dbl >= 0 && !closes && before !== undefined && PATTERNS.quoteEndPunctuation.test(before)
      && (after === undefined || spaceAt(text, i + 1));
    if (opens && (dbl < 0 || !closes) && !typedForClosing) {
      if (dbl >= 0) continue; // a nested or repeated opening mark: the quotation goes on
      if (c === '"' && !isSpaceOrStart(before) && isLetter(before)) continue; // 5'10" and the like
      dbl = i;
      dblContinued = openBefore && i === firstMark;
      sgl = -1;
    } else if (closes || typedForClosing) {
      if (dbl < 0) continue; // a stray closing mark
      spans.push({ start: dblContinued ? 0 : dbl, end: i + 1, continued: dblContinued, open: false });
      dbl = -1;
      sgl = -1;
    } else if (dbl < 0 && (singleOpen.has(c) || c === "'") && sgl < 0 && isSpaceOrStart(before) && after !== undefined && !PATTERNS.space.test(after)) {
      sgl = i;
    } else if (dbl < 0 && sgl >= 0 && (singleClose.has(c) || c === "'") && !isLetter(after) && before !== undefined && !PATTERNS.space.test(before)) {
      // An apostrophe inside a word has letters on both sides; a closing mark does not.
      spans.push({ start: sgl, end: i + 1, continued: false, open: false });
      sgl = -1;
    }
  }
  if (dbl >= 0) spans.push({ start: dblContinued ? 0 : dbl, end: text.length, continued: dblContinued, open: true });
  return spans.sort((a, b) => a.start - b.start);
}

/** True when [start, end) lies inside one of the spans (quotation marks included). */
export function insideQuote(spans: readonly QuoteSpan[], start: number, end = start + 1): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

/**
 * Is the character at i a space (PATTERNS.space)? ASCII, nearly every character of an article, is
 * told by its code; the regex reads the rest. (Every attribution counts its claim's characters.)
 */
const spaceAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : PATTERNS.space.test(text[i]!);
};

/**
 * Non-space characters (code units) of text[from, to): its length less its spaces' (PATTERNS.spaces
 * reads \s as spaceAt does), counted by one native replace rather than a call per character.
 */
const visibleIn = (text: string, from: number, to: number): number => text.slice(from, to).replace(PATTERNS.spaces, '').length;

/** The share of the non-space characters in [start, end) that are inside quotations. */
export function quotedShare(text: string, spans: readonly QuoteSpan[], start: number, end: number): number {
  const visible = (from: number, to: number): number => visibleIn(text, from, to);
  const all = visible(start, end);
  if (!all) return 0;
  let inside = 0;
  for (const s of spans) {
    const from = Math.max(start, s.start);
    const to = Math.min(end, s.end);
    if (from < to) inside += visible(from, to);
  }
  return inside / all;
}

/** For each of `ranges` (sorted by start), whether it lies inside one of the sorted `spans`: linear, not per-span. */
export function insideQuotes(spans: readonly QuoteSpan[], ranges: readonly { start: number; end: number }[]): boolean[] {
  const out: boolean[] = new Array(ranges.length);
  let k = 0;
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    while (k < spans.length && spans[k]!.end < r.end) k++;
    // Spans do not overlap, so the only span that can hold r is the first that ends at or after it.
    const s = spans[k];
    out[i] = s !== undefined && r.start >= s.start && r.end <= s.end;
  }
  return out;
}
