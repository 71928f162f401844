// Prepositional cues: the source follows a fixed phrase. "according to (a Friday report by) X",
// "as reported by X", "in the words of X", "per X", "citing X" — the phrases are the pack's.
import { claimAfter, claimAround } from '../claim';
import { C, F, type RuleSpec } from '../lang/types';
import { PATTERNS } from '../patterns';
import { phraseAfter, phraseBefore, plausibleSource, pronounPhrase, relativeClauseEnd, statementAdjunct, subjectBefore, wordsToPauseEnd, type Phrase } from '../sources/noun-phrase';
import { hasForm, is, isAdverb, isDeterminer, isNameWord, isSourceNoun, isWeekday } from '../sources/words';
import { ORGANIZATIONS, OUTLETS, nameKey } from '../lexicon';
import type { SourceKind } from '../types';
import type { Token } from '../text/tokens';
import { isThat, skipAdjuncts } from './cue-verbs';
import { defineRule, phraseTrigger, type Found } from './define';
import { unquotedPhraseAt } from './vague';
import type { Rule, SentenceContext } from './types';

type Spec<F extends RuleSpec['family']> = Extract<RuleSpec, { family: F }>;

/** How many words the name of a listener inside a fixed phrase may have ("confirmada à SIC Notícias por"). */
const MAX_LISTENER_NAME = 4;

/**
 * Where the fixed phrase `words` starting at token i (outside quotations) ends, or -1. Adverbs may
 * stand inside it: "as first reported by", "as previously reported by".
 */
function phraseEnd(ctx: SentenceContext, i: number, words: readonly string[]): number {
  let j = i;
  for (let k = 0; k < words.length; k++) {
    while (k > 0 && ctx.tokens[j] && ctx.tokens[j]!.norm !== words[k] && isAdverb(ctx.tokens[j]!) && !ctx.quoted[j]) j++;
    // "confirmada ao Público por fonte do Ministério": a listener named before the agent's preposition.
    if (k > 0 && k === words.length - 1 && ctx.lang.roles.agent.has(words[k]!) && ctx.lang.roles.to.has(ctx.tokens[j]?.norm ?? '') && !ctx.quoted[j]) {
      let n = j + 1;
      while (n < ctx.tokens.length && n - j <= MAX_LISTENER_NAME && ctx.tokens[n]!.word && ctx.tokens[n]!.cap && !ctx.quoted[n]) n++;
      if (n > j + 1 && ctx.tokens[n]?.norm === words[k] && !ctx.quoted[n]) j = n;
    }
    if (ctx.tokens[j]?.norm !== words[k] || ctx.quoted[j]) return -1;
    j++;
  }
  return j;
}

/** A year ("its 2015 report by"): a modifier of a report noun in any language. */
const isYear = (t: Token): boolean => PATTERNS.year.test(t.norm);

/** "a Friday report by", "the report published by": the report noun's tokens and where its author starts. */
function reportBy(ctx: SentenceContext, i: number): { author: number; reportEnd: number } | null {
  const { tokens, lang } = ctx;
  let j = i;
  if (tokens[j] && isDeterminer(tokens[j]!)) j++;
  while (tokens[j] && (isWeekday(tokens[j]!) || isYear(tokens[j]!) || lang.grammar.reportModifiers.has(tokens[j]!.norm))) j++;
  if (!tokens[j] || !is(tokens[j], C.DOCUMENT)) return null;
  const reportEnd = j + 1;
  j = skipReportTime(ctx, j + 1);
  if (lang.grammar.reportParticiples.has(tokens[j]?.norm ?? '')) {
    j = skipReportTime(ctx, j + 1);
    // "a lawsuit filed in Manhattan by": where it was filed, before its author.
    const place = j + 1 + MAX_REPORT_PLACE_WORDS;
    if (lang.roles.in.has(tokens[j]?.norm ?? '') && tokens[j + 1]?.cap) {
      let k = j + 1;
      while (k < place && tokens[k]?.word && tokens[k]!.cap && !ctx.quoted[k]) k++;
      if (lang.roles.agent.has(tokens[k]?.norm ?? '')) j = k;
    }
  }
  if (lang.grammar.reportAuthorLinks.has(tokens[j]?.norm ?? '')) return { author: j + 1, reportEnd };
  return null;
}

/** Longest place name between a report's participle and its author ("filed in New York by"). */
const MAX_REPORT_PLACE_WORDS = 3;
/** Longest time phrase between a report and its author ("a study last year by", "data released Friday by"). */
const MAX_REPORT_TIME_WORDS = 2;

/** Skips a short time phrase at token i: a weekday, "last year", "this week", "Tuesday". */
function skipReportTime(ctx: SentenceContext, i: number): number {
  let j = i;
  while (j - i < MAX_REPORT_TIME_WORDS && ctx.tokens[j] && !ctx.quoted[j]
    && (isWeekday(ctx.tokens[j]!) || is(ctx.tokens[j], C.TIME) || ctx.lang.grammar.subjectTimeWords.has(ctx.tokens[j]!.norm))) j++;
  return j;
}

/** "multiple sources, including Bas News": the named source inside a vague group. */
function including(ctx: SentenceContext, phrase: Phrase): Phrase | null {
  const { tokens } = ctx;
  const comma = phrase.span.end;
  if (tokens[comma]?.text !== ',' || !ctx.lang.roles.including.has(tokens[comma + 1]?.norm ?? '')) return null;
  const named = phraseAfter(ctx, comma + 2);
  if (!named) return null;
  return { ...named, mention: { start: phrase.mention.start, end: named.span.end } };
}

/** Only conjunctions ("But", "Et") stand before token i. */
const opensSentence = (ctx: SentenceContext, i: number): boolean =>
  ctx.tokens.slice(0, i).every((t) => !t.word || ctx.lang.roles.coordinator.has(t.norm) || ctx.lang.roles.contrast.has(t.norm));

/** Opens the sentence or a clause: nothing before it, or a comma, semicolon or dash. */
const opensClause = (previous: Token | undefined): boolean =>
  !previous || previous.text === ',' || previous.text === ';' || PATTERNS.dash.test(previous.text);

/** An object pronoun standing alone at token i ("selon lui", "according to them", not "to her lawyer"). */
function pronounAt(ctx: SentenceContext, i: number): { start: number; end: number } | null {
  const t = ctx.tokens[i];
  if (!t || ctx.quoted[i] || !ctx.lang.pronouns.has(t.norm) || is(t, C.AUTHOR)) return null;
  // "according to her lawyer": a word after it makes the pronoun a determiner, unless it is a subject
  // pronoun, which never is one ("apontada por ele é …").
  if (ctx.tokens[i + 1]?.word && !(is(t, C.SUBJ) && !isDeterminer(t))) return null;
  return { start: i, end: i + 1 };
}

/** A relative pronoun at token i, or after an article there ("el cual", "which"): its index, or -1. */
function relativeAt(ctx: SentenceContext, i: number): number {
  const { tokens, lang } = ctx;
  const at = lang.roles.definite.has(tokens[i]?.norm ?? '') ? i + 1 : i;
  const t = tokens[at];
  if (!t || ctx.quoted[at] || !lang.roles.relativeHeads.has(t.norm) || lang.roles.complementizer.has(t.norm)) return -1;
  return at;
}

/** Is token i a pause after a source: a comma, a dash, a closing mark or the sentence's end? */
function pauseAt(ctx: SentenceContext, i: number, commaOnly: boolean): boolean {
  const t = ctx.tokens[i];
  if (commaOnly) return t?.text === ',';
  return !t || t.text === ',' || t.text === ';' || PATTERNS.sentenceEnd.test(t.text) || PATTERNS.dash.test(t.text) || PATTERNS.closingQuote.test(t.text);
}

/** A rule for a fixed cue phrase followed by its source ("according to X", "citing X"). */
export function prepositional(spec: Spec<'prepositional'>): Rule {
  // One phrase, or its forms ("cité par", "citée par"): longest first.
  const forms = [spec.words].flat().map((w) => w.toLowerCase().split(' ')).sort((a, b) => b.length - a.length);
  // The forms by their first word, longest first: a token is compared only with those it can open.
  const byFirst = new Map<string, string[][]>();
  for (const f of forms) byFirst.set(f[0]!, [...(byFirst.get(f[0]!) ?? []), f]);
  const notAfter = new Set(spec.notAfter ?? []);
  // "without citing sources", "never citing": the cue denies there is a source.
  const allowedAfter = (previous: Token | undefined): boolean => (spec.onlyOpeningClause ? opensClause(previous) : true)
    && !(previous && (notAfter.has(previous.norm) || (notAfter.size > 0 && is(previous, C.NEG))));
  return defineRule({
    reason: spec.reason,
    description: spec.description,
    triggers: [...new Set(forms.map(phraseTrigger))],
    match(ctx) {
      const out: Found[] = [];
      for (let i = 0; i < ctx.tokens.length; i++) {
        // Most words open no form: nothing to try or allocate for them.
        const opened = byFirst.get(ctx.tokens[i]!.norm);
        if (!opened) continue;
        let after = -1;
        let words: string[] = [];
        // Only forms the next word continues are tried (all after an adverb, which may stand inside a
        // phrase): Portuguese opens 75 forms with "a" ("a informação é de", "a análise é do").
        const next = ctx.tokens[i + 1];
        const anySecond = next && isAdverb(next) && !ctx.quoted[i + 1];
        for (const form of opened) {
          const listener = form.length === 2 && ctx.lang.roles.agent.has(form[1]!) && ctx.lang.roles.to.has(next?.norm ?? '');
          if (!anySecond && !listener && form.length > 1 && form[1] !== next?.norm) continue;
          after = phraseEnd(ctx, i, form);
          if (after >= 0) { words = form; break; }
        }
        if (after < 0 || !allowedAfter(ctx.tokens[i - 1])) continue;
        // "… del propio Biden, según el cual …", "according to which": the relative's antecedent, the
        // nearest noun phrase before the cue.
        const relative = relativeAt(ctx, after);
        if (relative >= 0) {
          const end = ctx.tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
          const antecedent = end >= 0 ? phraseBefore(ctx, end, false, false) : null;
          if (antecedent) {
            out.push({ cue: ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[relative]!.end).toLowerCase(), cueSpan: { start: i, end: relative + 1 },
              source: antecedent.span, mention: antecedent.mention, claim: claimAfter(ctx, relative + 1), timeWindow: { start: after, end: after } });
          }
          continue;
        }
        let report = spec.reportBy ? reportBy(ctx, after) : null;
        // "selon lui", "according to him": a pronoun, resolved like a subject pronoun.
        const pronoun = report ? null : pronounAt(ctx, after);
        if (pronoun && spec.sentenceInitial && !opensSentence(ctx, i)) continue; // "…, que, para ele, …" does not open the sentence
        if (pronoun) {
          out.push({ cue: words.join(' '), cueSpan: { start: i, end: after }, source: pronoun, mention: pronoun, pronoun: true,
            claim: claimAround(ctx, i, after + 1), timeWindow: { start: after, end: after } });
          continue;
        }
        // "Pour repérer ces personnes, ...": an infinitive follows, not a source.
        if (hasForm(ctx.tokens[after], F.INFINITIVE) && !isSourceNoun(ctx.tokens[after]!)) continue;
        let phrase = report ? phraseAfter(ctx, report.author, spec.anyNoun ?? false) : null;
        // "a report by" someone who cannot be a source: the report itself is.
        if (!phrase) {
          report = null;
          phrase = phraseAfter(ctx, after, spec.anyNoun ?? false);
        }
        // "according to a yearly Gallup poll", "according to early returns", "according to someone in
        // attendance": a cue that takes any noun takes the words up to the pause when no phrase is found.
        if (!phrase && spec.toPause) phrase = wordsToPause(ctx, after);
        // "according to complete but unofficial returns", "according to media buying sources", "according
        // to a January 2016 study": a phrase that stops before a word still inside the noun phrase runs on
        // to the pause.
        if (phrase && spec.toPause && stopsInsidePhrase(ctx, phrase.mention.end)) {
          const longer = wordsToPause(ctx, after);
          if (longer && longer.mention.end > phrase.mention.end) phrase = longer;
        }
        if (!phrase) continue;
        // "citing Trump's blue-collar appeal": a possessive that stops the phrase owns what follows,
        // which is what is cited; it names no source.
        const last = ctx.tokens[phrase.span.end - 1]!;
        if (last.possessive && ctx.tokens[phrase.span.end]?.word && !ctx.quoted[phrase.span.end]) continue;
        phrase = including(ctx, phrase) ?? phrase;
        // "Pour le ministre, ...", ", so der Minister.": the source alone, then a pause.
        // ", so die Ministerin weiter.": adverbs may stand before the pause.
        let pause = phrase.mention.end;
        while (spec.followedBy === 'pause' && ctx.tokens[pause] && isAdverb(ctx.tokens[pause]!) && !ctx.quoted[pause]) pause++;
        // ", so der Sprecher gegenüber der APA.", ", so die Ministerin am Montag in Berlin.": adjuncts too.
        if (spec.adjunctsBeforePause) pause = skipAdjuncts(ctx, pause);
        if (spec.followedBy && !pauseAt(ctx, pause, spec.followedBy === 'comma')) continue;
        if (spec.sentenceInitial && !opensSentence(ctx, i)) continue;
        if (spec.notNegated && negatedClause(ctx, phrase.mention.end)) continue;
        // ("On indique au ministère que …": where the cue holds the verb, "que" opens the content, no relative clause.)
        if (phrase.span.start === phrase.mention.start && !(spec.thatOpensContent && isThat(ctx, phrase.mention.end))) {
          phrase.mention = { start: phrase.mention.start, end: relativeClauseEnd(ctx, phrase.mention.end) };
        }
        // "according to a new poll by Gallup": the report and its author, as written; "according to a
        // memo written by its auditor": the words that go on describing the source to the pause.
        phrase.mention = { start: report ? after : phrase.mention.start, end: spec.toPause ? describedToPause(ctx, i, phrase.mention.end) : phrase.mention.end };
        // As written, but for the capital that starts a sentence: "according to a Friday report by".
        const written = report ? ctx.text.slice(ctx.tokens[i]!.start, ctx.tokens[report.author - 1]!.end) : '';
        const cue = report ? written.charAt(0).toLowerCase() + written.slice(1) : words.join(' ');
        // "criticada por juristas e por entidades", "defendida pelo ministro e pela bancada": a second agent
        // after "and" and the agent word again; the first ends before them.
        const { agent, coordinator } = ctx.lang.roles;
        let and = -1;
        const byAgent = agent.has(ctx.tokens[after - 1]?.norm ?? '');
        for (let k = phrase.span.start + 1; byAgent && k <= phrase.mention.end && and < 0; k++) {
          if (coordinator.has(ctx.tokens[k]?.norm ?? '') && agent.has(ctx.tokens[k + 1]?.norm ?? '') && !ctx.quoted[k]) and = k;
        }
        const second = and < 0 ? null : phraseAfter(ctx, and + 2, spec.anyNoun ?? false);
        if (and >= 0 && and < phrase.span.end) phrase = { ...phrase, span: { start: phrase.span.start, end: and }, mention: { start: phrase.mention.start, end: and } };
        // "nach Recherchen von NDR, WDR und „Süddeutscher Zeitung“": a list of names, each a source.
        const listed = second || !spec.nameList ? [] : nameList(ctx, phrase);
        // A list's names share one claim, after the list's last name.
        let listEnd = listed.length ? listed[listed.length - 1]!.mention.end : phrase.mention.end;
        // (Past the mark that closes a quoted last name: "… und „Süddeutscher Zeitung“ soll".)
        if (listed.length && ctx.tokens[listEnd] && !ctx.tokens[listEnd]!.word && ctx.lang.quotes.doubleClose.has(ctx.tokens[listEnd]!.text)) listEnd++;
        for (const p of second && !second.pronoun ? [phrase, second] : [phrase, ...listed]) {
          out.push({
            sharesCue: p !== phrase,
            cue,
            cueSpan: { start: i, end: after },
            source: p.span,
            mention: p.mention,
            appositive: p.appositive,
            claim: claimAround(ctx, i, p === phrase || listed.includes(p) ? listEnd : p.mention.end),
            timeWindow: { start: after, end: p.span.start },
          });
        }
      }
      return out;
    },
  });
}

/** Most names in a list after a cue ("laut NDR, WDR, BR und SZ"). */
const MAX_LISTED_NAMES = 6;

/**
 * "NDR, WDR und „Süddeutscher Zeitung“": after a name, the names that follow it set off by commas,
 * the last after "and"; each is a name (its words names, or quoted). Empty unless the list closes
 * with "and" and a name, so an apposition ("Müller, Sprecher der Stadt, ...") is no list.
 */
function nameList(ctx: SentenceContext, first: Phrase): Phrase[] {
  const { tokens, lang } = ctx;
  const isAnd = (k: number): boolean => lang.roles.coordinator.has(tokens[k]?.norm ?? '') && !ctx.quoted[k];
  const named = (from: number, to: number): boolean => to > from && tokens.slice(from, to).every((t, k) => ctx.quoted[from + k] || (isNameWord(t) && !isAnd(from + k)));
  if (first.pronoun || !named(first.span.start, first.span.end)) return [];
  const out: Phrase[] = [];
  let j = first.mention.end;
  while (out.length < MAX_LISTED_NAMES) {
    const mark = tokens[j];
    if (!mark || ctx.quoted[j] || (mark.text !== ',' && !isAnd(j))) return [];
    const and = isAnd(j);
    // The next name: a quoted one ("„Süddeutscher Zeitung“") or a run of name words.
    let start = j + 1;
    let end = start;
    let next = start;
    if (tokens[start] && !tokens[start]!.word && ctx.quoted[start]) {
      while (tokens[next] && ctx.quoted[next]) next++;
      start++;
      end = next - 1;
    } else {
      while (tokens[end] && tokens[end]!.word && !ctx.quoted[end] && isNameWord(tokens[end]!) && !isAnd(end)) end++;
      next = end;
    }
    if (!named(start, end)) return [];
    const span = { start, end };
    out.push({ span, mention: span, head: end - 1, pronoun: false });
    if (and) return out;
    j = next;
  }
  return [];
}

/**
 * Is the clause from token i on negated before its content opens ("..., l'avocat n'a pas souhaité
 * réagir", "..., he did not comment")? Its content opens at a complementizer, a colon or a quotation.
 */
function negatedClause(ctx: SentenceContext, i: number): boolean {
  for (let k = i; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.quoted[k] || t.text === ':' || ctx.lang.roles.complementizer.has(t.norm)) return false;
    if (is(t, C.NEG)) return true;
  }
  return false;
}

/** How many words a source read up to its pause may have. */
const MAX_WORDS_TO_PAUSE = 14;

/**
 * The words from `from` to the next comma or the sentence's end, as a source phrase whose head is
 * the word before its first preposition ("someone" of "someone in attendance"), or null when a
 * clause, a quotation or something else stops them first.
 */
/** Does a word that could go on the noun phrase (no preposition, clause word, verb or "and") stand at i? */
function stopsInsidePhrase(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t?.word || ctx.quoted[i]) return false;
  if (is(t, C.PREP | C.REL | C.SUBORD | C.CUE | C.AUX | C.BE) && !ctx.lang.roles.contrast.has(t.norm)) return false;
  return !ctx.lang.roles.coordinator.has(t.norm) && !hasForm(t, F.PAST | F.GERUND);
}

/**
 * Where the words describing a source from `from` on ("written by its auditor", "of the speech released
 * by the mayor's office") end at a pause: a comma, or any pause when the cue at `cue` does not open
 * the sentence; `from` when no participle or connector opens them, or a clause, a time or a statement comes.
 */
function describedToPause(ctx: SentenceContext, cue: number, from: number): number {
  const { tokens } = ctx;
  const t = tokens[from];
  if (!t?.word || t.cap || !(ctx.lang.grammar.phraseConnectors.has(t.norm) || hasForm(t, F.PARTICIPLE | F.PAST | F.GERUND)) || statementAdjunct(ctx, from)) return from;
  let j = from;
  while (tokens[j]?.word && !ctx.quoted[j] && j - from < MAX_WORDS_TO_PAUSE && !is(tokens[j], C.SUBORD | C.REL | C.AUX | C.BE) && !isWeekday(tokens[j]!)) j++;
  return pauseAt(ctx, j, opensSentence(ctx, cue)) ? j : from;
}

function wordsToPause(ctx: SentenceContext, from: number): Phrase | null {
  const { tokens } = ctx;
  const end = wordsToPauseEnd(ctx, from, MAX_WORDS_TO_PAUSE);
  if (end < 0) return null;
  if (end - from === 1 && is(tokens[from], C.PRON | C.SUBJ)) return null; // a pronoun is resolved, or is no source
  let head = end - 1;
  for (let k = from + 1; k < end; k++) if (is(tokens[k], C.PREP)) { head = k - 1; break; }
  // "one of his aides", "some on Twitter": a word that counts people stands for the whole phrase.
  if (head < end - 1 && (isDeterminer(tokens[head]!) || is(tokens[head], C.QUANT | C.VAGUE))) head = end - 1;
  // Not "according to plan", "según lo previsto": a bare common noun or a participle is a manner, not a source.
  const h = tokens[head]!;
  if (hasForm(h, F.PARTICIPLE) || (head === from && !h.cap && !hasForm(h, F.PLURAL) && !is(h, C.VAGUE | C.QUANT | C.PEOPLE))) return null;
  const span = { start: from, end: head + 1 };
  return { span, mention: { start: from, end }, head, pronoun: false };
}

/** "per X": a source, unless what follows is a rate ("per cent", "per day"). */
export function per(spec: Spec<'per'>): Rule {
  const rates = new Set(spec.rates);
  const isRate = (norm: string): boolean => rates.has(norm);
  return defineRule({
    reason: spec.reason,
    triggers: [spec.word],
    description: spec.description,
    match(ctx) {
      const out: Found[] = [];
      ctx.tokens.forEach((t, i) => {
        if (t.norm !== spec.word || ctx.quoted[i]) return;
        const next = ctx.tokens[i + 1];
        if (!next || isRate(next.norm) || !(next.cap || isDeterminer(next))) return;
        const phrase = phraseAfter(ctx, i + 1);
        // "per a filing", "per the CDC" are sources; "per each household" is a rate.
        if (!phrase || isRate(ctx.tokens[phrase.head]!.norm)) return;
        out.push({
          cue: t.text.toLowerCase(), cueSpan: { start: i, end: i + 1 }, source: phrase.span, mention: phrase.mention,
          appositive: phrase.appositive, claim: claimAround(ctx, i, phrase.span.end), timeWindow: { start: i, end: i },
        });
      });
      return out;
    },
  });
}

/** "In Dr. Shadlen's words, ...": a possessive name between the preposition and the noun. */
export function possessiveWords(spec: Spec<'possessive-words'>): Rule {
  return defineRule({
    reason: spec.reason,
    triggers: [spec.noun],
    description: spec.description,
    match(ctx) {
      const out: Found[] = [];
      const { tokens } = ctx;
      tokens.forEach((t, i) => {
        if (t.norm !== spec.noun || ctx.quoted[i] || i < 2) return;
        let s = i - 1;
        if (!tokens[s]!.possessive || !tokens[s]!.cap) return;
        while (s > 0 && tokens[s - 1]!.word && tokens[s - 1]!.cap && tokens[s - 1]!.norm !== spec.preposition) s--;
        if (tokens[s - 1]?.norm !== spec.preposition) return;
        out.push({
          cue: spec.cue, cueSpan: { start: s - 1, end: i + 1 },
          source: { start: s, end: i }, mention: { start: s, end: i }, claim: claimAfter(ctx, i + 1), timeWindow: { start: i, end: i },
        });
      });
      return out;
    },
  });
}


/** "Der Polizei zufolge", "Medienberichten zufolge": the source stands before the cue word. */
export function postposition(spec: Spec<'postposition'>): Rule {
  // One word ("zufolge") or a phrase ("heißt es": "In der Mitteilung heißt es, ...").
  const forms = [spec.word].flat().map((w) => w.toLowerCase().split(' '));
  const notOpenedBy = new Set(spec.notOpenedBy ?? []);
  return defineRule({
    reason: spec.reason,
    triggers: [...new Set(forms.map(phraseTrigger))],
    description: spec.description,
    match(ctx) {
      const out: Found[] = [];
      ctx.tokens.forEach((_, i) => {
        const words = unquotedPhraseAt(ctx, i, forms);
        if (!words || i === 0) return;
        const end = i + words.length;
        const phrase = phraseBefore(ctx, i - 1, spec.anyNoun ?? false);
        // "seinen Angaben zufolge": a possessive pronoun's phrase speaks for its owner (an anaphoric cue).
        if (!phrase || ctx.lang.pronouns.has(ctx.tokens[phrase.span.start]!.norm) || notOpenedBy.has(ctx.tokens[phrase.span.start]!.norm)) return;
        // A phrase the cue must follow as a prepositional object: "In der Mitteilung heißt es"; "in" a
        // place is where, not who ("In Hamburg heißt es oft").
        if (spec.after) {
          const preposition = ctx.tokens[phrase.span.start - 1]?.norm ?? '';
          if (!spec.after.includes(preposition)) return;
          const head = ctx.tokens[phrase.head]!;
          if (ctx.lang.roles.in.has(preposition) && !isSourceNoun(head) && !OUTLETS.has(nameKey(head.text))) return;
        }
        // "..., heißt es: ...": the content follows the cue.
        const next = ctx.tokens[end]?.text;
        const claim = next === ',' || next === ':' ? claimAfter(ctx, end) : claimAround(ctx, phrase.span.start, end);
        out.push({
          cue: ctx.tokens.slice(i, end).map((x) => x.text.toLowerCase()).join(' '), cueSpan: { start: i, end }, source: phrase.span,
          mention: phrase.mention, claim, timeWindow: { start: i, end },
        });
      });
      return out;
    },
  });
}

/**
 * A cue word that stands for a source named before ("Demnach fragte Weiß ...": according to it, the
 * message just described): the source is resolved like a pronoun, through the pack's pronouns.
 */
export function anaphoricCue(spec: Spec<'anaphoric-cue'>): Rule {
  // One word ("demnach") or a phrase holding a possessive ("nach seinen Worten", "ihrer Ansicht nach").
  const phrases = spec.words.map((w) => w.toLowerCase().split(' ')).sort((a, b) => b.length - a.length);
  const own = new Set(spec.own ?? []);
  return defineRule({
    reason: spec.reason,
    triggers: [...new Set(phrases.map(phraseTrigger))],
    description: spec.description,
    match(ctx) {
      const out: Found[] = [];
      const { tokens } = ctx;
      for (let i = 0; i < tokens.length; i++) {
        const words = unquotedPhraseAt(ctx, i, phrases);
        if (words && words.some((w) => own.has(w))) {
          // "Der Verein zählt nach eigenen Angaben …", "Nach eigenen Angaben hat der Konzern …": its clause's subject.
          const end = i + words.length;
          const subject = ownSubject(ctx, i, end);
          if (subject) {
            out.push({ cue: words.join(' '), cueSpan: { start: i, end }, source: subject.span, mention: subject.mention, appositive: subject.appositive,
              pronoun: subject.pronoun, claim: claimAround(ctx, i, end), timeWindow: { start: i, end } });
          }
          i = end - 1;
          continue;
        }
        const referent = words ? words.findIndex((w) => ctx.lang.pronouns.has(w)) : -1;
        if (!words || referent < 0) continue;
        const end = i + words.length;
        out.push({ cue: words.join(' '), cueSpan: { start: i, end }, source: { start: i + referent, end: i + referent + 1 }, pronoun: true,
          claim: claimAround(ctx, i, end), timeWindow: { start: i, end } });
        i = end - 1;
      }
      return out;
    },
  });
}

/**
 * The subject of the clause a cue phrase from token `start` to `end` stands in, in verb-second order:
 * before the finite verb the phrase follows ("Der Verein zählt nach eigenen Angaben", adverbs between
 * them), or after the verb that follows the phrase when it opens the sentence ("Nach eigenen Angaben
 * hat der Konzern").
 */
function ownSubject(ctx: SentenceContext, start: number, end: number): Phrase | null {
  const { tokens } = ctx;
  let opening = true;
  for (let k = 0; k < start; k++) if (tokens[k]!.word) opening = false;
  if (opening) {
    const verb = tokens[end];
    if (!verb?.word || ctx.quoted[end] || verb.cap || !tokens[end + 1]?.word) return null;
    if (is(tokens[end + 1], C.SUBJ)) return ctx.lang.grammar.authorPronouns.has(tokens[end + 1]!.norm) ? null : pronounPhrase(end + 1);
    // Whatever noun it is: the account is its own ("Nach eigenen Angaben hat der Autobauer …").
    const phrase = phraseAfter(ctx, end + 1, true);
    return phrase && plausibleSource(ctx.lang, tokens, phrase.span, true) ? phrase : null;
  }
  let verb = start - 1;
  while (verb > 0 && tokens[verb]!.word && !ctx.quoted[verb] && isAdverb(tokens[verb]!) && !tokens[verb]!.cap) verb--;
  if (!tokens[verb]?.word || ctx.quoted[verb] || tokens[verb]!.cap) return null;
  const subject = subjectBefore(ctx, verb, { anyNoun: true });
  if (!subject || (subject.pronoun && ctx.lang.grammar.authorPronouns.has(tokens[subject.head]!.norm))) return null;
  return subject;
}

/**
 * A preposition and a compound whose first part names the source and whose last part is the cue
 * noun: "nach Polizeiangaben" (according to the police), "nach dpa-Informationen", "laut
 * Regierungsangaben". The source shown is the first part ("Polizei", "dpa"), without the linking
 * letters of the compound ("Regierungs-" → "Regierung").
 */
export function compoundSource(spec: Spec<'compound-source'>): Rule {
  const prepositions = new Set(spec.prepositions);
  const endings = [...spec.endings].sort((a, b) => b.length - a.length);
  return defineRule({
    reason: spec.reason,
    triggers: spec.prepositions,
    description: spec.description,
    match(ctx) {
      const out: Found[] = [];
      const { tokens, lang } = ctx;
      tokens.forEach((t, i) => {
        const word = tokens[i + 1];
        if (!prepositions.has(t.norm) || ctx.quoted[i] || !word?.word || ctx.quoted[i + 1]) return;
        const ending = endings.find((e) => word.norm.endsWith(e) && word.norm.length - e.length >= MIN_COMPOUND_SOURCE);
        if (!ending) return;
        let first = word.text.slice(0, word.text.length - ending.length).replace(PATTERNS.trailingHyphen, '');
        const linking = spec.linking.find((l) => first.endsWith(l) && lang.classOf(first.slice(0, -l.length).toLowerCase()) !== 0);
        if (linking) first = first.slice(0, -linking.length);
        if (first.length < MIN_COMPOUND_SOURCE) return;
        const key = nameKey(first);
        const bits = lang.classOf(first.toLowerCase()) | lang.headClassOf(first.toLowerCase());
        const kind: SourceKind = OUTLETS.has(key) ? 'outlet' : ORGANIZATIONS.has(key) || (bits & (C.INSTITUTION | C.ORG_WORD)) !== 0 ? 'organization'
          : PATTERNS.acronym.test(first) ? 'organization' : 'anonymous';
        out.push({ cue: `${t.text.toLowerCase()} ${word.text}`, cueSpan: { start: i, end: i + 2 },
          source: { text: first, kind, named: true }, claim: claimAround(ctx, i, i + 2) });
      });
      return out;
    },
  });
}

/** Shortest first part of a compound that names a source ("dpa"). */
const MIN_COMPOUND_SOURCE = 2;
