// Sentences of a block: Intl.Segmenter, then repairs where it splits after an abbreviation
// ("Maj. Gen.", "Brian K. Coombes") or before a lowercase continuation (“Why?” he asked).
import type { Language } from '../lang/types';
import { PATTERNS } from '../patterns';
import { stripInvisible } from './tokens';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** The word before the final period of a segment, if the segment ends in one. */
function lastWordBeforePeriod(segment: string): string | null {
  const m = PATTERNS.endsWithAbbreviation.exec(segment.trimEnd());
  return m ? stripInvisible(m[1]!) : null;
}

/** True when the period that ends `segment` belongs to an abbreviation, not to the sentence. */
function endsInsideSentence(lang: Language, segment: string, next: string): boolean {
  if (PATTERNS.lowerStart.test(next) || PATTERNS.pauseStart.test(next)) return true;
  // "am 3. März": a day written as an ordinal, before its month.
  if (PATTERNS.ordinalDayEnd.test(segment.trimEnd()) && lang.time.months.has(PATTERNS.firstWord.exec(next)?.[0].toLowerCase() ?? '')) return true;
  const word = lastWordBeforePeriod(segment);
  if (!word) return false;
  const key = word.toLowerCase();
  // Abbreviated titles and initials always precede a name ("Sen. Warren"); a title written in full ends
  // the sentence ("…, disse o senador. Ele …"); other abbreviations ("Inc.", "U.S.") may end one.
  if ((lang.titles.has(key) && lang.abbreviations.has(key)) || PATTERNS.initial.test(word)) return true;
  if (lang.abbreviations.has(key) || word.includes('.')) return PATTERNS.digitStart.test(next.trimStart());
  return false;
}

/** A quotation that ends in ? or ! (and its closing mark): “Are we done?” */
const QUESTION_QUOTE_END = /[?!…][”»"’“«]\s*$/u;
/** Words of a segment: few enough for a speaker tag ("Jensen said.", "asked the senator."). */
const MAX_TAG_WORDS = 6;

/** A speaker tag ("Jensen said.", "exigió."): a few words that hold a cue verb of the language and end the sentence. */
function isSpeakerTag(lang: Language, text: string): boolean {
  const words = text.trim().split(PATTERNS.spaces).filter(Boolean);
  if (words.length > MAX_TAG_WORDS || !PATTERNS.trailingPeriod.test(words[words.length - 1] ?? '')) return false;
  return words.some((w) => lang.cueVerbs.has(w.toLowerCase().replace(PATTERNS.nonWordChars, '')));
}

/**
 * “Are we done?” Jensen said. — the segmenter ends a sentence at "?”"; the speaker tag after it is
 * the same sentence.
 */
function speakerTagAfterQuestion(lang: Language, segment: string, next: string, nextIsWhole: boolean): boolean {
  return nextIsWhole && QUESTION_QUOTE_END.test(segment) && isSpeakerTag(lang, next);
}

/** A double quotation mark of any language: the first one in a piece says whether it closes a quotation. */
const DOUBLE_QUOTE_MARK = /[“”«»„"]/u;
/** Double marks that close a quotation (“ closes one in German). */
const CLOSING_DOUBLE_MARK = /^[”»“"]$/u;
/** The mark that ends a question or an exclamation. */
const QUESTION_OR_EXCLAMATION = /^[?!…]$/u;

/**
 * “¡Cállense! ¡Váyanse!”, exigió. — inside a quotation the segmenter ends a sentence at each "!"; the
 * quotation's last sentence and its speaker tag belong to the sentence the quotation opened in. The
 * piece after the split holds no opening mark, then "?!…", a closing mark, a comma and a short tag.
 * (Read with index searches, not one pattern: such a pattern backtracks quadratically on long pieces.)
 */
function speakerTagAfterQuotationRest(lang: Language, segment: string, next: string, nextIsWhole: boolean): boolean {
  if (!nextIsWhole || !PATTERNS.endsInQuestionOrExclamation.test(segment)) return false;
  const piece = next.trim();
  const mark = piece.search(DOUBLE_QUOTE_MARK);
  if (mark < 1 || !CLOSING_DOUBLE_MARK.test(piece[mark]!) || !QUESTION_OR_EXCLAMATION.test(piece[mark - 1]!)) return false;
  const rest = piece.slice(mark + 1).trimStart();
  return rest[0] === ',' && isSpeakerTag(lang, rest.slice(1));
}

/**
 * Intl.Segmenter slows down sharply on very long strings, so a long block is segmented in chunks
 * that end after a sentence-ending mark and a space (a boundary the segmenter would keep anyway).
 */
export const SEGMENT_CHUNK_CHARS = 4_000;
/**
 * The longest chunk the segmenter is ever given, whatever the punctuation: text with no ASCII
 * sentence end ("。", "！", only invisible characters between words) is cut where the segmenter
 * itself ends a sentence inside the first MAX_SEGMENT_CHARS, or at that length when it ends none.
 * (Node 20 takes over 2 minutes on a million characters in one piece.)
 */
export const MAX_SEGMENT_CHARS = 2 * SEGMENT_CHUNK_CHARS;
/** How much of a segment's end and the next one's start the abbreviation repairs look at. */
const REPAIR_WINDOW = 48;

/** Where a chunk that found no ASCII sentence end in time ends (see MAX_SEGMENT_CHARS). */
function boundedEnd(text: string, from: number, segmenter: Intl.Segmenter): number {
  let end = from + MAX_SEGMENT_CHARS;
  const code = text.charCodeAt(end);
  if (code >= 0xdc00 && code <= 0xdfff) end--; // never between the halves of a surrogate pair
  let lastStart = 0;
  for (const s of segmenter.segment(text.slice(from, end))) lastStart = s.index;
  return lastStart > 0 ? from + lastStart : end;
}

/** The segmenter's sentences of `text`, in order (an array, not a generator: cheaper per sentence, every block asks). */
function segments(text: string, segmenter: Intl.Segmenter): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (to - from > SEGMENT_CHUNK_CHARS) {
      // The search for an ASCII sentence end looks no further than MAX_SEGMENT_CHARS.
      const boundary = PATTERNS.chunkBoundary;
      const window = text.slice(from + SEGMENT_CHUNK_CHARS, from + MAX_SEGMENT_CHARS);
      boundary.lastIndex = 0;
      const m = boundary.exec(window);
      to = m ? from + SEGMENT_CHUNK_CHARS + m.index + m[0].length : to - from > MAX_SEGMENT_CHARS ? boundedEnd(text, from, segmenter) : to;
    }
    const chunk = from === 0 && to === text.length ? text : text.slice(from, to);
    // Segment by segment with containing(): the same segments as iterating, without the iterator's result objects.
    const segmented = segmenter.segment(chunk);
    for (let at = 0; at < chunk.length;) {
      const s = segmented.containing(at)!;
      at = s.index + s.segment.length;
      out.push({ start: from + s.index, end: from + at });
    }
    from = to;
  }
  return out;
}

/**
 * The segmenter's sentences of each of `texts`, as segments() gives them one by one. Short texts are
 * segmented together, joined by line feeds, up to SEGMENT_CHUNK_CHARS at a time: each segment() call
 * costs a copy of the segmenter (most of splitting an article of short paragraphs in a browser), and
 * a line feed is a paragraph separator, after which the segmenter always ends a sentence and reads
 * on as at the start of a text, so each text's sentences are the same (tests compare the two).
 */
function segmentsOfTexts(texts: readonly string[], segmenter: Intl.Segmenter): SentenceSpan[][] {
  const out: SentenceSpan[][] = [];
  let i = 0;
  while (i < texts.length) {
    let j = i + 1;
    let length = texts[i]!.length;
    while (j < texts.length && length + 1 + texts[j]!.length <= SEGMENT_CHUNK_CHARS) length += 1 + texts[j++]!.length;
    if (j === i + 1) {
      out.push(segments(texts[i]!, segmenter));
      i = j;
      continue;
    }
    const joined = texts.slice(i, j).join('\n');
    const segmented = segmenter.segment(joined);
    // The text being read (k), where it starts in `joined`, its segments.
    let k = i;
    let offset = 0;
    let spans: SentenceSpan[] = [];
    for (let at = 0; at < joined.length;) {
      const s = segmented.containing(at)!;
      at = s.index + s.segment.length;
      while (s.index >= offset + texts[k]!.length + 1) {
        out.push(spans);
        spans = [];
        offset += texts[k++]!.length + 1;
      }
      // A sentence ending a text ends before the line feed that joined it to the next.
      const start = s.index - offset;
      if (start < texts[k]!.length) spans.push({ start, end: Math.min(at - offset, texts[k]!.length) });
    }
    for (; k < j; k++, spans = []) out.push(spans);
    i = j;
  }
  return out;
}

/** Sentence spans of `text` (its segments repaired), trimmed, never empty, covering the text in order. */
function repaired(text: string, lang: Language, segmented: readonly SentenceSpan[]): SentenceSpan[] {
  const merged: SentenceSpan[] = [];
  for (const span of segmented) {
    const prev = merged[merged.length - 1];
    // Only the ends matter to the repairs: slicing whole merged sentences would be quadratic.
    const before = prev ? text.slice(Math.max(prev.start, prev.end - REPAIR_WINDOW), prev.end) : '';
    const next = text.slice(span.start, Math.min(span.end, span.start + REPAIR_WINDOW));
    const whole = span.end - span.start <= REPAIR_WINDOW;
    if (prev && (endsInsideSentence(lang, before, next) || speakerTagAfterQuestion(lang, before, next, whole)
      || speakerTagAfterQuotationRest(lang, before, next, whole))) {
      prev.end = span.end;
    }
    else merged.push(span); // a fresh object of segments(), so extending it changes nothing else
  }
  const out: SentenceSpan[] = [];
  for (const span of merged) {
    let { start, end } = span;
    while (start < end && PATTERNS.space.test(text[start]!)) start++;
    while (end > start && PATTERNS.space.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Sentence spans of `text`, trimmed, never empty, covering the text in order. */
export function splitSentences(text: string, lang: Language): SentenceSpan[] {
  return repaired(text, lang, segments(text, lang.segmenter));
}

/** Sentence spans of each of `texts` (an article's blocks), as splitSentences gives them. */
export function splitTexts(texts: readonly string[], lang: Language): SentenceSpan[][] {
  const segmented = segmentsOfTexts(texts, lang.segmenter);
  return texts.map((text, k) => repaired(text, lang, segmented[k]!));
}
