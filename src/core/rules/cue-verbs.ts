// Where the cue verbs are in a sentence, and whether what follows one makes it a statement:
// "warned that ..." is a cue, "warned the team" alone is not (see `needs` in lexicon/cue-verbs.json).
import { C, F, type CueVerb, type Language } from '../lang/types';
import { PATTERNS } from '../patterns';
import type { Phrase } from '../sources/noun-phrase';
import { phraseAfter } from '../sources/noun-phrase';
import { hasForm, is, isAdverb, isClosingQuote, isDeterminer, isFunctionWord, isNameWord, isOpeningQuote, isSourceNoun, isWeekday } from '../sources/words';
import type { Token } from '../text/tokens';
import type { VerbAt } from '../context';
import type { SentenceContext } from './types';

export type { VerbAt };

/** "that" (or the language's complementizer) at token i, outside quotations or not. */
export function isThat(ctx: SentenceContext, i: number): boolean {
  if (!ctx.lang.roles.complementizer.has(ctx.tokens[i]?.norm ?? '')) return false;
  // "told reporters that night.": a demonstrative before a time noun that ends the clause.
  const next = ctx.tokens[i + 1];
  const after = ctx.tokens[i + 2];
  const timeNoun = next !== undefined && (is(next, C.TIME) || ctx.lang.time.periods.has(next.norm)) && !is(next, C.AUX | C.BE);
  return !(timeNoun && (!after || !after.word));
}

/** An auxiliary or a verb of the "had"/"has" kind: it opens a clause after a subject. */
const isClauseVerb = (lang: Language, t: Token): boolean => is(t, C.AUX) || lang.grammar.clauseVerbs.has(t.norm);

export { isClosingQuote, isOpeningQuote };

/** Does token i close a quotation: a closing mark, or the language's mark that ends one (German “ of „…“)? */
export function closesQuote(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.word) return false;
  return PATTERNS.closingQuote.test(t.text) || ctx.quotes.some((q) => !q.open && q.end === t.end && q.start < t.start);
}

/** The cue verbs of a sentence that stand outside quotations, in order (found once per sentence, kept on it). */
export function findCueVerbs(ctx: SentenceContext): VerbAt[] {
  return (ctx.cueVerbs ??= scanCueVerbs(ctx));
}

/**
 * Per pack: the words that are a cue verb's form by themselves (a one-word form, a separable verb's
 * first part). With the phrasal forms' first two words (phrasalIndex), what wakes the cue-verb rules
 * (rules/types.ts triggerCueVerbs), and what scanCueVerbs looks for.
 */
const cueWordsOf = new WeakMap<Language, ReadonlySet<string>>();

export function cueWords(lang: Language): ReadonlySet<string> {
  let words = cueWordsOf.get(lang);
  if (!words) cueWordsOf.set(lang, (words = new Set([...lang.cueVerbs.keys(), ...lang.particleCues.keys()])));
  return words;
}

/** A phrasal form of a cue verb ("ha dicho", "goes on to say"). */
type PhrasalForm = { words: string[]; verb: CueVerb };

/** Phrasal forms by their first word, then by their second. */
export type PhrasalIndex = ReadonlyMap<string, ReadonlyMap<string, readonly PhrasalForm[]>>;

/**
 * Per pack: a phrasal form's first word → its second word → those forms, in the pack's order (longest
 * first). Spanish and Portuguese list hundreds of forms after one auxiliary or pronoun ("ha" 725,
 * "se" 187, "tem" 454), words found in most sentences, and the word after it leaves few or none of
 * them ("ha sido", "está a"): only those are compared, and only those wake the cue-verb rules.
 */
const phrasalIndexOf = new WeakMap<Language, PhrasalIndex>();

export function phrasalIndex(lang: Language): PhrasalIndex {
  let index = phrasalIndexOf.get(lang);
  if (!index) {
    const byFirst = new Map<string, Map<string, PhrasalForm[]>>();
    for (const [first, forms] of lang.phrasalCues) {
      const bySecond = new Map<string, PhrasalForm[]>();
      for (let f = 0; f < forms.length; f++) {
        const p = forms[f]!;
        const same = bySecond.get(p.words[1]!);
        if (same) same.push(p);
        else bySecond.set(p.words[1]!, [p]);
      }
      byFirst.set(first, bySecond);
    }
    phrasalIndexOf.set(lang, (index = byFirst));
  }
  return index;
}

/** No phrasal forms to compare (a shared empty list). */
const NO_FORMS: readonly PhrasalForm[] = [];

function scanCueVerbs(ctx: SentenceContext): VerbAt[] {
  const out: VerbAt[] = [];
  const { tokens, lang } = ctx;
  const words = cueWords(lang);
  const byFirst = phrasalIndex(lang);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A capitalized common noun ("Angaben", "Berichten") is no verb, whatever its letters.
    if (!t.word || ctx.quoted[i] || t.cap || t.common) continue;
    // Most words start no cue verb: two lookups tell, before the tables are asked.
    const bySecond = byFirst.get(t.norm);
    if (!bySecond && !words.has(t.norm)) continue;
    // The first phrasal form written here (the longest): plain loops, since Spanish and Portuguese list
    // hundreds after one auxiliary ("ha" 725, "tem" 454) and a closure per form and word made a hot spot.
    // ("called Wednesday for", "alertou hoje para": a weekday or a time word may stand between the verb and the rest of its form.)
    const gap = is(tokens[i + 1], C.WEEKDAY | C.TIME) && !ctx.quoted[i + 1] ? 1 : 0;
    let phrasal: PhrasalForm | undefined;
    let phrasalEnd = i;
    // Every phrasal form has a second word: right after the first, the forms with that word are the only
    // ones that can match; after a weekday, all of them are tried.
    const forms = (gap === 1 ? lang.phrasalCues.get(t.norm) : bySecond?.get(tokens[i + 1]?.norm ?? '')) ?? NO_FORMS;
    for (let f = 0; f < forms.length && !phrasal; f++) {
      const p = forms[f]!;
      for (let skip = 0; skip <= gap; skip++) {
        let k = 1;
        while (k < p.words.length && tokens[i + skip + k]?.norm === p.words[k]) k++;
        if (k >= p.words.length) {
          phrasal = p;
          phrasalEnd = i + skip + p.words.length;
          break;
        }
      }
    }
    if (phrasal) {
      // (A pronoun the form spells, "limitou-se a dizer", is the form's own: only the word before it may except it.)
      if (exceptedBefore(ctx, i, i + 1, phrasal.verb)) continue;
      out.push({ start: i, end: phrasalEnd, verb: phrasal.verb });
      i = phrasalEnd - 1;
      continue;
    }
    // "Die Polizei teilte am Montag mit, dass ...": a separable verb's particle closes its clause.
    const separable = lang.particleCues.get(t.norm);
    if (separable) {
      const found = separable.map((verb) => ({ verb, at: particleAfter(ctx, i + 1, verb) })).find((p) => p.at > 0);
      if (found) {
        out.push({ start: i, end: found.at, verb: found.verb });
        continue;
      }
    }
    const verb = lang.cueVerbs.get(t.norm);
    if (!verb || !is(t, C.CUE)) continue;
    // "claims rose", "reports say": a cue word followed by a verb is a noun, the subject of that verb.
    const next = tokens[i + 1];
    if (verb.alsoNoun && next?.word && !next.cap && is(next, C.AUX | C.IRREGULAR_PAST | C.CUE)
      && !ctx.quoted[i + 1] && !isThat(ctx, i + 1)) continue;
    if (nounAfterDeterminer(ctx, i, verb)) continue;
    // "She scrutinized reports like the one on flooding": right after a verb in the past (not a passive's
    // participle, "declined to be named says"), a plural form is that verb's object.
    const past = tokens[i - 1];
    if (verb.alsoNoun && hasForm(t, F.PLURAL) && past?.word && !past.cap && !ctx.quoted[i - 1] && (hasForm(past, F.PAST) || is(past, C.IRREGULAR_PAST))
      && !is(tokens[i - 2], C.AUX | C.BE) && !isThat(ctx, i + 1)) continue;
    // "Both firms have claims on the site": an auxiliary takes no plural form of a verb, so it is a noun.
    if (verb.alsoNoun && hasForm(t, F.PLURAL) && is(tokens[i - 1], C.AUX) && !ctx.quoted[i - 1]) continue;
    // "the expected losses", "its stated goal", "the alleged plot": a participle between an article
    // and its noun is an adjective.
    // (An article only: "Some accused Lee of …" has a subject there, "nos la resumió" an object pronoun.)
    const article = tokens[i - 1];
    if (hasForm(t, F.PAST | F.PARTICIPLE) && article && !ctx.quoted[i - 1] && (lang.roles.definite.has(article.norm) || lang.roles.indefinite.has(article.norm))
      && !lang.grammar.objectClitics.has(article.norm) && next?.word && !ctx.quoted[i + 1] && !isThat(ctx, i + 1) && !is(next, C.PREP)) continue;
    // "disse-lhe": the object pronoun written onto the verb is part of it.
    let end = i + 1;
    while (tokens[end]?.objectClitic) end++;
    if (exceptedBefore(ctx, i, end, verb)) continue;
    out.push({ start: i, end, verb });
    i = end - 1;
  }
  return out;
}

/** "se destaca", "destacou-se": a pronoun before the verb [start, end), or written onto it, that makes it something else. */
function exceptedBefore(ctx: SentenceContext, start: number, end: number, verb: CueVerb): boolean {
  if (!verb.exceptBefore.size) return false;
  const prev = ctx.tokens[start - 1];
  if (prev && !ctx.quoted[start - 1] && verb.exceptBefore.has(prev.norm)) return true;
  return ctx.tokens.slice(start + 1, end).some((t) => t.objectClitic === true && verb.exceptBefore.has(t.norm));
}

/** How far a separable particle may stand from its verb. */
const MAX_PARTICLE_DISTANCE = 12;

/**
 * Where the particle of `verb` ends later in the verb's clause (before a comma, colon or quotation),
 * or -1. A separable particle closes its clause ("teilte am Montag mit, dass"; "weist die Vorwürfe
 * von sich."); a word the verb merely needs may stand anywhere ("schätzt ... auf 10 Millionen").
 */
function particleAfter(ctx: SentenceContext, from: number, verb: CueVerb): number {
  const words = verb.particle!.split(' ');
  for (let j = from; j < Math.min(ctx.tokens.length, from + MAX_PARTICLE_DISTANCE); j++) {
    const t = ctx.tokens[j]!;
    if (ctx.quoted[j] || !t.word) return -1;
    if (!words.every((w, k) => ctx.tokens[j + k]?.norm === w && !ctx.quoted[j + k])) continue;
    const end = j + words.length;
    const after = ctx.tokens[end];
    if (verb.particleFree || !after || !after.word || isThat(ctx, end)) return end;
  }
  return -1;
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
  // The form a noun would have: the lemma, or its plural ("claims").
  const nounForm = t.norm === verb.lemma || (hasForm(t, F.PLURAL) && t.norm.startsWith(verb.lemma));
  if (!nounForm || !prev || ctx.quoted[i - 1]) return false;
  // "the governor's promises", "Trump's claims": after a possessive, a noun.
  if (prev.possessive) return true;
  if (!verb.alsoNoun) return false;
  if (isDeterminer(prev)) return !isThat(ctx, i - 1);
  const article = ctx.lang.roles.indefinite.has(tokens[i - 2]?.norm ?? '');
  if (isNameWord(prev)) return article || namedPluralNoun(ctx, i) || namedSingularNoun(ctx, i, verb);
  // "on an earnings call", "in a phone call": an article and a modifier.
  if (article && !prev.cap && !isFunctionWord(prev) && !isSourceNoun(prev)) return true;
  return !prev.cap && is(prev, C.STATEMENT) && tokens[i - 2] !== undefined && isDeterminer(tokens[i - 2]!);
}

/**
 * "The SEC report covering the year", "the Daily Ledger report, which says": the bare lemma
 * after an article and one name (not a plural, not "X and Y") cannot be that name's verb where the
 * lemma is no third-person form ("the FEC reports"); it is a noun. Where nouns take capitals the name
 * run cannot be told from a noun, so only where capitals mark names.
 */
function namedSingularNoun(ctx: SentenceContext, i: number, verb: CueVerb): boolean {
  const { tokens, lang } = ctx;
  if (!lang.capitalsMarkNames || tokens[i]!.norm !== verb.lemma || isThat(ctx, i + 1)) return false;
  let k = i - 1;
  while (k >= 0 && !ctx.quoted[k] && isNameWord(tokens[k]!) && !tokens[k]!.possessive) {
    if (hasForm(tokens[k]!, F.PLURAL) || lang.roles.coordinator.has(tokens[k]!.norm)) return false;
    k--;
  }
  const before = tokens[k];
  return before !== undefined && !ctx.quoted[k] && before.word && isDeterminer(before) && lang.roles.definite.has(before.norm);
}

/**
 * "32% of Republican claims as false", "Smith's Fifth Amendment claims, prosecutors say": a plural
 * cue noun after names that follow a preposition (and maybe an article), a quantity word or a possessive,
 * with no content after it (a preposition, a conjunction, a pause or a dash follows), is a noun. ("a reporter for Reuters reports
 * that": "that" follows; the verb stays.)
 */
function namedPluralNoun(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  if (!hasForm(tokens[i]!, F.PLURAL)) return false;
  let k = i - 1;
  while (k >= 0 && !ctx.quoted[k] && isNameWord(tokens[k]!) && !tokens[k]!.possessive) k--;
  // "of the Democratic claims": an article after the preposition ("…, The Daily Ledger reports." has none);
  // "many Labour claims as misleading": or a quantity word alone.
  const quantity = tokens[k] !== undefined && is(tokens[k], C.QUANT) && !tokens[k]!.cap && !ctx.quoted[k];
  if (!quantity && tokens[k] && isDeterminer(tokens[k]!) && !ctx.quoted[k]) k--;
  const before = tokens[k];
  if (!before || ctx.quoted[k] || !(quantity || before.possessive || is(before, C.PREP))) return false;
  const next = tokens[i + 1];
  if (!next || isThat(ctx, i + 1) || ctx.quoted[i + 1]) return false;
  if (!next.word) return next.text === ',' || PATTERNS.sentenceEnd.test(next.text) || PATTERNS.dash.test(next.text) || PATTERNS.longDash.test(next.text);
  return ctx.lang.roles.as.has(next.norm) || (is(next, C.PREP | C.CONJ) && !ctx.lang.grammar.contentPrepositions.has(next.norm));
}

/** Per pack: each `negatorPairs` second word → its first word ("noch" → "weder"), read once. */
const negatorPairsOf = new WeakMap<Language, Map<string, string>>();
function negatorPairs(lang: Language): Map<string, string> {
  let pairs = negatorPairsOf.get(lang);
  if (!pairs) {
    pairs = new Map();
    for (const pair of lang.grammar.negatorPairs ?? []) {
      const [first, second] = pair.split(' ');
      if (first && second) pairs.set(second, first);
    }
    negatorPairsOf.set(lang, pairs);
  }
  return pairs;
}

/**
 * Is token j the second word of one of the pack's `negatorPairs` ("weder … noch"), its first word
 * earlier and not already paired: the nearest of the two words before j must be the first ("Weder X
 * noch Y wollten …, doch der Sprecher hat noch betont": that second "noch" means "still").
 */
function secondOfNegatedPair(ctx: SentenceContext, j: number): boolean {
  const first = negatorPairs(ctx.lang).get(ctx.tokens[j]!.norm);
  if (first === undefined) return false;
  const second = ctx.tokens[j]!.norm;
  for (let k = j - 1; k >= 0; k--) {
    if (ctx.quoted[k]) continue;
    const w = ctx.tokens[k]!.norm;
    if (w === second) return false;
    if (w === first) return true;
  }
  return false;
}

/**
 * "did not say whether", "never confirmed", "could announce": the words right before the verb
 * (auxiliaries and adverbs) deny the statement or make it hypothetical, so nothing is attributed.
 */
export function deniedOrHypothetical(ctx: SentenceContext, verbStart: number): boolean {
  for (let j = verbStart - 1; j >= 0; j--) {
    const t = ctx.tokens[j]!;
    if (!t.word || ctx.quoted[j]) return false;
    if (is(t, C.NEG | C.HYPO) || hasForm(t, F.NEGATED)) return true;
    // "weder bestätigen noch dementieren": the second word of a negated pair, after its first.
    if (secondOfNegatedPair(ctx, j)) return true;
    // "não se manifestou", "no lo confirmó": an object pronoun stands between the negation and its verb.
    if (!is(t, C.AUX) && !isAdverb(t) && !ctx.lang.grammar.objectClitics.has(t.norm)) return false;
  }
  return false;
}

/**
 * "Die Polizei bestätigte den Bericht nicht.", "…, sagte er nicht.", "teilte … nicht mit": in
 * verb-second order a negator that closes the verb's clause (before its particle, a pause, "that" or
 * the sentence's end) denies the verb. ("sagte nicht nur, …": a negator inside the clause negates a
 * part of it, not the verb.)
 */
export function negatedAfter(ctx: SentenceContext, v: VerbAt): boolean {
  const { tokens } = ctx;
  const separated = v.verb.particle !== undefined && v.end - v.start > 1;
  const stop = separated ? v.end - 1 : tokens.length;
  let last = -1;
  for (let j = separated ? v.start + 1 : v.end; j < stop; j++) {
    if (!tokens[j]!.word || ctx.quoted[j] || isThat(ctx, j)) break;
    last = j;
  }
  const t = tokens[last];
  return t !== undefined && is(t, C.NEG) && !ctx.lang.grammar.negativeDeterminers.has(t.norm);
}

/** Words after a verb in which one of its `except` words makes it something else. */
const EXCEPT_REACH = 3;

/**
 * "claimed responsibility", "zeigte sich": one of the verb's `except` words within a few words after it,
 * in its own clause ("zeigt, dass sich …" is still a finding).
 */
export function exceptAfter(ctx: SentenceContext, v: VerbAt): boolean {
  if (!v.verb.except.size) return false;
  for (let j = v.end; j < Math.min(ctx.tokens.length, v.end + EXCEPT_REACH); j++) {
    const t = ctx.tokens[j]!;
    if (!t.word || ctx.quoted[j] || isThat(ctx, j)) return false;
    if (v.verb.except.has(t.norm)) return true;
  }
  return false;
}

/** An infinitive (or a pronoun written onto one) at `at`, outside quotations. */
function plannedInfinitive(ctx: SentenceContext, at: number): boolean {
  const t = ctx.tokens[at];
  return t !== undefined && t.word && !t.cap && !ctx.quoted[at] && hasForm(t, F.INFINITIVE);
}

/** "saying", "asking", "adding": a cue verb's -ing form, which carries on the statement. */
const cueGerund = (t: Token): boolean => t.word && !t.cap && hasForm(t, F.GERUND) && is(t, C.CUE);

/** Most words of an aside that "that" does not follow (", in a statement on Monday,"). */
const MAX_ASIDE_WORDS = 6;

/** The closing comma of a short aside opened by the comma at `comma` (an adverb or a prepositional phrase), or -1. */
export function asideEnd(ctx: SentenceContext, comma: number): number {
  const { tokens } = ctx;
  const first = tokens[comma + 1];
  if (!first || !first.word || ctx.quoted[comma + 1] || !(isAdverb(first) || is(first, C.PREP | C.NEG))) return -1;
  // ("said, during the presentation of the book in Maputo, that": a longer one when "that" follows it.)
  for (let j = comma + 2; j < Math.min(tokens.length, comma + 2 + MAX_ADJUNCT_BEFORE_THAT); j++) {
    if (tokens[j]!.text === ',') return j < comma + 2 + MAX_ASIDE_WORDS || isThat(ctx, j + 1) ? j : -1;
    if (!tokens[j]!.word || ctx.quoted[j]) return -1;
  }
  return -1;
}

/** A date's parts: a weekday, a time word ("pasado", a month), a number. */
const datePart = (ctx: SentenceContext, i: number): boolean => {
  const t = ctx.tokens[i];
  return t !== undefined && t.word && !ctx.quoted[i] && (isWeekday(t) || is(t, C.TIME) || PATTERNS.number.test(t.norm));
};

/** Where a date starting at token i ends ("10 de abril de 2022", "pasado martes"), or i. */
function dateEnd(ctx: SentenceContext, i: number): number {
  let j = i;
  while (datePart(ctx, j) || (j > i && ctx.lang.roles.genitive.has(ctx.tokens[j]?.norm ?? '') && datePart(ctx, j + 1))) j++;
  return j;
}

/**
 * An infinitive's marker and the infinitive at token i ("a presentar", "à rester"), where the language
 * marks infinitives. (A bare word of that form may be a noun: "le ministre".)
 */
function infinitiveAt(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || !t.word || ctx.quoted[i]) return false;
  const next = ctx.tokens[i + 1];
  return ctx.lang.roles.infinitive.has(t.norm) && next !== undefined && next.word && !next.cap && hasForm(next, F.INFINITIVE);
}

/** Longest adjunct skipped between a verb and its content ("in a statement", "a la prensa"). */
const MAX_ADJUNCT = 6;
/** Longest adjunct skipped when "that" follows it ("told the House Committee on Oversight that"). */
const MAX_ADJUNCT_BEFORE_THAT = 12;

/** Longest parenthesis skipped inside an adjunct ("(3)", "(local time)"). */
const MAX_ADJUNCT_PARENTHESIS = 4;

/** The ")" closing the short parenthesis opened at `open`, if only words stand inside, or -1. */
function parenthesisEnd(ctx: SentenceContext, open: number): number {
  for (let j = open + 1; j < Math.min(ctx.tokens.length, open + 2 + MAX_ADJUNCT_PARENTHESIS); j++) {
    const t = ctx.tokens[j]!;
    if (t.text === ')') return j > open + 1 ? j : -1;
    if (!t.word || ctx.quoted[j]) return -1;
  }
  return -1;
}

/** Skips adverbs, time words and short adjuncts ("in a statement", "to reporters", "by phone"). */
export function skipAdjuncts(ctx: SentenceContext, i: number): number {
  const { tokens, lang } = ctx;
  /** Where a chain of adjuncts began: it must end where content opens, or none of it is skipped. */
  let chainFrom = -1;
  for (let guard = 0; guard < 12 && i < tokens.length; guard++) {
    const t = tokens[i]!;
    if (ctx.quoted[i]) return i;
    // ("said this week that" steps over "this"; "said this was" does not: a time word that is also a
    // determiner is one only before its time noun.)
    const next0 = tokens[i + 1];
    const timeDeterminer = is(t, C.TIME) && isDeterminer(t) && !(next0 && (is(next0, C.TIME | C.WEEKDAY) || lang.time.periods.has(next0.norm)));
    if (t.word && (isAdverb(t) || isWeekday(t) || (is(t, C.TIME) && !timeDeterminer))) { i++; continue; }
    // "noted, however, that", "reported, without citing sources, that": an aside set off by commas, before the content.
    if (t.text === ',') {
      const close = asideEnd(ctx, i);
      if (close > 0 && (isThat(ctx, close + 1) || isOpeningQuote(tokens[close + 1]))) { i = close + 1; continue; }
    }
    if (lang.roles.on.has(t.norm) && tokens[i + 1] && isWeekday(tokens[i + 1]!)) { i += 2; continue; }
    // "soutient pour sa part que", "a affirmé de son côté que": an adverbial of several words the pack lists.
    const adverbial = adverbPhraseAt(ctx, i);
    if (adverbial > 0) { i += adverbial; continue; }
    // "dijo el 10 de abril que", "afirmó el pasado martes que": an article before a date (where the
    // language dates with an article, not a preposition, which the adjuncts below handle).
    if (lang.roles.on.has(t.norm) && !is(t, C.PREP)) {
      const end = dateEnd(ctx, i + 1);
      if (end > i + 1) { i = end; continue; }
    }
    // "have warned for years that"
    if (lang.grammar.durationPrepositions.has(t.norm) && lang.grammar.durations.has(tokens[i + 1]?.norm ?? '')) { i += 2; continue; }
    // "in a statement", "in an interview", "in a blog post published Thursday", "to reporters", "by telephone"
    const next = tokens[i + 1];
    // "to reporters", "to the BBC" are adjuncts; "to keep trying" is the content. "ao mercado": a
    // preposition written with its article takes any noun.
    const toListener = !lang.roles.to.has(t.norm) || isDeterminer(t) || (lang.grammar.articlePrepositions?.has(t.norm) ?? false)
      || (next !== undefined && (isDeterminer(next) || next.cap || is(next, C.PEOPLE) || lang.grammar.listeners.has(next.norm)));
    if (lang.grammar.adjunctPrepositions.has(t.norm) && next?.word && toListener) {
      let j = i + 1;
      let chained = false;
      for (; j < tokens.length && j - i <= MAX_ADJUNCT_BEFORE_THAT && !ctx.quoted[j] && !isThat(ctx, j); j++) {
        const x = tokens[j]!;
        // "wrote in an early morning tweet on Sunday": a short adjunct, then another.
        if (j > i + 2 && j - i <= MAX_ADJUNCT && !x.cap && lang.grammar.adjunctPrepositions.has(x.norm) && !lang.roles.to.has(x.norm)
          && !lang.roles.genitive.has(x.norm) && tokens[j + 1]?.word && !ctx.quoted[j + 1]
          && tokens.slice(i + 1, j).every((w) => !hasForm(w, F.INFINITIVE))) {
          chained = true;
          break;
        }
        // "nesta segunda-feira (3)": a short parenthesis inside the adjunct.
        const close = x.text === '(' ? parenthesisEnd(ctx, j) : -1;
        if (close > 0) { j = close; continue; }
        if (!x.word || isClauseVerb(lang, x) || cueGerund(x) || infinitiveAt(ctx, j)) break;
      }
      if (chained) {
        if (chainFrom < 0) chainFrom = i;
        i = j;
        continue;
      }
      const stop = tokens[j];
      // "expuso a la Dirección General de Centros Penales en 2021 que": a longer adjunct, when "that" ends it.
      if (stop && isThat(ctx, j) && j - i <= MAX_ADJUNCT_BEFORE_THAT) return j;
      if (chainFrom >= 0) {
        const opens = !stop || stop.text === ',' || stop.text === ':' || isOpeningQuote(stop) || PATTERNS.sentenceEnd.test(stop.text);
        return j - i <= MAX_ADJUNCT && opens ? j : chainFrom;
      }
      // "wrote in a campaign email to her supporters.": an adjunct that runs to the sentence's end may be longer.
      // ("acusó en redes sociales de tener ...": not one with an infinitive, which is the verb's content.)
      const endsSentence = !stop || PATTERNS.sentenceEnd.test(stop.text);
      // ("confirmou à SIC Notícias a abertura de um inquérito": an article after the adjunct's name opens the object.)
      const object = endsSentence ? objectAfterName(ctx, i + 2, j) : -1;
      if (object > 0) return object;
      if (endsSentence && (j - i <= MAX_ADJUNCT || tokens.slice(i + 1, j).every((w) => !hasForm(w, F.INFINITIVE)))) return j;
      // "instó a las partes a presentar pruebas": an infinitive ends the adjunct.
      if (stop && j - i <= MAX_ADJUNCT && (stop.text === ',' || stop.text === ':' || isOpeningQuote(stop)
        || cueGerund(stop) || infinitiveAt(ctx, j))) {
        // "told the newspaper, in an interview published on Sunday, that": an aside may follow.
        const close = stop.text === ',' ? asideEnd(ctx, j) : -1;
        if (close > 0 && (isThat(ctx, close + 1) || isOpeningQuote(tokens[close + 1]))) { i = close + 1; continue; }
        return j;
      }
      return i;
    }
    return i;
  }
  return i;
}

/** The longest adverbial phrase a pack lists (`adverbPhrases`), in tokens. */
const MAX_ADVERB_PHRASE = 4;

/** How many tokens of an adverbial phrase of the pack (`adverbPhrases`) start at token i, or 0. */
function adverbPhraseAt(ctx: SentenceContext, i: number): number {
  const phrases = ctx.lang.grammar.adverbPhrases;
  if (!phrases?.size || !ctx.tokens[i]?.word) return 0;
  let words = ctx.tokens[i]!.norm;
  let found = 0;
  for (let n = 2; n <= MAX_ADVERB_PHRASE; n++) {
    const t = ctx.tokens[i + n - 1];
    if (!t?.word || ctx.quoted[i + n - 1]) break;
    words = `${words} ${t.norm}`;
    if (phrases.has(words)) found = n;
  }
  return found;
}

/**
 * Between `from` and `to`, an article right after a name and before a common noun that is neither a
 * time word nor a person ("à SIC Notícias a abertura de um inquérito"): where the verb's object starts
 * after an adjunct, or -1.
 */
function objectAfterName(ctx: SentenceContext, from: number, to: number): number {
  const { tokens, lang } = ctx;
  for (let k = from; k < to - 1; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    const next = tokens[k + 1]!;
    if (t.cap || !(lang.roles.definite.has(t.norm) || lang.roles.indefinite.has(t.norm)) || !prev.word || !prev.cap) continue;
    if (next.word && !next.cap && !ctx.quoted[k + 1] && !is(next, C.TIME | C.WEEKDAY | C.PEOPLE | C.TITLE)
      && !lang.time.periods.has(next.norm)) return k;
  }
  return -1;
}

/** "they heard ...": a subject pronoun and a word open a clause. */
const pronounClause = (ctx: SentenceContext, i: number): boolean =>
  is(ctx.tokens[i], C.SUBJ) && ctx.tokens[i + 1]?.word === true && !ctx.quoted[i];

/** Does a clause start at token i: "the company would ...", "it was taken", "Sudan had already shown"? */
function clauseAt(ctx: SentenceContext, i: number): boolean {
  const { tokens, lang } = ctx;
  if (!tokens[i] || is(tokens[i], C.PREP)) return false;
  // "told Reuters they heard ...": a subject pronoun and a word open a clause.
  if (pronounClause(ctx, i)) return true;
  // "told Breitbart News he’d support ...": a subject pronoun with its auxiliary written on.
  if (hasForm(tokens[i], F.CONTRACTION) && lang.grammar.subjectPronouns.has(tokens[i]!.norm.split("'")[0]!) && !ctx.quoted[i]) return true;
  for (let j = i; j < Math.min(tokens.length, i + 7); j++) {
    const t = tokens[j]!;
    if (!t.word) return false;
    if (j > i && (isClauseVerb(lang, t) || hasForm(t, F.CONTRACTION) || (hasForm(t, F.PAST) && !isNameWord(t) && !pastFormNoun(ctx, j)))) return true;
  }
  return false;
}

/** A past form between an article and a preposition is a noun: "annonce l'arrivée d'un", "a rappelé les députés à l'ordre". */
function pastFormNoun(ctx: SentenceContext, j: number): boolean {
  const before = ctx.tokens[j - 1];
  const after = ctx.tokens[j + 1];
  return before !== undefined && isDeterminer(before) && after !== undefined && is(after, C.PREP) && !ctx.quoted[j + 1];
}

/** What follows the verb introduces content: "that", a quotation, a colon, a clause. */
export function contentFollows(ctx: SentenceContext, at: number): boolean {
  const t = ctx.tokens[at];
  if (!t) return true; // the verb ends the sentence: the claim came before it
  if (isThat(ctx, at) || t.text === ':' || isOpeningQuote(t) || ctx.quoted[at]) return true;
  if (t.text === ',' || PATTERNS.sentenceEnd.test(t.text)) return true;
  if (ctx.lang.grammar.interrogatives.has(t.norm)) return true;
  if (ctx.lang.grammar.contentPrepositions.has(t.norm)) return true; // "warned of", "warned against"
  if (cueGerund(t)) return true; // "posted to Twitter asking if"
  if ((hasForm(t, F.INFINITIVE) && !t.cap) || infinitiveAt(ctx, at)) return true; // "a dit attendre une décision", "instó a las partes a presentar"
  // "disse não ter recebido", "dijo no tener", "a dit ne pas avoir": a denied infinitive is content too.
  if (is(t, C.NEG) && !ctx.quoted[at]) {
    const next = is(ctx.tokens[at + 1], C.NEG) ? at + 2 : at + 1;
    const inf = ctx.tokens[next];
    if (inf && inf.word && !inf.cap && !ctx.quoted[next] && hasForm(inf, F.INFINITIVE)) return true;
  }
  return clauseAt(ctx, at) || objectThenInfinitive(ctx, at);
}

/** The longest listener before "to" ("urged Michigan Gov. Rick Snyder to"). */
const MAX_INFINITIVE_OBJECT = 6;
/** Listeners up to this many words before "to" need not be one noun phrase ("urged them not to"). */
const SHORT_INFINITIVE_OBJECT = 3;

/** "warned people to stay away", "urged them not to": a listener, then what they should do. */
function objectThenInfinitive(ctx: SentenceContext, at: number): boolean {
  const { tokens } = ctx;
  for (let j = at; j < Math.min(tokens.length, at + MAX_INFINITIVE_OBJECT + 1); j++) {
    const t = tokens[j]!;
    if (!t.word || ctx.quoted[j]) return false;
    if (ctx.lang.roles.infinitive.has(t.norm) && j > at) {
      // (Past a few words, only a phrase that ends at "to" is a listener: not "proposed a ban on people trying to".)
      if (j - at > SHORT_INFINITIVE_OBJECT && phraseAfter(ctx, at)?.span.end !== j) return false;
      const next = tokens[j + 1];
      // Where the language marks its infinitives, the verb must be one ("explicó la situación a periodistas" has none).
      const verbForm = ctx.lang.data.morphology.infinitive === null || hasForm(next, F.INFINITIVE);
      return !!next && next.word && !next.cap && !isDeterminer(next) && !PATTERNS.number.test(next.norm) && verbForm;
    }
  }
  return false;
}

/** The longest audience read after "told" once the claim has come before it. */
const MAX_AUDIENCE_TOKENS = 12;

/**
 * "“…,” the senator told a rally in Dayton.", "he tells hundreds of supporters at a victory party":
 * after the claim, whatever follows "told" up to the clause's end is its audience and adjuncts, not a
 * phrase the source grammar need know. With `toThat`, the audience ends where the content opens
 * instead: "that", a colon, a quotation, "whether" ("told a crowd in Miami on Tuesday that ...",
 * "asked the crowd: “…”"). Null when a clause, a cue or a long stretch stands there.
 */
export function audienceAfter(ctx: SentenceContext, at: number, toThat = false): { end: number; phrase: null } | null {
  const { tokens } = ctx;
  let j = at;
  for (; j < tokens.length && j - at < MAX_AUDIENCE_TOKENS; j++) {
    const t = tokens[j]!;
    if (toThat && !ctx.quoted[j] && (isThat(ctx, j) || ctx.lang.grammar.interrogatives.has(t.norm))) break;
    // "told a news conference they are …": a subject pronoun after the audience opens the content.
    if (toThat && j > at && pronounClause(ctx, j)) break;
    // "a town hall in Salem, New Hampshire, on Tuesday": a town and its state, set off by commas.
    const stateEnd = t.text === ',' && !ctx.quoted[j] ? placeStateEnd(ctx, j) : -1;
    if (stateEnd > 0) {
      j = stateEnd;
      continue;
    }
    if (!t.word && !ctx.quoted[j]) break; // a short quoted name ("NBC's “Today”") is part of it
    // "“…,” he told Reuters in Macau when asked about ...": after the claim, a subordinate clause ends the audience.
    if (!toThat && j > at && !ctx.quoted[j] && is(t, C.SUBORD) && tokens[j - 1]!.word) break;
    if (t.word && !ctx.quoted[j] && (is(t, C.CUE | C.SUBORD | C.REL | C.AUX | C.BE) || isThat(ctx, j) || isClauseVerb(ctx.lang, t))) return null;
  }
  const end = tokens[j];
  if (j === at || !tokens[at]!.word || ctx.quoted[at]) return null;
  if (toThat) {
    const content = end && !ctx.quoted[j] && (isThat(ctx, j) || end.text === ':' || ctx.lang.grammar.interrogatives.has(end.norm) || pronounClause(ctx, j));
    return content || (end && isOpeningQuote(end)) ? { end: j, phrase: null } : null;
  }
  return !end || end.text === ',' || PATTERNS.sentenceEnd.test(end.text) ? { end: j, phrase: null } : null;
}

/** Longest state or region name after a town ("Salem, New Hampshire,"). */
const MAX_STATE_WORDS = 3;

/** At the comma after a town's name, the comma that closes its state ("Salem, New Hampshire, on ..."), or -1. */
function placeStateEnd(ctx: SentenceContext, comma: number): number {
  const { tokens } = ctx;
  if (!tokens[comma - 1] || !isNameWord(tokens[comma - 1]!)) return -1;
  let k = comma + 1;
  while (k - comma - 1 < MAX_STATE_WORDS && tokens[k]?.word && tokens[k]!.cap && !ctx.quoted[k]) k++;
  return k > comma + 1 && tokens[k]?.text === ',' && !ctx.quoted[k] ? k : -1;
}

/** The listener after "told": "told Reuters", "told an Iraqi newspaper", "told cops". */
/**
 * "told his podcast listeners on Friday, “…”": whoever is told is a listener, whatever noun names them,
 * when what was told follows ("that", a colon, or a comma and a quotation; not "told the story of").
 */
function anyListener(ctx: SentenceContext, at: number): Phrase | null {
  const phrase = phraseAfter(ctx, at, true);
  if (!phrase) return null;
  const k = skipAdjuncts(ctx, phrase.span.end);
  const next = ctx.tokens[k];
  if (!next || ctx.quoted[k]) return null;
  const quoteAfterComma = next.text === ',' && (ctx.quoted[k + 1] === true || isOpeningQuote(ctx.tokens[k + 1]));
  return isThat(ctx, k) || next.text === ':' || quoteAfterComma ? phrase : null;
}

export function listenerAfter(ctx: SentenceContext, at: number, anyNoun = false): { end: number; phrase: Phrase | null } | null {
  const t = ctx.tokens[at];
  if (!t || ctx.quoted[at]) return null;
  if (ctx.lang.grammar.listeners.has(t.norm)) return { end: at + 1, phrase: null };
  const phrase = phraseAfter(ctx, at) ?? (anyNoun ? anyListener(ctx, at) : null);
  if (!phrase) return null;
  // "told NBC’s “Meet the Press” that": a quoted name ends the listener with its closing mark.
  let end = phrase.span.end;
  // "told the victims’ families": a possessive owns the noun after it, which ends the listener.
  if (ctx.tokens[end - 1]!.possessive && ctx.tokens[end]?.word && !ctx.quoted[end]) end = phraseAfter(ctx, end, true)?.span.end ?? end;
  // "told Fox 35", "told Channel 4": a station's number ends its name.
  if (isNameWord(ctx.tokens[end - 1]!) && PATTERNS.number.test(ctx.tokens[end]?.norm ?? '') && !ctx.quoted[end]) end++;
  const closing = ctx.tokens[end];
  return { end: closing && ctx.quoted[end - 1] && isClosingQuote(closing) ? end + 1 : end, phrase };
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
  if (exceptAfter(ctx, v)) return { ok: false, claimFrom: after };
  // "prevé despedir a 300 trabajadores": what the subject plans to do, not what it says.
  if (v.verb.plansInfinitive && plannedInfinitive(ctx, after)) return { ok: false, claimFrom: after };
  switch (v.verb.needs) {
    case 'none':
      return { ok: true, claimFrom: after };
    case 'complement': {
      // "warned lawmakers that ...": a listener, then the content.
      const listener = inverted ? null : listenerAfter(ctx, after);
      if (listener && isThat(ctx, listener.end) && !ctx.quoted[listener.end]) return { ok: true, claimFrom: listener.end, listenerEnd: listener.end };
      // "valoró el empate: «Es un punto de oro»": what is spoken of, a colon, then the words.
      const colonQuote = inverted ? -1 : quotationAfterObject(ctx, after);
      if (colonQuote > 0) return { ok: true, claimFrom: colonQuote };
      // "Le baromètre souligne une forte hausse", "the report notes a sharp rise": a document states what
      // its verb's indefinite object says (a person's "notes a rise" may be an observation of their own; "the
      // bill states its purpose", "analiza el sueño" say what the document is about).
      const documentObject = !inverted && is(subjectHead, C.DOCUMENT) && !ctx.quoted[after] && ctx.lang.grammar.indefinites.has(tokens[after]?.norm ?? '')
        && tokens[after + 1]?.word === true && !ctx.quoted[after + 1];
      // "o relatório aponta falhas graves": a document states what a bare noun after the verb names.
      const first = tokens[after];
      const findings = !inverted && is(subjectHead, C.DOCUMENT) && first !== undefined && first.word && !first.cap && !ctx.quoted[after]
        && !isFunctionWord(first) && !is(first, C.PREP | C.DET | C.ADV | C.AUX | C.BE | C.CUE) && !hasForm(first, F.INFINITIVE | F.GERUND | F.PARTICIPLE);
      if (findings) return { ok: true, claimFrom: after };
      // "posted to Twitter asking if ...": the claim is what the gerund introduces.
      return { ok: inverted || documentObject || contentFollows(ctx, after) || quotedObject(ctx, after), claimFrom: tokens[after] && cueGerund(tokens[after]!) ? after + 1 : after };
    }
    case 'forward':
      return { ok: !inverted && tokens[after] !== undefined && tokens[after]!.word && contentFollows(ctx, after), claimFrom: after };
    case 'quote': {
      const quoteAfter = tokens.slice(v.end).some((tk, k) => ctx.quoted[v.end + k] || isOpeningQuote(tk));
      const asHow = ctx.lang.roles.how.has(tokens[after]?.norm ?? '') || (tokens.slice(v.end, v.end + 6).some((tk) => ctx.lang.roles.as.has(tk.norm)) && quoteAfter);
      // "“Why now?” she asked.": the quotation came first.
      const quoteBefore = inverted && ctx.quoted.some((q, k) => q && k < v.start);
      return { ok: quoteAfter || asHow || quoteBefore || (v.verb.names && !inverted && namingObject(ctx, after)), claimFrom: after };
    }
    case 'of': {
      // "people accused of crimes", "was accused of lying": "of" right after the verb, after a common noun
      // or a form of "be", is a passive, and the accuser is not named ("whom he had accused of" is active).
      const before = tokens[v.start - 1];
      const passive = ctx.lang.roles.genitive.has(tokens[v.end]?.norm ?? '') && before !== undefined && before.word
        && hasForm(tokens[v.start], F.PARTICIPLE) && (is(before, C.BE) || (!before.cap && !is(before, C.SUBJ | C.AUX | C.REL | C.PRON | C.ADV) && !isAdverb(before)));
      // ("“…”, accused Smith": after a quotation, the quotation is what the speaker accuses.)
      const quoteBefore = inverted && ctx.quoted.some((q, k) => q && k < v.start);
      return { ok: quoteBefore || (!passive && tokens.slice(v.end).some((tk, k) => ctx.lang.roles.genitive.has(tk.norm) && !ctx.quoted[v.end + k])), claimFrom: after };
    }
    case 'research': {
      const document = is(subjectHead, C.DOCUMENT);
      // "The study found no link ...": a document finds what its object says (a team may find a wreck).
      const documentObject = document && !inverted && tokens[after]?.word === true && !ctx.quoted[after];
      // "Gallup found that …", "the attorney general found that …", "12 percent indicated that …": a body,
      // an office holder or a share of those polled finds what a "that" clause says (not "he found that":
      // a pronoun's finding is often its own discovery).
      const finder = subjectHead !== undefined && !is(subjectHead, C.PRON) && isThat(ctx, after)
        && (isNameWord(subjectHead) || is(subjectHead, C.TITLE | C.INSTITUTION | C.ORG_WORD | C.QUANT));
      const ok = (document || finder || ctx.lang.grammar.researchers.has(subjectHead?.norm ?? '')) && (contentFollows(ctx, after) || documentObject);
      return { ok, claimFrom: after };
    }
    case 'object': {
      if (inverted) return { ok: true, claimFrom: after };
      // "asked whether ...", "asked: “…”", "asked, “…”": the content with no listener before it.
      const first = tokens[after];
      if (first && !ctx.quoted[after] && (ctx.lang.grammar.interrogatives.has(first.norm) || first.text === ':' || isOpeningQuote(first))) {
        return { ok: true, claimFrom: after };
      }
      const quoteAfterComma = tokens[after + 1] && (isOpeningQuote(tokens[after + 1]!) || ctx.quoted[after + 1]);
      if (first?.text === ',' && !ctx.quoted[after] && quoteAfterComma) return { ok: true, claimFrom: after + 1 };
      // (A verb that needs a listener takes any noun for one: "told his audience, “…”".)
      const listener = listenerAfter(ctx, after, true);
      if (listener) {
        let k = skipAdjuncts(ctx, listener.end);
        while (tokens[k] && PATTERNS.ellipsis.test(tokens[k]!.text)) k++;
        const next = tokens[k];
        const ok = !next || isThat(ctx, k) || next.text === ':' || next.text === ',' || isOpeningQuote(next) || ctx.quoted[k]
          || clauseAt(ctx, k) || ctx.lang.grammar.listenerContentPrepositions.has(next.norm) || ctx.lang.grammar.interrogatives.has(next.norm);
        if (ok && !ctx.lang.roles.infinitive.has(next?.norm ?? '')) return { ok: true, claimFrom: k, listenerEnd: listener.end };
      }
      // "told a crowd in Miami on Tuesday that ...": an audience of any shape, then "that".
      const audience = audienceAfter(ctx, after, true);
      return audience ? { ok: true, claimFrom: audience.end, listenerEnd: audience.end } : { ok: false, claimFrom: after };
    }
  }
}

/** How long the object of "called X a Y" may be. */
const MAX_NAMED_OBJECT = 6;

/** "called the plan a disaster", "called him a liar": an object, then an indefinite article and what the speaker calls it. */
function namingObject(ctx: SentenceContext, at: number): boolean {
  const { tokens, lang } = ctx;
  for (let k = at; k < Math.min(tokens.length, at + MAX_NAMED_OBJECT + 1); k++) {
    const t = tokens[k]!;
    // (A cue word after the object's article is a noun: "called the claims false".)
    const cueNoun = k > at && isDeterminer(tokens[k - 1]!) && !ctx.quoted[k - 1];
    if (!t.word || ctx.quoted[k] || is(t, C.AUX | C.BE | C.SUBORD | C.REL) || (is(t, C.CUE) && !cueNoun) || isThat(ctx, k)) return false;
    // "a party called Anti-Prom at a former factory": only "of" joins the object ("the head of the party a liar").
    if (is(t, C.PREP) && !lang.roles.genitive.has(t.norm)) return false;
    if (k > at && lang.roles.indefinite.has(t.norm)) return tokens[k + 1]?.word === true && !ctx.quoted[k + 1];
    // "called the claims false": an object with its article, then one plain word that ends the clause.
    if (k > at + 1 && isDeterminer(tokens[at]!) && !t.cap && !isDeterminer(t) && !isAdverb(t) && !is(t, C.PREP | C.TIME | C.PRON | C.CONJ)
      && !hasForm(t, F.GERUND | F.PLURAL) && !isSourceNoun(t) && clauseEndsAt(ctx, k + 1)) return true;
  }
  return false;
}

/** Does the clause end at token `i` (the sentence's end, a pause, "and" before another predicate)? */
function clauseEndsAt(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  return !t || PATTERNS.sentenceEnd.test(t.text) || t.text === ',' || t.text === ';' || ctx.lang.roles.coordinator.has(t.norm);
}

/** How far into the verb's object a quotation may start ("denunció un “uso excesivo de la fuerza”"). */
const MAX_QUOTED_OBJECT = 4;

/**
 * "denunció un “uso excesivo de la fuerza”", "called the plan a “disaster”": the verb's object quotes
 * the speaker's words, which makes it a statement.
 */
function quotedObject(ctx: SentenceContext, at: number): boolean {
  // The object: an article, then the quotation ("responde a “…”" is no object).
  if (!ctx.tokens[at] || ctx.quoted[at] || !isDeterminer(ctx.tokens[at]!)) return false;
  for (let j = at; j < Math.min(ctx.tokens.length, at + MAX_QUOTED_OBJECT + 1); j++) {
    const t = ctx.tokens[j]!;
    if (ctx.quoted[j] && isOpeningQuote(t)) return true;
    if (!t.word || ctx.quoted[j]) return false;
  }
  return false;
}

/** The longest object between a cue and a colon that opens a quotation ("explicó así su decisión: «…»"). */
const MAX_OBJECT_BEFORE_COLON = 5;

/**
 * Where the quotation starts after "OBJECT: «…»" following a cue verb (a short phrase of plain words, a
 * colon, then an opening quotation mark), or -1.
 */
function quotationAfterObject(ctx: SentenceContext, at: number): number {
  const { tokens } = ctx;
  for (let j = at; j < Math.min(tokens.length, at + MAX_OBJECT_BEFORE_COLON + 1); j++) {
    const t = tokens[j]!;
    if (t.text === ':') return ctx.quoted[j + 1] && isOpeningQuote(tokens[j + 1]) ? j + 1 : -1;
    if (!t.word || ctx.quoted[j] || is(t, C.CUE | C.AUX | C.BE)) return -1;
  }
  return -1;
}

/** Is the token just before i a comma or a closing quotation mark (the verb follows the claim)? */
export function followsClaim(ctx: SentenceContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev) return false;
  // "— Pourquoi ? a demandé le juge.": a question or an exclamation the sentence goes on after is a claim too.
  return prev.text === ',' || closesQuote(ctx, i - 1) || (isDeterminer(prev) === false && PATTERNS.dash.test(prev.text))
    || (i > 1 && !prev.word && PATTERNS.endsInQuestionOrExclamation.test(prev.text));
}


