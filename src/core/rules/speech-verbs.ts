// Speech and report verbs: "X said (that)", "X told Y (on Wednesday) that", "X reported Friday that",
// "..., said X", "“...,” X said", ", saying ...", "X was quoted as saying ... by Y", "called ... by X".
import { claimAfter, claimBefore } from '../claim';
import { PATTERNS } from '../patterns';
import { subjectBefore, phraseAfter, plausibleSource, type Phrase } from '../sources/noun-phrase';
import { AUTHOR_PRONOUNS, BE_FORMS, SUBJECT_PRONOUNS, isAdverb, isNameWord } from '../sources/words';
import { PREPOSITIONS, RELATIVES, SUBORDINATORS } from '../lexicon';
import { checkNeeds, contentFollows, deniedOrHypothetical, findCueVerbs, followsClaim, isClosingQuote, listenerAfter, skipAdjuncts, type VerbAt } from './cue-verbs';
import { WITH_EXAMPLES } from './examples-flag';
import type { Candidate, Rule, SentenceContext } from './types';

/** Determiners that deny there is a source: "no group claimed", "neither side said". */
const NEGATIVE = new Set(['no', 'none', 'neither', 'nobody']);

function cueText(ctx: SentenceContext, v: VerbAt, listenerEnd?: number, thatAt?: number): string {
  const words = ctx.tokens.slice(v.start, v.end).map((t) => t.text.toLowerCase()).join(' ');
  if (listenerEnd !== undefined) return `${words} ... ${thatAt !== undefined ? 'that' : ''}`.trim();
  return thatAt !== undefined ? `${words} that` : words;
}

/** Has the verb's sentence ended, or does only a comma or closing mark follow it? */
function endsClause(ctx: SentenceContext, i: number): boolean {
  let j = skipAdjuncts(ctx, i);
  // "Sources tell TMZ ... the dress was taken": an ellipsis inside the sentence does not end it.
  while (ctx.tokens[j] && PATTERNS.ellipsis!.test(ctx.tokens[j]!.text) && ctx.tokens[j + 1]) j++;
  const t = ctx.tokens[j];
  return !t || !t.word;
}

export const verbAfterSubject: Rule = {
  reason: 'verb-after-subject',
  description: 'X said / says / told Y that / reported Friday that / confirms / warned that ...',
  examples: WITH_EXAMPLES ? {
    detects: [
      { sentence: 'Reuters confirms the rise of a resistance, although its report doesn’t speak to organized armed attacks.', source: 'Reuters' },
      { sentence: 'Local sources in Mosul have told Iraqi media that ISIS terrorists were shot at by unknown men in several areas in Mosul.', source: 'Local sources in Mosul' },
      { sentence: 'The news site Sumaria reported Friday that Daesh militia are looking for unknown people in Mosul.', source: 'Sumaria' },
      { sentence: 'This is the largest synchronized attack since ISIS occupied the city in 2014, Daesh Daily reported Friday.', source: 'Daesh Daily' },
      { sentence: 'But a 28 year-old teacher who recently fled Mosul said people were so afraid of the militants.', source: 'a 28 year-old teacher' },
      { sentence: 'Some Iraqi politicians have predicted that an insurrection will break out.', source: 'Some Iraqi politicians' },
    ],
    ignores: [
      'The so-called caliphate has begun purging less-than-satisfactory military leaders.',
      'He declined to say whether the talks would resume.',
      'The reported attack was the largest in years.',
      'I said as much last week.',
      'The bodies were found on Tuesday.',
    ],
  } : undefined,
  match(ctx) {
    const out: Candidate[] = [];
    for (const v of findCueVerbs(ctx)) {
      if (ctx.tokens[v.start]!.norm.endsWith('ing')) continue; // participles: see `participle`
      const thatFollows = ctx.tokens[skipAdjuncts(ctx, v.end)]?.norm === 'that';
      const subject = subjectBefore(ctx, v.start, { anyPlural: thatFollows });
      if (!subject) continue;
      const head = ctx.tokens[subject.head]!;
      if (subject.pronoun && AUTHOR_PRONOUNS.has(head.norm)) continue;
      if (!subject.pronoun && NEGATIVE.has(ctx.tokens[subject.span.start]!.norm)) continue; // "no group claimed"
      if (deniedOrHypothetical(ctx, v.start)) continue; // "did not say whether", "could announce"
      // "“...,” Mr. Frankel said." / ", de Miranda notes.": the claim came before the source.
      // For "told", the listener comes first: "“...,” she told reporters."
      const listener = v.verb.needs === 'object' ? listenerAfter(ctx, skipAdjuncts(ctx, v.end)) : null;
      const afterVerb = skipAdjuncts(ctx, listener ? listener.end : v.end);
      // "wrote on his blog:" and "reads, “...”" introduce what follows (a passage, a quotation): not an ending.
      const next = ctx.tokens[afterVerb];
      const quoteFollows = next?.text === ',' && ctx.quoted[afterVerb + 1] === true; // 'reads, “...”'
      const ends = next?.text !== ':' && !quoteFollows && endsClause(ctx, listener ? listener.end : v.end);
      // "As the authors explain, research ...": the claim follows the comma.
      const asClause = ends && ctx.tokens[subject.mention.start - 1]?.norm === 'as';
      const inverted = ends && (followsClaim(ctx, subject.mention.start) || asClause);
      if (ends && !inverted && v.verb.needs !== 'none') continue;
      // "She reports to the chief executive": a verb whose clause ends in "to X" is not reporting anything.
      if (ends && !inverted && ctx.tokens[v.end]?.norm === 'to') continue;
      const needs = checkNeeds(ctx, v, head, inverted);
      if (!needs.ok) continue;
      const thatAt = ctx.tokens[needs.claimFrom]?.norm === 'that' ? needs.claimFrom : undefined;
      // "“We lost,” as one fan put it": an "as" clause after the claim looks back.
      const asAfterClaim = asClause && followsClaim(ctx, subject.mention.start - 1);
      const claim = asAfterClaim ? claimBefore(ctx, subject.mention.start - 1)
        : asClause ? claimAfter(ctx, skipAdjuncts(ctx, v.end) + 1)
        : ends ? claimBefore(ctx, subject.mention.start) : claimAfter(ctx, needs.claimFrom);
      out.push({
        rule: 'verb-after-subject',
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
};

export const verbBeforeSource: Rule = {
  reason: 'verb-before-source',
  description: '“...,” said X / ..., says X, a ... / , say economists,',
  examples: WITH_EXAMPLES ? {
    detects: [
      { sentence: '“They are harsh, but they are not strong,” said Major General Najm al-Jubbouri, who is in command of the operation.', source: 'Major General Najm al-Jubbouri' },
      { sentence: 'The combination, say economists, marks a journey into uncharted territory.', source: 'economists' },
      { sentence: '"It resonates because it\'s scary," says Stephen Calderwood, MD.', source: 'Stephen Calderwood' },
    ],
    ignores: ['He said that he would go, said nothing else, and left.'],
  } : undefined,
  match(ctx) {
    const out: Candidate[] = [];
    for (const v of findCueVerbs(ctx)) {
      const verb = v.verb;
      if (verb.needs === 'of' || verb.needs === 'research' || verb.needs === 'object') continue;
      // "“Why now?” asked Smith." but not "..., called the officer": these verbs follow only a quotation.
      if (verb.needs === 'quote' && !isClosingQuote(ctx.tokens[v.start - 1]) && !ctx.quoted[v.start - 2]) continue;
      if (ctx.tokens[v.start]!.norm.endsWith('ing')) continue;
      if (!followsClaim(ctx, v.start)) continue;
      let at = v.end;
      while (ctx.tokens[at] && isAdverb(ctx.tokens[at]!)) at++;
      const first = ctx.tokens[at];
      if (!first || ctx.quoted[at]) continue;
      let phrase: Phrase | null;
      if (SUBJECT_PRONOUNS.has(first.norm) && !AUTHOR_PRONOUNS.has(first.norm)) {
        // ", said he." is inverted; ", said he was ..." is a new clause with its own subject.
        if (ctx.tokens[at + 1]?.word) continue;
        phrase = { span: { start: at, end: at + 1 }, mention: { start: at, end: at + 1 }, head: at, pronoun: true };
      } else {
        if (PREPOSITIONS.has(first.norm) || SUBORDINATORS.has(first.norm) || first.norm === 'that') continue;
        phrase = phraseAfter(ctx, at);
      }
      if (!phrase || !plausibleSource(ctx.tokens, phrase.span)) continue;
      // ", said the president had not decided": a clause follows, so the phrase is its subject, not the source.
      // ", warned lawmakers that ...": a "that" clause follows, so the phrase is the listener.
      const after = ctx.tokens[phrase.mention.end];
      if (after?.norm === 'that' && !ctx.quoted[phrase.mention.end]) continue;
      if (after?.word && !ctx.quoted[phrase.mention.end] && !RELATIVES.has(after.norm) && after.norm !== 'in' && after.norm !== 'on') continue;
      out.push({
        rule: 'verb-before-source',
        cue: ctx.tokens.slice(v.start, v.end).map((t) => t.text.toLowerCase()).join(' '),
        cueSpan: { start: v.start, end: v.end },
        source: phrase.span,
        mention: phrase.mention,
        appositive: phrase.appositive,
        pronoun: phrase.pronoun,
        claim: claimBefore(ctx, v.start),
        timeWindow: { start: v.end, end: Math.min(ctx.tokens.length, phrase.mention.end + 3) },
      });
    }
    return out;
  },
};

/** The subject of the sentence's main clause: its first noun phrase after an introductory phrase. */
export function mainSubject(ctx: SentenceContext, before: number): Phrase | null {
  const { tokens } = ctx;
  let start = 0;
  const first = tokens[0];
  if (first && (PREPOSITIONS.has(first.norm) || SUBORDINATORS.has(first.norm))) {
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

export const participle: Rule = {
  reason: 'participle',
  description: '..., saying (that) / adding / noting ... : the subject of the main clause speaks',
  examples: WITH_EXAMPLES ? {
    detects: [
      { sentence: 'The Russian space agency would not immediately describe the malfunction, saying its experts were looking into it.', source: 'The Russian space agency' },
      { sentence: 'Emery retweeted the story, saying, “Are there un-angry Trump supporters?”', source: 'Emery' },
    ],
    ignores: ['Saying goodbye is hard.', 'He left without saying a word.'],
  } : undefined,
  match(ctx) {
    const out: Candidate[] = [];
    for (const v of findCueVerbs(ctx)) {
      const t = ctx.tokens[v.start]!;
      if (!t.norm.endsWith('ing') || v.verb.needs === 'research') continue;
      const prev = ctx.tokens[v.start - 1];
      // ", saying", "and saying", "—suggesting"
      if (!prev || !(prev.text === ',' || prev.norm === 'and' || PATTERNS.dash!.test(prev.text))) continue;
      const subject = mainSubject(ctx, v.start);
      if (!subject || !plausibleSource(ctx.tokens, subject.span)) continue;
      const after = skipAdjuncts(ctx, v.end);
      out.push({
        rule: 'participle',
        cue: t.text.toLowerCase() + (ctx.tokens[after]?.norm === 'that' ? ' that' : ''),
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
};

/** How far back from "saying" the "with" of "with X saying" may stand. */
const WITH_REACH = 8;

export const withParticiple: Rule = {
  reason: 'with-participle',
  description: '..., with X saying / adding / warning (that) ...: X speaks',
  examples: WITH_EXAMPLES ? {
    detects: [
      { sentence: 'The Journal reported the talks, with the Times saying Musk had sought a 30% cut in the price.', source: 'the Times' },
      { sentence: 'Shares fell 5 percent on Friday, with analysts warning that the outlook was weak.', source: 'analysts' },
    ],
    ignores: ['He spent the evening with friends saying goodbye.', 'The talks ended with nothing said.'],
  } : undefined,
  match(ctx) {
    const out: Candidate[] = [];
    for (const v of findCueVerbs(ctx)) {
      const t = ctx.tokens[v.start]!;
      if (!t.norm.endsWith('ing') || v.verb.needs === 'research' || v.verb.needs === 'object') continue;
      let w = v.start - 1;
      while (w >= 0 && v.start - w <= WITH_REACH && ctx.tokens[w]!.word && !ctx.quoted[w] && ctx.tokens[w]!.norm !== 'with') w--;
      if (w < 0 || ctx.tokens[w]!.norm !== 'with' || ctx.quoted[w]) continue;
      const phrase = phraseAfter(ctx, w + 1);
      if (!phrase || phrase.mention.end !== v.start || !plausibleSource(ctx.tokens, phrase.span)) continue;
      const after = skipAdjuncts(ctx, v.end);
      // "with friends saying goodbye": what follows must be content, as for any cue verb.
      if (!contentFollows(ctx, after) || !ctx.tokens[after] || v.verb.needs === 'quote') continue;
      out.push({
        rule: 'with-participle',
        cue: `with ... ${t.text.toLowerCase()}${ctx.tokens[after]?.norm === 'that' ? ' that' : ''}`,
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
};

/** "by X" within the next few tokens, skipping time words: the agent of a passive cue. */
function agentAfter(ctx: SentenceContext, from: number, reach: number): { by: number; phrase: Phrase } | null {
  for (let i = from; i < Math.min(ctx.tokens.length, from + reach); i++) {
    const t = ctx.tokens[i]!;
    if (ctx.quoted[i]) continue;
    if (t.text === '.' || t.text === ';') return null;
    if (t.norm === 'by') {
      const phrase = phraseAfter(ctx, i + 1);
      return phrase ? { by: i, phrase } : null;
    }
  }
  return null;
}

/** "The agency quoted the governor as saying ...": the one quoted, and the one quoting. */
function activeQuote(ctx: SentenceContext, i: number): Candidate[] {
  const { tokens } = ctx;
  const quotedOne = phraseAfter(ctx, i + 1);
  if (!quotedOne || !plausibleSource(tokens, quotedOne.span)) return [];
  const asAt = quotedOne.mention.end;
  if (tokens[asAt]?.norm !== 'as' || tokens[asAt + 1]?.norm !== 'saying') return [];
  const after = skipAdjuncts(ctx, asAt + 2);
  const claim = claimAfter(ctx, after);
  const cueSpan = { start: i, end: asAt + 2 };
  const timeWindow = { start: asAt + 2, end: Math.min(tokens.length, after + 1) };
  const out: Candidate[] = [{ rule: 'quoted-as-saying', cue: `${tokens[i]!.text.toLowerCase()} ... as saying`, cueSpan, source: quotedOne.span,
    mention: quotedOne.mention, appositive: quotedOne.appositive, claim, timeWindow }];
  const quoting = subjectBefore(ctx, i);
  if (quoting && !quoting.pronoun) {
    out.push({ rule: 'quoted-as-saying', cue: tokens[i]!.text.toLowerCase(), cueSpan, source: quoting.span, mention: quoting.mention,
      appositive: quoting.appositive, claim, timeWindow });
  }
  return out;
}

export const quotedAsSaying: Rule = {
  reason: 'quoted-as-saying',
  triggers: ['quoted', 'quotes', 'quoting'],
  description: 'X was quoted as saying ... (by Y) / Y quoted X as saying: both X and the publication that quoted X',
  examples: WITH_EXAMPLES ? {
    detects: [
      { sentence: 'The rocket fell in a remote area, the Tuva government was quoted as saying late Thursday by the Interfax news agency.', source: 'the Tuva government' },
      { sentence: 'The state news agency quoted the governor as saying that the fire was under control.', source: 'the governor' },
      { sentence: 'The minister was quoted by the Interfax news agency as saying the talks had failed.', source: 'Interfax' },
    ],
    ignores: ['The quote was saying something else.'],
  } : undefined,
  match(ctx) {
    const out: Candidate[] = [];
    const { tokens } = ctx;
    tokens.forEach((t, i) => {
      if ((t.norm !== 'quoted' && t.norm !== 'quotes' && t.norm !== 'quoting') || ctx.quoted[i]) return;
      const be = tokens[i - 1];
      if (!be || !BE_FORMS.has(be.norm)) {
        out.push(...activeQuote(ctx, i));
        return;
      }
      if (t.norm !== 'quoted') return;
      // "was quoted as saying ... by Y" or "was quoted by Y as saying ..."
      let agent: ReturnType<typeof agentAfter> = null;
      let asAt = i + 1;
      if (tokens[i + 1]?.norm === 'by') {
        agent = agentAfter(ctx, i + 1, 2);
        asAt = agent ? agent.phrase.mention.end : -1;
      }
      if (tokens[asAt]?.norm !== 'as' || tokens[asAt + 1]?.norm !== 'saying') return;
      const cueSpan = { start: i, end: asAt + 2 };
      const after = skipAdjuncts(ctx, asAt + 2);
      agent ??= agentAfter(ctx, asAt + 2, 8);
      const claim = agent && agent.by > i + 1 && agent.by <= after + 1 ? claimBefore(ctx, i - 1) : claimAfter(ctx, after);
      const subject = subjectBefore(ctx, i - 1);
      const window = { start: asAt + 2, end: Math.min(tokens.length, Math.max(agent?.by ?? 0, after) + 1) };
      if (subject) {
        out.push({ rule: 'quoted-as-saying', cue: 'was quoted as saying', cueSpan, source: subject.span, mention: subject.mention,
          appositive: subject.appositive, pronoun: subject.pronoun, claim: subject.span.start > 0 && agent ? claimBefore(ctx, subject.mention.start) : claim, timeWindow: window });
      }
      if (agent) {
        out.push({ rule: 'quoted-as-saying', cue: 'quoted ... by', cueSpan, source: agent.phrase.span, mention: agent.phrase.mention,
          appositive: agent.phrase.appositive, claim: subject && subject.span.start > 0 ? claimBefore(ctx, subject.mention.start) : claim, timeWindow: window });
      }
    });
    return out;
  },
};

const PASSIVE_CUES = new Set(['called', 'described', 'quoted', 'cited', 'reported', 'labelled', 'labeled', 'dubbed', 'hailed', 'branded', 'criticised', 'criticized', 'condemned', 'praised']);

export const passiveBy: Rule = {
  reason: 'passive-by',
  triggers: ['by'],
  description: 'called / described as “...” by X: the agent of a passive cue',
  examples: WITH_EXAMPLES ? {
    detects: [
      { sentence: 'Called a “violent rhythm game” by its creators, “Thumper” is intense.', source: 'its creators' },
      { sentence: 'The stranding has been described as “heartbreaking” by the conservation department.', source: 'the conservation department' },
    ],
    ignores: ['The meeting was called by the chairman.', 'He was described by neighbours as quiet.'],
  } : undefined,
  match(ctx) {
    const out: Candidate[] = [];
    const { tokens } = ctx;
    tokens.forEach((t, i) => {
      if (!PASSIVE_CUES.has(t.norm) || ctx.quoted[i]) return;
      const prev = tokens[i - 1];
      const passive = !prev || !prev.word || BE_FORMS.has(prev.norm) || prev.norm === 'been' || prev.norm === 'being';
      if (!passive || (prev && !prev.word && i > 1 && prev.text !== ',')) return;
      // The content must be quoted between the cue and "by": a label, not an act ("called by the chairman").
      const agent = agentAfter(ctx, i + 1, 14);
      if (!agent) return;
      const between = tokens.slice(i + 1, agent.by);
      if (!between.some((_, k) => ctx.quoted[i + 1 + k])) return;
      out.push({
        rule: 'passive-by', cue: `${t.text.toLowerCase()} ... by`, cueSpan: { start: i, end: i + 1 }, source: agent.phrase.span,
        mention: agent.phrase.mention, appositive: agent.phrase.appositive,
        claim: { start: ctx.start, end: ctx.end }, timeWindow: { start: i, end: agent.by },
      });
    });
    return out;
  },
};
