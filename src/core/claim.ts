// The claim: the part of the sentence the source is said to have said, as character offsets.
import type { SentenceContext } from './context';
import { PATTERNS } from './patterns';
import { quotedShare } from './text/quotes';
import type { QuoteType } from './types';

/** From token i (skipping a leading "that", colon or comma) to the end of the sentence. */
export function claimAfter(ctx: SentenceContext, i: number): { start: number; end: number } {
  const { tokens } = ctx;
  let j = i;
  while (j < tokens.length && (ctx.lang.roles.complementizer.has(tokens[j]!.norm) || tokens[j]!.text === ':' || tokens[j]!.text === ',')) j++;
  const start = tokens[j]?.start ?? ctx.end;
  return { start, end: ctx.end };
}

/** From the start of the sentence to just before token i. */
export function claimBefore(ctx: SentenceContext, i: number): { start: number; end: number } {
  const end = ctx.tokens[i]?.start ?? ctx.end;
  return { start: ctx.start, end: Math.max(ctx.start, end) };
}

/** The claim around a prepositional cue: after it when the sentence opens with it, else before it. */
export function claimAround(ctx: SentenceContext, cueStart: number, phraseEnd: number): { start: number; end: number } {
  const { tokens, lang } = ctx;
  const atStart = tokens.slice(0, cueStart).every((t) => !t.word || lang.roles.coordinator.has(t.norm) || lang.roles.contrast.has(t.norm));
  if (atStart) {
    let j = phraseEnd;
    while (j < tokens.length && tokens[j]!.text !== ',') j++;
    return claimAfter(ctx, j < tokens.length ? j + 1 : phraseEnd);
  }
  return claimBefore(ctx, cueStart);
}

/** The claim's text: surrounding punctuation and spaces trimmed, a wrapping quotation unwrapped. */
/** Trims spaces and clause punctuation from both ends (a loop, not a regex: linear on any input). */
export function trimEdges(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && PATTERNS.claimEdge.test(s[start]!)) start++;
  while (end > start && PATTERNS.claimEdge.test(s[end - 1]!)) end--;
  return s.slice(start, end);
}

/**
 * A sentence of a quotation as a piece of its claim: the quotation marks that open or close the
 * whole quotation dropped (“We are tired. → We are tired.; peace.” → peace.), marks inside kept.
 */
export function quotationPiece(sentence: string): string {
  let s = trimEdges(sentence);
  const inner = unwrapped(s);
  if (inner !== s) return inner.trim();
  // Only a mark with no partner inside the piece: "called it “a farce”" keeps both of its marks.
  if (PATTERNS.opensWithQuote.test(s) && !PATTERNS.anyQuoteMark.test(s.slice(1))) s = s.slice(1).trimStart();
  if (PATTERNS.closesQuotation.test(s) && !PATTERNS.anyQuoteMark.test(s.slice(0, -1))) s = trimEdges(s.slice(0, -1));
  return s;
}

export function claimText(text: string, span: { start: number; end: number; gap?: { start: number; end: number } }): string {
  const { gap } = span;
  const raw = gap ? `${text.slice(span.start, gap.start).trimEnd()} ${text.slice(gap.end, span.end)}` : text.slice(span.start, span.end);
  return unwrapped(trimEdges(raw)).trim();
}

/** A text wrapped whole in one quotation without it, else the text: a quotation's marks stay only when it is quoted in part. */
function unwrapped(s: string): string {
  const m = PATTERNS.wrappedQuote.exec(s);
  return m && !PATTERNS.innerQuoteMark.test(m[1]!) ? m[1]! : s;
}

export function quoteType(ctx: SentenceContext, span: { start: number; end: number }): QuoteType {
  const share = quotedShare(ctx.text, ctx.quotes, span.start, span.end);
  if (share >= 0.9) return 'direct';
  if (share <= 0.02) return 'indirect';
  return 'mixed';
}
