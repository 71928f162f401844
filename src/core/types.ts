// The engine's contract. Everything here is plain data so that the extension's scripts, the CLI and
// the tests exchange the same shapes (and so a report can be stored, exported and re-read).

/** What kind of container a block of article text came from. */
/** A caption (a figure's) is read for attributions but names no one the article's pronouns refer to. */
export type BlockKind = 'paragraph' | 'quote' | 'item' | 'heading' | 'caption';

/**
 * One block of article text. `group` ties together the blocks of one container: the paragraphs
 * of one <blockquote>, the items of one list. Blocks are in reading order.
 */
export interface Block {
  kind: BlockKind;
  text: string;
  group?: number;
  /** The hyperlinks in the text, in order (absent when there are none). */
  links?: LinkSpan[];
}

/** A hyperlink of a block: its offsets in the block's text (UTF-16 code units, end exclusive) and its absolute URL. */
export interface LinkSpan {
  start: number;
  end: number;
  href: string;
}

/** A hyperlink of an attribution's sentence: its absolute URL and the words it is set on. */
export interface Link {
  href: string;
  text: string;
}

export type SourceKind = 'outlet' | 'person' | 'organization' | 'document' | 'anonymous';
export const SOURCE_KINDS: readonly SourceKind[] = ['outlet', 'person', 'organization', 'document', 'anonymous'];

/** How the claim is reported: in quotation marks, paraphrased, or both. */
export type QuoteType = 'direct' | 'indirect' | 'mixed';

export interface Attribution {
  /** Index of the block (in the input list) that holds the sentence. */
  block: number;
  /** Offsets of the sentence in its block's text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  sentence: string;
  /** The cue as written ("according to", "reported", "told ... that"). */
  cue: string;
  /** Display name of the source: a pronoun resolved, a surname expanded to the full name seen earlier. */
  source: string;
  /** The words in the sentence that name the source, when they differ from `source`. */
  sourceMention: string | null;
  sourceKind: SourceKind;
  /** The content attributed. */
  claim: string;
  /** A time the text gives for the statement ("Friday", "on Wednesday"), else null. */
  when: string | null;
  /**
   * That time as a day (YYYY-MM-DD), resolved against the article's publication date; null when
   * there is no such date, or the time is no one day ("last week", "in 2009").
   */
  whenDate: string | null;
  /** The hyperlinks inside the sentence, in order. */
  links: Link[];
  /** The publication a quoted passage holding this sentence was taken from, else null. */
  via: string | null;
  quote: QuoteType;
  /**
   * The later sentences of the same quotation, which carry on this statement with no cue of their
   * own (their text is in `claim` too). One quotation is one attribution however many sentences it runs.
   */
  continuation: Continuation[];
  /** Id of the rule that produced this attribution (see src/core/rules). */
  rule: string;
}

/** A sentence that continues an attribution's quotation: where it is, and its text. */
export interface Continuation {
  block: number;
  start: number;
  end: number;
  sentence: string;
}

export interface AnalyzeOptions {
  /** Stop after this many attributions (a guard for enormous inputs). */
  maxAttributions?: number;
  /** The language pack to read the text with (its code: "en"); it must be installed. */
  lang?: string;
  /** The article's publication date (ISO 8601, as normalizePublished gives it): `whenDate` is resolved against it. */
  published?: string | null;
}
