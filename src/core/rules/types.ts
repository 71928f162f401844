// What a rule sees and what it returns. Rules are objects with a unique `reason` id (as in
// compromise), one file per phenomenon; every attribution names the rule that produced it.
import type { SentenceContext, TokenSpan } from '../context';
import type { RuleExamples } from '../lang/types';
import type { SourceKind } from '../types';

export type { RuleExamples, SentenceContext, TokenSpan };

export interface Candidate {
  rule: string;
  /** The cue as it will be shown ("according to", "told ... that"). */
  cue: string;
  /** Tokens of the cue's first word (for time expressions and claim extraction). */
  cueSpan: TokenSpan;
  /**
   * The source's tokens, or a fixed description for cues that name none ("reportedly"), which yields
   * to a named source unless `named` (a fixed phrase that is itself the source: "de source policière").
   */
  source: TokenSpan | { text: string; kind: SourceKind; named?: boolean };
  /** The words naming the source in the sentence, appositives and relative clauses included. */
  mention?: TokenSpan;
  /** A descriptive appositive next to the source (", a Kurdish news site"). */
  appositive?: TokenSpan;
  /** A pronoun source ("he", "it"), to resolve against earlier sources. */
  pronoun?: boolean;
  /** Tokens where a time for the statement may be written ("reported Friday", "a Friday report by"). */
  timeWindow?: TokenSpan;
  /** Where the claim is, in character offsets into the block's text; `gap` is a cue inside it, left out. */
  claim: { start: number; end: number; gap?: { start: number; end: number } };
  /** A kind the wording implies ("a study published in X" → document). */
  kindHint?: SourceKind;
  /** One cue naming two sources ("Y quoted X as saying"): both are kept, not only the first. */
  sharesCue?: boolean;
  /** The verb has no subject written ("—…—dijo."): the source is the last person speaking. */
  implicitSubject?: boolean;
}

export interface Rule {
  /** Unique id, reported with every attribution the rule produces. */
  reason: string;
  /** What the rule finds, in a line. */
  description: string;
  /** Words (lowercase) of which one must be in the sentence for the rule to look at it: a cheap skip. */
  triggers?: readonly string[];
  /**
   * Word-class bits (lang/types.ts `C`) of which a word of the sentence must have one for the rule to
   * look at it, for rules whose cue is a class of words rather than a list ("in a statement": a
   * statement noun). With `triggers` too, either wakes the rule.
   */
  triggerClasses?: number;
  /**
   * The rule reads only the sentence's cue verbs (findCueVerbs), so it is woken by a one-word form of a
   * cue verb (cue-verbs.ts cueWords) or the first two words of a phrasal one (phrasalIndex): a
   * sentence without either has no cue verb to read.
   */
  triggerCueVerbs?: boolean;
  match(ctx: SentenceContext): Candidate[];
}
