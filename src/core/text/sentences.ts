// Sentences of a block: Intl.Segmenter, then repairs where it splits after an abbreviation
// ("Maj. Gen.", "Brian K. Coombes") or before a lowercase continuation (“Why?” he asked).
import { ABBREVIATIONS, TITLES } from '../lexicon';
import { PATTERNS } from '../patterns';
import { stripInvisible } from './tokens';

export interface SentenceSpan {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The word before the final period of a segment, if the segment ends in one. */
function lastWordBeforePeriod(segment: string): string | null {
  const m = PATTERNS.endsWithAbbreviation!.exec(segment.trimEnd());
  return m ? stripInvisible(m[1]!) : null;
}

/** True when the period that ends `segment` belongs to an abbreviation, not to the sentence. */
function endsInsideSentence(segment: string, next: string): boolean {
  if (PATTERNS.lowerStart!.test(next)) return true;
  const word = lastWordBeforePeriod(segment);
  if (!word) return false;
  const key = word.toLowerCase();
  // Titles and initials always precede a name; other abbreviations ("Inc.", "U.S.") may end a sentence.
  if (TITLES.has(key) || PATTERNS.initial!.test(word)) return true;
  if (ABBREVIATIONS.has(key) || word.includes('.')) return PATTERNS.digitStart!.test(next.trimStart());
  return false;
}

/** Sentence spans of `text`, trimmed, never empty, covering the text in order. */
export function splitSentences(text: string): SentenceSpan[] {
  const raw: SentenceSpan[] = [];
  for (const s of segmenter.segment(text)) raw.push({ start: s.index, end: s.index + s.segment.length });
  const merged: SentenceSpan[] = [];
  for (const span of raw) {
    const prev = merged[merged.length - 1];
    if (prev && endsInsideSentence(text.slice(prev.start, prev.end), text.slice(span.start, span.end))) prev.end = span.end;
    else merged.push({ ...span });
  }
  const out: SentenceSpan[] = [];
  for (const span of merged) {
    let { start, end } = span;
    while (start < end && PATTERNS.space!.test(text[start]!)) start++;
    while (end > start && PATTERNS.space!.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}
