// Speech and report verbs: "X said (that)", "X told Y (on Wednesday) that", "X reported Friday that",
// "..., said X", "“...,” X said", ", saying ...", "X was quoted as saying ... by Y", "called ... by X".
import { claimAfter, claimAround, claimBefore } from '../claim';
import { C, F, type RuleSpec } from '../lang/types';
import { PATTERNS } from '../patterns';
import { subjectBefore, phraseAfter, plausibleSource, type Phrase } from '../sources/noun-phrase';
import { hasForm, is, isAdverb, isAuthorPronoun, isBe, isCueVerbForm, isDeterminer, isNameWord, isSourceNoun, isSubjectPronoun } from '../sources/words';
import { checkNeeds, contentFollows, deniedOrHypothetical, findCueVerbs, followsClaim, isClosingQuote, isThat, listenerAfter, skipAdjuncts, type VerbAt } from './cue-verbs';
import { defineRule, type Found } from './define';
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
  return !t || !t.word;
}

export const verbAfterSubject = ({ reason, description }: Spec<'verb-after-subject'>): Rule => defineRule({
  reason,
  description,
  match(ctx) {
    const out: Found[] = [];
    for (const v of findCueVerbs(ctx)) {
      if (endsInIng(ctx, v)) continue; // participles: see `participle`
      const thatFollows = isThat(ctx, skipAdjuncts(ctx, v.end));
      const subject = subjectBefore(ctx, v.start, { anyPlural: thatFollows });
      if (!subject) {
        const implicit = ctx.lang.nullSubject ? withoutSubject(ctx, v) : null;
        if (implicit) out.push(implicit);
        continue;
      }
      const head = ctx.tokens[subject.head]!;
      if (subject.pronoun && isAuthorPronoun(head)) continue;
      if (!subject.pronoun && ctx.lang.grammar.negativeDeterminers.has(ctx.tokens[subject.span.start]!.norm)) continue; // "no group claimed"
      if (deniedOrHypothetical(ctx, v.start)) continue; // "did not say whether", "could announce"
      // "if he says that ...", "si elle estime que ...": a hypothetical clause attributes nothing.
      if (ctx.lang.grammar.conditionals.has(ctx.tokens[subject.mention.start - 1]?.norm ?? '')) continue;
      // "“...,” Mr. Frankel said." / ", de Miranda notes.": the claim came before the source.
      // For "told", the listener comes first: "“...,” she told reporters."
      const listener = v.verb.needs === 'object' ? listenerAfter(ctx, skipAdjuncts(ctx, v.end)) : null;
      const afterVerb = skipAdjuncts(ctx, listener ? listener.end : v.end);
      // "wrote on his blog:" and "reads, “...”" introduce what follows (a passage, a quotation): not an ending.
      const next = ctx.tokens[afterVerb];
      const quoteFollows = next?.text === ',' && ctx.quoted[afterVerb + 1] === true; // 'reads, “...”'
      const ends = next?.text !== ':' && !quoteFollows && endsClause(ctx, listener ? listener.end : v.end);
      // "As the authors explain, research ...": the claim follows the comma.
      const asClause = ends && ctx.lang.roles.as.has(ctx.tokens[subject.mention.start - 1]?.norm ?? '');
      const inverted = ends && (followsClaim(ctx, subject.mention.start) || asClause);
      if (ends && !inverted && v.verb.needs !== 'none') continue;
      // "She reports to the chief executive": a verb whose clause ends in "to X" is not reporting anything.
      if (ends && !inverted && ctx.lang.roles.to.has(ctx.tokens[v.end]?.norm ?? '')) continue;
      const needs = checkNeeds(ctx, v, head, inverted);
      if (!needs.ok) continue;
      const thatAt = isThat(ctx, needs.claimFrom) ? needs.claimFrom : undefined;
      // "“We lost,” as one fan put it": an "as" clause after the claim looks back.
      const asAfterClaim = asClause && followsClaim(ctx, subject.mention.start - 1);
      const claim = asAfterClaim ? claimBefore(ctx, subject.mention.start - 1)
        : asClause ? claimAfter(ctx, skipAdjuncts(ctx, v.end) + 1)
        : ends ? claimBefore(ctx, subject.mention.start) : claimAfter(ctx, needs.claimFrom);
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
    }
    return out;
  },
});

/**
 * Where the clause holding the verb at `verb` starts, if only auxiliaries, adverbs, negators and
 * object pronouns stand between: its index, else -1.
 */
function verbClauseStart(ctx: SentenceContext, verb: number): number {
  let j = verb - 1;
  while (j >= 0 && !ctx.quoted[j] && ctx.tokens[j]!.word
    && (is(ctx.tokens[j], C.AUX | C.NEG) || isAdverb(ctx.tokens[j]!) || ctx.lang.grammar.objectClitics.has(ctx.tokens[j]!.norm))) j--;
  return j + 1;
}

/**
 * A cue verb with no subject written, opening its sentence or clause, in a language that drops
 * subjects ("E classificou os pedidos como “…”", "Em seguida, afirmou que …"): the last speaker
 * said it. Only where nothing else could be the subject: the sentence's start, a conjunction at
 * its start, or a fronted phrase and a comma opening the sentence.
 */
function withoutSubject(ctx: SentenceContext, v: VerbAt): Found | null {
  const { tokens, lang } = ctx;
  const start = verbClauseStart(ctx, v.start);
  const before = tokens.slice(0, start).filter((t) => t.word);
  const prev = tokens[start - 1];
  const opens = before.length === 0
    || (before.length === 1 && (lang.roles.coordinator.has(before[0]!.norm) || lang.roles.contrast.has(before[0]!.norm)))
    || (prev?.text === ',' && !ctx.quoted[start - 1] && !tokens.slice(0, start).some((t, k) => ctx.quoted[k] || isCueVerbForm(t))
      && (is(before[0], C.PREP | C.SUBORD | C.TIME) || isAdverb(before[0]!)));
  if (!opens || deniedOrHypothetical(ctx, v.start)) return null;
  const needs = checkNeeds(ctx, v, undefined, false);
  if (!needs.ok) return null;
  const thatAt = isThat(ctx, needs.claimFrom) ? needs.claimFrom : undefined;
  const span = { start: v.start, end: v.end };
  return { cue: cueText(ctx, v, needs.listenerEnd, thatAt), cueSpan: span, source: span, implicitSubject: true,
    claim: claimAfter(ctx, needs.claimFrom), timeWindow: { start: v.end, end: Math.min(tokens.length, needs.claimFrom + 1) } };
}

/** "saying", "adding": the -ing form of a cue verb, which `participle` and `with-participle` read. */
const endsInIng = (ctx: SentenceContext, v: VerbAt): boolean => hasForm(ctx.tokens[v.start], F.GERUND);

export const verbBeforeSource = ({ reason, description }: Spec<'verb-before-source'>): Rule => defineRule({
  reason,
  description,
  match(ctx) {
    const out: Found[] = [];
    for (const v of findCueVerbs(ctx)) {
      const verb = v.verb;
      if (verb.needs === 'of' || verb.needs === 'research' || verb.needs === 'object') continue;
      // "“Why now?” asked Smith." but not "..., called the officer": these verbs follow only a quotation.
      if (endsInIng(ctx, v)) continue;
      // The verb's group: its auxiliaries and a pronoun written onto one ("a-t-il ajouté", "a déclaré").
      const group = verbGroup(ctx, v.start);
      if (verb.needs === 'quote' && !isClosingQuote(ctx.tokens[group.start - 1]) && !ctx.quoted[group.start - 2]) continue;
      // "…, comme l'a déclaré le ministre": an "as" clause with the source after its verb.
      const asAt = group.start - 1;
      const asOpened = asAt >= 0 && !ctx.quoted[asAt] && ctx.lang.roles.as.has(ctx.tokens[asAt]!.norm);
      if (!followsClaim(ctx, group.start) && !asOpened) continue;
      const claimOf = (sourceEnd: number) => (asOpened ? claimAround(ctx, asAt, sourceEnd) : claimBefore(ctx, group.start));
      const lead = ctx.text.slice(ctx.tokens[group.start]!.start, ctx.tokens[v.start]!.start).toLowerCase();
      const cue = `${lead}${verbWords(ctx, v)}`;
      // "a déclaré à cette occasion le ministre", "said on Wednesday the minister": adjuncts, then the source.
      const afterAdjuncts = skipAdjuncts(ctx, v.end);
      let at = skipShortAdjunct(ctx, afterAdjuncts);
      // "afirmou à Reuters uma fonte do Itamaraty que pediu …", "disse à Lusa o ministro.": the adjunct
      // skip ran over the source to a relative "que" or the clause's end.
      if ((isThat(ctx, at) || !ctx.tokens[at]?.word) && afterAdjuncts > v.end && ctx.lang.roles.to.has(ctx.tokens[v.end]!.norm)) {
        const shorter = skipShortAdjunct(ctx, v.end);
        if (shorter > v.end) at = shorter;
      }
      const first = ctx.tokens[at];
      if (group.clitic >= 0) {
        const span = { start: group.clitic, end: group.clitic + 1 };
        out.push({ cue, cueSpan: { start: group.start, end: v.end }, source: span, mention: span, pronoun: true,
          claim: claimOf(v.end), timeWindow: { start: v.end, end: Math.min(ctx.tokens.length, v.end + 3) } });
        continue;
      }
      // "—…—dijo." / "…”, afirmou.": no subject written; the last person speaking said it.
      if ((!first || !first.word) && ctx.lang.nullSubject) {
        const span = { start: v.start, end: v.end };
        out.push({ cue, cueSpan: span, source: span, implicitSubject: true, claim: claimOf(v.end) });
        continue;
      }
      if (!first || ctx.quoted[at]) continue;
      let phrase: Phrase | null;
      if (isSubjectPronoun(first) && !isAuthorPronoun(first)) {
        // ", said he." is inverted; ", said he was ..." is a new clause with its own subject; "dit-elle dans
        // un communiqué", "sagte er am Montag": a pronoun written onto its verb, or followed by an adjunct.
        const next = ctx.tokens[at + 1];
        if (next?.word && !first.clitic && !startsAdjunct(ctx, at + 1)) continue;
        phrase = { span: { start: at, end: at + 1 }, mention: { start: at, end: at + 1 }, head: at, pronoun: true };
      } else {
        if (is(first, C.PREP | C.SUBORD) || isThat(ctx, at)) continue;
        phrase = phraseAfter(ctx, at);
      }
      if (!phrase || !plausibleSource(ctx.lang, ctx.tokens, phrase.span)) continue;
      // ", said the president had not decided": a clause follows, so the phrase is its subject, not the source.
      // ", warned lawmakers that ...": a "that" clause follows, so the phrase is the listener.
      const after = ctx.tokens[phrase.mention.end];
      if (isThat(ctx, phrase.mention.end) && !ctx.quoted[phrase.mention.end]) continue;
      if (after?.word && !ctx.quoted[phrase.mention.end] && !is(after, C.REL) && !ctx.lang.roles.in.has(after.norm) && !ctx.lang.roles.on.has(after.norm)
        && !(listenerAt(ctx, phrase.mention.end) && (!phrase.pronoun || speaksAsPerson(ctx, phrase.head)) && at === afterAdjuncts)
        // "…”, reconheceu o técnico após a partida": an adjunct, not a clause, follows the source.
        && !(is(after, C.PREP) && !ctx.lang.roles.infinitive.has(after.norm) && !phrase.pronoun)) continue;
      out.push({
        cue,
        cueSpan: { start: group.start, end: v.end },
        source: phrase.span,
        mention: phrase.mention,
        appositive: phrase.appositive,
        pronoun: phrase.pronoun,
        claim: claimOf(phrase.mention.end),
        timeWindow: { start: v.end, end: Math.min(ctx.tokens.length, phrase.mention.end + 3) },
      });
    }
    return out;
  },
});

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
  let named = ctx.tokens[i + 1] !== undefined && isNameWord(ctx.tokens[i + 1]!);
  for (let j = i + 2; j < Math.min(ctx.tokens.length, i + 1 + MAX_SHORT_ADJUNCT); j++) {
    const x = ctx.tokens[j]!;
    const prev = ctx.tokens[j - 1]!;
    if (!x.word || ctx.quoted[j] || is(x, C.PREP)) return i;
    if (isNameWord(x) && (named || (!prev.cap && isSourceNoun(prev)))) { named = true; continue; }
    if (named && !x.cap && isSourceNoun(x) && !prev.possessive) return j; // not "of Trump's campaign"
    if (isDeterminer(x) || isNameWord(x)) return j;
  }
  return i;
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

/** Does an adjunct start at token i (a preposition, a time word): "am Montag", "in a statement"? */
function startsAdjunct(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && (is(t, C.PREP | C.TIME | C.WEEKDAY) || isAdverb(t));
}

/** The subject of the sentence's main clause: its first noun phrase after an introductory phrase. */
export function mainSubject(ctx: SentenceContext, before: number): Phrase | null {
  const { tokens } = ctx;
  let start = 0;
  const first = tokens[0];
  if (first && is(first, C.PREP | C.SUBORD)) {
    const comma = tokens.findIndex((t, i) => i < before && t.text === ',');
    if (comma < 0) return null;
    start = comma + 1;
  }
  while (tokens[start] && !tokens[start]!.word) start++;
  const phrase = phraseAfter(ctx, start);
  if (!phrase || phrase.span.end > before) return null;
  // "The leader of the party, Rachid Ghannouchi, condemned ...": the name after the description.
  if (tokens[phrase.span.end]?.text === ',' && tokens[phrase.span.end + 1] && isNameWord(tokens[phrase.span.end + 1]!)) {
    const name = phraseAfter(ctx, phrase.span.end + 1);
    if (name && tokens[name.span.end]?.text === ',' && name.span.end < before) {
      return { ...name, mention: { start: phrase.span.start, end: name.span.end }, appositive: phrase.span };
    }
  }
  return phrase;
}

export const participle = ({ reason, description }: Spec<'participle'>): Rule => defineRule({
  reason,
  description,
  match(ctx) {
    const out: Found[] = [];
    for (const v of findCueVerbs(ctx)) {
      const t = ctx.tokens[v.start]!;
      if (!endsInIng(ctx, v) || v.verb.needs === 'research') continue;
      const prev = ctx.tokens[v.start - 1];
      // ", saying", "and saying", "—suggesting"
      if (!prev || !(prev.text === ',' || ctx.lang.roles.coordinator.has(prev.norm) || PATTERNS.dash.test(prev.text))) continue;
      const subject = mainSubject(ctx, v.start);
      if (!subject || !plausibleSource(ctx.lang, ctx.tokens, subject.span)) continue;
      const after = skipAdjuncts(ctx, v.end);
      out.push({
                cue: t.text.toLowerCase() + thatWord(ctx, after),
        cueSpan: { start: v.start, end: v.end },
        source: subject.span,
        mention: subject.mention,
        appositive: subject.appositive,
        claim: claimAfter(ctx, after),
        timeWindow: { start: v.end, end: Math.min(ctx.tokens.length, after + 1) },
      });
    }
    return out;
  },
});

export const withParticiple = ({ reason, description, reach }: Spec<'with-participle'>): Rule => defineRule({
  reason,
  description,
  match(ctx) {
    const isWith = (i: number): boolean => ctx.lang.roles.with.has(ctx.tokens[i]!.norm);
    const out: Found[] = [];
    for (const v of findCueVerbs(ctx)) {
      const t = ctx.tokens[v.start]!;
      if (!endsInIng(ctx, v) || v.verb.needs === 'research' || v.verb.needs === 'object') continue;
      let w = v.start - 1;
      while (w >= 0 && v.start - w <= reach && ctx.tokens[w]!.word && !ctx.quoted[w] && !isWith(w)) w--;
      if (w < 0 || !isWith(w) || ctx.quoted[w]) continue;
      const phrase = phraseAfter(ctx, w + 1);
      if (!phrase || phrase.mention.end !== v.start || !plausibleSource(ctx.lang, ctx.tokens, phrase.span)) continue;
      const after = skipAdjuncts(ctx, v.end);
      // "with friends saying goodbye": what follows must be content, as for any cue verb.
      if (!contentFollows(ctx, after) || !ctx.tokens[after] || v.verb.needs === 'quote') continue;
      out.push({
                cue: `${ctx.tokens[w]!.text.toLowerCase()} ... ${t.text.toLowerCase()}${thatWord(ctx, after)}`,
        cueSpan: { start: v.start, end: v.end },
        source: phrase.span,
        mention: phrase.mention,
        appositive: phrase.appositive,
        claim: claimAfter(ctx, after),
        timeWindow: { start: v.end, end: Math.min(ctx.tokens.length, after + 1) },
      });
    }
    return out;
  },
});

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

export const passiveBy = (spec: Spec<'passive-by'>): Rule => {
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
        const prev = tokens[i - 1];
        const passive = !prev || !prev.word || isBe(prev);
        if (!passive || (prev && !prev.word && i > 1 && prev.text !== ',')) return;
        // The content must be quoted between the cue and "by": a label, not an act ("called by the chairman").
        const agent = agentAfter(ctx, i + 1, 14);
        if (!agent) return;
        const between = tokens.slice(i + 1, agent.by);
        if (!between.some((_, k) => ctx.quoted[i + 1 + k])) return;
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
