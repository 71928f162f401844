// Finding the source's words around a cue: the subject before a verb ("Local sources in Mosul have
// told"), or the phrase after a cue ("according to the Iraqi newspaper Mada", "said Major General
// Najm al-Jubbouri, who ..."). Heuristic chunking over tokens, no parser: it stops at punctuation,
// function words and verbs, and steps over appositives and relative clauses.
import type { SentenceContext, TokenSpan } from '../context';
import { C, F, type Language } from '../lang/types';
import { GIVEN_NAMES, ORGANIZATIONS, OUTLETS, PLACES, nameKey } from '../lexicon';
import { PATTERNS } from '../patterns';
import type { Token } from '../text/tokens';
import { hasForm, is, isAdverb, isClosingQuote, isDayPossessive, isDemonym, isDeterminer, isFunctionWord, isModifierWord, isNamePart, isNameWord, isOpeningQuote, isSourceNoun, isTitle, isWeekday } from './words';

/** Longest source phrase the finder returns, in tokens: beyond this it has wandered into the claim. */
export const MAX_PHRASE_TOKENS = 14;
/** Longest relative clause set off by commas between a source and its verb (", who worked for ... and ...,"). */
const MAX_RELATIVE_APPOSITIVE_TOKENS = 30;
/** Longest noun phrase before the relative clause of a long appositive (", a top party operative who ..."). */
const MAX_NOUN_BEFORE_RELATIVE = 6;
/** Longest relative clause without "who" between a source and its verb ("experts I interviewed"). */
const MAX_REDUCED_RELATIVE = 4;
/** The most words of one name in a list of names ("Ohio, New Mexico and Utah"). */
const MAX_LIST_NAME_WORDS = 4;
/** Longest gerund phrase between a subject's noun and its verb ("speaking to the Ledger"). */
const MAX_GERUND_PHRASE = 10;
/** Longest appositive or relative clause stepped over between a source and its verb. */
export const MAX_APPOSITIVE_TOKENS = 16;
/** Longest name set off by commas, or after a description ("a advogada da família, Maria Oliveira"):
 * names with particles run to five words or more ("Luiz Inácio Lula da Silva"). */
const MAX_APPOSITIVE_NAME = 6;

export interface Phrase {
  /** The source's own words (no appositive, no relative clause). */
  span: TokenSpan;
  /** The words that name it in the sentence, appositives and relative clauses included. */
  mention: TokenSpan;
  /** Index of the head word (the noun or last name the phrase is about). */
  head: number;
  pronoun: boolean;
  /** A descriptive appositive next to the source (", a Kurdish news site"), for its kind. */
  appositive?: TokenSpan;
}

/** A subject pronoun at token i as a phrase of its own, resolved later ("he", "elle"). */
export const pronounPhrase = (i: number): Phrase => ({ span: { start: i, end: i + 1 }, mention: { start: i, end: i + 1 }, head: i, pronoun: true });

/** A word of time between a subject and its verb: "on Wednesday", "late", "this week". */
const isTimeWord = (lang: Language, t: Token): boolean => isWeekday(t) || lang.grammar.subjectTimeWords.has(t.norm);

/** "of", "in", "from": a preposition that joins the parts of one source ("sources in Mosul"). */
const isConnector = (lang: Language, t: Token): boolean => lang.grammar.phraseConnectors.has(t.norm);
/** "and", "&": joins two names or nouns inside one source. */
const isAnd = (lang: Language, t: Token): boolean => lang.roles.coordinator.has(t.norm) || t.text === '&';

/**
 * Where every noun takes a capital, what follows "and" or "of" inside a phrase is a noun, a name or
 * an article: "die Partei und die Fraktion", not "die Partei und streitet ab" (a verb).
 */
const nounAfterJoin = (lang: Language, next: Token): boolean => lang.capitalsMarkNames || next.cap || next.common === true || isDeterminer(next);

/** Is the token a plain word that can be part of a source phrase (outside quotations)? */
function usable(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.word && !ctx.quoted[i];
}

/** A token that could head or end a source phrase: a name, a known source noun, a number, an unknown noun. */
function nounish(t: Token | undefined): boolean {
  return t !== undefined && t.word && (isNameWord(t) || isSourceNoun(t) || (!t.cap && isModifierWord(t) && !isDeterminer(t))
    || (!t.cap && is(t, C.VAGUE) && isDeterminer(t))); // "muitos dos senadores", "many of the speakers"
}

/**
 * "Alguns afirmam que", "…, dizem outros", "according to some": a vague quantity word (an
 * anonymity phrase of one word that is a determiner) standing for the people it counts.
 */
function standaloneVague(t: Token | undefined, next: Token | undefined): boolean {
  // Not "Muitos dos senadores", "Many of the speakers": the phrase goes on.
  return t !== undefined && t.word && !t.cap && is(t, C.VAGUE) && isDeterminer(t)
    && !(next?.word && (nounish(next) || isDeterminer(next) || isModifierWord(next) || is(next, C.PREP)));
}

/** A plural that is no name ("employees", not "Sanders"): it describes a group, never one name set off after it. */
const commonPlural = (t: Token | undefined): boolean => t !== undefined && hasForm(t, F.PLURAL) && !isNameWord(t);

/** A name or a noun the lexicons know (what may stand on either side of "and" in one source). */
function strongNoun(t: Token | undefined): boolean {
  return t !== undefined && t.word && (isNameWord(t) || isSourceNoun(t) || isDemonym(t) || (t.form & F.PLURAL) !== 0);
}

/**
 * "El Gobierno colombiano y el ELN": where adjectives follow their noun, a plain adjective after a
 * name or a source noun ends the first of two joined phrases, as that noun would.
 */
function adjectiveAfterNoun(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  return ctx.lang.headInitial === true && t !== undefined && t.word && !t.cap && usable(ctx, k) && usable(ctx, k - 1) && isModifierWord(t)
    && !is(t, C.CUE | C.TIME | C.WEEKDAY) && !hasForm(t, F.PAST | F.PARTICIPLE | F.GERUND | F.INFINITIVE) && strongNoun(ctx.tokens[k - 1]) && ctx.tokens[k - 1]!.cap;
}

/** Is token i the word that joins the second of a pair opened by a "both" word earlier in the phrase ("tanto X como Y")? */
export function pairedAnd(ctx: SentenceContext, i: number, limit: number): boolean {
  const { tokens, lang } = ctx;
  if (!lang.roles.bothAnd?.has(tokens[i]?.norm ?? '') || ctx.quoted[i]) return false;
  for (let k = i - 1; k >= Math.max(limit, i - MAX_PHRASE_TOKENS); k--) {
    if (lang.roles.both.has(tokens[k]!.norm) && !ctx.quoted[k]) return true;
    if (!usable(ctx, k)) return false;
  }
  return false;
}

/** The first token of the clause holding token i (after punctuation or a subordinating word). */
function clauseStart(ctx: SentenceContext, i: number): number {
  let j = i;
  while (j > 0) {
    const t = ctx.tokens[j - 1]!;
    if (!t.word || ctx.quoted[j - 1]) break;
    j--;
  }
  return j;
}

/**
 * What stands between the comma at `comma` and the comma before it (index `j`): an appositive
 * (", who ...", ", the Virginia Democrat,", ", published in the journal Nature,"), a name
 * (", Fiona,"), an aside (", however,", ", in a statement,") or anything else.
 */
function commaSegment(ctx: SentenceContext, comma: number): { j: number; kind: 'appositive' | 'aside' | 'name' | 'other'; nameStart?: number } {
  const { tokens } = ctx;
  // A segment is set off by commas, or by dashes ("Jason Sims — a teacher from Mount Pleasant — says").
  const delimiter = tokens[comma]!.text;
  let j = comma - 1;
  // A short parenthesis inside it is stepped over: ", deputado Sóstenes Cavalcante (PL-RJ),".
  const inner: Token[] = [];
  while (j >= 0 && tokens[j]!.text !== delimiter && comma - j <= MAX_RELATIVE_APPOSITIVE_TOKENS) {
    const open = tokens[j]!.text === ')' ? parenthesisStart(ctx, j) : -1;
    if (open > 0) { j = open - 1; continue; }
    // ", 33%,": a share set off by commas; ", a lawyer at Smith & Cole,": a name joined by an ampersand.
    if (!tokens[j]!.word && !PATTERNS.percent.test(tokens[j]!.text) && !(tokens[j]!.text === '&' && isNameWord(tokens[j + 1]!))) break;
    inner.unshift(tokens[j]!);
    j--;
  }
  const first = inner[0];
  if (j <= 0 || tokens[j]!.text !== delimiter || ctx.quoted[j] || !first) return { j, kind: 'other' };
  // Only a relative clause runs longer than an appositive (", who worked for Ortiz in the 2008 primary and ...,",
  // ", a party operative who ...,").
  const relativeAt = inner.findIndex((x) => is(x, C.REL) && !x.cap);
  const relative = relativeAt === 0 || (relativeAt > 0 && relativeAt <= MAX_NOUN_BEFORE_RELATIVE && isDeterminer(first));
  // A description that opens with an article or a role runs as long as a relative clause (", director of the
  // Center for ... at ... University,", ", a former staff member for ... such as ... and ...,").
  const description = (isDeterminer(first) && !first.cap) || (!first.cap && is(first, C.PEOPLE | C.TITLE));
  if (comma - j > MAX_APPOSITIVE_TOKENS + 1 && !relative && !description) return { j, kind: 'other' };
  // ", deputado Sóstenes Cavalcante,", ", campaign chairman Rick Gates,": a role, then the name it belongs to.
  const article = ctx.lang.roles.definite.has(first.norm) ? 1 : 0;
  const role = inner.findIndex((x, k) => k >= article && !(!x.cap && is(x, C.PEOPLE | C.TITLE)));
  if (role > article && inner.length - role <= MAX_APPOSITIVE_NAME && inner.slice(role).every((x) => isNamePart(x)) && isNameWord(inner[inner.length - 1]!)) {
    return { j, kind: 'name', nameStart: tokens.indexOf(inner[role]!, j) };
  }
  // ", senior director for Asian affairs at ...,", ", legal director for the group,": a role after its modifiers.
  const roleAt = inner.findIndex((x) => !x.cap && is(x, C.PEOPLE | C.TITLE));
  if (roleAt > 0 && roleAt <= MAX_ROLE_MODIFIERS && inner.slice(0, roleAt).every((x) => nounModifier(x) && !is(x, C.CUE))) {
    return { j, kind: 'appositive' };
  }
  // ", South Carolina director for Sanders,", ", Ohio state director,": a role after a place's or a body's name,
  // alone or with what it is of.
  const roleAfter = inner[roleAt + 1];
  if (roleAt > 0 && roleAt <= MAX_APPOSITIVE_NAME && isNameWord(first) && inner.slice(0, roleAt).every((x) => (x.cap && isNamePart(x)) || nounModifier(x))
    && (!roleAfter || (!roleAfter.cap && isConnector(ctx.lang, roleAfter)))) {
    return { j, kind: 'appositive' };
  }
  // "Mme Martin, elle, assure ...", "Le ministre, lui, ...": a pronoun set off by commas repeats the subject.
  if (inner.length === 1 && !first.cap && ctx.lang.pronouns.has(first.norm) && tokens[comma + 1]?.word) return { j, kind: 'appositive' };
  // ", R-Ky.,", ", D-N.Y.,": a party and a state.
  if (inner.length === 1 && PATTERNS.partyAndState.test(first.text)) return { j, kind: 'appositive' };
  // ", Democrat of California,", ", Chairman of the board,": a capitalized role and what it is of.
  if (first.cap && is(first, C.PEOPLE | C.TITLE) && inner[1] && !inner[1].cap && isConnector(ctx.lang, inner[1])) return { j, kind: 'appositive' };
  // ", who ...", ", the Virginia Democrat,", ", published in ...,", ", spokeswoman for the agency,"
  // (", struck by her story,": an irregular participle; ", s'exprimant sous couvert d'anonymat,": a gerund after its object clitic.)
  if (is(first, C.REL) || isDeterminer(first) || (!first.cap && (hasForm(first, F.PARTICIPLE | F.GERUND) || is(first, C.PEOPLE | C.TITLE)
    || (ctx.lang.grammar.objectClitics.has(first.norm) && hasForm(inner[1], F.GERUND))
    || (is(first, C.IRREGULAR_PAST) && !is(first, C.CUE) && is(inner[1], C.PREP))))) {
    return { j, kind: 'appositive' };
  }
  // ", Sanders’ campaign manager,", ", Friends of the Earth's director,": someone's role.
  const owner = inner.findIndex((x) => x.possessive);
  if (owner >= 0 && inner.slice(0, owner).every((x) => isNamePart(x) || isConnector(ctx.lang, x) || isDeterminer(x))
    && inner.slice(owner + 1).some((x) => !x.cap && is(x, C.PEOPLE | C.TITLE | C.INSTITUTION))) return { j, kind: 'appositive' };
  // "Farmers — and some ranchers — say": a second subject set off after the first, just before the
  // verb, which speaks for both (not ", and Ann Lee, the adviser, said": a name that an appositive follows).
  if (!first.cap && isAnd(ctx.lang, first) && inner.length >= 2 && nounish(inner[inner.length - 1]) && is(tokens[comma + 1], C.CUE | C.AUX)) {
    return { j, kind: 'aside' };
  }
  // ", though,": a single word that qualifies the sentence.
  if (inner.length === 1 && !first.cap && is(first, C.SUBORD | C.ADV)) return { j, kind: 'aside' };
  // ", first spotted by The Verge,", ", also campaigning in Ohio,": an adverb, then a participle.
  if (!first.cap && isAdverb(first) && inner[1] && !inner[1].cap && hasForm(inner[1], F.PARTICIPLE | F.GERUND)) return { j, kind: 'appositive' };
  if (!first.cap && (inner.every((x) => isAdverb(x)) || is(first, C.PREP)
    || (isAdverb(first) && inner.slice(1, 3).some((x) => isDeterminer(x))))) return { j, kind: 'aside' };
  if (inner.length <= MAX_APPOSITIVE_NAME && inner.every((x) => isNamePart(x))) return { j, kind: 'name' };
  return { j, kind: 'other' };
}

/**
 * ", of Springfield, Va.,": when the comma segment `seg` is a name (the state) after an aside that opens
 * with a preposition (", of Springfield"), the comma that opens that aside; else -1.
 */
function placeAside(ctx: SentenceContext, seg: { j: number; kind: string }): number {
  if (seg.kind !== 'name' || seg.j <= 0) return -1;
  const aside = commaSegment(ctx, seg.j);
  return aside.kind === 'aside' && is(ctx.tokens[aside.j + 1], C.PREP) ? aside.j : -1;
}

/**
 * Where a run of plain words from `from` ends at a comma or the sentence's end ("someone in
 * attendance,", "master of ceremonies Dan Ruiz."): that token's index, or -1 when a verb, a clause,
 * a quotation or more than `maxWords` words come first.
 */
export function wordsToPauseEnd(ctx: SentenceContext, from: number, maxWords: number): number {
  const { tokens } = ctx;
  let end = from;
  while (end < tokens.length && end - from < maxWords && tokens[end]!.word && !ctx.quoted[end]
    && !is(tokens[end], C.CUE | C.AUX | C.BE | C.SUBORD | C.REL)) end++;
  const stop = tokens[end];
  return end > from && (!stop || stop.text === ',' || PATTERNS.sentenceEnd.test(stop.text)) ? end : -1;
}

/** How many words a town's name may have before its state ("in Salt Lake City, Utah,"). */
const MAX_TOWN_WORDS = 3;

/**
 * Is the comma segment `seg` (ending at `comma`) a state after a town that a preposition introduces
 * ("in Aurora, Colorado,", "in Wilmington, N.C.,")? The state is a known place or an abbreviation.
 */
function stateAfterTown(ctx: SentenceContext, seg: { j: number; kind: string }, comma: number): boolean {
  if (seg.kind !== 'name' || seg.j < 2) return false;
  const { tokens } = ctx;
  const state = tokens.slice(seg.j + 1, comma);
  if (!PATTERNS.shortPlace.test(state[state.length - 1]?.text ?? '') && !PLACES.has(nameKey(state.map((t) => t.text).join(' ')))) return false;
  let k = seg.j - 1;
  while (k >= 0 && seg.j - k <= MAX_TOWN_WORDS && tokens[k]!.word && tokens[k]!.cap && !ctx.quoted[k]) k--;
  return k >= 0 && k < seg.j - 1 && is(tokens[k], C.PREP) && !tokens[k]!.cap && ctx.lang.roles.in.has(tokens[k]!.norm);
}

/** How long a parenthesis between a subject and its verb may be. */
const MAX_PARENTHESIS_TOKENS = 8;

/** The "(" that opens the short parenthesis closing at `close`, or -1. */
function parenthesisStart(ctx: SentenceContext, close: number): number {
  for (let j = close - 1; j >= 0 && close - j <= MAX_PARENTHESIS_TOKENS; j--) {
    if (ctx.quoted[j]) return -1;
    if (ctx.tokens[j]!.text === '(') return j;
  }
  return -1;
}

/** The longest adverbial phrase a pack lists, in tokens. */
const MAX_ADVERB_PHRASE = 4;

/** How many tokens of an adverbial phrase of the pack (`adverbPhrases`) end at token i, or 0. */
function adverbPhraseEndingAt(ctx: SentenceContext, i: number): number {
  const phrases = ctx.lang.grammar.adverbPhrases;
  if (!phrases?.size) return 0;
  let words = ctx.tokens[i]?.norm ?? '';
  for (let n = 2; n <= MAX_ADVERB_PHRASE && i - n + 1 >= 0; n++) {
    const t = ctx.tokens[i - n + 1]!;
    if (!t.word || ctx.quoted[i - n + 1]) return 0;
    words = `${t.norm} ${words}`;
    if (phrases.has(words)) return n;
  }
  return 0;
}

/**
 * Steps back from just before a verb over what may sit between a subject and its verb: adverbs,
 * auxiliaries, time expressions ("on Wednesday"), appositives and relative clauses set off by commas.
 * Returns the index of the subject's last token and whether a form of "be" was passed (a passive).
 */
function stepBackToSubject(ctx: SentenceContext, verb: number): { i: number; passive: boolean; skipped: TokenSpan | null; named?: TokenSpan } {
  const { tokens } = ctx;
  let i = verb - 1;
  let passive = false;
  let skipped: TokenSpan | null = null;
  for (let guard = 0; i >= 0 && guard < 40; guard++) {
    const t = tokens[i]!;
    if (ctx.quoted[i]) break;
    // "Il a par ailleurs rappelé", "ont tous deux assuré": an adverbial of several words.
    const adverbial = adverbPhraseEndingAt(ctx, i);
    if (adverbial > 0) {
      i -= adverbial;
      continue;
    }
    if (t.word && (isAdverb(t) || is(t, C.AUX | C.NEG) || ctx.lang.grammar.objectClitics.has(t.norm))) {
      if (is(t, C.BE)) passive = true;
      i--;
      continue;
    }
    // "Jan Hamáček (ČSSD) avait estimé", "Sen. Jones (R-Ohio) said": a short parenthesis after the subject.
    if (t.text === ')') {
      const open = parenthesisStart(ctx, i);
      if (open > 0) {
        i = open - 1;
        continue;
      }
    }
    if (t.word && isTimeWord(ctx.lang, t) && !t.cap === !isWeekday(t)) {
      i--;
      continue;
    }
    // "A survey out this month finds": a particle that qualifies the document before it, as "released" would.
    if (t.word && !t.cap && ctx.lang.grammar.documentParticles?.has(t.norm) && is(tokens[i - 1], C.DOCUMENT) && !ctx.quoted[i - 1] && i < verb - 1) {
      i--;
      continue;
    }
    // "que en 2017 aseguró", "which in 2017 reported": a year between the subject and its verb.
    if (t.word && PATTERNS.year.test(t.norm) && ctx.lang.roles.in.has(tokens[i - 1]?.norm ?? '') && !ctx.quoted[i - 1]) {
      i -= 2;
      continue;
    }
    // "Gov. John Kasich (R-OH), said": a comma after a parenthesis closes it.
    if (t.text === ',' && tokens[i - 1]?.text === ')') {
      i--;
      continue;
    }
    // (A hyphen standing alone, "Ann Lee - the host - said", is a dash typed on a keyboard.)
    if ((t.text === ',' || PATTERNS.longDash.test(t.text) || t.text === '-') && i > 0) {
      // ", who also leads an armed group," / ", the Virginia Democrat,": skip to the comma before it;
      // "Benford, 58, who lives outside Minneapolis, says": another may stand before it.
      const seg = commaSegment(ctx, i);
      if (seg.kind === 'appositive') {
        skipped = { start: seg.j + 1, end: (skipped as TokenSpan | null)?.end ?? i };
        // Another appositive before it ("Benford, 58, who ..."), unless that one ends in a name: then it
        // is the subject itself ("el usuario de Twitter Kevin Sánchez, quien ..., aseguró").
        const before = seg.j >= 0 ? commaSegment(ctx, seg.j) : null;
        // "Ann Bell, 62, of Bowie, Md., who ...": a town and its state before it, an aside.
        const aside = before ? placeAside(ctx, before) : -1;
        if (aside > 0) {
          const prior = commaSegment(ctx, aside); // ", 62," may stand before it
          i = prior.kind === 'appositive' && !isNameWord(tokens[aside - 1]!) ? aside : aside - 1;
          continue;
        }
        // ("Ann Pell, facing a tough race in Iowa, a swing state, said": a name that ends a participle's
        // aside is inside it.)
        const opener = before ? tokens[before.j + 1] : undefined;
        const participleAside = opener !== undefined && !opener.cap && hasForm(opener, F.PARTICIPLE | F.GERUND);
        // "Kell, meanwhile, who ...": an aside before it, then the subject. ("Ana Kell, executive director
        // of Nurses United, a union ...,": a name after a preposition ends a role, when a name stands before
        // that role; "el usuario de Twitter Kevin Sánchez, quien ...": else it ends the subject.)
        const roleOfName = before !== null && nameAfterPreposition(ctx, seg.j - 1) && before.j > 0
          && isNameWord(tokens[before.j - 1]!) && !nameAfterPreposition(ctx, before.j - 1);
        // ("Rep. Ann Pell, D-Ore., speaking on the radio, said": a party and state ends no subject.)
        const endsInName = isNameWord(tokens[seg.j - 1]!) && !roleOfName && !PATTERNS.partyAndState.test(tokens[seg.j - 1]!.text);
        // "engineers at a plant in Rye, N.Y., speaking on condition of anonymity, said": a town's state before it.
        if (before && stateAfterTown(ctx, before, seg.j)) {
          i = before.j - 1;
          continue;
        }
        i = (before?.kind === 'appositive' && (!endsInName || participleAside)) || before?.kind === 'aside' ? seg.j : seg.j - 1;
        continue;
      }
      // ", however,", ", in a statement,", ", until recently a fellow at ...,": an aside, not part of the
      // subject. What stands before it may be an appositive in turn.
      if (seg.kind === 'aside') {
        const before = commaSegment(ctx, seg.j).kind;
        i = before === 'appositive' || before === 'name' ? seg.j : seg.j - 1;
        continue;
      }
      // "Jane Wilson, of Springfield, Va., said": a place and its state, set off by commas, is an aside.
      const aside = placeAside(ctx, seg);
      if (aside > 0) {
        // ("Ann Stone, 41, of Dayton, Ohio, says": an age may stand before the place.)
        const prior = commaSegment(ctx, aside);
        i = prior.kind === 'appositive' && !isNameWord(tokens[aside - 1]!) ? aside : aside - 1;
        continue;
      }
      // "officials in Chappaqua, N.Y., said", "Ortiz, at a rally in Wilmington, N.C., warned": a state after
      // a town is part of the place, not the subject.
      if (stateAfterTown(ctx, seg, i)) {
        const before = commaSegment(ctx, seg.j).kind;
        i = before === 'appositive' || before === 'aside' ? seg.j : seg.j - 1;
        continue;
      }
      // "her mother, Fiona, said": a name set off by commas is the subject itself. ("Ann Pell, the publisher
      // of the town's paper, The Courier, said", "Ann Pell, who farms near the county seat, Millbrook, said": not
      // after a name that opens its clause and an appositive that ends in no role; that name is.)
      const before = seg.kind === 'name' ? commaSegment(ctx, seg.j) : null;
      const opener = before && before.j > 0 ? clauseStart(ctx, before.j - 1) : -1;
      if (before?.kind === 'appositive' && opener >= 0 && isNameWord(tokens[before.j - 1]!) && !is(tokens[seg.j - 1], C.PEOPLE | C.TITLE)
        && walkLeft(ctx, before.j - 1, opener) === opener) {
        skipped = { start: before.j + 1, end: i };
        i = before.j - 1;
        continue;
      }
      if (seg.kind === 'name') {
        // The name, without the role before it and a parenthesis after it ("deputado X (PL-RJ)").
        const open = tokens[i - 1]!.text === ')' ? parenthesisStart(ctx, i - 1) : -1;
        const end = open > 0 ? open : i;
        return { i: end - 1, passive, skipped: null, named: { start: seg.nameStart ?? seg.j + 1, end } };
      }
      break;
    }
    break;
  }
  return { i, passive, skipped };
}

/** Does the run of name words ending at `end` follow a preposition ("director of Nurses United")? */
function nameAfterPreposition(ctx: SentenceContext, end: number): boolean {
  const { tokens } = ctx;
  let k = end;
  while (k >= 0 && tokens[k]!.word && (isNameWord(tokens[k]!) || isDeterminer(tokens[k]!)) && !ctx.quoted[k]) k--;
  const t = tokens[k];
  return t !== undefined && t.word && !t.cap && is(t, C.PREP);
}

/**
 * A preposition written with its article ("ao", "do", "pelo", "au", "del"): no subject starts with
 * one ("o projeto enviado ao Congresso afirma": the subject is not "ao Congresso"). An article that
 * is also a preposition ("des" in French) may.
 */
const prepositionWithArticle = (lang: Language, t: Token): boolean =>
  is(t, C.PREP) && is(t, C.DET) && !lang.roles.definite.has(t.norm) && !lang.roles.indefinite.has(t.norm);

/**
 * The "to" of "sources close to the player", "officials privy to the talks", and the agent word of "o
 * delegado responsável pelo caso": it links the phrase like "of".
 */
const qualifierTo = (lang: Language, tokens: readonly Token[], i: number): boolean =>
  (lang.roles.to.has(tokens[i]?.norm ?? '') || lang.roles.agent.has(tokens[i]?.norm ?? '')) && lang.roles.closeTo.has(tokens[i - 1]?.norm ?? '');

/** Is the "by" at `by` the agent of the phrase before it: "reports seen by Reuters", "a poll by YouGov"? */
function agentBy(lang: Language, tokens: readonly Token[], by: number): boolean {
  const left = tokens[by - 1];
  if (!lang.roles.agent.has(tokens[by]?.norm ?? '') || !left) return false;
  return (hasForm(left, F.PARTICIPLE) && nounish(tokens[by - 2])) || is(left, C.DOCUMENT);
}

/** A word shaped like an adverb that the pack does not list as one, before a noun: an adjective ("likely voters"). */
function adjectiveInLy(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const right = tokens[i + 1];
  return t !== undefined && t.word && !t.cap && hasForm(t, F.LY) && !is(t, C.ADV | C.CUE) && nounish(right);
}

/** Walks left from `end` (inclusive) over the words of one noun phrase; returns its first index. */
function walkLeft(ctx: SentenceContext, end: number, limit: number, connectors = true): number {
  const { tokens, lang } = ctx;
  let s = end;
  for (let i = end - 1; i >= limit && end - i < MAX_PHRASE_TOKENS; i--) {
    const t = tokens[i]!;
    if (!usable(ctx, i)) break;
    const right = tokens[i + 1]!;
    const left = tokens[i - 1];
    if (isDeterminer(t) && !isNamePart(t)) {
      s = i;
      // A determiner starts its phrase, unless the phrase hangs off another by a connector ("the head of the agency").
      if (left && usable(ctx, i - 1) && (isConnector(lang, left) || qualifierTo(lang, tokens, i - 1)) && nounish(tokens[i - 2])) continue;
      // ("in Ohio and across the region": a second place joined to the first.)
      if (left && usable(ctx, i - 1) && isConnector(lang, left) && !left.cap && tokens[i - 2] && isAnd(lang, tokens[i - 2]!) && strongNoun(tokens[i - 3])) continue;
      // A genitive article joins its phrase to the noun before it ("le ministre des Affaires", "ein Sprecher der Polizei").
      if (left && usable(ctx, i - 1) && !t.cap && lang.roles.genitive.has(t.norm) && isConnector(lang, t) && nounish(left) && !isFunctionWord(left)
        && !isDeterminer(left)) continue;
      // "o presidente do Senado", "fontes ligadas ao Planalto", "analistas ouvidos pela Reuters": a
      // connector written with its article ("do" = "de o", "pela" = "por a").
      if (left && usable(ctx, i - 1) && (isConnector(lang, t) || qualifierTo(lang, tokens, i) || agentBy(lang, tokens, i)) && !t.cap
        && nounish(left) && !isFunctionWord(left)) continue;
      if (left && usable(ctx, i - 1) && agentBy(lang, tokens, i - 1)) continue; // "documents obtained by the Guardian"
      if (left && usable(ctx, i - 1) && lang.roles.coordinator.has(left.norm) && (strongNoun(tokens[i - 2]) || adjectiveAfterNoun(ctx, i - 2))) continue;
      if (left && lang.roles.distributive.has(left.norm)) continue;
      if (left && pairedAnd(ctx, i - 1, limit) && strongNoun(tokens[i - 2]) && usable(ctx, i - 2)) continue; // "tanto el Gobierno como la oposición"
      // "BBC 5 Live", "Channel 4 News": a number inside a name.
      if (left && usable(ctx, i - 1) && PATTERNS.number.test(t.norm) && isNameWord(left) && right && isNameWord(right)) continue;
      // "a 28 year-old teacher", "the two officials": an article before a number.
      if (left && usable(ctx, i - 1) && PATTERNS.number.test(t.norm) && isDeterminer(left) && !PATTERNS.number.test(left.norm)) continue;
      break;
    }
    if ((isConnector(lang, t) || isAnd(lang, t) || qualifierTo(lang, tokens, i)) && !t.cap) {
      // Within one phrase only, but a name's own connector stays ("Academia Nacional de Seguridad Pública").
      if (!connectors && !isAnd(lang, t) && !(left && isNameWord(left) && isNameWord(right))) break;
      const leftOk = isAnd(lang, t) ? strongNoun(left) || (isDeterminer(right) && adjectiveAfterNoun(ctx, i - 1)) : nounish(left) && !isFunctionWord(left!);
      if (leftOk && usable(ctx, i - 1) && (nounish(right) || isDeterminer(right) || isDayPossessive(right) || adjectiveInLy(tokens, i + 1))) continue;
      // "analysts in Ohio and across the region": two places of one phrase joined.
      // ("and" before the second place's connector, or that connector after "and"; then the place itself.)
      const and = isAnd(lang, t);
      const joined = and ? isConnector(lang, right) && !right.cap : left !== undefined && isAnd(lang, left) && usable(ctx, i - 2) && strongNoun(tokens[i - 2]);
      const place = tokens[i + (and ? 2 : 1)];
      if (joined && usable(ctx, i - 1) && place !== undefined && (isDeterminer(place) || nounish(place))) continue;
      // "reports seen by Reuters", "a study published by the institute"
      break;
    }
    if (agentBy(lang, tokens, i) && (nounish(right) || isDeterminer(right))) continue;
    // "tanto el PNV como Bildu": the second of a pair opened by a "both" word.
    if (pairedAnd(ctx, i, limit) && strongNoun(left) && usable(ctx, i - 1) && (nounish(right) || isDeterminer(right))) continue;
    // "Médicos Sin Fronteras", "Doctors Without Borders": a capitalized preposition between name words.
    if (t.cap && is(t, C.PREP) && i > 0 && isNameWord(right) && left && PATTERNS.upperStart.test(left.text) && usable(ctx, i - 1)) continue;
    // ("a poll of likely voters", "costly delays": a word shaped like an adverb, not one the pack lists, before
    // the phrase's noun is its adjective.)
    const lyAdjective = s === i + 1 && adjectiveInLy(tokens, i);
    if (isNamePart(t) || isModifierWord(t) || isSourceNoun(t) || lyAdjective || (lang.grammar.phraseAdverbs.has(t.norm) && left && isDeterminer(left))) {
      if (t.cap && is(t, C.SUBORD)) break;
      s = i;
      continue;
    }
    break;
  }
  // Drop words that cannot start a phrase ("But", "As", "In").
  while (s <= end) {
    const t = tokens[s]!;
    if (isDeterminer(t) || isNameWord(t) || isSourceNoun(t) || (isModifierWord(t) && !is(t, C.PREP | C.CONJ))) break;
    s++;
  }
  while (s < end && verbBeforeNoun(ctx, s)) s++;
  return knownNameStart(ctx, s, end);
}

/** The end of a known body's name of two or three capitalized words starting at `from` ("Más País"), or -1. */
function knownNameFrom(ctx: SentenceContext, from: number): number {
  const { tokens } = ctx;
  let found = -1;
  for (let k = from; k < Math.min(tokens.length, from + MAX_NAME_LEAD + 1); k++) {
    if (!usable(ctx, k) || !PATTERNS.upperStart.test(tokens[k]!.text)) break;
    const key = nameKey(tokens.slice(from, k + 1).map((x) => x.text).join(' '));
    if (k > from && (ORGANIZATIONS.has(key) || OUTLETS.has(key))) found = k + 1;
  }
  return found;
}

/** How many capitalized words before a phrase may complete a known name ("Más País"). */
const MAX_NAME_LEAD = 2;

/**
 * "Más País", "Más Madrid": a known body's name whose first words are common words (an adverb) that end
 * the walk; when the capitalized words before the phrase complete such a name, the phrase starts there.
 */
function knownNameStart(ctx: SentenceContext, s: number, end: number): number {
  const { tokens } = ctx;
  if (s > end || !isNameWord(tokens[s]!)) return s;
  for (let k = s - 1; k >= Math.max(0, s - MAX_NAME_LEAD); k--) {
    const t = tokens[k]!;
    if (!usable(ctx, k) || !PATTERNS.upperStart.test(t.text)) break;
    const key = nameKey(tokens.slice(k, end + 1).map((x) => x.text).join(' '));
    if (ORGANIZATIONS.has(key) || OUTLETS.has(key)) return k;
  }
  return s;
}

/**
 * The name that a description running up to `from` describes: "Ana Ruiz, a lawyer at Smith & Cole,"
 * "Dan Ruiz, 24, from Dayton,". Walks back over commas within an appositive's length to a name
 * followed by a comma and an article or a number; null when a verb, a clause or a quotation comes first.
 */
function describedName(ctx: SentenceContext, from: number): Phrase | null {
  const { tokens, lang } = ctx;
  for (let c = from - 1; c > 0 && from - c <= MAX_APPOSITIVE_TOKENS; c--) {
    const t = tokens[c]!;
    if (ctx.quoted[c] || (t.word && is(t, C.CUE | C.AUX | C.BE | C.REL | C.SUBORD))) return null;
    if (!t.word && t.text !== ',' && t.text !== '.' && t.text !== '&') return null;
    const next = tokens[c + 1]!;
    if (t.text !== ',' || !(isDeterminer(next) || PATTERNS.number.test(next.norm)) || !isNameWord(tokens[c - 1]!)) continue;
    const start = walkLeft(ctx, c - 1, clauseStart(ctx, c - 1));
    const name = { start, end: c };
    if (start >= c || !plausibleSource(lang, tokens, name) || !tokens.slice(start, c).some((x) => x.cap)) return null;
    return { span: name, mention: { start, end: from }, head: headOf(lang, tokens, name), pronoun: false, appositive: { start: c + 1, end: from } };
  }
  return null;
}

/** The phrase that ends at token `end` (inclusive): the source before a postposition ("Der Polizei zufolge"). */
export function phraseBefore(ctx: SentenceContext, end: number, anyNoun = false, connectors = true): Phrase | null {
  if (!usable(ctx, end) || !nounish(ctx.tokens[end])) return null;
  const start = walkLeft(ctx, end, clauseStart(ctx, end), connectors);
  const span = { start, end: end + 1 };
  if (start > end || !plausibleSource(ctx.lang, ctx.tokens, span, anyNoun)) return null;
  return { span, mention: span, head: headOf(ctx.lang, ctx.tokens, span), pronoun: false };
}

/** A participle after a phrase's noun ("reports seen", "a survey released"), not a noun of that form ("député"). */
const trailingParticiple = (t: Token): boolean => hasForm(t, F.PARTICIPLE) && !t.cap && !isSourceNoun(t);

/** The head of a phrase: the last word before any connector ("sources" in "Local sources in Mosul"). */
export function headOf(lang: Language, tokens: readonly Token[], span: TokenSpan): number {
  let head = span.end - 1;
  let chunkStart = span.start;
  for (let i = span.start; i < span.end; i++) {
    const t = tokens[i]!;
    const connector = (isConnector(lang, t) || lang.roles.agent.has(t.norm) || qualifierTo(lang, tokens, i)) && !t.cap;
    // "Ministério da Ciência e da Tecnologia": a connector after "and" adds a second complement to the
    // same noun; the phrase's head is the first one's.
    if (i - 1 > chunkStart && connector && lang.roles.coordinator.has(tokens[i - 1]!.norm)) {
      return headOf(lang, tokens, { start: span.start, end: i - 1 });
    }
    if (i > chunkStart && connector) {
      let h = i - 1;
      while (h > chunkStart && !tokens[h]!.word) h--; // the closing mark of a quoted name: "the “heat map” of"
      // "research conducted in ...", "reports seen by Reuters": the noun before the participle.
      while (h > chunkStart && ((trailingParticiple(tokens[h]!)) || lang.grammar.anonymityQualifiers.has(tokens[h]!.norm))) h--;
      // "a large body of studies": the head is what the quantity is of.
      // ("27 percent of those": a determiner alone after it leaves the quantity the head.)
      if (lang.roles.genitive.has(t.norm) && is(tokens[h], C.QUANT) && !(i + 2 === span.end && isDeterminer(tokens[i + 1]!))) {
        chunkStart = i + 1;
        continue;
      }
      return firstNoun(lang, tokens, chunkStart, nounBeforeAdjectives(lang, tokens, chunkStart, h));
    }
  }
  // "A Quinnipiac University survey released Wednesday": the noun before a trailing participle.
  while (head > chunkStart && trailingParticiple(tokens[head]!)) head--;
  return firstNoun(lang, tokens, chunkStart, nounBeforeAdjectives(lang, tokens, chunkStart, head));
}

/** A noun the lexicons know, of any sort: a source, a title, a statement, a non-source ("normas"). */
const knownNoun = (t: Token): boolean => isSourceNoun(t) || is(t, C.TITLE | C.STATEMENT | C.NON_SOURCE);

/**
 * "fuentes oficiales", "el senador republicano", "el líder mapuche más radicalizado": where adjectives
 * follow their noun (the pack's headInitial), the head is the known noun before the trailing
 * lowercase words, not the last of them.
 */
function nounBeforeAdjectives(lang: Language, tokens: readonly Token[], from: number, head: number): number {
  const last = tokens[head];
  if (!lang.headInitial || !last || last.cap || knownNoun(last)) return head;
  for (let h = head - 1; h >= from; h--) {
    const t = tokens[h]!;
    if (knownNoun(t)) return h; // "El Gobierno chileno"
    if (t.cap || isDeterminer(t) || is(t, C.PREP | C.CONJ)) return head;
  }
  return head;
}

/**
 * Where adjectives follow their noun ("o boletim médico", "deputados federais", "le rapport annuel"),
 * the head of the chunk [from, head] is its first source noun, unless a name ends it ("o técnico
 * Tite"), which does not name a document ("a pesquisa Datafolha" is a poll).
 */
function firstNoun(lang: Language, tokens: readonly Token[], from: number, head: number): number {
  if (!lang.headInitial) return head;
  const named = isNamePart(tokens[head]!);
  for (let k = from; k < head; k++) {
    const t = tokens[k]!;
    if (!t.cap && isSourceNoun(t) && (!named || is(t, C.DOCUMENT))) return k;
  }
  return head;
}

/** Does the phrase contain something that can speak: a name, a known source noun, a pronoun? */
export function plausibleSource(lang: Language, tokens: readonly Token[], span: TokenSpan, anyNoun = false, anyPlural = false): boolean {
  if (span.end <= span.start) return false;
  const head = tokens[headOf(lang, tokens, span)]!;
  if (is(head, C.NON_SOURCE)) return false;
  if (is(head, C.SUBJ)) return true;
  if (isNameWord(head) || isSourceNoun(head)) return true;
  // "the attorney general", "the king", "el canciller": a title written as a noun names its holder.
  if (!head.cap && isTitle(head) && span.end - span.start >= 2) return true;
  // "Twenty-four percent said", "a third said", "half said": a share of those polled; "Six in 10 say".
  if (is(head, C.QUANT) && !head.cap && (span.end - span.start >= 2 || !isDeterminer(head))) return true;
  const h = headOf(lang, tokens, span);
  // "Those close to him", "those familiar with the talks": a determiner standing for the people it qualifies.
  if (isDeterminer(head) && h + 1 < span.end && lang.grammar.anonymityQualifiers.has(tokens[h + 1]!.norm)) return true;
  if (isDeterminer(head) && isConnector(lang, tokens[h + 1] ?? head) && tokens[h + 2] && PATTERNS.number.test(tokens[h + 2]!.norm)
    && h + 3 <= span.end) return true;
  if (span.end - span.start === 1 && standaloneVague(head, tokens[span.end])) return true; // "…, dizem alguns."
  // "Deficit hawks have warned for years that": a plural noun before "verb that" speaks.
  if (anyPlural && !head.cap && hasForm(head, F.PLURAL) && span.end - span.start >= 2) return true;
  // After "according to" nearly any noun is a source ("a computer programmer who ...").
  return anyNoun && !head.cap && isModifierWord(head) && !isDeterminer(head);
}

/**
 * A ratio of those polled ending at token `end`, not before `from`: "Six in 10", "one in five" (a number
 * written out is a determiner), "seven out of 10" (the pack's ratioConnectors).
 */
export function ratioEndingAt(ctx: SentenceContext, end: number, from: number): Phrase | null {
  const { tokens, lang } = ctx;
  const count = (t: Token | undefined): boolean => t !== undefined && (isDeterminer(t) || PATTERNS.number.test(t.norm));
  const last = tokens[end];
  if (!count(last)) return null;
  let start = -1;
  if (end - 2 >= from && isConnector(lang, tokens[end - 1]!) && isDeterminer(tokens[end - 2]!)) start = end - 2;
  else if (end - 3 >= from && PATTERNS.number.test(last!.norm) && lang.grammar.ratioConnectors?.has(`${tokens[end - 2]!.norm} ${tokens[end - 1]!.norm}`)
    && count(tokens[end - 3])) start = end - 3;
  if (start < 0) return null;
  const span = { start, end: end + 1 };
  return { span, mention: span, head: start, pronoun: false };
}

/**
 * The subject of the verb at token `verb`: the source of "X said", "X has told", "X reported Friday".
 * Null when there is none (a passive, a quotation, an infinitive) or it does not look like a source.
 */
export function subjectBefore(ctx: SentenceContext, verb: number, options: { allowPassive?: boolean; anyPlural?: boolean; anyNoun?: boolean } = {}): Phrase | null {
  const phrase = subjectPhrase(ctx, verb, options);
  return phrase && withoutComplementizer(ctx, phrase);
}

/**
 * "notes that United Technologies has vowed", "noted that experts say": a "that" before a name or a
 * plural noun opens the clause; it is no demonstrative of the subject.
 */
function withoutComplementizer(ctx: SentenceContext, phrase: Phrase): Phrase {
  const { tokens, lang } = ctx;
  const first = tokens[phrase.span.start];
  const next = tokens[phrase.span.start + 1];
  if (!first || !next || !lang.roles.complementizer.has(first.norm) || phrase.span.end - phrase.span.start < 2) return phrase;
  // ("noted that 64 percent of residents say": a number opens the clause's subject too)
  if (!next.cap && !(hasForm(next, F.PLURAL) && !isDeterminer(next)) && !PATTERNS.number.test(next.text)) return phrase;
  const start = phrase.span.start + 1;
  return { ...phrase, span: { ...phrase.span, start }, mention: { ...phrase.mention, start: Math.max(phrase.mention.start, start) } };
}

function subjectPhrase(ctx: SentenceContext, verb: number, { allowPassive = false, anyPlural = false, anyNoun = false } = {}): Phrase | null {
  const { tokens, lang } = ctx;
  const { i, passive, skipped, named } = stepBackToSubject(ctx, verb);
  if (i < 0 || (passive && !allowPassive) || !usable(ctx, i)) return null;
  if (named) {
    let comma = named.start - 1;
    while (comma > 0 && tokens[comma]!.text !== ',') comma--;
    const descEnd = comma - 1;
    // "her mother, Fiona, said": a description before the name ends in a noun ("The minister resigned, X reports" has none;
    // "These drivers, Okafor noted, were …": a plural is no description of one name, but the claim's subject).
    const describes = descEnd >= 0 && strongNoun(tokens[descEnd]) && !commonPlural(tokens[descEnd]);
    const descStart = describes ? walkLeft(ctx, descEnd, clauseStart(ctx, descEnd)) : named.start;
    const mention = { start: Math.min(descStart, named.start), end: named.end };
    return { span: named, mention, head: named.end - 1, pronoun: false, appositive: descStart <= descEnd ? { start: descStart, end: descEnd + 1 } : undefined };
  }
  const last = tokens[i]!;
  // "declined to say"; not "analysts we spoke to said", a relative clause ending in its preposition.
  const pastBefore = hasForm(tokens[i - 1], F.PAST) || is(tokens[i - 1], C.IRREGULAR_PAST);
  if (lang.roles.infinitive.has(last.norm) && !(pastBefore && is(tokens[i - 2], C.SUBJ))) return null;
  if (is(last, C.SUBJ)) {
    return pronounPhrase(i);
  }
  // "they all promised", "we may all agree", "strategists all agree": a quantifier floated after its subject,
  // which speaks.
  if (standaloneVague(last, tokens[i + 1])) {
    let k = i - 1;
    while (k >= 0 && is(tokens[k], C.AUX) && !ctx.quoted[k]) k--;
    if (k >= 0 && is(tokens[k], C.SUBJ) && !ctx.quoted[k]) return pronounPhrase(k);
    if (k === i - 1 && usable(ctx, k) && hasForm(tokens[k], F.PLURAL) && nounish(tokens[k])) return subjectPhrase(ctx, i, { allowPassive, anyPlural });
  }
  // "ZeniMax Media, which accuses ...", "an article by New York magazine that claimed ...": the antecedent.
  if (is(last, C.REL) && !lang.roles.adverbialRelatives.has(last.norm)) {
    let before = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
    // "un exdirector de la Academia (ANSP) que ...": the antecedent is before a short parenthesis.
    if (tokens[before]?.text === ')') {
      const open = parenthesisStart(ctx, before);
      if (open > 0) before = open - 1;
    }
    if (before < 0 || !nounish(tokens[before])) return null;
    // A relative clause belongs to the nearest noun phrase: "a lawsuit with ZeniMax Media, which accuses".
    const start = walkLeft(ctx, before, clauseStart(ctx, before), false);
    const span = { start, end: before + 1 };
    if (start > before || !plausibleSource(lang, tokens, span)) return null;
    // "said Ana Ruiz, a lawyer at Smith & Cole, who said ...", "Dan Ruiz, 24, from Dayton, who ...": "who"
    // speaks of a person, so past a description of a name to that name.
    const person = lang.roles.personRelatives?.has(last.norm) ? describedName(ctx, start) : null;
    if (person) return person;
    // "Senator James Lankford, an Oklahoma Republican who warned ...": the name the description is about.
    if (tokens[start - 1]?.text === ',' && isDeterminer(tokens[start]!) && isNameWord(tokens[start - 2] ?? tokens[start]!)) {
      const nameEnd = start - 2;
      const nameStart = walkLeft(ctx, nameEnd, clauseStart(ctx, nameEnd));
      const name = { start: nameStart, end: nameEnd + 1 };
      if (nameStart <= nameEnd && plausibleSource(lang, tokens, name)) {
        return { span: name, mention: { start: nameStart, end: before + 1 }, head: headOf(lang, tokens, name), pronoun: false, appositive: span };
      }
    }
    return { span, mention: span, head: headOf(lang, tokens, span), pronoun: false };
  }
  // "Josh Earnest condemned the attack and said ...": the subject of the first verb.
  // "Ortiz did not name Kell, but told leaders that ...": "but" after a comma goes on from the clause before it.
  const contrast = lang.roles.contrast.has(last.norm);
  const commaBefore = tokens[i - 1]?.text === ',' && !ctx.quoted[i - 1] && i >= 2;
  if (lang.roles.coordinator.has(last.norm) || contrast) {
    // (After the comma, from the sentence's first word: "Ele sustentou que ... (PEC), mas defendeu" is his.)
    // "The judge paused for a moment, and then said ...": a comma before the coordinator ends the first verb's
    // clause, whose subject speaks; that clause must hold more than its subject ("Ohio, Iowa, and said" is a list).
    const coordinatedClause = !contrast && commaBefore && tokens[i - 2]!.word && !ctx.quoted[i - 2];
    let from = contrast && commaBefore ? tokens.findIndex((t) => t.word) : clauseStart(ctx, coordinatedClause ? i - 2 : i);
    // ("Questionado pelos vereadores, o autarca admitiu atrasos, mas garantiu": past an opening phrase,
    // a participle and its preposition or a prepositional phrase, to its comma.)
    const clauseOpener = tokens[from];
    if (contrast && commaBefore && clauseOpener && !ctx.quoted[from]
      && (is(clauseOpener, C.PREP | C.SUBORD) || (hasForm(clauseOpener, F.PARTICIPLE | F.GERUND) && is(tokens[from + 1], C.PREP)))) {
      const comma = tokens.findIndex((t, n) => n > from && n < i - 1 && t.text === ',' && !ctx.quoted[n]);
      if (comma > 0) from = comma + 1;
    }
    // "Gary Emmet, a former party chairman, became a delegate and said": the subject before its appositive.
    if (tokens[from - 1]?.text === ',') {
      const seg = commaSegment(ctx, from - 1);
      if (seg.kind === 'appositive' && seg.j > 0 && tokens[seg.j]!.text === ',') from = clauseStart(ctx, seg.j - 1);
    }
    // "Kell, who endorsed Ortiz in May and said he would ...": the relative's antecedent.
    const rel = tokens[from];
    if (rel && is(rel, C.REL) && !lang.roles.adverbialRelatives.has(rel.norm) && tokens[from - 1]?.text === ',' && from >= 2) {
      const antecedent = phraseBefore(ctx, from - 2);
      return antecedent && !antecedent.pronoun && plausibleSource(lang, tokens, antecedent.span) ? antecedent : null;
    }
    // "She spoke in Houston and told them that ...": a subject pronoun, resolved later.
    const opener = tokens[from];
    if (opener && is(opener, C.SUBJ) && !is(opener, C.AUTHOR) && !ctx.quoted[from] && from + 1 < (coordinatedClause ? i - 1 : i)) return pronounPhrase(from);
    const first = phraseAfter(ctx, from);
    if (!first || first.pronoun || first.span.end >= (coordinatedClause ? i - 2 : i)) return null;
    return first;
  }
  // A relative clause between subject and verb: "a teacher who recently fled Mosul said".
  const from = clauseStart(ctx, i);
  let end = i;
  let mentionEnd = i + 1;
  let relativeOnDeterminer = false;
  let subordinate = false;
  for (let r = i; r > from; r--) {
    const t = tokens[r]!;
    if (is(t, C.SUBORD) && !is(t, C.REL)) subordinate = true;
    // ("31 percent of those who backed a party said": a determiner may stand for the noun; not in
    // "those who … as writers suggested", where a subordinate clause opens after the relative one.)
    const determinerHead = isDeterminer(tokens[r - 1]!) && !tokens[r - 1]!.cap && !subordinate;
    if (lang.roles.relativeHeads.has(t.norm) && (nounish(tokens[r - 1]) || determinerHead) && r < i) {
      const clause = tokens.slice(r + 1, i + 1);
      // "that he was ..." is a complement clause, not a relative one; a relative clause has no subject of its own.
      const next = tokens[r + 1]!;
      if (lang.roles.complementizer.has(t.norm) && (is(next, C.SUBJ) || isDeterminer(next) || isNameWord(next))) break;
      if (clause.some((c) => lang.roles.contrast.has(c.norm) || lang.roles.coordinator.has(c.norm))) break;
      const hasVerb = lang.roles.possessiveRelatives?.has(t.norm)
        ? clause.slice(1).some((c) => is(c, C.AUX | C.BE | C.IRREGULAR_PAST) || hasForm(c, F.PAST))
        : clause.some((c) => !isNameWord(c) && !isSourceNoun(c) && !isDeterminer(c));
      if (hasVerb && i - r <= MAX_APPOSITIVE_TOKENS) {
        end = r - 1;
        relativeOnDeterminer = !nounish(tokens[end]);
        break;
      }
    }
  }
  // "Six in 10 say", "one in five said", "seven out of 10 agree": a ratio of those polled.
  const ratio = ratioEndingAt(ctx, end, from);
  if (ratio) return ratio;
  if (standaloneVague(tokens[end], tokens[end + 1]) && end === from) {
    const span = { start: end, end: end + 1 };
    return { span, mention: span, head: end, pronoun: false };
  }
  // "All the experts I interviewed said", "analysts we spoke to say": a relative clause without "who",
  // its own subject a pronoun; the source is the noun before it.
  for (let p = end; p > from && end - p < MAX_REDUCED_RELATIVE; p--) {
    const noun = tokens[p - 1]!;
    const verb = tokens[p + 1];
    if (!is(tokens[p], C.SUBJ) || ctx.quoted[p] || !(hasForm(verb, F.PAST) || is(verb, C.IRREGULAR_PAST)) || noun.cap || !nounish(noun) || !usable(ctx, p - 1)) continue;
    const start = walkLeft(ctx, p - 1, from);
    const span = { start, end: p };
    if (start <= p - 1 && plausibleSource(lang, tokens, span)) {
      return { span, mention: { start, end: end + 1 }, head: headOf(lang, tokens, span), pronoun: false };
    }
  }
  // "People close to him said", "officials familiar with them": an object pronoun ends the source's qualifier.
  const ender = tokens[end]!;
  if (is(ender, C.PRON) && !is(ender, C.SUBJ) && end - 2 >= from && qualifierTo(lang, tokens, end - 1) && usable(ctx, end - 2)) {
    const start = walkLeft(ctx, end - 2, from);
    const span = { start, end: end + 1 };
    if (start <= end - 2 && plausibleSource(lang, tokens, span)) {
      return { span, mention: span, head: headOf(lang, tokens, span), pronoun: false };
    }
  }
  // "Most of them said", "many of us say": a share of a group the text named before (no "most of it":
  // "it" is a subject pronoun too).
  if (is(ender, C.PRON) && !is(ender, C.SUBJ) && end - 2 >= from && isConnector(lang, tokens[end - 1]!) && is(tokens[end - 2], C.QUANT)
    && usable(ctx, end - 2) && usable(ctx, end - 1)) {
    const span = { start: end - 2, end: end + 1 };
    return { span, mention: span, head: end - 2, pronoun: false };
  }
  // "A source speaking to the Ledger said": the noun the participle phrase qualifies (the phrase stays in the mention).
  const qualified = nounBeforeGerund(ctx, end, from);
  if (qualified >= 0) end = qualified;
  // "27 percent of those": a determiner ends the phrase only when it hangs off a noun.
  const determinerEnd = relativeOnDeterminer && qualified < 0;
  // ("voters in five states say": a cue verb's -s form after a determiner is a plural noun.)
  const pluralAfterDeterminer = hasForm(tokens[end], F.PLURAL) && end > from && isDeterminer(tokens[end - 1]!) && !ctx.quoted[end - 1];
  // ("o delegado responsável pelo caso": what the qualifier's preposition takes need be no source.)
  const qualifiedEnd = end >= 2 && qualifierTo(lang, tokens, end - 1) && usable(ctx, end - 1) && !tokens[end]!.cap;
  if (!nounish(tokens[end]) && !determinerEnd && !pluralAfterDeterminer && !qualifiedEnd) return null;
  let start = walkLeft(ctx, end, from);
  if (start > end || (determinerEnd && start === end) || prepositionWithArticle(lang, tokens[start]!)) return null;
  start = serialListStart(ctx, start, end + 1);
  // "in what officials called …": the interrogative opens the clause, not the subject.
  if (start < end && lang.grammar.interrogatives.has(tokens[start]!.norm) && !tokens[start]!.cap) start++;
  const span = { start, end: end + 1 };
  if (!plausibleSource(lang, tokens, span, anyNoun && isDeterminer(tokens[start]!), anyPlural)) return null;
  const head = headOf(lang, tokens, span);
  // "A Quinnipiac University survey released Wednesday found": the source ends at its noun.
  if (head < span.end - 1 && tokens.slice(head + 1, span.end).every((t) => hasForm(t, F.PARTICIPLE))) span.end = head + 1;
  const phrase: Phrase = { span, mention: { start, end: mentionEnd }, head, pronoun: false };
  if (skipped) {
    phrase.mention = { start, end: skipped.end };
    if (tokens[skipped.start] && isDeterminer(tokens[skipped.start]!)) phrase.appositive = skipped;
  }
  // "An MP from Ninewa, Ahmed Al-Jubouri, ... told": the name is an appositive of the description before it
  // (not of a plural: "These drivers, Okafor noted, were …" opens the claim).
  const comma = tokens[start - 1];
  const pluralBefore = commonPlural(tokens[start - 2]);
  if (comma?.text === ',' && start >= 2 && isNameWord(tokens[start]!) && strongNoun(tokens[start - 2]) && !pluralBefore) {
    const descEnd = start - 2;
    const descStart = walkLeft(ctx, descEnd, clauseStart(ctx, descEnd));
    if (descStart <= descEnd && clauseStart(ctx, descEnd) === descStart && tokens[descStart] && isDeterminer(tokens[descStart]!)) {
      phrase.mention = { start: descStart, end: phrase.mention.end };
      phrase.appositive = { start: descStart, end: descEnd + 1 };
    }
  }
  mentionEnd = Math.max(mentionEnd, phrase.mention.end);
  phrase.mention.end = mentionEnd;
  return phrase;
}

/**
 * "A source speaking to the Ledger", "officials waiting for the vote", "residents living nearby": a
 * gerund after a noun, with the few words of its phrase, ending where the subject ends (`end`),
 * qualifies that noun. The noun's index, or -1.
 */
function nounBeforeGerund(ctx: SentenceContext, end: number, from: number): number {
  const { tokens } = ctx;
  // The phrase ends in its noun ("… to the rather pampered towns of": no subject ends in "pampered").
  if (hasForm(tokens[end], F.PAST | F.PARTICIPLE | F.LY)) return -1;
  for (let k = end; k > from && end - k < MAX_GERUND_PHRASE; k--) {
    const t = tokens[k]!;
    if (!usable(ctx, k) || is(t, C.CUE | C.SUBJ | C.REL | C.AUX | C.BE)) return -1;
    // ("Une étude publiée dans The Lancet montre": a document's participle before "in" qualifies it too.)
    if (k === end || t.cap || !(hasForm(t, F.GERUND) || (is(tokens[k - 1], C.DOCUMENT) && ctx.lang.roles.in.has(tokens[k + 1]!.norm)))) continue;
    const next = tokens[k + 1]!;
    const noun = tokens[k - 1]!;
    if (!(is(next, C.PREP) || isDeterminer(next)) || !usable(ctx, k - 1) || !strongNoun(noun) || isFunctionWord(noun)) return -1;
    return k - 1;
  }
  return -1;
}

/**
 * "voters in Ohio, Texas and Utah said", "Lee, Park and Cho said": the walk left stops at a list's
 * comma, but the list of names ending in "and" is one piece of the phrase. Taken only when the list
 * opens the sentence or follows a noun and its preposition ("In Denver, Lee and Park said" keeps the
 * fronted place out). Returns the phrase's new start.
 */
function serialListStart(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, lang } = ctx;
  if (!isNameWord(tokens[start]!) || !tokens.slice(start, end).some((t) => isAnd(lang, t))) return start;
  let first = start;
  let firstEnd = -1;
  while (tokens[first - 1]?.text === ',' && !ctx.quoted[first - 1]) {
    let k = first - 2;
    while (k >= 0 && first - 2 - k < MAX_LIST_NAME_WORDS && usable(ctx, k) && isNameWord(tokens[k]!) && !isTimeWord(lang, tokens[k]!)) k--;
    if (k === first - 2) break;
    firstEnd = first - 2;
    first = k + 1;
  }
  if (first === start) return start;
  if (first === 0) return first;
  const prep = tokens[first - 1]!;
  if (!usable(ctx, first - 1) || prep.cap || !isConnector(lang, prep) || !nounish(tokens[first - 2]) || isFunctionWord(tokens[first - 2]!)) return start;
  const extended = walkLeft(ctx, firstEnd, clauseStart(ctx, firstEnd));
  return extended < first ? extended : start;
}

/**
 * "the mayor rebuked critics who say", "is echoing inspectors who say", "has heard what residents are saying": a
 * verb form (or "what" after one) opening a subject phrase is the clause's own verb, not part of the
 * source ("Retired officials said" opens its sentence; "the retired officials" its article).
 */
function verbBeforeNoun(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  const prev = ctx.tokens[k - 1];
  const next = ctx.tokens[k + 1];
  if (!prev || !next || t.cap || is(next, C.PREP) || !next.word) return false;
  // After an adverb, an auxiliary, a subject pronoun or a name, the word is a verb ("the mayor angrily
  // rebuked", "has heard", "is echoing"); not "But polling experts", ", planning documents show".
  const verbal = hasForm(prev, F.LY) || is(prev, C.AUX | C.BE | C.SUBJ) || isNameWord(prev);
  if (is(t, C.REL)) return is(prev, C.IRREGULAR_PAST) || hasForm(prev, F.PAST);
  return (hasForm(t, F.PAST | F.GERUND) || is(t, C.IRREGULAR_PAST)) && verbal;
}

/**
 * The phrase that starts at token `from`: the source after "according to", "said", "citing".
 * Stops at punctuation, a relative clause or a verb; notes an appositive after a comma.
 */
export function phraseAfter(ctx: SentenceContext, from: number, anyNoun = false): Phrase | null {
  const phrase = phraseFrom(ctx, from, anyNoun);
  // "según Más Madrid": a known name whose first word is a common word the walk stops at.
  if (!phrase) {
    const known = tokens0(ctx, from) ? knownNameFrom(ctx, from) : -1;
    if (known > from) {
      const span = { start: from, end: known };
      return { span, mention: span, head: known - 1, pronoun: false };
    }
    return null;
  }
  // "denunció Más Madrid": an adverb skipped before the phrase may be the first word of a known name.
  if (phrase.span.start === phrase.mention.start) {
    const start = knownNameStart(ctx, phrase.span.start, phrase.span.end - 1);
    if (start < phrase.span.start) return { ...phrase, span: { ...phrase.span, start }, mention: { ...phrase.mention, start } };
  }
  return phrase;
}

/** A capitalized word that is no name word and no determiner ("Más" of "Más País"). */
const tokens0 = (ctx: SentenceContext, i: number): boolean => {
  const t = ctx.tokens[i];
  return t !== undefined && t.word && t.cap && !isNameWord(t) && !isDeterminer(t);
};

function phraseFrom(ctx: SentenceContext, from: number, anyNoun: boolean): Phrase | null {
  const { tokens, lang } = ctx;
  let i = from;
  // Leading time words belong to the cue ("said on Friday the minister" is rare; "reported Friday that").
  let headSeen = -1;
  let last = -1;
  for (; i < tokens.length && i - from < MAX_PHRASE_TOKENS; i++) {
    const t = tokens[i]!;
    // "the new “heat map” of county data": a short quoted name inside the phrase belongs to it.
    const close = last >= from ? quotedNameEnd(ctx, i) : -1;
    if (close > 0) {
      headSeen = last = close - 1;
      i = close;
      continue;
    }
    if (!usable(ctx, i)) break;
    if (last < 0 && standaloneVague(t, tokens[i + 1])) {
      const span = { start: i, end: i + 1 };
      return { span, mention: span, head: i, pronoun: false };
    }
    if (isDeterminer(t) && (last < 0 || isConnector(lang, tokens[last]!) || lang.roles.coordinator.has(tokens[last]!.norm))) {
      continue;
    }
    // "der inzwischen zurückgetretene FPÖ-Chef": an adverb of the phrase between its article and its words.
    if (headSeen < 0 && i > from && isDeterminer(tokens[i - 1]!) && lang.grammar.phraseAdverbs.has(t.norm)
      && usable(ctx, i + 1) && isModifierWord(tokens[i + 1]!) && !isDeterminer(tokens[i + 1]!)) {
      continue;
    }
    if ((isConnector(lang, t) || isAnd(lang, t) || qualifierTo(lang, tokens, i)) && !t.cap) {
      const next = tokens[i + 1];
      // "a Defesa Civil em comunicado", "Maduro em discurso", "Breitbart News in an exclusive interview":
      // a statement is where it was said, not part of the source.
      if (statementAdjunct(ctx, i)) break;
      // "a indiqué le parquet de Paris à l'AFP": the outlet spoken to is a listener, not part of the source.
      if (headSeen >= 0 && outletListener(ctx, i)) break;
      if (headSeen >= 0 && next && usable(ctx, i + 1) && (nounish(next) || isDeterminer(next)) && nounAfterJoin(lang, next)) {
        last = i;
        continue;
      }
      break;
    }
    // "benchmarks published by AnandTech", "a poll by YouGov": the agent belongs to the phrase.
    if (last >= from && agentBy(lang, tokens, i) && tokens[i + 1] && usable(ctx, i + 1) && (nounish(tokens[i + 1]) || isDeterminer(tokens[i + 1]!))) {
      last = i;
      continue;
    }
    // "partial but official returns", "a small but vocal group": two modifiers of the head joined.
    const joinsModifiers = headSeen < 0 && last >= from && (lang.roles.contrast.has(t.norm) || isAnd(lang, t)) && !t.cap
      && !tokens[last]!.cap && isModifierWord(tokens[last]!) && usable(ctx, i + 1) && !tokens[i + 1]!.cap && isModifierWord(tokens[i + 1]!)
      && !isDeterminer(tokens[i + 1]!);
    if (joinsModifiers) {
      last = i;
      continue;
    }
    if (is(t, C.REL | C.SUBORD)) break;
    if ((isNamePart(t) && !isDemonym(t)) || isSourceNoun(t)) {
      headSeen = i;
      last = i;
      continue;
    }
    // "declarou Lira a jornalistas": an article after the head, with no connector, opens another phrase.
    if (headSeen >= 0 && isDeterminer(t) && !t.cap && !PATTERNS.number.test(t.norm)) break;
    if (isModifierWord(t) && !isDeterminer(t) && headSeen < 0) {
      last = i;
      // "the king sounded off", "the justice wrote": a title before a verb is the phrase's head.
      const next = tokens[i + 1];
      if (!t.cap && isTitle(t) && next && (hasForm(next, F.PAST) || is(next, C.IRREGULAR_PAST | C.CUE | C.AUX))) headSeen = i;
      continue;
    }
    // "sagte Konzernchef Thomas Krüger dem Sender", "bestätigte das Gericht ein Urteil": an article after
    // the head, other than a genitive one ("der Partei"), starts another phrase.
    if (headSeen >= 0 && !t.cap && isDeterminer(t) && !PATTERNS.number.test(t.norm) && !isConnector(lang, t)
      && !lang.roles.coordinator.has(tokens[last]?.norm ?? '') && !isConnector(lang, tokens[last]!)) break;
    // "EFE su secretaria": an article after a name opens another phrase ("el diario El Mundo" goes on).
    if (headSeen >= 0 && is(t, C.DET) && last === i - 1 && isNameWord(tokens[last]!)) break;
    if (isModifierWord(t) && headSeen >= 0 && !t.cap && !lang.roles.coordinator.has(tokens[last]?.norm ?? '') && !isConnector(lang, tokens[last]!)) {
      // a lowercase word after the head starts a verb or participle ("a transcript reviewed by ..."),
      // unless a role noun follows ("Republican party boss Reince Priebus", "Cruz constituent Dan Golvach")
      // ("the inspector general", "the attorney general": a title after a role noun is part of it)
      if (isSourceNoun(t) || leadsToRole(ctx, i) || (isTitle(t) && is(tokens[last]!, C.PEOPLE | C.TITLE))) { last = i; continue; }
      // "ad placement sources": a word between the head and a source noun makes one compound noun.
      const nounAfter = tokens[i + 1];
      // (Not after a possessive: "Ohio's sitting mayor" is a description of its own.)
      if (nounAfter && usable(ctx, i + 1) && !nounAfter.cap && isSourceNoun(nounAfter) && !hasForm(t, F.PAST | F.PARTICIPLE)
        && !tokens[last]!.possessive) { last = i; continue; }
      // "a déclaré le ministre lundi", "disse o ministro ontem": a time word after the head ends the phrase.
      if (is(t, C.TIME | C.WEEKDAY)) break;
      // where adjectives follow the noun, one may stand after a common noun, before a name or the
      // phrase's end: "la líder opositora María Corina Machado", "el presidente mexicano, ..."
      const next = tokens[i + 1];
      const ends = !next || !next.word || ctx.quoted[i + 1] || lang.roles.complementizer.has(next.norm) || hasForm(next, F.PARTICIPLE);
      if (lang.headInitial && !tokens[headSeen]!.cap && !hasForm(t, F.PAST | F.GERUND | F.INFINITIVE) && (ends || isNameWord(next))) { last = i; continue; }
      // "el portavoz del Gobierno vasco.": after a body's capitalised common noun, an adjective that ends the phrase.
      if (lang.headInitial && ends && last === headSeen && is(tokens[headSeen]!, C.INSTITUTION) && !hasForm(t, F.PAST | F.GERUND | F.INFINITIVE | F.PARTICIPLE)
        && !is(t, C.CUE | C.TIME | C.WEEKDAY)) { last = i; continue; }
      // "fonte oficial", "deputados federais": after a common noun, an adjective (no verb form) goes on;
      // so too after the common noun of a name's complement ("l'Agence de sécurité sanitaire").
      const commonBefore = !tokens[headSeen]!.cap || (last > headSeen && !tokens[last]!.cap && nounish(tokens[last]!) && !isAdverb(tokens[last]!));
      if (lang.headInitial && commonBefore && !hasForm(t, F.INFINITIVE | F.GERUND | F.PAST) && !is(t, C.CUE)) { last = i; continue; }
      // "told the radio audience that", "the newspaper readers,": where heads come last, a plain word
      // after a common noun that ends the phrase is the compound's head.
      if (!lang.headInitial && ends && last === headSeen && !tokens[headSeen]!.cap && !isAdverb(t) && !hasForm(t, F.PAST | F.PARTICIPLE | F.GERUND)
        && !is(t, C.CUE | C.TIME | C.WEEKDAY | C.PRON)) { headSeen = last = i; continue; }
      break;
    }
    if (isModifierWord(t)) {
      last = i;
      continue;
    }
    break;
  }
  // Trim a dangling connector or determiner.
  while (last >= from && (isConnector(lang, tokens[last]!) || lang.roles.coordinator.has(tokens[last]!.norm) || isDeterminer(tokens[last]!)
    || lang.roles.agent.has(tokens[last]!.norm))) last--;
  if (last < from) return null;
  let start = from;
  while (start <= last && !(isDeterminer(tokens[start]!) || nounish(tokens[start]))) start++;
  if (start > last) return null;
  const span = { start, end: last + 1 };
  if (!plausibleSource(lang, tokens, span, anyNoun)) return null;
  const phrase: Phrase = { span, mention: span, head: headOf(lang, tokens, span), pronoun: false };
  // "a person familiar with the matter", "sources close to the talks": the words that make it anonymous.
  const qualifier = anonymityQualifier(ctx, last + 1);
  if (qualifier > last + 1) phrase.mention = { start, end: qualifier };
  const after = tokens[last + 1];
  // "disse a advogada da família, Maria Oliveira.": the name after a description is the source.
  const named = after?.text === ',' && is(tokens[phrase.head], C.PEOPLE | C.TITLE) && !tokens[phrase.head]!.cap ? nameAfterComma(ctx, last + 2) : -1;
  if (named > 0) return { span: { start: last + 2, end: named }, mention: { start, end: named }, head: named - 1, pronoun: false, appositive: span };
  if (after?.text === ',' && tokens[last + 2] && isDeterminer(tokens[last + 2]!) && !ctx.quoted[last + 2]) {
    let j = last + 2;
    while (j < tokens.length && tokens[j]!.word && j - last < MAX_APPOSITIVE_TOKENS) j++;
    phrase.appositive = { start: last + 2, end: j };
  }
  return nameAfterRole(ctx, phrase) ?? phrase;
}

/** Longest name set off after a role ("the spokesman, John Smith,"). */
const MAX_ROLE_NAME = 4;

/**
 * "reconoció el portavoz de la Comisión, Eric Mamer.", "said the company's spokesman, John Smith,":
 * a role without a name, then a person's name (a given name first) set off by a comma. The person is
 * the source; the role is an appositive of the name.
 */
function nameAfterRole(ctx: SentenceContext, phrase: Phrase): Phrase | null {
  const { tokens } = ctx;
  const head = tokens[phrase.head]!;
  const comma = phrase.mention.end;
  if (head.cap || !is(head, C.PEOPLE | C.TITLE) || tokens[comma]?.text !== ',' || ctx.quoted[comma]) return null;
  if (tokens.slice(phrase.span.start, phrase.span.end).some((t) => isNameWord(t) && GIVEN_NAMES.has(t.norm))) return null;
  let j = comma + 1;
  while (j < tokens.length && j - comma <= MAX_ROLE_NAME && usable(ctx, j) && isNameWord(tokens[j]!)) j++;
  const run = tokens.slice(comma + 1, j);
  const stop = tokens[j];
  if (run.length < 2 || j - comma > MAX_ROLE_NAME || !GIVEN_NAMES.has(run[0]!.norm) || run.some((t) => is(t, C.ORG_WORD | C.OUTLET_WORD))) return null;
  if (stop && !(stop.text === ',' || (!stop.word && PATTERNS.sentenceEnd.test(stop.text)) || is(stop, C.REL))) return null;
  const span = { start: comma + 1, end: j };
  return { span, mention: { start: phrase.mention.start, end: j }, head: j - 1, pronoun: false, appositive: phrase.span };
}

/** The longest outlet name read after "to" by `outletListener`, in tokens. */
const MAX_LISTENER_OUTLET = 4;

/** At "to" ("à", "ao"), an outlet's name after it, with or without its article: "à l'AFP", "au Parisien". */
function outletListener(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  if (!ctx.lang.roles.to.has(tokens[i]!.norm)) return false;
  let j = i + 1;
  if (tokens[j] && isDeterminer(tokens[j]!) && !ctx.quoted[j]) j++;
  const words: string[] = [];
  for (let k = j; k < tokens.length && k - j < MAX_LISTENER_OUTLET && tokens[k]!.word && tokens[k]!.cap && !ctx.quoted[k]; k++) {
    words.push(tokens[k]!.text);
    if (OUTLETS.has(nameKey(words.join(' '))) && !(tokens[k + 1]?.word && tokens[k + 1]!.cap)) return true;
  }
  return false;
}

/** How many lowercase modifiers may stand between "in a" and its statement noun ("in a brief written statement"). */
const MAX_STATEMENT_MODIFIERS = 2;

/**
 * "said the minister in a statement", "dijo Scott en un comunicado", "told Breitbart News in an
 * exclusive interview": "in" and a statement noun (after an article and a modifier or two) is where
 * the source spoke, not part of its name.
 */
export function statementAdjunct(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  if (!ctx.lang.roles.in.has(tokens[i]!.norm)) return false;
  let j = tokens[i + 1] && isDeterminer(tokens[i + 1]!) ? i + 2 : i + 1;
  for (let k = 0; k < MAX_STATEMENT_MODIFIERS && tokens[j] && !is(tokens[j], C.STATEMENT) && nounModifier(tokens[j]!) && !ctx.quoted[j]; k++) j++;
  const noun = tokens[j];
  return noun !== undefined && !noun.cap && is(noun, C.STATEMENT);
}

/** How many lowercase modifiers may stand between a name and a role noun after it. */
const MAX_ROLE_MODIFIERS = 2;

/** A lowercase noun that may modify a role noun after it ("party" of "party boss"): no verb form, no determiner. */
const nounModifier = (t: Token): boolean => !t.cap && isModifierWord(t) && !isDeterminer(t) && !hasForm(t, F.PAST | F.GERUND | F.PARTICIPLE);

/** Do lowercase modifiers starting at i lead to a role noun ("party boss", "campaign spokesman")? */
function leadsToRole(ctx: SentenceContext, i: number): boolean {
  if (!nounModifier(ctx.tokens[i]!)) return false;
  for (let j = i + 1; j <= i + MAX_ROLE_MODIFIERS && j < ctx.tokens.length; j++) {
    const t = ctx.tokens[j]!;
    if (!usable(ctx, j) || t.cap) return false;
    if (isSourceNoun(t)) return true;
    if (!nounModifier(t)) return false;
  }
  return false;
}

/** Longest quoted name taken into a phrase ("the “heat map”"), in words. */
const MAX_QUOTED_NAME = 4;

/** When a short closed quotation of words opens at token i, the index of its closing mark, else -1. */
function quotedNameEnd(ctx: SentenceContext, i: number): number {
  if (!isOpeningQuote(ctx.tokens[i]) || !ctx.quoted[i]) return -1;
  for (let k = i + 1; k <= i + MAX_QUOTED_NAME + 1 && k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (isClosingQuote(t) && k > i + 1) return k;
    if (!t.word) return -1;
  }
  return -1;
}

/** The end of a name (titles allowed) at `from` that closes its clause (a comma, the end, a pause), or -1. */
function nameAfterComma(ctx: SentenceContext, from: number): number {
  let j = from;
  while (j < ctx.tokens.length && j - from < MAX_APPOSITIVE_NAME && usable(ctx, j) && isNamePart(ctx.tokens[j]!)) j++;
  if (j === from || !isNameWord(ctx.tokens[j - 1]!)) return -1;
  const stop = ctx.tokens[j];
  return !stop || !stop.word ? j : -1;
}

/** Words after an unnamed source that say how it knows ("familiar with the matter", "close to the talks"): their end, or `at`. */
function anonymityQualifier(ctx: SentenceContext, at: number): number {
  const { tokens } = ctx;
  const first = tokens[at];
  if (!first || !ctx.lang.grammar.anonymityQualifiers.has(first.norm) || ctx.quoted[at]) return at;
  let j = at + 1;
  while (j < tokens.length && tokens[j]!.word && !ctx.quoted[j] && j - at < MAX_APPOSITIVE_TOKENS && !is(tokens[j], C.REL)) j++;
  return j;
}

/** "Iraqi officials and people who managed to escape": the relative clause after an unnamed source, for its mention. */
export function relativeClauseEnd(ctx: SentenceContext, after: number): number {
  const t = ctx.tokens[after];
  if (!t || !ctx.lang.grammar.relativeClauseOpeners.has(t.norm)) return after;
  let j = after;
  while (j < ctx.tokens.length && ctx.tokens[j]!.word && !ctx.quoted[j] && j - after < MAX_APPOSITIVE_TOKENS) j++;
  return j;
}

