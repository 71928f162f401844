// Where the cue verbs are in a sentence, and whether what follows one makes it a statement:
// "warned that ..." is a cue, "warned the team" alone is not (see `needs` in lexicon/cue-verbs.json).
import { AUXILIARIES, CUE_VERBS, DOCUMENT_NOUNS, HYPOTHETICAL_MODALS, IRREGULAR_PAST, NEGATORS, PEOPLE_NOUNS, PHRASAL_CUES, PREPOSITIONS, STATEMENT_NOUNS, type CueVerb } from '../lexicon';
import { PATTERNS } from '../patterns';
import type { Phrase } from '../sources/noun-phrase';
import { phraseAfter } from '../sources/noun-phrase';
import { BE_FORMS, SUBJECT_PRONOUNS, isAdverb, isDeterminer, isFunctionWord, isNameWord, isSourceNoun, isWeekday } from '../sources/words';
import type { Token } from '../text/tokens';
import type { SentenceContext } from './types';

export interface VerbAt {
  /** First and last+1 token of the verb ("pointed out" is two). */
  start: number;
  end: number;
  verb: CueVerb;
}

/** Prepositions of short adjuncts between a verb and its content: "said in a statement", "told reporters after the meeting". */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'to', 'by', 'during', 'at', 'after', 'before', 'following', 'on', 'over', 'via', 'from']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists', 'cops', 'police', 'investigators', 'lawmakers']);
const RESEARCHERS = new Set(['researchers', 'scientists', 'authors', 'investigators', 'analysts', 'economists', 'experts', 'team', 'scholars', 'neuroscience', 'science', 'evidence']);
const CLAUSE_VERBS = new Set([...AUXILIARIES, 'had', 'has', 'have']);

export const isOpeningQuote = (t: Token | undefined): boolean => t !== undefined && PATTERNS.openingQuote!.test(t.text);
export const isClosingQuote = (t: Token | undefined): boolean => t !== undefined && PATTERNS.closingQuote!.test(t.text);

const verbCache = new WeakMap<SentenceContext, VerbAt[]>();

/** The cue verbs of a sentence that stand outside quotations, in order (found once per sentence). */
export function findCueVerbs(ctx: SentenceContext): VerbAt[] {
  let found = verbCache.get(ctx);
  if (!found) verbCache.set(ctx, (found = scanCueVerbs(ctx)));
  return found;
}

function scanCueVerbs(ctx: SentenceContext): VerbAt[] {
  const out: VerbAt[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || ctx.quoted[i] || t.cap) continue;
    const phrasal = PHRASAL_CUES.get(t.norm)?.find((p) => p.words.every((w, k) => tokens[i + k]?.norm === w));
    if (phrasal) {
      out.push({ start: i, end: i + phrasal.words.length, verb: phrasal.verb });
      i += phrasal.words.length - 1;
      continue;
    }
    const verb = CUE_VERBS.get(t.norm);
    // "claims rose", "reports say": a cue word followed by a verb is a noun, the subject of that verb.
    const next = tokens[i + 1];
    if (verb?.alsoNoun && next?.word && !next.cap && (AUXILIARIES.has(next.norm) || IRREGULAR_PAST.has(next.norm) || CUE_VERBS.has(next.norm))
      && !ctx.quoted[i + 1] && next.norm !== 'that') continue;
    if (verb && nounAfterDeterminer(ctx, i, verb)) continue;
    if (verb) out.push({ start: i, end: i + 1, verb });
  }
  return out;
}

/**
 * "the report", "a U.N. report", "a blog post": after a determiner (or "a" and a name, or "a" and a
 * statement noun) a noun form of a cue word is a noun. "an article that claimed" keeps its verb:
 * "that" is a relative there, and "claimed" is no noun form.
 */
function nounAfterDeterminer(ctx: SentenceContext, i: number, verb: CueVerb): boolean {
  const { tokens } = ctx;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!verb.alsoNoun || (t.norm !== verb.lemma && t.norm !== `${verb.lemma}s`) || !prev || ctx.quoted[i - 1]) return false;
  if (isDeterminer(prev)) return prev.norm !== 'that';
  const article = tokens[i - 2]?.norm === 'a' || tokens[i - 2]?.norm === 'an';
  if (isNameWord(prev)) return article;
  // "on an earnings call", "in a phone call": an article and a modifier.
  if (article && !prev.cap && !isFunctionWord(prev) && !isSourceNoun(prev)) return true;
  return !prev.cap && STATEMENT_NOUNS.has(prev.norm) && tokens[i - 2] !== undefined && isDeterminer(tokens[i - 2]!);
}

/**
 * "did not say whether", "never confirmed", "could announce": the words right before the verb
 * (auxiliaries and adverbs) deny the statement or make it hypothetical, so nothing is attributed.
 */
export function deniedOrHypothetical(ctx: SentenceContext, verbStart: number): boolean {
  for (let j = verbStart - 1; j >= 0; j--) {
    const t = ctx.tokens[j]!;
    if (!t.word || ctx.quoted[j]) return false;
    const negated = NEGATORS.has(t.norm) || PATTERNS.negatedAuxiliary!.test(t.norm);
    if (negated || HYPOTHETICAL_MODALS.has(t.norm)) return true;
    if (!AUXILIARIES.has(t.norm) && !isAdverb(t)) return false;
  }
  return false;
}

/** "saying", "asking", "adding": a cue verb's -ing form, which carries on the statement. */
const cueGerund = (t: Token): boolean => t.word && !t.cap && t.norm.endsWith('ing') && CUE_VERBS.has(t.norm);

/** The closing comma of a short aside opened by the comma at `comma` (an adverb or a prepositional phrase), or -1. */
function asideEnd(ctx: SentenceContext, comma: number): number {
  const { tokens } = ctx;
  const first = tokens[comma + 1];
  if (!first || !first.word || ctx.quoted[comma + 1] || !(isAdverb(first) || PREPOSITIONS.has(first.norm))) return -1;
  for (let j = comma + 2; j < Math.min(tokens.length, comma + 8); j++) {
    if (tokens[j]!.text === ',') return j;
    if (!tokens[j]!.word || ctx.quoted[j]) return -1;
  }
  return -1;
}

/** Skips adverbs, time words and short adjuncts ("in a statement", "to reporters", "by phone"). */
export function skipAdjuncts(ctx: SentenceContext, i: number): number {
  const { tokens } = ctx;
  for (let guard = 0; guard < 12 && i < tokens.length; guard++) {
    const t = tokens[i]!;
    if (ctx.quoted[i]) return i;
    if (t.word && (isAdverb(t) || isWeekday(t) || PATTERNS.timeWord!.test(t.norm))) { i++; continue; }
    // "noted, however, that", "reported, without citing sources, that": an aside set off by commas, before the content.
    if (t.text === ',') {
      const close = asideEnd(ctx, i);
      if (close > 0 && (tokens[close + 1]?.norm === 'that' || isOpeningQuote(tokens[close + 1]))) { i = close + 1; continue; }
    }
    if (t.norm === 'on' && tokens[i + 1] && isWeekday(tokens[i + 1]!)) { i += 2; continue; }
    // "have warned for years that"
    if (t.norm === 'for' && PATTERNS.durationWord!.test(tokens[i + 1]?.norm ?? '')) { i += 2; continue; }
    // "in a statement", "in an interview", "in a blog post published Thursday", "to reporters", "by telephone"
    const next = tokens[i + 1];
    // "to reporters", "to the BBC" are adjuncts; "to keep trying" is the content.
    const toListener = t.norm !== 'to' || (next !== undefined && (isDeterminer(next) || next.cap || PEOPLE_NOUNS.has(next.norm)));
    if (ADJUNCT_PREPOSITIONS.has(t.norm) && next?.word && toListener) {
      let j = i + 1;
      while (j < tokens.length && j - i <= 6 && tokens[j]!.word && !ctx.quoted[j] && tokens[j]!.norm !== 'that'
        && !CLAUSE_VERBS.has(tokens[j]!.norm) && !cueGerund(tokens[j]!)) j++;
      const stop = tokens[j];
      if (j - i <= 6 && (!stop || stop.norm === 'that' || stop.text === ',' || stop.text === ':' || isOpeningQuote(stop)
        || PATTERNS.sentenceEnd!.test(stop.text) || cueGerund(stop))) return j;
      return i;
    }
    return i;
  }
  return i;
}

/** Does a clause start at token i: "the company would ...", "it was taken", "Sudan had already shown"? */
function clauseAt(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  if (!tokens[i] || PREPOSITIONS.has(tokens[i]!.norm)) return false;
  // "told Reuters they heard ...": a subject pronoun and a word open a clause.
  if (SUBJECT_PRONOUNS.has(tokens[i]!.norm) && tokens[i + 1]?.word && !ctx.quoted[i]) return true;
  for (let j = i; j < Math.min(tokens.length, i + 7); j++) {
    const t = tokens[j]!;
    if (!t.word) return false;
    if (j > i && (CLAUSE_VERBS.has(t.norm) || PATTERNS.contraction!.test(t.norm) || (PATTERNS.pastTense!.test(t.norm) && !isNameWord(t)))) return true;
  }
  return false;
}

/** What follows the verb introduces content: "that", a quotation, a colon, a clause. */
export function contentFollows(ctx: SentenceContext, at: number): boolean {
  const t = ctx.tokens[at];
  if (!t) return true; // the verb ends the sentence: the claim came before it
  if (t.norm === 'that' || t.text === ':' || isOpeningQuote(t) || ctx.quoted[at]) return true;
  if (t.text === ',' || PATTERNS.sentenceEnd!.test(t.text)) return true;
  if (t.norm === 'how' || t.norm === 'whether' || t.norm === 'why' || t.norm === 'what') return true;
  if (t.norm === 'of' || t.norm === 'against') return true; // "warned of", "warned against"
  if (cueGerund(t)) return true; // "posted to Twitter asking if"
  return clauseAt(ctx, at) || objectThenInfinitive(ctx, at);
}

/** "warned people to stay away", "urged them not to": a listener, then what they should do. */
function objectThenInfinitive(ctx: SentenceContext, at: number): boolean {
  const { tokens } = ctx;
  for (let j = at; j < Math.min(tokens.length, at + 4); j++) {
    const t = tokens[j]!;
    if (!t.word || ctx.quoted[j]) return false;
    if (t.norm === 'to' && j > at) {
      const next = tokens[j + 1];
      return !!next && next.word && !next.cap && !isDeterminer(next) && !PATTERNS.number!.test(next.norm);
    }
  }
  return false;
}

/** The listener after "told": "told Reuters", "told an Iraqi newspaper", "told cops". */
export function listenerAfter(ctx: SentenceContext, at: number): { end: number; phrase: Phrase | null } | null {
  const t = ctx.tokens[at];
  if (!t || ctx.quoted[at]) return null;
  if (OBJECT_PRONOUNS.has(t.norm)) return { end: at + 1, phrase: null };
  const phrase = phraseAfter(ctx, at);
  return phrase ? { end: phrase.span.end, phrase } : null;
}

export interface NeedsResult {
  ok: boolean;
  /** Where the claim starts when it follows the verb. */
  claimFrom: number;
  /** The listener of "told X that", which is not a source. */
  listenerEnd?: number;
}

/** Whether the words after a cue verb make it a statement, given what the verb needs. */
export function checkNeeds(ctx: SentenceContext, v: VerbAt, subjectHead: Token | undefined, inverted: boolean): NeedsResult {
  const { tokens } = ctx;
  const after = skipAdjuncts(ctx, v.end);
  // "claimed responsibility", "posted a photo": the verb is not reporting anything.
  if (tokens.slice(v.end, v.end + 3).some((t) => v.verb.except.has(t.norm))) return { ok: false, claimFrom: after };
  switch (v.verb.needs) {
    case 'none':
      return { ok: true, claimFrom: after };
    case 'complement': {
      // "warned lawmakers that ...": a listener, then the content.
      const listener = inverted ? null : listenerAfter(ctx, after);
      if (listener && tokens[listener.end]?.norm === 'that' && !ctx.quoted[listener.end]) return { ok: true, claimFrom: listener.end, listenerEnd: listener.end };
      // "posted to Twitter asking if ...": the claim is what the gerund introduces.
      return { ok: inverted || contentFollows(ctx, after), claimFrom: tokens[after] && cueGerund(tokens[after]!) ? after + 1 : after };
    }
    case 'forward':
      return { ok: !inverted && tokens[after] !== undefined && tokens[after]!.word && contentFollows(ctx, after), claimFrom: after };
    case 'quote': {
      const quoteAfter = tokens.slice(v.end).some((tk, k) => ctx.quoted[v.end + k] || isOpeningQuote(tk));
      const asHow = tokens[after]?.norm === 'how' || (tokens.slice(v.end, v.end + 6).some((tk) => tk.norm === 'as') && quoteAfter);
      // "“Why now?” she asked.": the quotation came first.
      const quoteBefore = inverted && ctx.quoted.some((q, k) => q && k < v.start);
      return { ok: quoteAfter || asHow || quoteBefore, claimFrom: after };
    }
    case 'of':
      return { ok: tokens.slice(v.end).some((tk, k) => tk.norm === 'of' && !ctx.quoted[v.end + k]), claimFrom: after };
    case 'research': {
      const head = subjectHead?.norm ?? '';
      // "The study found no link ...": a document finds what its object says (a team may find a wreck).
      const documentObject = DOCUMENT_NOUNS.has(head) && !inverted && tokens[after]?.word === true && !ctx.quoted[after];
      const ok = (DOCUMENT_NOUNS.has(head) || RESEARCHERS.has(head)) && (contentFollows(ctx, after) || documentObject);
      return { ok, claimFrom: after };
    }
    case 'object': {
      if (inverted) return { ok: true, claimFrom: after };
      const listener = listenerAfter(ctx, after);
      if (!listener) return { ok: false, claimFrom: after };
      let k = skipAdjuncts(ctx, listener.end);
      while (tokens[k] && PATTERNS.ellipsis!.test(tokens[k]!.text)) k++;
      const next = tokens[k];
      const ok = !next || next.norm === 'that' || next.text === ':' || next.text === ',' || isOpeningQuote(next) || ctx.quoted[k]
        || clauseAt(ctx, k) || (next.norm === 'about' || next.norm === 'of');
      return { ok: ok && next?.norm !== 'to', claimFrom: k, listenerEnd: listener.end };
    }
  }
}

/** Is the token just before i a comma or a closing quotation mark (the verb follows the claim)? */
export function followsClaim(ctx: SentenceContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev) return false;
  return prev.text === ',' || isClosingQuote(prev) || (isDeterminer(prev) === false && PATTERNS.dash!.test(prev.text));
}

export { BE_FORMS };
