// Prepositional cues: the source follows a fixed phrase. "according to (a Friday report by) X",
// "as reported by X", "in the words of X", "per X", "citing X".
import { claimAfter, claimBefore } from '../claim';
import { DOCUMENT_NOUNS, NEGATORS } from '../lexicon';
import { PATTERNS } from '../patterns';
import { phraseAfter, relativeClauseEnd, type Phrase } from '../sources/noun-phrase';
import { isAdverb, isDeterminer, isWeekday } from '../sources/words';
import type { Token } from '../text/tokens';
import { WITH_EXAMPLES } from './examples-flag';
import type { Candidate, Rule, SentenceContext } from './types';

/**
 * Where the fixed phrase `words` starting at token i (outside quotations) ends, or -1. Adverbs may
 * stand inside it: "as first reported by", "as previously reported by".
 */
function phraseEnd(ctx: SentenceContext, i: number, words: readonly string[]): number {
  let j = i;
  for (let k = 0; k < words.length; k++) {
    while (k > 0 && ctx.tokens[j] && ctx.tokens[j]!.norm !== words[k] && isAdverb(ctx.tokens[j]!) && !ctx.quoted[j]) j++;
    if (ctx.tokens[j]?.norm !== words[k] || ctx.quoted[j]) return -1;
    j++;
  }
  return j;
}

/** "a Friday report by", "the report published by": the report noun's tokens and where its author starts. */
function reportBy(ctx: SentenceContext, i: number): { author: number; reportEnd: number; link: string } | null {
  const { tokens } = ctx;
  let j = i;
  if (tokens[j] && isDeterminer(tokens[j]!)) j++;
  while (tokens[j] && (isWeekday(tokens[j]!) || PATTERNS.reportModifier!.test(tokens[j]!.norm))) j++;
  if (!tokens[j] || !DOCUMENT_NOUNS.has(tokens[j]!.norm)) return null;
  const reportEnd = j + 1;
  j++;
  if (tokens[j]?.norm === 'published' || tokens[j]?.norm === 'released' || tokens[j]?.norm === 'issued' || tokens[j]?.norm === 'seen') j++;
  if (tokens[j]?.norm === 'by' || tokens[j]?.norm === 'from' || tokens[j]?.norm === 'in') return { author: j + 1, reportEnd, link: tokens[j]!.norm };
  return null;
}

/** "multiple sources, including Bas News": the named source inside a vague group. */
function including(ctx: SentenceContext, phrase: Phrase): Phrase | null {
  const { tokens } = ctx;
  const comma = phrase.span.end;
  if (tokens[comma]?.text !== ',' || tokens[comma + 1]?.norm !== 'including') return null;
  const named = phraseAfter(ctx, comma + 2);
  if (!named) return null;
  return { ...named, mention: { start: phrase.mention.start, end: named.span.end } };
}

/** The claim around a prepositional cue: after it when the sentence opens with it, else before it. */
function claimAround(ctx: SentenceContext, cueStart: number, phraseEnd: number): { start: number; end: number } {
  const { tokens } = ctx;
  const atStart = tokens.slice(0, cueStart).every((t) => !t.word || t.norm === 'and' || t.norm === 'but');
  if (atStart) {
    let j = phraseEnd;
    while (j < tokens.length && tokens[j]!.text !== ',') j++;
    return claimAfter(ctx, j < tokens.length ? j + 1 : phraseEnd);
  }
  return claimBefore(ctx, cueStart);
}

interface PrepositionalOptions {
  /** Accept any noun phrase as the source, not only one the lexicons know ("according to plan" is still refused). */
  anyNoun?: boolean;
  /** Whether the cue may follow this token (undefined at the start of the sentence). */
  after?: (previous: Token | undefined) => boolean;
}

/** Builds a prepositional rule for the cue words `words` (lowercase). */
function prepositionalRule(reason: string, words: readonly string[], description: string, examples: Rule['examples'],
  { anyNoun = false, after: allowedAfter }: PrepositionalOptions = {}): Rule {
  return {
    reason,
    description,
    examples,
    triggers: [words[0]!],
    match(ctx) {
      const out: Candidate[] = [];
      for (let i = 0; i < ctx.tokens.length; i++) {
        const after = phraseEnd(ctx, i, words);
        if (after < 0 || (allowedAfter && !allowedAfter(ctx.tokens[i - 1]))) continue;
        const report = reportBy(ctx, after);
        let phrase = phraseAfter(ctx, report ? report.author : after, anyNoun);
        if (!phrase) continue;
        phrase = including(ctx, phrase) ?? phrase;
        if (phrase.span.start === phrase.mention.start) {
          phrase.mention = { start: phrase.mention.start, end: relativeClauseEnd(ctx, phrase.mention.end) };
        }
        // As written, but for the capital that starts a sentence: "according to a Friday report by".
        const written = report ? ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[report.author - 1]!.end) : '';
        const cue = report ? written.charAt(0).toLowerCase() + written.slice(1) : words.join(' ');
        out.push({
          rule: reason,
          cue,
          cueSpan: { start: i, end: after },
          source: phrase.span,
          mention: phrase.mention,
          appositive: phrase.appositive,
          claim: claimAround(ctx, i, phrase.mention.end),
          timeWindow: { start: after, end: phrase.span.start },
        });
      }
      return out;
    },
  };
}

export const accordingTo = prepositionalRule('according-to', ['according', 'to'],
  'according to X, according to a (Friday) report by X',
  WITH_EXAMPLES ? {
    detects: [
      { sentence: 'According to two sources, the local population has become so disenchanted with ISIS that an organized resistance has formed.', source: 'two sources' },
      { sentence: 'According to a Friday report by the Iraqi newspaper Mada, seven Daesh terrorists were killed in internal clashes.', source: 'Mada' },
      { sentence: 'ISIS executed four of its top commanders in a public square in Mosul on Wednesday, according to multiple sources, including Bas News, a Kurdish news site.', source: 'Bas News' },
      { sentence: 'About 50 other people were wounded, according to local news reports.', source: 'local news reports' },
    ],
    ignores: ['“According to my mother, it was fine,” she said.', 'Everything went according to plan.'],
  } : undefined, { anyNoun: true });

export const asReportedBy = prepositionalRule('as-reported-by', ['as', 'reported', 'by'],
  'as (first) reported by X',
  WITH_EXAMPLES ? {
    detects: [
      { sentence: 'The deal collapsed last week, as reported by The Wall Street Journal.', source: 'The Wall Street Journal' },
      { sentence: 'As first reported by Axios, the White House is weighing a new executive order.', source: 'Axios' },
    ],
    ignores: ['The deal collapsed last week, as reported earlier.'],
  } : undefined);

export const inTheWordsOf = prepositionalRule('in-the-words-of', ['in', 'the', 'words', 'of'],
  'in the words of X',
  WITH_EXAMPLES ? {
    detects: [{ sentence: 'In the words of one senior diplomat, the talks are "going nowhere".', source: 'one senior diplomat' }],
    ignores: ['In other words, the talks are going nowhere.'],
  } : undefined);

/** "To quote X" cites X only where it opens the sentence or a clause ("was not allowed to quote Smith" does not). */
export const toQuote = prepositionalRule('to-quote', ['to', 'quote'],
  'To quote X, “...” (opening the sentence or a clause)',
  WITH_EXAMPLES ? {
    detects: [{ sentence: 'To quote Sen. John Kerry, “Does the president really believe that?”', source: 'John Kerry' }],
    ignores: ['He declined to quote a figure.', 'Reporters were not allowed to quote Smith directly.'],
  } : undefined,
  { after: (previous) => !previous || previous.text === ',' || previous.text === ';' || PATTERNS.dash!.test(previous.text) });

/** "citing X" names a source; "without citing X" says there was none. */
export const citing = prepositionalRule('citing', ['citing'],
  'citing X (not "without citing X")',
  WITH_EXAMPLES ? {
    detects: [{ sentence: 'The agency raised its forecast, citing officials familiar with the plan.', source: 'officials' }],
    ignores: ['The agency raised its forecast, citing strong demand.', 'The newspaper reported, without citing sources, that the minister would resign.'],
  } : undefined,
  { after: (previous) => !previous || (previous.norm !== 'without' && !NEGATORS.has(previous.norm)) });

export const per: Rule = {
  reason: 'per',
  triggers: ['per'],
  description: 'per X (a source, not a rate: "per cent", "per day")',
  examples: WITH_EXAMPLES ? {
    detects: [{ sentence: 'The vote was delayed until Friday, per the Associated Press.', source: 'the Associated Press' }],
    ignores: ['Prices rose 5 per cent, per year.', 'It costs $20 per person.'],
  } : undefined,
  match(ctx) {
    const out: Candidate[] = [];
    ctx.tokens.forEach((t, i) => {
      if (t.norm !== 'per' || ctx.quoted[i]) return;
      const next = ctx.tokens[i + 1];
      if (!next || PATTERNS.perRate!.test(next.norm) || !(next.cap || isDeterminer(next))) return;
      const phrase = phraseAfter(ctx, i + 1);
      // "per a filing", "per the CDC" are sources; "per each household" is a rate.
      if (!phrase || PATTERNS.perRate!.test(ctx.tokens[phrase.head]!.norm)) return;
      out.push({
        rule: 'per', cue: 'per', cueSpan: { start: i, end: i + 1 }, source: phrase.span, mention: phrase.mention,
        appositive: phrase.appositive, claim: claimAround(ctx, i, phrase.span.end), timeWindow: { start: i, end: i },
      });
    });
    return out;
  },
};

/** "In Dr. Shadlen's words, ..." */
export const possessiveWords: Rule = {
  reason: 'in-x-words',
  triggers: ['words'],
  description: "in X's words",
  examples: WITH_EXAMPLES ? {
    detects: [{ sentence: 'In Dr. Shadlen\'s words, "Could the moment when the brain believes it has decided be the moment of awareness?"', source: 'Dr. Shadlen' }],
    ignores: ['In other words, it is over.', 'In his own words, it is over.'],
  } : undefined,
  match(ctx) {
    const out: Candidate[] = [];
    const { tokens } = ctx;
    tokens.forEach((t, i) => {
      if (t.norm !== 'words' || ctx.quoted[i] || i < 2) return;
      let s = i - 1;
      if (!tokens[s]!.possessive || !tokens[s]!.cap) return;
      while (s > 0 && tokens[s - 1]!.word && (tokens[s - 1]!.cap) && tokens[s - 1]!.norm !== 'in') s--;
      if (tokens[s - 1]?.norm !== 'in') return;
      out.push({
        rule: 'in-x-words', cue: "in X's words", cueSpan: { start: s - 1, end: i + 1 }, source: { start: s, end: i },
        mention: { start: s, end: i }, claim: claimAfter(ctx, i + 1), timeWindow: { start: i, end: i },
      });
    });
    return out;
  },
};
