// Speech and report verbs: "X said (that)", "X told Y (on Wednesday) that", "X reported Friday that",
// "..., said X", "“...,” X said", ", saying ...", "X was quoted as saying ... by Y", "called ... by X".
import { claimAfter, claimAround, claimBefore } from '../claim';
import { C, F, type RuleSpec } from '../lang/types';
import { PATTERNS } from '../patterns';
import { GIVEN_NAMES } from '../lexicon';
import { headOf, subjectBefore, phraseAfter, phraseBefore, plausibleSource, pronounPhrase, ratioEndingAt, statementAdjunct, wordsToPauseEnd, type Phrase } from '../sources/noun-phrase';
import { hasForm, is, isAdverb, isAuthorPronoun, isBe, isDeterminer, isFunctionWord, isModifierWord, isNameWord, isSourceNoun, isSubjectPronoun, isWeekday } from '../sources/words';
import { asideEnd, audienceAfter, checkNeeds, closesQuote, contentFollows, deniedOrHypothetical, exceptAfter, findCueVerbs, negatedAfter, followsClaim, isClosingQuote, isOpeningQuote, isThat, listenerAfter, skipAdjuncts, type VerbAt } from './cue-verbs';
import { defineRule, type Found } from './define';
import { unnamedSources, whole } from './vague';
import type { Token } from '../text/tokens';
import type { Rule, SentenceContext } from './types';

type Spec<F extends RuleSpec['family']> = Extract<RuleSpec, { family: F }>;

/** The verb's words as written: "said", "pointed out", "teilte ... mit" (a particle far from its verb). */
export function verbWords(ctx: SentenceContext, v: VerbAt): string {
  const words = ctx.tokens.slice(v.start, v.end).map((t) => t.text.toLowerCase());
  return v.verb.particle && words.length > 2 ? `${words[0]} ... ${words[words.length - 1]}` : words.join(' ');
}

function cueText(ctx: SentenceContext, v: VerbAt, listenerEnd?: number, thatAt?: number): string {
  const words = verbWords(ctx, v);
  const that = thatAt !== undefined ? ctx.tokens[thatAt]!.norm : '';
  if (listenerEnd !== undefined) return `${words} ... ${that}`.trim();
  return that ? `${words} ${that}` : words;
}

/** The complementizer at i as written ("that"), to show in a cue, or nothing. */
const thatWord = (ctx: SentenceContext, i: number): string => (isThat(ctx, i) ? ` ${ctx.tokens[i]!.norm}` : '');

/** Has the verb's sentence ended, or does only a comma or closing mark follow it? */
function endsClause(ctx: SentenceContext, i: number): boolean {
  let j = skipAdjuncts(ctx, i);
  // "Sources tell TMZ ... the dress was taken": an ellipsis inside the sentence does not end it.
  while (ctx.tokens[j] && PATTERNS.ellipsis.test(ctx.tokens[j]!.text) && ctx.tokens[j + 1]) j++;
  const t = ctx.tokens[j];
  // "llamó a la Argentina “un país ...”": a quotation opening after the verb's adjuncts is its content.
  return !t || (!t.word && !(isOpeningQuote(t) && ctx.quoted[j]));
}

/**
 * "The ferryman pointed out that …", "“…,” the panel chairmen wrote.": before a "that" clause, or
 * closing the sentence right after a quotation, a noun with its article speaks whatever noun it is,
 * when the verb is unmistakably one (a past form: "his earlier claims that" and "the deal binds together
 * pledges that" have nouns there) and no preposition holds the noun ("across the region warned").
 */
function anyNounSubject(ctx: SentenceContext, v: VerbAt, finite: number, thatFollows: boolean): Phrase | null {
  const verb = ctx.tokens[v.start]!;
  if (!hasForm(verb, F.PAST) && !is(verb, C.IRREGULAR_PAST)) return null;
  const verbEnds = PATTERNS.sentenceEnd.test(ctx.tokens[skipAdjuncts(ctx, v.end)]?.text ?? '.');
  if (!thatFollows && !verbEnds) return null;
  const subject = subjectBefore(ctx, finite, { anyNoun: true });
  if (!subject || subject.pronoun || !isDeterminer(ctx.tokens[subject.span.start]!)) return null;
  const before = ctx.tokens[subject.mention.start - 1];
  if (before?.word && is(before, C.PREP) && !ctx.quoted[subject.mention.start - 1]) return null;
  return thatFollows || quotationJustBefore(ctx, subject.mention.start) ? subject : null;
}

export const verbAfterSubject = ({ reason, description, verbSecond = false }: Spec<'verb-after-subject'>): Rule => defineRule({
  reason,
  description,
  triggerCueVerbs: true,
  match(ctx) {
    const out: Found[] = [];
    for (const v of findCueVerbs(ctx)) {
      // "is telling", "has been saying": a gerund after a form of "be" is finite; other gerunds: see `participle`.
      const be = endsInIng(ctx, v) ? progressiveAuxiliary(ctx, v.start) : -1;
      if (endsInIng(ctx, v) && be < 0) continue;
      // "Nachdem die Behörde erklärt hatte, sie werde …": a statement in a verb-final clause.
      if (verbSecond) {
        const sub = subordinateStatement(ctx, v);
        if (sub) {
          out.push(sub);
          continue;
        }
      }
      /** The verb with what stands between it and its content, in verb-second order. */
      let reach = v;
      const thatFollows = isThat(ctx, skipAdjuncts(ctx, v.end));
      // "Die Polizei hat am Montag mitgeteilt, ...": a participle at the clause's end has the subject of its auxiliary.
      const finite = be >= 0 ? be : verbSecond ? auxiliaryOf(ctx, v) : v.start;
      const found = subjectBefore(ctx, finite, { anyPlural: thatFollows }) ?? (verbSecond ? null : anyNounSubject(ctx, v, finite, thatFollows));
      // "Sowohl die SPD als auch die Grünen kritisierten": two subjects joined by a correlative pair.
      const pair = verbSecond ? correlativeSubjects(ctx, finite) : null;
      const subject = pair ? pair[1] : found && withModifierPhrase(ctx, found);
      // "le projet de loi défendu par le gouvernement": a participle without its auxiliary, then the
      // agent, modifies the noun before it; that noun says nothing.
      // (An agent is a phrase: "responded by using", "replied by email" are the speaker's own means.)
      const agent = ctx.tokens[v.end + 1];
      if (hasForm(ctx.tokens[v.start], F.PARTICIPLE | F.PAST) && verbGroup(ctx, v.start).start === v.start
        && ctx.lang.roles.agent.has(ctx.tokens[v.end]?.norm ?? '') && !ctx.quoted[v.end]
        && agent !== undefined && (isDeterminer(agent) || isNameWord(agent))) continue;
      if (!subject) {
        // "Además, aseguró que ...", "Dijo el ministro que ...": no subject before the verb.
        const found = ctx.lang.nullSubject ? subjectlessVerb(ctx, v) : null;
        if (found) out.push(found);
        continue;
      }
      const head = ctx.tokens[subject.head]!;
      if (subject.pronoun && isAuthorPronoun(head)) continue;
      if (!subject.pronoun && ctx.lang.grammar.negativeDeterminers.has(ctx.tokens[subject.span.start]!.norm)) continue; // "no group claimed"
      if (deniedOrHypothetical(ctx, v.start)) continue; // "did not say whether", "could announce"
      if (verbSecond && negatedAfter(ctx, v)) continue; // "bestätigte den Bericht nicht"
      if (verbSecond && !pair && !verbSecondSubject(ctx, v, finite, subject)) continue;
      // "if he says that ...", "si elle estime que ...": a hypothetical clause attributes nothing.
      if (ctx.lang.grammar.conditionals.has(ctx.tokens[subject.mention.start - 1]?.norm ?? '')) continue;
      // "“...,” Mr. Frankel said." / ", de Miranda notes.": the claim came before the source.
      // For "told", the listener comes first: "“...,” she told reporters."
      const listener = v.verb.needs !== 'object' ? null : listenerAfter(ctx, skipAdjuncts(ctx, v.end))
        ?? (followsClaim(ctx, subject.mention.start) ? audienceAfter(ctx, v.end) : null);
      let afterVerb = skipAdjuncts(ctx, listener ? listener.end : v.end);
      // "sagte der Zeitung am Montag, ...", "kritisierte die Pläne scharf: „…“": in verb-second order a
      // listener, adjuncts or an object may stand between the verb and what opens its content.
      if (verbSecond && v.verb.needs !== 'quote' && !opensSubordinate(ctx, subject.mention.start)) {
        if (exceptAfter(ctx, v)) continue;
        // "berichtete 2018 über ...": a bare year is a time adjunct.
        if (PATTERNS.year.test(ctx.tokens[afterVerb]?.norm ?? '') && !ctx.quoted[afterVerb]) {
          afterVerb = skipAdjuncts(ctx, afterVerb + 1);
          reach = { ...v, end: afterVerb };
        }
        const opening = contentOpening(ctx, afterVerb);
        if (opening > afterVerb) {
          afterVerb = opening;
          reach = { ...v, end: opening };
        }
      }
      // "wrote on his blog:" and "reads, “...”" introduce what follows (a passage, a quotation): not an ending.
      const next = ctx.tokens[afterVerb];
      const quoteFollows = next?.text === ',' && ctx.quoted[afterVerb + 1] === true; // 'reads, “...”'
      // "sagte, dass ...", "sagte, die Lage sei ernst": in a main clause, a comma after the verb opens its content.
      // ("Sie habe nichts gewusst, betonte die Politikerin": a cue verb after the comma ends the claim.)
      const commaContent = verbSecond && next?.text === ',' && ctx.tokens[afterVerb + 1]?.word === true
        && !is(ctx.tokens[afterVerb + 1], C.CUE) && !opensSubordinate(ctx, subject.mention.start);
      const ends = next?.text !== ':' && !quoteFollows && !commaContent && endsClause(ctx, listener ? listener.end : reach.end);
      // "As the authors explain, research ...": the claim follows the comma.
      const asClause = ends && ctx.lang.roles.as.has(ctx.tokens[subject.mention.start - 1]?.norm ?? '');
      // ("Two days later, Kell wrote to the board.": an opening that says when is no claim before the verb.)
      // ("For weeks after the flood, residents said, the river stank.": unless the claim resumes after the cue.)
      const fronted = followsClaim(ctx, subject.mention.start)
        && (!adverbialOnlyBefore(ctx, subject.mention.start - 1) || resumesAfter(ctx, listener ? listener.end : v.end) > 0);
      const inverted = ends && (fronted || asClause);
      // "Umweltverbände haben vor den Folgen gewarnt": what a participle closing the clause speaks of
      // may stand before it, after its auxiliary.
      const framed = verbSecond && ends && !inverted && finite !== v.start && v.verb.needs === 'complement' ? framedContent(ctx, finite, v.start) : -1;
      if (ends && !inverted && v.verb.needs !== 'none' && framed < 0) continue;
      // "… will repeat whatever she says.", "as much as anything the mayor wrote": a subject right after a
      // word, with no pause or quotation before it, opens a clause inside the sentence, not a cue after its claim.
      // (Not after "and", a subject joined to another, nor after a relative, "the allegations, which Ailes
      // denies", nor after a connector, "as one of the advisers pointed out", where the subject begins earlier.)
      const before = ctx.tokens[subject.mention.start - 1];
      const joinedOrRelative = before !== undefined && (ctx.lang.roles.coordinator.has(before.norm) || ctx.lang.grammar.phraseConnectors.has(before.norm)
        || (is(before, C.REL) && !ctx.lang.roles.complementizer.has(before.norm)));
      if (ends && !inverted && !verbSecond && before?.word && !joinedOrRelative && !ctx.quoted[subject.mention.start - 1]
        && !quotationJustBefore(ctx, subject.mention.start)) continue;
      // "She reports to the chief executive": a verb whose clause ends in "to X" is not reporting anything.
      if (ends && !inverted && ctx.lang.roles.to.has(ctx.tokens[v.end]?.norm ?? '')) continue;
      // "Lerer reported from Los Angeles.", "Ortiz conceded.": a sentence that is only its source and verb
      // says nothing, unless a quotation ended just before it ("“Is it over?” / Weaver said.").
      // ("Julie Davis reported from Midway Atoll, and Mark Landler from Kaneohe Bay.": a credit line of two.)
      const over = !next || PATTERNS.sentenceEnd.test(next.text)
        || (next.text === ',' && ctx.lang.roles.coordinator.has(ctx.tokens[afterVerb + 1]?.norm ?? '') && !ctx.quoted[afterVerb + 1]);
      if (ends && !inverted && over && !verbSecond && ctx.tokens.slice(0, subject.mention.start).every((t) => !t.word) && !quotationBeforeSentence(ctx)) continue;
      let needs = checkNeeds(ctx, reach, head, inverted);
      // "“…,” Ortiz told a crowd of 2,000 here on Friday after she took the stage.": right after a
      // quotation, "X said" / "X told Y" is its cue, however the clause runs on.
      const afterQuotation = !needs.ok && !ends && quotationJustBefore(ctx, subject.mention.start)
        && (v.verb.needs === 'none' || v.verb.needs === 'object') && !deniedOrHypothetical(ctx, v.start);
      if (afterQuotation) needs = checkNeeds(ctx, reach, head, true);
      if (framed >= 0) needs = { ok: true, claimFrom: framed };
      if (!needs.ok) continue;
      const thatAt = isThat(ctx, needs.claimFrom) ? needs.claimFrom : undefined;
      // "“We lost,” as one fan put it": an "as" clause after the claim looks back.
      const asAfterClaim = asClause && followsClaim(ctx, subject.mention.start - 1);
      // "“It is unfair,” Jones said about the ruling.": after a quotation, a phrase with no clause of its
      // own says what the quotation was about; the quotation is the claim.
      // ("“We will win,” he said to loud cheers from the crowd that had gathered": a preposition opens no content.)
      const aboutQuotation = !ends && quotationJustBefore(ctx, subject.mention.start)
        && (is(ctx.tokens[needs.claimFrom], C.PREP) || !clauseFrom(ctx, needs.claimFrom)) && !isThat(ctx, needs.claimFrom);
      const claim = asAfterClaim ? claimBefore(ctx, subject.mention.start - 1)
        : asClause ? claimAfter(ctx, skipAdjuncts(ctx, v.end) + 1)
        : ends || afterQuotation || aboutQuotation ? claimBefore(ctx, subject.mention.start) : claimAfter(ctx, needs.claimFrom);
      // "Every spring, county officials said, the program draws ...": a cue set inside its content by
      // commas; the claim is the sentence without it.
      const resumes = inverted && !asClause ? resumesAfter(ctx, listener ? listener.end : v.end) : -1;
      if (resumes > 0) {
        claim.end = ctx.end;
        Object.assign(claim, { gap: { start: ctx.tokens[subject.mention.start - 1]!.start, end: ctx.tokens[resumes]!.start } });
      }
      // "“The plan,” she said, “is dead.”": a quotation split by its cue is one claim, without the cue.
      const reopen = afterVerb + 1;
      if (quoteFollows && isOpeningQuote(ctx.tokens[reopen]) && quotationJustBefore(ctx, subject.mention.start)) {
        let close = subject.mention.start - 1;
        if (ctx.tokens[close]!.text === ',') close--; // "“…”, she said"
        const from = ctx.tokens[close - 1]?.text === ',' ? close - 1 : close; // the comma inside the quotation
        Object.assign(claim, { start: ctx.start, end: ctx.end, gap: { start: ctx.tokens[from]!.start, end: ctx.tokens[reopen]!.end } });
      }
      out.push({
        cue: cueText(ctx, v, needs.listenerEnd, thatAt),
        cueSpan: { start: v.start, end: v.end },
        source: subject.span,
        mention: subject.mention,
        appositive: subject.appositive,
        pronoun: subject.pronoun,
        claim,
        // After the whole mention: a time inside a relative clause ("which has run stories since Saturday") is not the statement's.
        timeWindow: { start: Math.max(subject.span.end, subject.mention.end), end: Math.min(ctx.tokens.length, needs.claimFrom + 1) },
      });
      if (pair) {
        const first = { ...out[out.length - 1]!, source: pair[0].span, mention: pair[0].mention, appositive: pair[0].appositive, pronoun: false };
        out.splice(out.length - 1, 0, first);
        out[out.length - 1] = { ...out[out.length - 1]!, sharesCue: true };
      }
    }
    return out;
  },
});

/** Longest distance between a subordinator and the verb closing its clause. */
const MAX_SUBORDINATE_CLAUSE = 14;

/** Does a clause that gives a statement's content open at token i: "that", a pronoun, an article, a quotation? */
function contentClauseAt(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (ctx.quoted[i] || isOpeningQuote(t)) return true;
  return t.word && (isThat(ctx, i) || (is(t, C.PRON | C.DET) && !isAuthorPronoun(t) && !ctx.lang.grammar.objectDeterminers?.has(t.norm)));
}

/**
 * A statement in a clause opened by one of the pack's `statementClauseOpeners`, its verb last:
 * "Nachdem die Aufsichtsbehörde erklärt hatte, sie werde die Fusion prüfen, fiel die Aktie",
 * "Während der Verband von einem Rekordjahr spricht, klagen die Händler". The subject follows the
 * subordinator; the content is the clause after the verb's comma when it opens with "that", a pronoun,
 * an article or a quotation (a main clause opens with its finite verb instead), or what a content
 * preposition frames between the subject and the verb. Else null.
 */
function subordinateStatement(ctx: SentenceContext, v: VerbAt): Found | null {
  const { tokens, lang } = ctx;
  const openers = lang.grammar.statementClauseOpeners;
  if (!openers?.size || ctx.quoted[v.start]) return null;
  let opener = -1;
  for (let j = v.start - 1; j >= 0 && v.start - j <= MAX_SUBORDINATE_CLAUSE; j--) {
    const t = tokens[j]!;
    if (!t.word || ctx.quoted[j] || is(t, C.CUE | C.NEG) || isThat(ctx, j)) return null;
    if (openers.has(t.norm) || lang.roles.as.has(t.norm)) {
      opener = j;
      break;
    }
  }
  if (opener < 0) return null;
  const asClause = lang.roles.as.has(tokens[opener]!.norm);
  // The verb closes its clause: only auxiliaries after it ("erklärt hatte"), then a pause.
  let end = v.end;
  while (end < tokens.length && tokens[end]!.word && !ctx.quoted[end] && is(tokens[end], C.AUX | C.BE)) end++;
  const pause = tokens[end];
  if (!pause || pause.word || ctx.quoted[end]) return null;
  if (deniedOrHypothetical(ctx, v.start) || tokens.slice(opener + 1, end).some((t) => is(t, C.HYPO))) return null;
  const first = tokens[opener + 1];
  if (!first?.word || is(first, C.PREP)) return null;
  let phrase = isSubjectPronoun(first) ? pronounPhrase(opener + 1) : phraseAfter(ctx, opener + 1);
  // ("der Verband von einem Rekordjahr spricht": a content preposition before the verb ends the subject.)
  if (phrase && !phrase.pronoun && phrase.mention.end === v.start) {
    for (let k = phrase.span.start + 1; k < v.start - 1; k++) {
      if (!lang.grammar.contentPrepositions.has(tokens[k]!.norm) || framedContent(ctx, k - 1, v.start) !== k) continue;
      const span = { start: phrase.span.start, end: k };
      phrase = { span, mention: span, head: headOf(lang, tokens, span), pronoun: false };
      break;
    }
  }
  if (!phrase || phrase.mention.end > v.start || (phrase.pronoun && isAuthorPronoun(first))) return null;
  if (!phrase.pronoun && !plausibleSource(lang, tokens, phrase.span)) return null;
  let claim: { start: number; end: number } | null = null;
  if (asClause) {
    // ", wie die Statistikbehörde Eurostat auf Basis einer Schätzung mitteilte": an "as" clause with
    // an adjunct between its subject and verb (without one, the verb-second rules read it). It looks
    // back at the claim, or, opening the sentence, on to the clause after it.
    const between = tokens.slice(phrase.mention.end, v.start);
    if (phrase.pronoun || !between.length || !is(between[0], C.PREP) || between.some((t) => !t.word || is(t, C.CUE | C.AUX | C.SUBORD | C.REL))) return null;
    const opens = tokens.slice(0, opener).every((t) => !t.word);
    if (!opens && !(tokens[opener - 1]?.text === ',')) return null;
    claim = opens ? (pause.text === ',' ? claimAfter(ctx, end + 1) : null) : claimBefore(ctx, opener - 1);
  } else if (pause.text === ':' || (pause.text === ',' && contentClauseAt(ctx, end + 1))) {
    claim = claimAfter(ctx, end + 1);
    // The content ends where the main clause opens with its verb (", fiel die Aktie").
    for (let k = end + 2; k < tokens.length; k++) {
      if (tokens[k]!.text === ',' && !ctx.quoted[k] && tokens[k + 1]?.word && !contentClauseAt(ctx, k + 1)) {
        claim.end = tokens[k]!.start;
        break;
      }
    }
  } else if (v.verb.needs === 'complement' || v.verb.needs === 'none') {
    const framed = framedContent(ctx, phrase.mention.end - 1, v.start);
    if (framed >= 0) claim = { start: tokens[framed]!.start, end: tokens[v.start - 1]!.end };
  }
  if (!claim) return null;
  return {
    cue: verbWords(ctx, v),
    cueSpan: { start: v.start, end: v.end },
    source: phrase.span,
    mention: phrase.mention,
    appositive: phrase.appositive,
    pronoun: phrase.pronoun,
    claim,
    timeWindow: { start: phrase.mention.end, end: v.end },
  };
}

/**
 * "Sowohl die SPD als auch die Grünen kritisierten …": a sentence that opens with the pack's "both"
 * word, a phrase, one of grammar.bothLinks ("als auch"), a phrase ending right before the verb at
 * `finite`: the two subjects, else null.
 */
function correlativeSubjects(ctx: SentenceContext, finite: number): [Phrase, Phrase] | null {
  const { tokens, lang } = ctx;
  const links = lang.grammar.bothLinks;
  if (!links?.size) return null;
  let i = 0;
  while (i < finite && !tokens[i]!.word) i++;
  if (!lang.roles.both.has(tokens[i]?.norm ?? '') || ctx.quoted[i]) return null;
  const first = phraseAfter(ctx, i + 1);
  if (!first || first.pronoun || !plausibleSource(lang, tokens, first.span)) return null;
  for (const link of links) {
    const words = link.split(' ');
    const at = first.mention.end;
    if (!words.every((w, k) => tokens[at + k]?.norm === w && !ctx.quoted[at + k])) continue;
    const second = phraseAfter(ctx, at + words.length);
    if (!second || second.pronoun || second.mention.end !== finite || !plausibleSource(lang, tokens, second.span)) return null;
    return [first, second];
  }
  return null;
}

/** Longest prepositional phrase inside a modifier before its noun ("mit der Sache vertraute Personen"). */
const MAX_MODIFIER_PHRASE = 8;

/**
 * "Zwei mit der Sache vertraute Personen", "Die im Fachjournal „The Lancet“ veröffentlichte Studie":
 * where an adjective or participle before the noun takes a prepositional phrase before it, the
 * subject opens with the determiner before that preposition, not inside its phrase. The phrase as
 * found when nothing of the kind stands before it.
 */
function withModifierPhrase(ctx: SentenceContext, phrase: Phrase): Phrase {
  const { tokens, lang } = ctx;
  if (phrase.pronoun || lang.data.headInitial) return phrase;
  const start = phrase.mention.start;
  // (Lowercase: "Sache" of "der Sache vertraute" is a noun, whatever its ending.)
  const isModifier = (t: Token): boolean => t.word && !PATTERNS.upperStart.test(t.text)
    && (hasForm(t, F.PARTICIPLE) || (lang.morphology.adjective?.test(t.norm) ?? false));
  if (!isModifier(tokens[phrase.head - 1] ?? tokens[phrase.head]!) || phrase.head - 1 < start) return phrase;
  for (let k = start - 1; k > 0 && start - k <= MAX_MODIFIER_PHRASE; k--) {
    const t = tokens[k]!;
    if (ctx.quoted[k] || isOpeningQuote(t) || isClosingQuote(t)) continue; // a title inside ("im Fachjournal „The Lancet“")
    if (!t.word || is(t, C.CUE | C.AUX | C.SUBORD | C.REL | C.NEG | C.CONJ) || isThat(ctx, k)) return phrase;
    if (!is(t, C.PREP)) continue;
    const opener = tokens[k - 1]!;
    if (!opener.word || ctx.quoted[k - 1] || !(isDeterminer(opener) || PATTERNS.number.test(opener.norm))) continue;
    if (is(tokens[k - 2], C.PREP) && !ctx.quoted[k - 2]) return phrase; // "in der vor Jahren gegründeten …": all one adjunct
    // The source is the modified noun with its modifier ("vertraute Personen"), shown with the whole phrase.
    let m = phrase.head;
    while (m > phrase.span.start && isModifier(tokens[m - 1]!)) m--;
    return { ...phrase, span: { start: m, end: phrase.span.end }, mention: { start: k - 1, end: phrase.mention.end }, appositive: undefined };
  }
  return phrase;
}

/** Is anything from token i to the sentence's end verb-like (an auxiliary, a form of "be", a past form, a cue)? */
function clauseFrom(ctx: SentenceContext, i: number): boolean {
  for (let k = i; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.quoted[k]) return true;
    // "…, which was issued on Monday", "the crowd that had gathered": what follows a comma or a relative
    // is no longer the verb's content.
    if (t.text === ',' || (k > i && is(t, C.REL))) return false;
    if (t.word && (is(t, C.AUX | C.BE | C.CUE | C.IRREGULAR_PAST | C.SUBJ) || hasForm(t, F.CONTRACTION) || (hasForm(t, F.PAST) && !isNameWord(t)))) return true;
  }
  return false;
}

/**
 * "Two days later, Kell wrote.", "In the morning, Kell wrote.": only an opening that says when or
 * where stands before the comma at `comma`, no clause that could be the claim.
 */
function adverbialOnlyBefore(ctx: SentenceContext, comma: number): boolean {
  const { tokens } = ctx;
  if (tokens[comma]?.text !== ',' || ctx.quoted[comma]) return false;
  const start = tokens.findIndex((t) => t.word);
  if (start < 0 || start >= comma) return false;
  const words = tokens.slice(start, comma);
  if (words.some((t, k) => !t.word || ctx.quoted[start + k] || is(t, C.AUX | C.BE | C.CUE | C.IRREGULAR_PAST) || hasForm(t, F.CONTRACTION)
    || (hasForm(t, F.PAST) && !isNameWord(t)))) return false;
  return is(tokens[start], C.PREP) || adverbialOpening(ctx, start, comma + 1);
}

/** Does the text before the sentence end with a closing quotation mark? */
function quotationBeforeSentence(ctx: SentenceContext): boolean {
  let k = ctx.start - 1;
  while (k >= 0 && PATTERNS.space.test(ctx.text[k]!)) k--;
  return k >= 0 && PATTERNS.closingQuote.test(ctx.text[k]!);
}

/** Does a quotation end just before token i ("“…,” X" or "“…”, X")? */
function quotationJustBefore(ctx: SentenceContext, i: number): boolean {
  return closesQuote(ctx, i - 1) || (ctx.tokens[i - 1]?.text === ',' && closesQuote(ctx, i - 2));
}

/** Where the content resumes after a cue set off by a comma ("..., officials said, the program ..."), or -1. */
function resumesAfter(ctx: SentenceContext, i: number): number {
  const j = skipAdjuncts(ctx, i);
  const next = ctx.tokens[j + 1];
  // "…, he said, citing …" / ", adding that …": a gerund after the comma goes on from the cue, not the content.
  if (next && hasForm(next, F.GERUND) && !next.cap) return -1;
  return ctx.tokens[j]?.text === ',' && next?.word && !ctx.quoted[j + 1] ? j + 1 : -1;
}

/** Longest opening phrase ("Además", "Por su parte", "En declaraciones a la prensa") before a subjectless verb. */
const MAX_OPENING_TOKENS = 6;

/**
 * Does a clause open at token i: the sentence's start, a semicolon or "but" before it, or a short
 * opening phrase and a comma ("Además, ...", "Por su parte, ...", "Este martes, ...")?
 */
function opensClauseAt(ctx: SentenceContext, i: number): boolean {
  const { tokens, lang } = ctx;
  const prev = tokens[i - 1];
  // "Así lo explicó ...", "También aseguró que ...": only adverbs before it.
  if (i > 0 && tokens.slice(0, i).every((t, k) => t.word && !ctx.quoted[k] && isAdverb(t))) return true;
  // "Pero aseguró", "E acrescentou que": a conjunction opens the clause.
  const joins = (t: Token): boolean => lang.roles.contrast.has(t.norm) || lang.roles.coordinator.has(t.norm);
  if (!prev || (prev.text === ';' && !ctx.quoted[i - 1]) || (joins(prev) && !ctx.quoted[i - 1])) {
    return tokens.slice(0, i).every((t, k) => !ctx.quoted[k] && (!t.word || lang.roles.contrast.has(t.norm) || lang.roles.coordinator.has(t.norm)) && t.text !== ',');
  }
  if (prev.text !== ',' || i - 1 > MAX_OPENING_TOKENS || i < 2) return false;
  const opening = tokens.slice(0, i - 1);
  const first = opening[0]!;
  return opening.every((t, k) => t.word && !ctx.quoted[k] && !is(t, C.CUE))
    && (isAdverb(first) || is(first, C.SUBORD | C.CONJ | C.PREP | C.DET | C.TIME | C.WEEKDAY));
}

/**
 * "Castro hizo referencia al periodista X, a quien acusó de ...": a relative after a preposition is
 * the verb's object, so its subject is the main clause's.
 */
function objectRelative(ctx: SentenceContext, v: VerbAt, groupStart: number): Found | null {
  const { tokens } = ctx;
  const rel = groupStart - 1;
  if (rel < 1 || ctx.quoted[rel] || !ctx.lang.roles.relativeHeads.has(tokens[rel]!.norm) || !is(tokens[rel - 1], C.PREP)) return null;
  const subject = mainSubject(ctx, rel - 1);
  if (!subject || subject.pronoun || !plausibleSource(ctx.lang, tokens, subject.span) || deniedOrHypothetical(ctx, v.start)) return null;
  // The relative must hang off the main clause's object, after its verb ("Los comerciantes, a quienes
  // acusó de ..., protestaron": the relative is about the subject, whose accuser is someone else).
  if (!tokens.slice(subject.mention.end, rel - 1).some((x) => x.word)) return null;
  const needs = checkNeeds(ctx, v, tokens[subject.head], false);
  // "a quien acusó de especular": what 'of' needs may well end the clause.
  if (!needs.ok || (v.verb.needs !== 'of' && endsClause(ctx, v.end))) return null;
  return { cue: cueText(ctx, v, needs.listenerEnd, isThat(ctx, needs.claimFrom) ? needs.claimFrom : undefined), cueSpan: { start: groupStart, end: v.end },
    source: subject.span, mention: subject.mention, appositive: subject.appositive, claim: claimAfter(ctx, needs.claimFrom),
    timeWindow: { start: v.end, end: Math.min(tokens.length, needs.claimFrom + 1) } };
}

/**
 * A finite cue verb with no subject before it, in a language that may leave its subject out: with a
 * source after it ("Dijo el ministro que ...") that source; else, at the start of a clause ("Además,
 * aseguró que ..."), the last one speaking. Its content must follow.
 */
function subjectlessVerb(ctx: SentenceContext, v: VerbAt): Found | null {
  const { tokens } = ctx;
  const t = tokens[v.start]!;
  if (hasForm(t, F.INFINITIVE | F.GERUND) || v.verb.needs === 'research') return null;
  const group = verbGroup(ctx, v.start);
  const relative = objectRelative(ctx, v, group.start);
  if (relative || v.verb.needs === 'of') return relative;
  // A participle is finite only with its auxiliary ("ha señalado").
  if (hasForm(t, F.PARTICIPLE) && !tokens.slice(group.start, v.start).some((x) => is(x, C.AUX))) return null;
  if (group.clitic >= 0 || !opensClauseAt(ctx, group.start) || deniedOrHypothetical(ctx, v.start)) return null;
  const afterVerb = skipAdjuncts(ctx, v.end);
  const first = tokens[afterVerb];
  const cueSpan = { start: group.start, end: v.end };
  const lead = ctx.text.slice(tokens[group.start]!.start, t.start).toLowerCase();
  // "Dijo el ministro que ...", "Así lo explicó el director.": the subject after its verb (a listener
  // would take "a"), then the content or the clause's end (the content came before).
  if (first?.word && !ctx.quoted[afterVerb] && (isDeterminer(first) || isNameWord(first)) && !is(first, C.PREP)) {
    const phrase = phraseAfter(ctx, afterVerb);
    const claimFrom = phrase ? skipAdjuncts(ctx, phrase.mention.end) : -1;
    const next = tokens[claimFrom];
    const ends = !next || (!next.word && !ctx.quoted[claimFrom]);
    if (phrase && !phrase.pronoun && plausibleSource(ctx.lang, tokens, phrase.span) && (isThat(ctx, claimFrom) || ends)) {
      return { cue: `${lead}${verbWords(ctx, v)}${thatWord(ctx, claimFrom)}`, cueSpan, source: phrase.span, mention: phrase.mention,
        appositive: phrase.appositive, claim: ends ? { start: ctx.start, end: ctx.end } : claimAfter(ctx, claimFrom),
        timeWindow: { start: v.end, end: Math.min(tokens.length, claimFrom + 1) } };
    }
  }
  if (endsClause(ctx, v.end)) return null;
  const needs = checkNeeds(ctx, v, undefined, false);
  if (!needs.ok) return null;
  const thatAt = isThat(ctx, needs.claimFrom) ? needs.claimFrom : undefined;
  const span = { start: v.start, end: v.end };
  return { cue: `${lead}${cueText(ctx, v, needs.listenerEnd, thatAt)}`, cueSpan, source: span, implicitSubject: true,
    claim: claimAfter(ctx, needs.claimFrom), timeWindow: { start: v.end, end: Math.min(tokens.length, needs.claimFrom + 1) } };
}

/** How many adverbs may stand between "is" and its gerund ("is now also saying"). */
const MAX_PROGRESSIVE_ADVERBS = 2;

/** The form of "be" that makes the gerund at i a finite verb ("is telling", "was still saying"), or -1. */
function progressiveAuxiliary(ctx: SentenceContext, i: number): number {
  let j = i - 1;
  for (let k = 0; k < MAX_PROGRESSIVE_ADVERBS && ctx.tokens[j] && isAdverb(ctx.tokens[j]!); k++) j--;
  const t = ctx.tokens[j];
  return t && !ctx.quoted[j] && is(t, C.BE) ? j : -1;
}

/** "saying", "adding": the -ing form of a cue verb, which `participle` and `with-participle` read. */
const endsInIng = (ctx: SentenceContext, v: VerbAt): boolean => hasForm(ctx.tokens[v.start], F.GERUND);

export const verbBeforeSource = ({ reason, description, verbSecond = false }: Spec<'verb-before-source'>): Rule => defineRule({
  reason,
  description,
  triggerCueVerbs: true,
  match(ctx) {
    const out: Found[] = [];
    for (const v of findCueVerbs(ctx)) {
      const verb = v.verb;
      if (endsInIng(ctx, v)) continue;
      if (verbSecond && negatedAfter(ctx, v)) continue; // "…, sagte er nicht."
      // "Das ergab eine Umfrage", "Am Montag sagte er, ...": verb second after an opening adverbial or object.
      if (verbSecond && verb.needs !== 'of' && verb.needs !== 'object') {
        const fronted = frontedAgent(ctx, v) ?? afterFronted(ctx, v);
        if (fronted) {
          out.push(fronted);
          continue;
        }
      }
      // "“Why now?” asked Smith": a verb that needs a listener ("told X that") comes first only after a quotation.
      if (verb.needs === 'research' || (verb.needs === 'object' && !closesQuote(ctx, v.start - 1))) continue;
      // "called for X", "called on X": a form that ends in a preposition has its object after it, never its speaker.
      // ("disse-nos o comandante": not a pronoun written onto the verb, which may look like a preposition.)
      if (v.end - v.start > 1 && !verb.particle && is(ctx.tokens[v.end - 1], C.PREP) && !ctx.tokens[v.end - 1]!.objectClitic) continue;
      // "“Why now?” asked Smith." but not "..., called the officer": these verbs follow only a quotation.
      // The verb's group: its auxiliaries and a pronoun written onto one ("a-t-il ajouté", "a déclaré").
      const group = verbGroup(ctx, v.start);
      // ("« … », s'est félicité le ministre": so too a verb that needs "of", whose content the quotation is.)
      if ((verb.needs === 'quote' || verb.needs === 'of') && !closesQuote(ctx, group.start - 1) && !ctx.quoted[group.start - 2]) continue;
      // "…, comme l'a déclaré le ministre", "como informó este diario", "según explicó X": an "as"
      // clause with the source after its verb.
      // ("como bien dijo Borges", "como bem lembrou X", "as rightly noted by": an adverb may stand between them.)
      const adverbBefore = group.start >= 2 && !ctx.quoted[group.start - 1] && isAdverb(ctx.tokens[group.start - 1]!) && ctx.lang.roles.as.has(ctx.tokens[group.start - 2]!.norm);
      const asAt = adverbBefore ? group.start - 2 : group.start - 1;
      const asOpened = asAt >= 0 && !ctx.quoted[asAt] && ctx.lang.roles.as.has(ctx.tokens[asAt]!.norm);
      // "Said Dorothy Poynter, who grew up with him: ...": the verb opens the sentence.
      const opening = group.start === 0 && ctx.tokens[v.end]?.cap === true;
      if (!followsClaim(ctx, group.start) && !asOpened && !opening) continue;
      // "Acme, which keeps its accounts private, denied the story": what stands before the pause is
      // the verb's own subject with a relative clause, not a claim (not after a quotation, nor in verb-second order).
      if (!verbSecond && !asOpened && !closesQuote(ctx, group.start - 1) && !ctx.quoted[group.start - 2] && relativeSubjectBefore(ctx, group.start)) continue;
      const claimOf = (sourceEnd: number) => (asOpened ? claimAround(ctx, asAt, sourceEnd)
        : opening ? claimAfter(ctx, sourceEnd) : claimBefore(ctx, group.start));
      const lead = ctx.text.slice(ctx.tokens[group.start]!.start, ctx.tokens[v.start]!.start).toLowerCase();
      const cue = `${lead}${verbWords(ctx, v)}`;
      // "a déclaré à cette occasion le ministre", "said on Wednesday the minister": adjuncts, then the source.
      // "teilte die Polizei mit": a separable verb's source stands before its particle.
      const afterVerb = skipAdjuncts(ctx, verbSecond && v.verb.particle ? v.start + 1 : v.end);
      // "«…», sublinhou, em declarações à SIC, o comandante": after a quotation, an aside set off by commas, then the source.
      const afterQuotation = closesQuote(ctx, group.start - 1) || ctx.quoted[group.start - 2] === true;
      const aside = afterQuotation && ctx.tokens[afterVerb]?.text === ',' && !ctx.quoted[afterVerb] ? asideEnd(ctx, afterVerb) : -1;
      // "«…», contesta, tajante, la exministra": one plain word set off by commas describes how it was said.
      const oneWord = ctx.tokens[afterVerb + 1];
      const wordAside = aside < 0 && afterQuotation && ctx.tokens[afterVerb]?.text === ',' && !ctx.quoted[afterVerb] && oneWord?.word === true && !oneWord.cap
        && !ctx.quoted[afterVerb + 1] && isModifierWord(oneWord) && !isDeterminer(oneWord) && !is(oneWord, C.CUE | C.PREP | C.CONJ | C.SUBORD | C.REL | C.PRON | C.AUX)
        && ctx.tokens[afterVerb + 2]?.text === ',' && !ctx.quoted[afterVerb + 2] ? afterVerb + 2 : -1;
      const pause = aside > 0 ? aside : wordAside;
      const at = pause > 0 && ctx.tokens[pause + 1] !== undefined && isDeterminer(ctx.tokens[pause + 1]!) ? pause + 1
        : sourceAfterListener(ctx, v.end, afterVerb) ?? sourceInAdjuncts(ctx, v.end, afterVerb) ?? skipShortAdjunct(ctx, afterVerb);
      const first = ctx.tokens[at];
      // "“ayes” were declared the winners": a passive names no speaker after it ("s'est défendu", a
      // reflexive with "être", is no passive).
      const groupWords = ctx.tokens.slice(group.start, v.start);
      const passive = !verbSecond && group.clitic < 0 && groupWords.some((t) => is(t, C.BE))
        && !groupWords.some((t) => ctx.lang.grammar.objectClitics.has(t.norm));
      if (passive) continue;
      if (group.clitic >= 0) {
        const span = { start: group.clitic, end: group.clitic + 1 };
        out.push({ cue, cueSpan: { start: group.start, end: v.end }, source: span, mention: span, pronoun: true,
          claim: claimOf(v.end), timeWindow: { start: v.end, end: Math.min(ctx.tokens.length, v.end + 3) } });
        continue;
      }
      // "—…—dijo." / "…”, afirmou.": no subject written; the last person speaking said it.
      // "…”, agregó refiriéndose a ...": a gerund follows, not a subject.
      // ("El alcalde, Juan Moreno, dijo: «…»": a colon opens the verb's content, so nothing before it was said.)
      // ("“…”, recuerda mientras amasa": after a quotation, a clause of its own opens where a subject would stand.)
      const clauseAfter = afterQuotation && first !== undefined && first.word && !first.cap && !ctx.quoted[at] && is(first, C.SUBORD)
        && !isThat(ctx, at) && !ctx.lang.roles.as.has(first.norm)
        // (Not "dijo mientras recogía sus cosas el entrenador": a source may follow the clause.)
        && !ctx.tokens.slice(at + 1).some((x, k) => !ctx.quoted[at + 1 + k] && (isNameWord(x) || (is(x, C.PEOPLE | C.TITLE | C.INSTITUTION) && isDeterminer(ctx.tokens[at + k]!))));
      if ((!first || (!first.word && first.text !== ':') || (hasForm(first, F.GERUND) && !first.cap) || clauseAfter) && ctx.lang.nullSubject) {
        const span = { start: v.start, end: v.end };
        out.push({ cue, cueSpan: span, source: span, implicitSubject: true, claim: claimOf(v.end) });
        continue;
      }
      if (!first || ctx.quoted[at]) continue;
      // "„…“, sagte der Kapitän": after a quotation, in verb-second order, the noun after the verb is its
      // subject, whatever noun it is ("Er trat vor die Presse, erklärte die Gründe" has an object there).
      const afterQuote = ctx.quoted[group.start - 1] || ctx.quoted[group.start - 2];
      // So too, in any order, an article's noun after a quotation ("“…,” said the designer").
      const anyNoun = afterQuote && (verbSecond || isDeterminer(first)) && !ctx.lang.grammar.objectDeterminers?.has(first.norm);
      let phrase: Phrase | null;
      if (isSubjectPronoun(first) && !isAuthorPronoun(first)) {
        // ", said he." is inverted; ", said he was ..." is a new clause with its own subject; "dit-elle dans
        // un communiqué", "sagte er am Montag": a pronoun written onto its verb, or followed by an adjunct.
        const next = ctx.tokens[at + 1];
        if (!verbSecond && next?.word && !first.clitic && !startsAdjunct(ctx, at + 1)) continue;
        phrase = pronounPhrase(at);
      } else {
        if (is(first, C.PREP | C.SUBORD) || isThat(ctx, at)) continue;
        // (Without auxiliaries, and closing the sentence or its clause: not "“yes” were declared the
        // majority", "… “Orbit,” put the video on Vimeo".)
        phrase = phraseAfter(ctx, at, anyNoun && !verbSecond && group.start === v.start);
        if (phrase && !verbSecond && ctx.tokens[phrase.mention.end]?.word && !plausibleSource(ctx.lang, ctx.tokens, phrase.span)) phrase = null;
        if (phrase) phrase = withoutStatementAdjunct(ctx, phrase);
      }
      // "“…,” said master of ceremonies Dan Ruiz.", "“…,” said Phil Musser of consulting firm IMGE.": after a
      // quotation, a longer description up to the comma or the end is the source.
      if (!verbSecond && !phrase?.pronoun && (closesQuote(ctx, group.start - 1) || ctx.quoted[group.start - 2])) {
        const described = describedSource(ctx, at, phrase);
        if (described) phrase = described;
      }
      if (!phrase || !plausibleSource(ctx.lang, ctx.tokens, phrase.span, anyNoun)) continue;
      // ", said the president had not decided": a clause follows, so the phrase is its subject, not the source.
      // ", warned lawmakers that ...": a "that" clause follows, so the phrase is the listener.
      const after = ctx.tokens[phrase.mention.end];
      if (isThat(ctx, phrase.mention.end) && !ctx.quoted[phrase.mention.end]) continue;
      // "El alcalde, Juan Moreno, explicó su decisión: «…»": with words before the verb but nothing quoted,
      // a phrase followed by a colon and a quotation is what the verb speaks of, not its source ("Said
      // Ellis: “…”", opening the sentence, keeps its source).
      if (!opening && after?.text === ':' && ctx.quoted[phrase.mention.end + 1] && !ctx.quoted.slice(0, group.start).includes(true)) continue;
      // In verb-second order anything may follow the inverted subject ("sagte Müller am Montag der Zeitung");
      // elsewhere a listener, an adjunct or a time word may ("…”, reconheceu o técnico após a partida",
      // "a déclaré le ministre lundi"), not a clause.
      if (!verbSecond && after?.word && !ctx.quoted[phrase.mention.end] && !is(after, C.REL | C.TIME | C.WEEKDAY) && !ctx.lang.roles.in.has(after.norm) && !ctx.lang.roles.on.has(after.norm)
        && !(adjunctAfterSource(ctx, phrase.mention.end) && (!phrase.pronoun || speaksAsPerson(ctx, phrase.head)) && at === afterVerb)
        && !(listenerAt(ctx, phrase.mention.end) && (!phrase.pronoun || speaksAsPerson(ctx, phrase.head)) && at === afterVerb)
        && !(is(after, C.PREP) && !ctx.lang.roles.infinitive.has(after.norm) && !phrase.pronoun)
        // ("dit-il sans hésiter": a pronoun written onto the verb opens no clause of its own.)
        && !(phrase.pronoun && first.clitic)) continue;
      // "sagte die Vorsitzende des Verbands, Anna Berger.": the name set off after the description is the source.
      if (verbSecond && !phrase.pronoun) phrase = nameAfterDescription(ctx, phrase) ?? phrase;
      out.push({
        cue,
        cueSpan: { start: group.start, end: v.end },
        source: phrase.span,
        mention: phrase.mention,
        appositive: phrase.appositive,
        pronoun: phrase.pronoun,
        claim: claimOf(phrase.mention.end),
        // "said the minister in a statement on Friday": the adjuncts after the source may date it too.
        timeWindow: { start: v.end, end: Math.min(ctx.tokens.length, Math.max(phrase.mention.end + 3, skipAdjuncts(ctx, phrase.mention.end))) },
      });
    }
    return out;
  },
});

/** Longest name set off by commas after a description ("…, Anna Berger,"). */
const MAX_APPOSITIVE_NAME = 6;

/**
 * A name set off by a comma after a description, ending the clause or set off again: "die
 * Vorsitzende des Verbands, Anna Berger." The name is the source, the description its appositive.
 */
function nameAfterDescription(ctx: SentenceContext, phrase: Phrase): Phrase | null {
  const { tokens } = ctx;
  const comma = phrase.mention.end;
  if (tokens[comma]?.text !== ',' || isNameWord(tokens[phrase.head]!)) return null;
  let end = comma + 1;
  while (end < tokens.length && end - comma <= MAX_APPOSITIVE_NAME && isNameWord(tokens[end]!) && !ctx.quoted[end]) end++;
  const stop = tokens[end];
  if (end === comma + 1 || (stop && (stop.word || ctx.quoted[end]))) return null;
  return { span: { start: comma + 1, end }, mention: { start: phrase.span.start, end }, head: end - 1, pronoun: false, appositive: phrase.span };
}

/** Longest distance between an auxiliary and the participle or infinitive closing its clause. */
const MAX_AUXILIARY_DISTANCE = 10;

/** Words after a preposition in which a time word or a number makes its phrase say when ("vor drei Jahren"). */
const TIME_PHRASE_REACH = 4;

/**
 * In verb-second order, a content preposition between the auxiliary at `finite` and the participle
 * at `participle` that closes the clause ("haben vor den Folgen gewarnt", "hatte über Missstände
 * berichtet"), or -1. Not one that says when ("hat vor drei Jahren erklärt").
 */
function framedContent(ctx: SentenceContext, finite: number, participle: number): number {
  const { tokens, lang } = ctx;
  for (let j = finite + 1; j < participle; j++) {
    const t = tokens[j]!;
    if (!t.word || ctx.quoted[j] || is(t, C.NEG)) return -1; // ("hat sie nicht über die Pläne informiert")
    if (!lang.grammar.contentPrepositions.has(t.norm)) continue;
    const phrase = tokens.slice(j + 1, Math.min(participle, j + 1 + TIME_PHRASE_REACH));
    const when = phrase.some((w) => is(w, C.TIME | C.WEEKDAY) || lang.time.periods.has(w.norm) || lang.grammar.durations.has(w.norm) || PATTERNS.number.test(w.norm));
    if (!when && phrase.length > 0) return j;
  }
  return -1;
}

/** Does the clause end at token i (punctuation, a quotation, "dass", or the sentence's end)? */
const clauseEndsAt = (ctx: SentenceContext, i: number): boolean => {
  const t = ctx.tokens[i];
  return !t || !t.word || ctx.quoted[i] || isThat(ctx, i);
};

/**
 * The finite verb of a cue in verb-second order: the auxiliary earlier in the clause when the cue
 * is a participle or an infinitive that closes it ("hat ... mitgeteilt", "lässt ... mitteilen"),
 * else the cue itself.
 */
function auxiliaryOf(ctx: SentenceContext, v: VerbAt): number {
  if (v.verb.particle && v.end - v.start > 1) return v.start; // "teilte ... mit": the cue is finite
  if (!clauseEndsAt(ctx, v.end)) return v.start;
  for (let j = v.start - 1; j >= 0 && v.start - j <= MAX_AUXILIARY_DISTANCE; j--) {
    const t = ctx.tokens[j]!;
    if (!t.word || ctx.quoted[j]) break;
    if (is(t, C.AUX)) {
      // The auxiliary right before the cue has its own subject before it ("er habe gesagt").
      return j;
    }
  }
  return v.start;
}

/**
 * In verb-second order, is the phrase before the verb its subject? Not after a preposition ("Nach den
 * Berichten zeigte sich ..."), not the author's ("Unsere Recherchen ergeben"), not of a passive ("wurde
 * angekündigt", "geschrieben worden sein"), and not in a subordinate clause, whose verb comes last and
 * introduces nothing after it (", dass X Bescheid wussten und ...") unless it is an "as" clause (", wie X mitteilte").
 */
function verbSecondSubject(ctx: SentenceContext, v: VerbAt, finite: number, subject: Phrase): boolean {
  const { tokens } = ctx;
  // ("Letzte Woche hatte der Vorstand versichert": a time phrase before the verb is no subject.)
  if (!subject.pronoun && timePhrase(ctx, subject.mention.start, subject.mention.end)) return false;
  const before = tokens[subject.mention.start - 1];
  if (before?.word && is(before, C.PREP) && !ctx.quoted[subject.mention.start - 1]) return false;
  if (!subject.pronoun && isAuthorPronoun(tokens[subject.span.start])) return false;
  if (ctx.lang.grammar.objectDeterminers?.has(tokens[subject.mention.start]!.norm)) return false; // "Dem Spiegel sagte er
  if ((isBe(tokens[v.end]) && hasForm(tokens[v.start], F.PARTICIPLE)) || (finite !== v.start && isBe(tokens[finite]))) return false;
  for (let j = subject.mention.start - 1; j >= 0 && tokens[j]!.word && !ctx.quoted[j]; j--) {
    // ("Was der Minister sagte, stimmt nicht": a question word opens a verb-final clause too.)
    if (isThat(ctx, j) || is(tokens[j], C.SUBORD | C.REL) || ctx.lang.grammar.interrogatives.has(tokens[j]!.norm)) {
      return ctx.lang.roles.as.has(tokens[j]!.norm) && j === subject.mention.start - 1;
    }
  }
  return true;
}

/** How far the comma or colon that opens a verb's content may stand after it in verb-second order. */
const MAX_CONTENT_OPENING = 10;

/**
 * In verb-second order, the comma or colon after the verb's listener, adjuncts or object that opens
 * its content, or -1: "sagte der Zeitung, ...", "sagte am Montag in Berlin: ...", "kritisierte die
 * Pläne: „…“". After an object ("den", "die" ...), a comma and an article open a relative clause
 * instead: "kritisierte die Pläne, die ...".
 */
function contentOpening(ctx: SentenceContext, from: number): number {
  const { tokens, lang } = ctx;
  const first = tokens[from];
  if (!first?.word || ctx.quoted[from] || isThat(ctx, from)) return -1;
  let object = is(first, C.DET) && !lang.grammar.listenerDeterminers?.has(first.norm);
  for (let j = from + 1; j < Math.min(tokens.length, from + MAX_CONTENT_OPENING); j++) {
    const t = tokens[j]!;
    if (t.word || ctx.quoted[j] || PATTERNS.inlineSymbol.test(t.text)) {
      if (isThat(ctx, j) || is(t, C.CUE)) return -1;
      // ("erzählt in ihrem Film die Geschichte einer Familie, die …": an object after an adjunct.)
      if (is(t, C.DET) && !lang.grammar.listenerDeterminers?.has(t.norm) && tokens[j - 1]?.word && !is(tokens[j - 1], C.PREP | C.DET)) object = true;
      continue;
    }
    if (t.text === ':') return j;
    const next = tokens[j + 1];
    if (t.text === ',' && isThat(ctx, j + 1)) return j; // "begründete sein Urteil damit, dass ..."
    if (t.text !== ',' || !next?.word || ctx.quoted[j + 1]) return -1;
    // After an object, an article opens a relative clause ("kritisierte die Pläne, die ..."); anything
    // else still opens the content ("riet den Bürgern, zu Hause zu bleiben").
    if (object && (is(next, C.DET) || lang.roles.definite.has(next.norm))) return -1;
    return is(next, C.SUBORD | C.REL | C.CONJ) && !isThat(ctx, j + 1) && !lang.grammar.interrogatives.has(next.norm) ? -1 : j;
  }
  return -1;
}

/** Does a subordinate clause (or "wie", "as") open right before token i, so its verb comes last? */
function opensSubordinate(ctx: SentenceContext, i: number): boolean {
  const before = ctx.tokens[i - 1];
  if (!before || !before.word) return false;
  return is(before, C.SUBORD | C.REL) || isThat(ctx, i - 1) || ctx.lang.roles.as.has(before.norm);
}

/** Longest time phrase read as an opening adverbial ("Vergangene Woche", "Anfang nächsten Monats"). */
const MAX_TIME_PHRASE = 3;

/** Are tokens start..end a time phrase without a preposition: a period after its openers ("Letzte Woche", "Vorige Woche")? */
function timePhrase(ctx: SentenceContext, start: number, end: number): boolean {
  const { tokens, lang } = ctx;
  if (end - start < 2 || end - start > MAX_TIME_PHRASE || !lang.time.periods.has(tokens[end - 1]?.norm ?? '')) return false;
  for (let k = start; k < end - 1; k++) if (!lang.time.periodOpeners.has(tokens[k]!.norm) || ctx.quoted[k]) return false;
  return true;
}

/** Longest opening adverbial ("Vor einigen Jahren", "Im Gespräch mit der Zeitung") before a verb in second place. */
const MAX_FRONTED_TOKENS = 8;

/**
 * "„Das ist haltlos“ – so kommentierte X …": where the words after a quotation that opens the
 * sentence start, past the quotation's closing mark and a dash or comma; 0 when no quotation opens it.
 */
function afterOpeningQuotation(ctx: SentenceContext): number {
  const { tokens } = ctx;
  let k = 0;
  while (k < tokens.length && ctx.quoted[k]) k++;
  if (k === 0 || k >= tokens.length) return 0;
  const pause = tokens[k]!;
  return !pause.word && (PATTERNS.dash.test(pause.text) || pause.text === ',') ? k + 1 : 0;
}

/**
 * Is what stands before token i (the sentence's start, or after a leading "Und", "Aber") one opening
 * constituent that is not the verb's subject: an adverb ("Demnach", "Dazu"), a prepositional phrase
 * ("Vor einigen Jahren", "Auf Anfrage"), a demonstrative object ("Das", "Dies")?
 */
function frontedBefore(ctx: SentenceContext, i: number): boolean {
  const { tokens, lang } = ctx;
  let start = afterOpeningQuotation(ctx);
  while (start < i && (!tokens[start]!.word || lang.roles.coordinator.has(tokens[start]!.norm) || lang.roles.contrast.has(tokens[start]!.norm))) {
    if (!tokens[start]!.word && tokens[start]!.text !== '(' ) return false;
    start++;
  }
  const words = tokens.slice(start, i);
  if (!words.length || words.length > MAX_FRONTED_TOKENS || words.some((t, k) => !t.word || ctx.quoted[start + k])) return false;
  const first = words[0]!;
  if (words.every((t) => isAdverb(t) || is(t, C.TIME)) || timePhrase(ctx, start, i)) return true;
  if (words.length === 1 && is(first, C.DET | C.PRON) && !isSubjectPronoun(first)) return true;
  // "Dem Spiegel sagte er": an object's phrase, which holds no verb.
  if (lang.grammar.objectDeterminers?.has(first.norm)) return words.slice(1).every((t) => !is(t, C.CUE | C.AUX | C.SUBORD));
  // A prepositional phrase holds no verb: its words are nouns, names, articles, adjectives, numbers.
  // ("In Bayern wie im Ruhrgebiet": a comparison inside it is no clause.)
  // ("Kurz nach der Wahl", "Noch am Abend": adverbs before the preposition.)
  const lead = words.findIndex((t) => !isAdverb(t) && !is(t, C.TIME));
  if (lead >= 0 && is(words[lead], C.PREP)) {
    return words.slice(lead + 1).every((t) => !is(t, C.CUE | C.AUX) && (!is(t, C.SUBORD) || lang.roles.as.has(t.norm)) && !isThat(ctx, tokens.indexOf(t)));
  }
  return false;
}

/** Longest stretch of adjuncts between a passive's auxiliary and its participle ("wurde am Montag mitgeteilt"). */
const MAX_PASSIVE_ADJUNCTS = 6;

/**
 * A passive opened by its agent, in verb-second order: "Vom Ministerium wurde mitgeteilt, dass …",
 * "Von der Stadt wurde am Montag betont: …". The agent (after the pack's agent preposition that opens
 * the sentence) is the source; a form of "be" follows it, then the cue's participle closing the
 * clause, then its content (a comma and a clause, "that", a colon, a quotation). Else null.
 */
function frontedAgent(ctx: SentenceContext, v: VerbAt): Found | null {
  const { tokens, lang } = ctx;
  if (!hasForm(tokens[v.start], F.PARTICIPLE) || ctx.quoted[v.start] || v.verb.needs === 'research') return null;
  let a = 0;
  while (a < v.start && (!tokens[a]!.word || lang.roles.coordinator.has(tokens[a]!.norm) || lang.roles.contrast.has(tokens[a]!.norm))) {
    if (!tokens[a]!.word) return null;
    a++;
  }
  if (!lang.roles.agent.has(tokens[a]?.norm ?? '') || ctx.quoted[a]) return null;
  const phrase = phraseAfter(ctx, a + 1);
  if (!phrase || !plausibleSource(lang, tokens, phrase.span)) return null;
  const finite = phrase.mention.end;
  if (!isBe(tokens[finite]) || ctx.quoted[finite] || finite >= v.start || v.start - finite > MAX_PASSIVE_ADJUNCTS + 1) return null;
  if (tokens.slice(finite + 1, v.start).some((t, k) => !t.word || ctx.quoted[finite + 1 + k] || is(t, C.CUE | C.NEG | C.HYPO | C.SUBJ))) return null;
  let end = v.end;
  while (end < tokens.length && tokens[end]!.word && !ctx.quoted[end] && isBe(tokens[end])) end++; // "mitgeteilt worden"
  const next = tokens[end];
  if (!next || ctx.quoted[end]) return null;
  const content = isThat(ctx, end) || next.text === ':' || (next.text === ',' && (tokens[end + 1]?.word === true || ctx.quoted[end + 1] === true))
    || isOpeningQuote(next);
  if (!content) return null;
  return {
    cue: `${spanWords(ctx, finite, finite + 1)} ${verbWords(ctx, v)}`,
    cueSpan: { start: finite, end: v.end },
    source: phrase.span,
    mention: phrase.mention,
    appositive: phrase.appositive,
    pronoun: false,
    claim: claimAfter(ctx, end),
    timeWindow: { start: finite, end: v.end },
  };
}

/** The words of tokens from..to as written. */
const spanWords = (ctx: SentenceContext, from: number, to: number): string =>
  ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);

/**
 * Verb second after an opening adverbial or object: "Demnach fragte Weiß ihn: „…“", "Am Montag
 * sagte der Minister, …", "Vor einigen Jahren hatte Beckham noch behauptet, …", "Das bestätigte ein
 * Sprecher." The subject follows the finite verb; the content follows the clause (a colon, a
 * comma, "dass", a quotation), or, after a fronted object, is what came before.
 */
function afterFronted(ctx: SentenceContext, v: VerbAt): Found | null {
  const { tokens } = ctx;
  const finite = auxiliaryOf(ctx, v);
  if (!frontedBefore(ctx, finite)) return null;
  const joined = finite !== v.start;
  const at = skipAdjuncts(ctx, finite + 1);
  const first = tokens[at];
  if (!first || !first.word || ctx.quoted[at] || (joined && at >= v.start)) return null;
  let phrase: Phrase | null;
  if (isSubjectPronoun(first)) {
    if (isAuthorPronoun(first)) return null;
    phrase = pronounPhrase(at);
  } else {
    if (is(first, C.PREP | C.SUBORD) || isThat(ctx, at)) return null;
    phrase = phraseAfter(ctx, at);
    if (!phrase || !plausibleSource(ctx.lang, tokens, phrase.span)) return null;
  }
  if (joined && phrase.mention.end > v.start) return null;
  // The clause after the subject: nothing in it may deny the statement ("sagte er nicht", "will nichts sagen").
  if (is(tokens[finite], C.HYPO)) return null;
  let end = Math.max(phrase.mention.end, v.end);
  while (end < tokens.length && (tokens[end]!.word || PATTERNS.inlineSymbol.test(tokens[end]!.text)) && !ctx.quoted[end] && !isThat(ctx, end)) end++;
  if (tokens.slice(finite + 1, end).some((t, k) => is(t, C.NEG) && !ctx.quoted[finite + 1 + k])) return null;
  const closing = tokens[end];
  // ("„…“ – so kommentierte X die Vorwürfe": after an opening quotation, the quotation is the content.)
  const quotationFirst = afterOpeningQuotation(ctx);
  const objectBefore = (is(tokens[finite - 1], C.DET | C.PRON) && finite - 1 === 0) || quotationFirst > 0;
  const content = !closing ? objectBefore : isThat(ctx, end) || closing.text === ':' || ctx.quoted[end]
    || (closing.text === ',' && tokens[end + 1]?.word === true) || (PATTERNS.sentenceEnd.test(closing.text) && objectBefore);
  const needs = v.verb.needs;
  if (needs === 'quote' && !quotationFirst && !tokens.slice(end).some((t, k) => ctx.quoted[end + k] || isOpeningQuote(t)) && closing?.text !== ':') return null;
  // "Das ergab eine Umfrage": a finding verb speaks for a document or researchers, whatever follows.
  if (needs === 'research') {
    const head = tokens[phrase.head];
    if (phrase.pronoun || !(is(head, C.DOCUMENT) || ctx.lang.grammar.researchers.has(head?.norm ?? ''))) return null;
  } else if (needs !== 'none' && !content) return null;
  const claim = content && closing && !PATTERNS.sentenceEnd.test(closing.text) ? claimAfter(ctx, end)
    : quotationFirst ? claimBefore(ctx, quotationFirst - 1) : { start: ctx.start, end: ctx.end };
  return {
    cue: verbWords(ctx, v),
    cueSpan: { start: v.start, end: v.end },
    source: phrase.span,
    mention: phrase.mention,
    appositive: phrase.appositive,
    pronoun: phrase.pronoun,
    claim,
    timeWindow: { start: 0, end: Math.min(tokens.length, phrase.mention.end + 3) },
  };
}

/**
 * Where the group of the verb at `verb` starts: its auxiliaries ("a déclaré", "hat gesagt") and a
 * subject pronoun written onto one of them ("a-t-il ajouté"), which is the source.
 */
function verbGroup(ctx: SentenceContext, verb: number): { start: number; clitic: number } {
  let start = verb;
  let clitic = -1;
  for (let j = verb - 1; j >= 0 && !ctx.quoted[j]; j--) {
    const t = ctx.tokens[j]!;
    if (t.clitic && isSubjectPronoun(t) && clitic < 0) clitic = j;
    else if (!is(t, C.AUX) && !ctx.lang.grammar.objectClitics.has(t.norm)) break;
    start = j;
  }
  // A pronoun belongs to the group only with an auxiliary before it ("a-t-il"), not alone ("il ajouté").
  return clitic >= 0 && clitic === start ? { start: verb, clitic: -1 } : { start, clitic };
}

/** Longest adjunct ("à cette occasion") skipped between an inverted verb and its source. */
const MAX_SHORT_ADJUNCT = 4;

/**
 * Past a short prepositional adjunct that a source phrase follows: "a déclaré à cette occasion le
 * ministre" (the adjunct ends where a determiner or a name starts the source). A name right after
 * a source noun names it and stays in the adjunct ("disse à agência Lusa o ministro"), and a
 * source noun after that name starts the source ("disse à agência Lusa fonte oficial"). Else i.
 */
function skipShortAdjunct(ctx: SentenceContext, i: number): number {
  const t = ctx.tokens[i];
  if (!t || !is(t, C.PREP) || ctx.quoted[i]) return i;
  // An article opens the source; failing one, a name ("dijo a la agencia EFE su secretaria": the
  // name belongs to the adjunct, the article after it opens the source).
  let name = -1;
  for (let j = i + 2; j < Math.min(ctx.tokens.length, i + 1 + MAX_SHORT_ADJUNCT); j++) {
    const x = ctx.tokens[j]!;
    if (!x.word || ctx.quoted[j] || is(x, C.PREP)) break;
    if (isDeterminer(x)) return j;
    if (isNameWord(x) && name < 0) name = j;
  }
  return name >= 0 ? name : i;
}

/**
 * "”, ha señalado en rueda de prensa el portavoz.": the adjuncts skipped after the verb ran to the
 * clause's end, over the source. The source is the phrase that opens with an article after the
 * adjunct's noun and ends the clause; its first token, or null.
 */
function sourceInAdjuncts(ctx: SentenceContext, from: number, afterVerb: number): number | null {
  const { tokens } = ctx;
  // Only over adjuncts: skipped to the clause's end, or stopped at a preposition that opens one.
  if (tokens[afterVerb]?.word && !ctx.quoted[afterVerb] && !is(tokens[afterVerb], C.PREP)) return null;
  const opener = tokens[from];
  const next = tokens[from + 1];
  if (!opener || !(is(opener, C.PREP | C.DET | C.TIME | C.WEEKDAY) || isAdverb(opener))) return null;
  // "proposed to draft Mr. Clinton as an adviser": an infinitive, not an adjunct.
  if (ctx.lang.roles.infinitive.has(opener.norm) && !(next && (isDeterminer(next) || next.cap))) return null;
  let to = afterVerb;
  while (to < tokens.length && tokens[to]!.word && !ctx.quoted[to]) to++;
  if (to <= from + 2) return null;
  for (let k = from + 2; k < to; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (!is(t, C.DET) || ctx.quoted[k] || !prev.word || is(prev, C.PREP | C.DET) || ctx.lang.roles.as.has(prev.norm)) continue;
    const phrase = phraseAfter(ctx, k);
    if (phrase && (phrase.mention.end === to || phrase.appositive?.end === to) && plausibleSource(ctx.lang, tokens, phrase.span)) return k;
  }
  return null;
}

/** "said the minister in a statement": the source ends before "in a statement" (where it spoke). */
function withoutStatementAdjunct(ctx: SentenceContext, phrase: Phrase): Phrase | null {
  for (let k = phrase.span.start + 1; k < phrase.span.end; k++) {
    if (!statementAdjunct(ctx, k)) continue;
    const span = { start: phrase.span.start, end: k };
    return { ...phrase, span, mention: span, head: headOf(ctx.lang, ctx.tokens, span) };
  }
  return phrase;
}

/**
 * ", añadió el senador por Florida", ", said the minister at a rally", ", dijo X a la prensa": an
 * adjunct's preposition after an inverted source, not a clause of its own. Before a verb ("to leave")
 * the infinitive's marker is not one.
 */
/** How many words the source after "“…,” said" may run to before its comma or the sentence's end. */
const MAX_DESCRIBED_SOURCE = 10;

/**
 * After "“…,” said": the words up to the next comma or the sentence's end, when they are only a
 * description and a name. The source is a name that ends them after a lowercase role ("master of
 * ceremonies Dan Ruiz"), else the phrase found at their start ("Phil Musser" of "Phil Musser of
 * consulting firm IMGE"); the mention is all of them.
 */
function describedSource(ctx: SentenceContext, at: number, phrase: Phrase | null): Phrase | null {
  const { tokens } = ctx;
  const end = wordsToPauseEnd(ctx, at, MAX_DESCRIBED_SOURCE);
  // Not a "that" clause ("said the president that ..."), which ends the words before any pause.
  if (end - at < 2 || tokens.slice(at, end).some((_, k) => isThat(ctx, at + k))) return null;
  if (phrase && phrase.mention.end >= end) return null;
  const mention = { start: at, end };
  let nameStart = end;
  while (nameStart > at && isNameWord(tokens[nameStart - 1]!)) nameStart--;
  const role = tokens[nameStart - 1];
  if (end - nameStart >= 2 && role?.word && !role.cap && !isFunctionWord(role)) {
    return { span: { start: nameStart, end }, mention, head: end - 1, pronoun: false };
  }
  // "Phil Musser of ...", not "the printed Cruz slate card": a name first, then a preposition.
  let nameEnd = at;
  while (nameEnd < end && isNameWord(tokens[nameEnd]!)) nameEnd++;
  if (nameEnd - at < 2 || !is(tokens[nameEnd], C.PREP)) return null;
  return { span: { start: at, end: nameEnd }, mention, head: nameEnd - 1, pronoun: false };
}

function adjunctAfterSource(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  const next = ctx.tokens[i + 1];
  if (!t || !ctx.lang.grammar.adjunctPrepositions.has(t.norm) || !next?.word || ctx.quoted[i + 1]) return false;
  return !ctx.lang.roles.infinitive.has(t.norm) || isDeterminer(next) || next.cap;
}

/** "ela" of "afirmou ela ao jornal", not "it" of "reported it to the F.B.I.": a pronoun that may be a person. */
function speaksAsPerson(ctx: SentenceContext, i: number): boolean {
  const refers = ctx.lang.pronouns.get(ctx.tokens[i]!.norm)?.refers;
  return refers === 'person' || refers === 'any';
}

/** A listener after an inverted verb's source: "…”, declarou Lira a jornalistas", "falou Tite ao programa". */
function listenerAt(ctx: SentenceContext, i: number): boolean {
  const to = ctx.tokens[i];
  const next = ctx.tokens[i + 1];
  if (!to || !next?.word || ctx.quoted[i + 1] || !ctx.lang.roles.to.has(to.norm)) return false;
  // "ao programa": a preposition written with its article takes any noun.
  return isDeterminer(to) || isDeterminer(next) || next.cap || is(next, C.PEOPLE) || ctx.lang.grammar.listeners.has(next.norm);
}

/**
 * "disse à Lusa fonte do Governo", "afirmou à Reuters uma fonte do Itamaraty que pediu anonimato":
 * the adjuncts skipped after the verb ran over its source to the clause's end or a relative. After a
 * listener's name ("à Lusa"), an article or a role noun opens the source; its first token, or null.
 */
function sourceAfterListener(ctx: SentenceContext, from: number, afterVerb: number): number | null {
  const { tokens } = ctx;
  if ((tokens[afterVerb]?.word && !isThat(ctx, afterVerb)) || afterVerb <= from || !ctx.lang.roles.to.has(tokens[from]!.norm)) return null;
  let j = from + 1;
  if (tokens[j] && isDeterminer(tokens[j]!) && isNameWord(tokens[j + 1] ?? tokens[j]!)) j++;
  // "aseguraron a este diario fuentes del ministerio", "dijo a la agencia Efe el portavoz": an article
  // and a listener's common noun (an outlet's, the pack's listeners), its name after it if any.
  const listenerNoun = tokens[j + 1];
  const commonListener = tokens[j] !== undefined && isDeterminer(tokens[j]!) && !tokens[j]!.cap && listenerNoun !== undefined
    && !listenerNoun.cap && !ctx.quoted[j + 1] && (is(listenerNoun, C.OUTLET_NOUN) || ctx.lang.grammar.listeners.has(listenerNoun.norm));
  if (commonListener) j += 2;
  const nameStart = j;
  // ("a expliqué à l'AFP Sophie Bernard": a given name after the listener's first word opens the source.)
  while (tokens[j] && isNameWord(tokens[j]!) && !ctx.quoted[j] && !(j > nameStart && GIVEN_NAMES.has(tokens[j]!.norm))) j++;
  const next = tokens[j];
  if ((j === nameStart && !commonListener) || !next || ctx.quoted[j]) return null;
  return isDeterminer(next) || isSourceNoun(next) || GIVEN_NAMES.has(next.norm) ? j : null;
}

/** Does an adjunct start at token i (a preposition, a time word): "am Montag", "in a statement"? */
function startsAdjunct(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && (is(t, C.PREP | C.TIME | C.WEEKDAY) || isAdverb(t));
}

/** The subject of the sentence's main clause: its first noun phrase after an introductory phrase. */
export function mainSubject(ctx: SentenceContext, before: number): Phrase | null {
  const { tokens } = ctx;
  let start = datelineEnd(ctx);
  const first = tokens[start];
  // "In a speech in Fort Pierce, Florida Friday, Clinton ...", "Chastened by the reviews, as well as
  // complaints, Hale ...": an opening phrase (a preposition, a subordinate clause, a participle and its
  // preposition) runs over commas up to the phrase that a verb follows.
  const participleOpening = first !== undefined && hasForm(first, F.PAST | F.PARTICIPLE | F.GERUND) && is(tokens[start + 1], C.PREP);
  const opening = first !== undefined && (is(first, C.PREP | C.SUBORD) || participleOpening);
  if (opening || adverbialOpening(ctx, start, before)) {
    for (let comma = start; comma < before; comma++) {
      if (tokens[comma]!.text !== ',' || ctx.quoted[comma]) continue;
      let from = comma + 1;
      while (tokens[from] && !tokens[from]!.word) from++;
      // "This year, he rose to ...": a pronoun, resolved later.
      const pronoun = tokens[from];
      if (pronoun && from < before && isSubjectPronoun(pronoun) && !isAuthorPronoun(pronoun) && !ctx.quoted[from] && tokens[from + 1]?.word) {
        return pronounPhrase(from);
      }
      const phrase = phraseAfter(ctx, from);
      // A verb follows the subject; "Florida Friday," is still the opening phrase (a place and its day).
      const next = tokens[phrase?.span.end ?? -1];
      if (phrase && phrase.span.end <= before && next?.word && !isWeekday(next) && !is(next, C.TIME)) return named(ctx, phrase, before);
    }
    // An opening read as adverbial may still be the subject ("Kell later told donors, saying ...").
    if (opening) return null;
  }
  while (tokens[start] && !tokens[start]!.word) start++;
  const phrase = phraseAfter(ctx, start);
  if (!phrase || phrase.span.end > before) return null;
  return named(ctx, phrase, before);
}

/** How far a dateline may run before its dash ("SPRINGFIELD, Ill., May 3 (AP) —"). */
const MAX_DATELINE_TOKENS = 12;

/**
 * "WASHINGTON —", "SPRINGFIELD, May 3 (AP) —", "Lyon (AFP) –": a dateline opening the sentence, a
 * place in capitals or a place before an agency in parentheses, up to its dash; where the sentence
 * proper starts (0 when there is none).
 */
function datelineEnd(ctx: SentenceContext): number {
  const { tokens } = ctx;
  const first = tokens[0];
  if (!first?.word || ctx.quoted[0]) return 0;
  let agency = false;
  for (let i = 1; i < tokens.length && i <= MAX_DATELINE_TOKENS; i++) {
    const t = tokens[i]!;
    if (PATTERNS.dash.test(t.text) || PATTERNS.horizontalBar.test(t.text)) {
      return (PATTERNS.allCaps.test(first.text) || agency) && tokens[i + 1]?.word ? i + 1 : 0;
    }
    if (t.text === '(' && PATTERNS.allCaps.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ')') agency = true;
    // Only the place, its state, the date and the agency come before the dash.
    if (t.word && !t.cap && !PATTERNS.number.test(t.norm)) return 0;
  }
  return 0;
}

/** How long an opening that says when or where may be before its comma. */
const MAX_ADVERBIAL_OPENING_TOKENS = 8;

/**
 * "Hours later,", "Late last month,", "Shortly after the vote,", "Back in 2004,", "Here in Dayton,":
 * does the sentence open with a phrase that says when or where, not who, up to a comma? Its first
 * word is an adverb or a time word (read lower-cased, so the sentence's capital does not hide it), or
 * its second or third word is ("Two days later"); no verb comes before the comma.
 */
function adverbialOpening(ctx: SentenceContext, start: number, before: number): boolean {
  const { tokens } = ctx;
  let comma = start;
  while (comma < before && comma - start <= MAX_ADVERBIAL_OPENING_TOKENS && tokens[comma]!.word && !ctx.quoted[comma]
    && !is(tokens[comma], C.CUE | C.AUX | C.BE | C.REL)) comma++;
  if (comma === start || tokens[comma]?.text !== ',' || comma - start > MAX_ADVERBIAL_OPENING_TOKENS) return false;
  const first = tokens[start]!;
  const adverb = is(first, C.ADV | C.TIME) || (hasForm(first, F.LY) && is(tokens[start + 1], C.PREP | C.SUBORD));
  const timeAfter = [start + 1, start + 2].some((k) => k < comma && is(tokens[k], C.TIME | C.SUBORD));
  return adverb || timeAfter;
}

/** The name after a description set off by a comma, when there is one, else the phrase. */
function named(ctx: SentenceContext, phrase: Phrase, before: number): Phrase {
  const { tokens } = ctx;
  // "The leader of the party, Rachid Ghannouchi, condemned ...": the name after the description.
  if (tokens[phrase.span.end]?.text === ',' && tokens[phrase.span.end + 1] && isNameWord(tokens[phrase.span.end + 1]!)) {
    const name = phraseAfter(ctx, phrase.span.end + 1);
    if (name && tokens[name.span.end]?.text === ',' && name.span.end < before) {
      return { ...name, mention: { start: phrase.span.start, end: name.span.end }, appositive: phrase.span };
    }
  }
  return phrase;
}

/**
 * "respondió a la publicación en Twitter diciendo: “…”": a gerund with no comma before it carries on
 * the speech verb earlier in its clause, when a quotation, a colon or "that" follows it (not "a
 * statement saying that", whose gerund belongs to the noun).
 */
function carriesOnSpeech(ctx: SentenceContext, v: VerbAt, after: number): boolean {
  const { tokens } = ctx;
  const prev = tokens[v.start - 1];
  const introduces = tokens[after]?.text === ':' || isOpeningQuote(tokens[after]) || isThat(ctx, after);
  if (!introduces || !prev?.word || ctx.quoted[v.start - 1] || is(prev, C.PREP | C.NEG | C.AUX | C.SUBJ | C.PRON | C.DOCUMENT | C.STATEMENT)) return false;
  // Only adjuncts stand between them ("en Twitter", "on Friday"), no object ("wrote a letter asking that").
  return findCueVerbs(ctx).some((w) => w.end <= v.start && !endsInIng(ctx, w) && w.verb.needs !== 'research'
    && (w.end === v.start || isAdverb(tokens[w.end]!) || is(tokens[w.end], C.PREP))
    && tokens.slice(w.end, v.start).every((x, k) => x.word && !ctx.quoted[w.end + k]));
}

/** The fewest tokens of what a gerund that opens the sentence says ("After saying he would run, …"). */
const MIN_OPENING_CLAIM = 3;

export const participle = ({ reason, description }: Spec<'participle'>): Rule => defineRule({
  reason,
  description,
  triggerCueVerbs: true,
  match(ctx) {
    const out: Found[] = [];
    for (const v of findCueVerbs(ctx)) {
      const t = ctx.tokens[v.start]!;
      if (!endsInIng(ctx, v) || v.verb.needs === 'research') continue;
      // "continuing with his theme", "describing the plan": these verbs report only a quotation.
      if (v.verb.needs === 'quote' && !v.verb.names && !quotationAfter(ctx, skipAdjuncts(ctx, v.end))) continue;
      const prev = ctx.tokens[v.start - 1];
      if (!prev || ctx.quoted[v.start - 1]) continue;
      const after = skipAdjuncts(ctx, v.end);
      // "…, adding to her run of victories.": nothing follows to be said.
      if (!ctx.tokens[after] || PATTERNS.sentenceEnd.test(ctx.tokens[after]!.text)) continue;
      // ", saying", "and saying", "—suggesting", "by saying", "while insisting", or carrying on a speech
      // verb's clause when a quotation, a colon or "that" follows ("respondió en Twitter diciendo: “…”"):
      // the main clause's subject speaks; "a statement saying", "a letter warning that": the noun before does.
      const opener = prev.text === ',' || ctx.lang.roles.coordinator.has(prev.norm) || PATTERNS.dash.test(prev.text)
        || ctx.lang.grammar.gerundOpeners.has(prev.norm) || carriesOnSpeech(ctx, v, after);
      const noun = opener ? null : sayingNoun(ctx, beforeTime(ctx, v.start - 1), after);
      // "After saying he would run, the senator …": a gerund's opener that opens the sentence; the main
      // clause's subject follows the gerund's clause.
      // (What it says runs to the clause's comma as a clause of its own: not "After saying goodbye, …".)
      // (The scans only after the opener is found: this runs for every gerund.)
      const opensSentence = ctx.lang.grammar.gerundOpeners.has(prev.norm) && ctx.tokens.findIndex((x) => x.word) === v.start - 1
        && ctx.tokens.findIndex((x, k) => k >= after && x.text === ',' && !ctx.quoted[k]) - after >= MIN_OPENING_CLAIM;
      const subject = opener ? (prev.text === ',' ? speakerBeforeComma(ctx, v.start - 1) : null) ?? mainSubject(ctx, v.start)
        ?? (opensSentence ? mainSubject(ctx, ctx.tokens.length) : null) ?? pronounSubject(ctx)
        : noun && (issuerOf(ctx, noun) ?? noun);
      if (!subject || (!subject.pronoun && !plausibleSource(ctx.lang, ctx.tokens, subject.span, !opener))) continue;
      // ", telling Fox 35 that ...": the claim starts after the listener.
      const listened = v.verb.needs === 'object' ? checkNeeds(ctx, v, ctx.tokens[subject.head], false) : null;
      const claimFrom = listened?.ok && listened.listenerEnd !== undefined ? listened.claimFrom : after;
      out.push({
        cue: t.text.toLowerCase() + (claimFrom !== after ? ' ...' : '') + thatWord(ctx, claimFrom),
        cueSpan: { start: v.start, end: v.end },
        source: subject.span,
        mention: subject.mention,
        appositive: subject.appositive,
        pronoun: subject.pronoun,
        claim: claimAfter(ctx, claimFrom),
        timeWindow: { start: v.end, end: Math.min(ctx.tokens.length, claimFrom + 1) },
      });
    }
    return out;
  },
});

/**
 * "Acme, which …, denied", "Ann Lee, a former aide, said Bo knew": a subject set off by commas ends
 * right before `verb`: with a relative clause, or with a verbless appositive when it opens its
 * clause ("In an interview, Ann Lee, a former aide, said Bo knew", "“…,” Ann Lee, …, said of Bo").
 */
function relativeSubjectBefore(ctx: SentenceContext, verb: number): boolean {
  const { tokens } = ctx;
  const subject = subjectBefore(ctx, verb);
  if (!subject || subject.pronoun) return false;
  if (tokens[subject.span.end]?.text === ',' && is(tokens[subject.span.end + 1], C.REL)) return true;
  const { start } = subject.mention;
  // ("A polícia prendeu, no sábado, cinco homens, disse o porta-voz": what a comma and a preposition
  // other than "of" open after the phrase is an adjunct of a clause, not an appositive of a subject.)
  const opener = tokens[subject.span.end + 1];
  if (tokens[subject.span.end]?.text === ',' && subject.span.end < verb - 1 && opener && is(opener, C.PREP)
    && !ctx.lang.roles.genitive.has(opener.norm) && !ctx.quoted[subject.span.end + 1]) return false;
  return tokens[verb - 1]?.text === ',' && (start < subject.span.start || subject.span.end < verb - 1)
    && !tokens.slice(start, verb).some((t) => is(t, C.AUX | C.BE)) && (!tokens[start - 1]?.word || ctx.quoted[start - 1] === true);
}

/**
 * "…, a Korean diplomat said, adding that …", "…, said Ann Lee, adding that …": the speaker of the
 * cue that ends right before the comma goes on speaking, not the sentence's subject. Null otherwise.
 */
function speakerBeforeComma(ctx: SentenceContext, comma: number): Phrase | null {
  for (const w of findCueVerbs(ctx)) {
    if (w.start >= comma || endsInIng(ctx, w)) continue;
    if (w.end === comma) return subjectBefore(ctx, w.start);
    // (Inverted only after a pause: "BuzzFeed denied the report, saying" keeps BuzzFeed, not the report.)
    const pause = ctx.tokens[w.start - 1];
    if (!pause || !(pause.text === ',' || isClosingQuote(pause) || ctx.quoted[w.start - 1]) || subjectBefore(ctx, w.start)) continue;
    const after = phraseAfter(ctx, w.end);
    if (after && !after.pronoun && after.mention.end === comma && plausibleSource(ctx.lang, ctx.tokens, after.span)) return after;
  }
  return null;
}

/** Does a quotation, or a colon or comma introducing one, start at i? */
function quotationAfter(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.text === ',' && isOpeningQuote(ctx.tokens[i + 1])) return ctx.quoted[i + 2] === true;
  return t !== undefined && (t.text === ':' || (isOpeningQuote(t) && ctx.quoted[i + 1] === true));
}

/** A sentence that opens with a subject pronoun ("He could be heard saying ..."): the pronoun. */
function pronounSubject(ctx: SentenceContext): Phrase | null {
  const i = ctx.tokens.findIndex((t) => t.word);
  const t = ctx.tokens[i];
  if (!t || ctx.quoted[i] || !isSubjectPronoun(t) || isAuthorPronoun(t)) return null;
  return pronounPhrase(i);
}

/**
 * "Kell issued a statement saying", "the campaign sent out an email to supporters warning that": the
 * subject of a verb that put out the statement before the gerund speaks; a statement presented
 * without anyone putting it out keeps the noun. Null when there is no such subject.
 */
function issuerOf(ctx: SentenceContext, noun: Phrase): Phrase | null {
  const { tokens, lang } = ctx;
  const issues = lang.grammar.issueVerbs;
  if (!issues) return null;
  const statement = (p: Phrase | null): boolean => p !== null && is(tokens[p.head], C.DOCUMENT | C.STATEMENT);
  let phrase: Phrase | null = noun;
  // "an email to supporters saying": past the listener, to the statement.
  if (!statement(phrase) && lang.roles.to.has(tokens[phrase.span.start - 1]?.norm ?? '')) phrase = phraseBefore(ctx, phrase.span.start - 2);
  if (!phrase || !statement(phrase)) return null;
  let verb = phrase.span.start - 1;
  if (lang.grammar.issueParticles?.has(tokens[verb]?.norm ?? '')) verb--;
  if (verb < 1 || ctx.quoted[verb] || !issues.has(tokens[verb]!.norm)) return null;
  const subject = subjectBefore(ctx, verb, { anyNoun: true });
  if (!subject || isAuthorPronoun(tokens[subject.head])) return null;
  // Whoever puts a statement out speaks through it ("The village issued a statement"): any noun will do.
  return subject.pronoun || plausibleSource(lang, tokens, subject.span, true) ? subject : null;
}

/**
 * The last token before the time words that end at `end` ("a statement on Friday", "a letter last
 * week"), or `end` itself when there are none.
 */
function beforeTime(ctx: SentenceContext, end: number): number {
  const { tokens } = ctx;
  let i = end;
  while (i > 0 && is(tokens[i], C.TIME | C.WEEKDAY) && !ctx.quoted[i]) i--;
  if (i < end && is(tokens[i], C.PREP) && !ctx.quoted[i]) i--;
  return i;
}

/** "a statement saying", "emails showing that": a document, statement or group noun right before a cue gerund, then content. */
function sayingNoun(ctx: SentenceContext, end: number, after: number): Phrase | null {
  const noun = ctx.tokens[end];
  if (!noun || !noun.word || noun.cap || !(is(noun, C.DOCUMENT | C.STATEMENT | C.PEOPLE) || hasForm(noun, F.PLURAL))) return null;
  if (!contentFollows(ctx, after) || !ctx.tokens[after]) return null;
  const phrase = phraseBefore(ctx, end);
  // "with analysts warning that": the with-participle rule's.
  return phrase && !ctx.lang.roles.with.has(ctx.tokens[phrase.span.start - 1]?.norm ?? '') ? phrase : null;
}

export const withParticiple = ({ reason, description, reach, absolute = false }: Spec<'with-participle'>): Rule => defineRule({
  reason,
  description,
  triggerCueVerbs: true,
  match(ctx) {
    // ("Sales fell, the company saying that …": in an absolute phrase a comma after a clause does what "with" does.)
    const isWith = (i: number): boolean => ctx.lang.roles.with.has(ctx.tokens[i]!.norm)
      || (absolute && ctx.tokens[i]!.text === ',' && i > 1 && ctx.tokens[i - 1]!.word);
    const out: Found[] = [];
    for (const v of findCueVerbs(ctx)) {
      if (!endsInIng(ctx, v) || v.verb.needs === 'research') continue;
      // "continuing with his theme", "describing the plan": these verbs report only a quotation.
      if (v.verb.needs === 'quote' && !v.verb.names && !quotationAfter(ctx, skipAdjuncts(ctx, v.end))) continue;
      let w = v.start - 1;
      while (w >= 0 && v.start - w <= reach && ctx.tokens[w]!.word && !ctx.quoted[w] && !isWith(w)) w--;
      if (w < 0 || !isWith(w) || ctx.quoted[w]) continue;
      const comma = !ctx.tokens[w]!.word;
      // (After a comma the phrase is a noun's, with its article or name: ", the company saying".)
      if (comma && !(isDeterminer(ctx.tokens[w + 1]!) || isNameWord(ctx.tokens[w + 1]!))) continue;
      // ("with two in five saying": a ratio of those polled.)
      const ratio = ratioEndingAt(ctx, v.start - 1, w + 1);
      const phrase = ratio?.span.start === w + 1 ? ratio : phraseAfter(ctx, w + 1);
      if (!phrase || phrase.mention.end !== v.start || (phrase !== ratio && !plausibleSource(ctx.lang, ctx.tokens, phrase.span))) continue;
      let after = skipAdjuncts(ctx, v.end);
      if (v.verb.needs === 'object') {
        // "with Senator Kell telling reporters he ...": a listener, then the content.
        const needs = checkNeeds(ctx, v, ctx.tokens[phrase.head], false);
        if (!needs.ok || needs.listenerEnd === undefined) continue;
        after = needs.claimFrom;
      } else if (!contentFollows(ctx, after) || !ctx.tokens[after] || v.verb.needs === 'quote') continue; // "with friends saying goodbye"
      out.push({
        cue: `${comma ? '' : `${ctx.tokens[w]!.text.toLowerCase()} ... `}${written(ctx, v.start, v.end).toLowerCase()}${thatWord(ctx, after)}`,
        cueSpan: { start: v.start, end: v.end },
        source: phrase.span,
        mention: phrase.mention,
        appositive: phrase.appositive,
        claim: withClauseClaim(ctx, w, after),
        timeWindow: { start: v.end, end: Math.min(ctx.tokens.length, after + 1) },
      });
    }
    return out;
  },
});

/**
 * The content of "with X saying ...": to the sentence's end, or, when the "with" clause opens the
 * sentence ("With the ministry saying the talks had failed, prices fell."), to the comma closing it.
 */
function withClauseClaim(ctx: SentenceContext, withAt: number, after: number): { start: number; end: number } {
  const claim = claimAfter(ctx, after);
  if (ctx.tokens.slice(0, withAt).some((t) => t.word)) return claim;
  for (let k = after; k < ctx.tokens.length; k++) {
    if (ctx.tokens[k]!.text === ',' && !ctx.quoted[k]) return { start: claim.start, end: Math.max(claim.start, ctx.tokens[k]!.start) };
  }
  return claim;
}

/** "by X" within the next few tokens, skipping time words: the agent of a passive cue. */
function agentAfter(ctx: SentenceContext, from: number, reach: number): { by: number; phrase: Phrase } | null {
  for (let i = from; i < Math.min(ctx.tokens.length, from + reach); i++) {
    const t = ctx.tokens[i]!;
    if (ctx.quoted[i]) continue;
    if (t.text === '.' || t.text === ';') return null;
    if (ctx.lang.roles.agent.has(t.norm)) {
      const phrase = phraseAfter(ctx, i + 1);
      return phrase ? { by: i, phrase } : null;
    }
  }
  return null;
}

/** "as saying" at token i (the spec's words), outside quotations. */
function asSayingAt(ctx: SentenceContext, spec: Spec<'quoted-as-saying'>, i: number): boolean {
  return ctx.tokens[i]?.norm === spec.as && ctx.tokens[i + 1]?.norm === spec.saying && !ctx.quoted[i];
}

/** The words of tokens [from, to) as written, lowercase: a cue to show. */
const written = (ctx: SentenceContext, from: number, to: number): string =>
  ctx.tokens.slice(from, to).map((t) => t.text.toLowerCase()).join(' ');

/** "The agency quoted the governor as saying ...": the one quoted, and the one quoting. */
function activeQuote(ctx: SentenceContext, spec: Spec<'quoted-as-saying'>, i: number): Found[] {
  const { tokens } = ctx;
  const quotedOne = phraseAfter(ctx, i + 1);
  if (!quotedOne || !plausibleSource(ctx.lang, tokens, quotedOne.span)) return [];
  const asAt = quotedOne.mention.end;
  if (!asSayingAt(ctx, spec, asAt)) return [];
  const after = skipAdjuncts(ctx, asAt + 2);
  const claim = claimAfter(ctx, after);
  const cueSpan = { start: i, end: asAt + 2 };
  const timeWindow = { start: asAt + 2, end: Math.min(tokens.length, after + 1) };
  const out: Found[] = [{ sharesCue: true, cue: `${written(ctx, i, i + 1)} ... ${written(ctx, asAt, asAt + 2)}`, cueSpan, source: quotedOne.span,
    mention: quotedOne.mention, appositive: quotedOne.appositive, claim, timeWindow }];
  const quoting = subjectBefore(ctx, i);
  if (quoting && !quoting.pronoun) {
    out.push({ sharesCue: true, cue: written(ctx, i, i + 1), cueSpan, source: quoting.span, mention: quoting.mention,
      appositive: quoting.appositive, claim, timeWindow });
  }
  return out;
}

export const quotedAsSaying = (spec: Spec<'quoted-as-saying'>): Rule => defineRule({
  reason: spec.reason,
  triggers: spec.triggers,
  description: spec.description,
  match(ctx) {
    const out: Found[] = [];
    const { tokens } = ctx;
    const triggers = new Set(spec.triggers);
    tokens.forEach((t, i) => {
      if (!triggers.has(t.norm) || ctx.quoted[i]) return;
      const be = tokens[i - 1];
      if (!isBe(be)) {
        out.push(...activeQuote(ctx, spec, i));
        return;
      }
      if (t.norm !== spec.passive) return;
      // "was quoted as saying ... by Y" or "was quoted by Y as saying ..."
      let agent: ReturnType<typeof agentAfter> = null;
      let asAt = i + 1;
      if (ctx.lang.roles.agent.has(tokens[i + 1]?.norm ?? '')) {
        agent = agentAfter(ctx, i + 1, 2);
        asAt = agent ? agent.phrase.mention.end : -1;
      }
      if (!asSayingAt(ctx, spec, asAt)) return;
      const cueSpan = { start: i, end: asAt + 2 };
      const after = skipAdjuncts(ctx, asAt + 2);
      agent ??= agentAfter(ctx, asAt + 2, 8);
      const claim = agent && agent.by > i + 1 && agent.by <= after + 1 ? claimBefore(ctx, i - 1) : claimAfter(ctx, after);
      const subject = subjectBefore(ctx, i - 1);
      const window = { start: asAt + 2, end: Math.min(tokens.length, Math.max(agent?.by ?? 0, after) + 1) };
      if (subject) {
        out.push({ sharesCue: true, cue: `${written(ctx, i - 1, i + 1)} ${written(ctx, asAt, asAt + 2)}`, cueSpan, source: subject.span, mention: subject.mention,
          appositive: subject.appositive, pronoun: subject.pronoun, claim: subject.span.start > 0 && agent ? claimBefore(ctx, subject.mention.start) : claim, timeWindow: window });
      }
      if (agent) {
        out.push({ sharesCue: true, cue: `${written(ctx, i, i + 1)} ... ${written(ctx, agent.by, agent.by + 1)}`, cueSpan, source: agent.phrase.span, mention: agent.phrase.mention,
          appositive: agent.phrase.appositive, claim: subject && subject.span.start > 0 ? claimBefore(ctx, subject.mention.start) : claim, timeWindow: window });
      }
    });
    return out;
  },
});

/** How far "by" may stand after a cue that needs no quoted label ("fue confirmada ayer por"). */
const MAX_UNQUOTED_AGENT_GAP = 3;

export const passiveBy = (spec: Spec<'passive-by'>): Rule => {
  const unquoted = new Set(spec.unquoted);
  const cues = new Set(spec.cues);
  return defineRule({
    reason: spec.reason,
    description: spec.description,
    triggers: spec.triggers,
    match(ctx) {
      const out: Found[] = [];
      const { tokens } = ctx;
      tokens.forEach((t, i) => {
        if (!cues.has(t.norm) || ctx.quoted[i]) return;
        // ("was first reported by": an adverb between the form of "be" and the participle.)
        const adverb = is(tokens[i - 1], C.ADV) && isBe(tokens[i - 2]);
        const prev = adverb ? tokens[i - 2] : tokens[i - 1];
        const passive = !prev || !prev.word || isBe(prev);
        if (!passive || (prev && !prev.word && i > 1 && prev.text !== ',')) return;
        // The content must be quoted between the cue and "by": a label, not an act ("called by the chairman").
        const agent = agentAfter(ctx, i + 1, 14);
        if (!agent) return;
        const between = tokens.slice(i + 1, agent.by);
        // A cue that is a statement by itself ("fue confirmada por X") needs no label, only a form of "be"
        // before it and "by" close after it.
        if (!between.some((_, k) => ctx.quoted[i + 1 + k]) && !(unquoted.has(t.norm) && isBe(prev) && agent.by - i <= MAX_UNQUOTED_AGENT_GAP)) return;
        out.push({
          cue: `${t.text.toLowerCase()} ... ${written(ctx, agent.by, agent.by + 1)}`, cueSpan: { start: i, end: i + 1 }, source: agent.phrase.span,
          mention: agent.phrase.mention, appositive: agent.phrase.appositive,
          claim: { start: ctx.start, end: ctx.end }, timeWindow: { start: i, end: agent.by },
        });
      });
      return out;
    },
  });
};

/**
 * A modal that reports a claim, with a perfect infinitive closing its clause: "Sie will nichts
 * gewusst haben" (she claims to have known nothing), "will die Partei nichts gewusst haben". The
 * modal's subject is the source; what follows the modal is the claim, negation included.
 */
export const reportativeModal = ({ reason, description, modals, perfect, unnamed }: Spec<'reportative-modal'>): Rule => {
  const modalSet = new Set(modals);
  const perfectSet = new Set(perfect);
  return defineRule({
    reason,
    description,
    triggers: perfect,
    match(ctx) {
      const out: Found[] = [];
      const { tokens } = ctx;
      tokens.forEach((t, i) => {
        if (!modalSet.has(t.norm) || ctx.quoted[i]) return;
        let end = i + 1;
        while (end < tokens.length && tokens[end]!.word && !ctx.quoted[end] && !isThat(ctx, end)) end++;
        // "gewusst haben", "geschrieben worden sein": a participle, then the perfect's auxiliary.
        const perfectAt = tokens.slice(i + 1, end).findIndex((x, k) => perfectSet.has(x.norm) && hasForm(tokens[i + k], F.PARTICIPLE | F.PAST));
        if (perfectAt < 0) return;
        const cueEnd = i + 2 + perfectAt;
        const cue = `${t.text.toLowerCase()} ... ${tokens.slice(cueEnd - 2, cueEnd).map((x) => x.text.toLowerCase()).join(' ')}`;
        // "Er soll Geld angenommen haben": hearsay, from sources the text does not name.
        if (unnamed) {
          out.push({ cue, cueSpan: { start: i, end: cueEnd }, source: unnamedSources(ctx), claim: whole(ctx) });
          return;
        }
        let subject = subjectBefore(ctx, i);
        if (subject && is(tokens[subject.mention.start - 1], C.PREP)) subject = null;
        if (!subject && frontedBefore(ctx, i)) {
          const at = skipAdjuncts(ctx, i + 1);
          const first = tokens[at];
          if (first && isSubjectPronoun(first) && !isAuthorPronoun(first)) subject = pronounPhrase(at);
          else if (first?.word && !is(first, C.PREP)) subject = phraseAfter(ctx, at);
        }
        if (!subject || subject.span.end > cueEnd || (subject.pronoun && isAuthorPronoun(tokens[subject.head])) || !plausibleSource(ctx.lang, tokens, subject.span)) return;
        out.push({
          cue, cueSpan: { start: i, end: cueEnd }, source: subject.span, mention: subject.mention, appositive: subject.appositive,
          pronoun: subject.pronoun, claim: claimAfter(ctx, Math.max(i + 1, subject.mention.end)), timeWindow: { start: 0, end: cueEnd },
        });
      });
      return out;
    },
  });
};
