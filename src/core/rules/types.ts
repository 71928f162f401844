// What a rule sees and what it returns. Rules are objects with a unique `reason` id (as in
// compromise), one file per phenomenon; every attribution names the rule that produced it.
import type { SourceKind } from '../types';
import type { Token } from '../text/tokens';
import type { QuoteSpan } from '../text/quotes';

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
}

/** A span of tokens [start, end). */
export interface TokenSpan {
  start: number;
  end: number;
}

export interface Candidate {
  rule: string;
  /** The cue as it will be shown ("according to", "told ... that"). */
  cue: string;
  /** Tokens of the cue's first word (for time expressions and claim extraction). */
  cueSpan: TokenSpan;
  /** The source's tokens, or a fixed description for cues that name none ("reportedly"). */
  source: TokenSpan | { text: string; kind: SourceKind };
  /** The words naming the source in the sentence, appositives and relative clauses included. */
  mention?: TokenSpan;
  /** A descriptive appositive next to the source (", a Kurdish news site"). */
  appositive?: TokenSpan;
  /** A pronoun source ("he", "it"), to resolve against earlier sources. */
  pronoun?: boolean;
  /** Tokens where a time for the statement may be written ("reported Friday", "a Friday report by"). */
  timeWindow?: TokenSpan;
  /** Where the claim is, in character offsets into the block's text. */
  claim: { start: number; end: number };
  /** A kind the wording implies ("a study published in X" → document). */
  kindHint?: SourceKind;
}

export interface RuleExamples {
  detects: { sentence: string; source: string }[];
  ignores: string[];
}

export interface Rule {
  /** Unique id, reported with every attribution the rule produces. */
  reason: string;
  /** What the rule finds, in a line. */
  description: string;
  /** Words (lowercase) of which one must be in the sentence for the rule to look at it: a cheap skip. */
  triggers?: readonly string[];
  /**
   * Real sentences it must find a source in, and sentences it must leave alone (tests read these).
   * Absent from the extension's bundle (see examples-flag.ts).
   */
  examples: RuleExamples | undefined;
  match(ctx: SentenceContext): Candidate[];
}
