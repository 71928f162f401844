// "In a statement, the ministry condemned the attack." / "The ministry condemned the attack in a
// statement." / "In an interview with the BBC, the minister defended the policy.": a statement noun
// after "in" makes what the clause's subject did a statement. The subject is the source; what
// it did is the claim.
import { C, type RuleSpec } from '../lang/types';
import { phraseAfter, plausibleSource, pronounPhrase } from '../sources/noun-phrase';
import { is, isAuthorPronoun, isBe, isDeterminer, isFunctionWord, isSubjectPronoun } from '../sources/words';
import { checkNeeds, findCueVerbs } from './cue-verbs';
import { mainSubject } from './speech-verbs';
import { defineRule, type Found } from './define';
import type { Rule, SentenceContext } from './types';

type Spec<F extends RuleSpec['family']> = Extract<RuleSpec, { family: F }>;

/**
 * The end (exclusive) of "a (written) statement" / "an interview" starting at token i, or -1. The
 * noun may stand without an article ("em nota", "in remarks to reporters") or after one written
 * with the preposition ("na entrevista", "no comunicado"), which token i then starts.
 */
function statementPhraseEnd(ctx: SentenceContext, i: number, maxModifiers: number): number {
  const { tokens } = ctx;
  if (!tokens[i]) return -1;
  // "en declaraciones a la prensa", "en rueda de prensa": a statement noun without an article.
  if (!isDeterminer(tokens[i]!)) return is(tokens[i], C.STATEMENT) && !tokens[i]!.cap && !ctx.quoted[i] ? i + 1 : -1;
  let j = i + 1;
  let end = -1;
  for (let k = 0; k <= maxModifiers && tokens[j]?.word && !ctx.quoted[j] && !tokens[j]!.cap; k++, j++) {
    if (is(tokens[j], C.STATEMENT)) end = j + 1;
    else if (end > 0 || isFunctionWord(tokens[j]!) || isDeterminer(tokens[j]!)) break; // "en un blanco clave del mensaje" is no statement
  }
  return end;
}

/** How many words may follow a statement noun inside an aside after its subject ("en una entrevista con la SER"). */
const MAX_ASIDE_TAIL = 6;

export function statementNouns(spec: Spec<'statement-nouns'>): Rule {
  return defineRule({
    reason: spec.reason,
    description: spec.description,
    // Its cue is a statement noun ("in a statement", "em nota"): a sentence without one is skipped.
    triggerClasses: C.STATEMENT,
    match(ctx) {
      const out: Found[] = [];
      const { tokens, lang } = ctx;
      // "..., Roscosmos said in a statement": with a cue verb in the sentence, the statement is that verb's
      // ("En una entrevista, la ministra defendió la reforma": not when the verb says nothing by itself).
      if (findCueVerbs(ctx).some((v) => checkNeeds(ctx, v, undefined, false).ok)) return out;
      const joins = (t: { norm: string }): boolean => lang.roles.contrast.has(t.norm) || lang.roles.coordinator.has(t.norm);
      tokens.forEach((t, i) => {
        if (!lang.roles.in.has(t.norm) || ctx.quoted[i]) return;
        // ("a través de un comunicado": a preposition may follow it.)
        const end = statementPhraseEnd(ctx, is(tokens[i + 1], C.PREP) ? i + 2 : i + 1, spec.maxModifiers);
        if (end < 0) return;
        const fronted = i === 0 || (i === 1 && !tokens[0]!.cap) || joins(tokens[i - 1]!);
        let subjectAt = -1;
        const cueSpan = { start: i, end };
        const cue = tokens.slice(i, end).map((x) => x.text.toLowerCase()).join(' ');
        // "In einer Erklärung kritisierte die Organisation …", "In einer Mitteilung hat die Polizei …": in
        // verb-second order a cue verb or an auxiliary follows the statement phrase, then its subject.
        // ("In der Sendung trat die Ministerin auf", "In dem Video ist ein Polizist zu sehen": nothing said.)
        const verb = tokens[end];
        if (fronted && spec.verbSecond && verb?.word && !verb.cap && !ctx.quoted[end] && (is(verb, C.CUE) || (is(verb, C.AUX) && !isBe(verb)))) {
          const next = tokens[end + 1];
          const phrase = next && isSubjectPronoun(next) ? (isAuthorPronoun(next) ? null : pronounPhrase(end + 1)) : phraseAfter(ctx, end + 1);
          if (phrase && (phrase.pronoun || plausibleSource(lang, tokens, phrase.span))) {
            out.push({ cue, cueSpan, source: phrase.span, mention: phrase.mention, appositive: phrase.appositive, pronoun: phrase.pronoun,
              claim: { start: verb.start, end: ctx.end }, timeWindow: { start: i, end: Math.min(tokens.length, phrase.mention.end + 3) } });
          }
          return;
        }
        if (fronted) {
          const comma = tokens.findIndex((x, k) => k >= end && x.text === ',' && !ctx.quoted[k]);
          if (comma < 0 || comma - end > 12) return;
          // ("In einem Interview sagte die Autorin, sie …": a verb before the comma has its subject there.)
          if (findCueVerbs(ctx).some((v) => v.start >= end && v.start < comma)) return;
          subjectAt = comma + 1;
        }
        const first = tokens[subjectAt];
        // "In a statement, he said ...": a pronoun, resolved later.
        if (first && isSubjectPronoun(first)) {
          if (isAuthorPronoun(first) || !tokens[subjectAt + 1]?.word) return;
          out.push({ cue, cueSpan, source: { start: subjectAt, end: subjectAt + 1 }, pronoun: true,
            claim: { start: tokens[subjectAt + 1]!.start, end: ctx.end }, timeWindow: { start: i, end: subjectAt } });
          return;
        }
        const subject = mainSubject(ctx, fronted ? tokens.length : i);
        if (!subject || subject.pronoun || !plausibleSource(lang, tokens, subject.span)) return;
        // "El club, en un comunicado, ha condenado …": the statement set off by commas right after its
        // subject; the verb and the claim follow the second comma.
        // ("La ministra, en una entrevista con la SER, defendió …": the statement's own words may run on to the comma.)
        const asideEnd = !fronted && tokens[i - 1]!.text === ',' && subject.mention.end + 1 === i
          ? tokens.findIndex((x, k) => k >= end && k - end <= MAX_ASIDE_TAIL && x.text === ',') : -1;
        const aside = asideEnd > 0;
        const after = aside ? asideEnd + 1 : subject.mention.end;
        // A verb must follow the subject, and not a passive one ("The attack was condemned in a statement").
        if (!tokens[after]?.word || tokens.slice(after, fronted || aside ? after + 2 : i).some((x) => isBe(x))) return;
        if (isAuthorPronoun(tokens[subject.head])) return;
        const claimEnd = fronted || aside ? ctx.end : t.start;
        out.push({
          cue, cueSpan, source: subject.span, mention: subject.mention, appositive: subject.appositive,
          claim: { start: tokens[after]!.start, end: claimEnd },
          timeWindow: { start: i, end: fronted ? subjectAt : Math.min(tokens.length, end + 3) },
        });
      });
      return out;
    },
  });
}
