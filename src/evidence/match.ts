// Does a linked page say what the article says it says? A claim against the text blocks of the page
// its sentence links to: `found` (the claim's quoted words, or most of its content words, inside one
// passage), `similar` (most of its weighted key terms within a short window: a paraphrase), else
// `not-found`; with the best passage and the offsets of the words it shares with the claim, to mark.
// Pure: no DOM, no browser API. The caller gives the language's stop words (the popup's lists,
// src/popup/stopwords), so the matcher reads every language the extension reads, with no list of its own.
import type { QuoteType } from '../core/types';

export type EvidenceStatus = 'found' | 'similar' | 'not-found';

/** A language as the matcher needs it: its stop words and elided words ("l'"), lower case. */
export interface EvidenceLanguage {
  stopwords: ReadonlySet<string>;
  elisions: ReadonlySet<string>;
}

/** What is matched: an attribution's claim, its sentence (for the quoted words) and how it is quoted. */
export interface EvidenceClaim {
  claim: string;
  sentence: string;
  quote: QuoteType;
}

/** A span of the passage (UTF-16 offsets, end exclusive). */
export interface TermSpan {
  start: number;
  end: number;
}

export interface EvidenceMatch {
  status: EvidenceStatus;
  /** The best matching passage of the page (null when nothing is shared at all). */
  passage: string | null;
  /** The words of `passage` the claim shares with it, in order, not overlapping. */
  marks: TermSpan[];
  /** Of the claim's content words, the share found in the passage (0–1). */
  share: number;
  /** Whether the claim's quoted words appear in the passage as they are. */
  quoted: boolean;
}

/** `found`: at least this share of the claim's content words inside one passage. */
export const FOUND_SHARE = 0.8;
/** `similar`: at least this share of the claim's weighted key terms inside one window… */
export const SIMILAR_SHARE = 0.5;
/** …and at least this many of them (or all, for a claim with fewer), so two common words are no paraphrase. */
export const SIMILAR_MIN_TERMS = 3;
/** A passage: up to this many consecutive sentences of one block… */
export const PASSAGE_SENTENCES = 3;
/** …of at most this many words once it holds more than one sentence (the "short window"). */
export const PASSAGE_MAX_WORDS = 80;
/** Quoted words shorter than this are too common to prove anything on their own. */
export const MIN_QUOTE_WORDS = 4;
/** Words are compared on this many first letters, so inflections meet ("rates"/"rate", "cutting"/"cuts" not). */
export const STEM_LETTERS = 6;
/** Key-term weights for `similar`: names and numbers say more than ordinary words. */
const NAME_WEIGHT = 2;
const NUMBER_WEIGHT = 2;
/** A claim with fewer content words is matched with its whole sentence. */
const MIN_CLAIM_WORDS = 2;

const TOKEN = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;
const NUMBER = /^\p{N}[\p{N}.,]*$/u;
/** Where one sentence ends and the next starts: end punctuation, closing marks, space, an opening letter. */
const SENTENCE_END = /[.!?…]["”’»)]*\s+(?=["“«„‘(]?[\p{Lu}\p{N}])/gu;
/** The quotation marks of the five languages: each opening mark and the marks that close it. */
const QUOTE_MARKS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '„': '“”' };

interface Token {
  start: number;
  end: number;
  /** The word as compared (lower case, elided article and possessive off, stemmed, numbers' separators unified). */
  key: string;
  /** Not a stop word (nor a run of them). */
  content: boolean;
  weight: number;
}

function isStopword(lower: string, stopwords: ReadonlySet<string>): boolean {
  return stopwords.has(lower) || (lower.includes('-') && lower.split('-').every((p) => p === '' || stopwords.has(p)));
}

function tokens(text: string, language: EvidenceLanguage): Token[] {
  const out: Token[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    let word = m[0].replace(/’/g, "'").toLowerCase();
    const apostrophe = word.indexOf("'");
    if (apostrophe > 0 && language.elisions.has(word.slice(0, apostrophe))) word = word.slice(apostrophe + 1);
    word = word.replace(/'s$/, '');
    const number = NUMBER.test(word);
    const key = number ? word.replace(/,/g, '.') : word.slice(0, STEM_LETTERS);
    const content = number || (word.length >= 3 && !isStopword(word, language.stopwords));
    // A capital that does not open a sentence marks a name (in German every noun: all weighted alike, no harm).
    const opensSentence = out.length === 0 || /[.!?:]/.test(text.slice(previousEnd, start));
    const name = !opensSentence && /^\p{Lu}/u.test(m[0]);
    out.push({ start, end: start + m[0].length, key, content, weight: number ? NUMBER_WEIGHT : name ? NAME_WEIGHT : 1 });
    previousEnd = start + m[0].length;
  }
  return out;
}

/** The claim's content words: each key once, with its largest weight. */
function contentTerms(text: string, language: EvidenceLanguage): Map<string, number> {
  const terms = new Map<string, number>();
  for (const t of tokens(text, language)) if (t.content) terms.set(t.key, Math.max(t.weight, terms.get(t.key) ?? 0));
  return terms;
}

/** The quoted spans of `sentence`, in order (a scan, not a regex: an unclosed mark costs no backtracking). */
function quotedSpans(sentence: string): string[] {
  const spans: string[] = [];
  const unclosed = new Set<string>();
  for (let i = 0; i < sentence.length; i++) {
    const open = sentence[i]!;
    const closers = QUOTE_MARKS[open];
    if (!closers || unclosed.has(open)) continue;
    let end = -1;
    for (let j = i + 1; j < sentence.length && end < 0; j++) if (closers.includes(sentence[j]!)) end = j;
    if (end < 0) {
      unclosed.add(open); // no later mark of this kind is closed either
      continue;
    }
    spans.push(sentence.slice(i + 1, end));
    i = end;
  }
  return spans;
}

/** The longest quoted span of the sentence, as its words' keys (stop words kept: the quote is matched as written). */
function quotedWords(sentence: string, language: EvidenceLanguage): string[] {
  let best: string[] = [];
  for (const span of quotedSpans(sentence)) {
    const words = tokens(span, language).map((t) => t.key);
    if (words.length > best.length) best = words;
  }
  return best.length >= MIN_QUOTE_WORDS ? best : [];
}

/** A block cut into sentences: each as a range of its token indexes. */
function sentenceRanges(text: string, toks: Token[]): [number, number][] {
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index + 1);
  const ranges: [number, number][] = [];
  let first = 0;
  for (const end of [...ends, Infinity]) {
    let last = first;
    while (last < toks.length && toks[last]!.start < end) last++;
    if (last > first) ranges.push([first, last]);
    first = last;
  }
  return ranges;
}

interface Candidate {
  rank: number;
  share: number;
  weighted: number;
  block: number;
  from: number;
  to: number;
  quote: [number, number] | null;
}

const STATUS_RANK: Record<EvidenceStatus, number> = { found: 2, similar: 1, 'not-found': 0 };
const RANK_STATUS: EvidenceStatus[] = ['not-found', 'similar', 'found'];

const better = (a: Candidate, b: Candidate | null): boolean => !b || a.rank > b.rank
  || (a.rank === b.rank && (a.weighted > b.weighted || (a.weighted === b.weighted && a.to - a.from < b.to - b.from)));

/** The index of the first run of `needle` in `hay` (by key), or -1. */
function findRun(hay: Token[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j]!.key !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Matches `claim` against the page's text `blocks` (its paragraphs, in order), read in `language`.
 */
export function matchEvidence(claim: EvidenceClaim, blocks: readonly string[], language: EvidenceLanguage): EvidenceMatch {
  let terms = contentTerms(claim.claim, language);
  if (terms.size < MIN_CLAIM_WORDS) terms = contentTerms(claim.sentence, language);
  const totalWeight = [...terms.values()].reduce((n, w) => n + w, 0);
  const quote = claim.quote === 'indirect' ? [] : quotedWords(claim.sentence, language);
  const similarMin = Math.min(SIMILAR_MIN_TERMS, terms.size);

  let best: Candidate | null = null;
  blocks.forEach((text, block) => {
    const toks = tokens(text, language);
    if (toks.length === 0) return;
    const sentences = sentenceRanges(text, toks);
    const quoteAt = quote.length ? findRun(toks, quote) : -1;
    for (let s = 0; s < sentences.length; s++) {
      for (let e = s; e < sentences.length && e < s + PASSAGE_SENTENCES; e++) {
        const from = sentences[s]![0];
        const to = sentences[e]![1];
        if (e > s && to - from > PASSAGE_MAX_WORDS) break;
        const keys = new Set(toks.slice(from, to).map((t) => t.key));
        let shared = 0;
        let weighted = 0;
        for (const [key, weight] of terms) {
          if (keys.has(key)) {
            shared++;
            weighted += weight;
          }
        }
        const share = terms.size ? shared / terms.size : 0;
        const weightedShare = totalWeight ? weighted / totalWeight : 0;
        const holdsQuote = quoteAt >= from && quoteAt + quote.length <= to;
        const status: EvidenceStatus = holdsQuote || (terms.size > 0 && share >= FOUND_SHARE) ? 'found'
          : shared >= similarMin && shared > 0 && weightedShare >= SIMILAR_SHARE ? 'similar' : 'not-found';
        const candidate: Candidate = {
          rank: STATUS_RANK[status], share, weighted: weightedShare, block, from, to,
          quote: holdsQuote ? [quoteAt, quoteAt + quote.length] : null,
        };
        if (better(candidate, best)) best = candidate;
      }
    }
  });

  const found = best as Candidate | null;
  if (!found || (found.rank === 0 && found.weighted === 0)) return { status: 'not-found', passage: null, marks: [], share: 0, quoted: false };
  const text = blocks[found.block]!;
  const toks = tokens(text, language);
  const offset = toks[found.from]!.start;
  const marks: TermSpan[] = [];
  for (let i = found.from; i < found.to; i++) {
    const t = toks[i]!;
    const inQuote = found.quote !== null && i >= found.quote[0] && i < found.quote[1];
    if (!inQuote && !(t.content && terms.has(t.key))) continue;
    const last = marks[marks.length - 1];
    // Neighbouring marked words of the quote become one mark (the quote as one run).
    if (inQuote && last && i > found.quote![0]) last.end = t.end - offset;
    else marks.push({ start: t.start - offset, end: t.end - offset });
  }
  return {
    status: RANK_STATUS[found.rank]!,
    passage: text.slice(offset, sentenceEnd(text, toks[found.to - 1]!.end)),
    marks,
    share: found.share,
    quoted: found.quote !== null,
  };
}

/** The end of the passage: its last word plus the punctuation and closing marks right after it. */
function sentenceEnd(text: string, end: number): number {
  const tail = /^[^\s\p{L}\p{N}]*/u.exec(text.slice(end))![0];
  return end + tail.length;
}
