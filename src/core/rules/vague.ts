// Cues that name no source: "there are reports of", "reportedly", "is said to", "it is believed",
// "we're told". The source shown is what the text implies: unnamed reports or sources, in the pack's words.
import { claimAfter, claimAround } from '../claim';
import { C, type RuleSpec } from '../lang/types';
import { is, isBe } from '../sources/words';
import { isThat, skipAdjuncts } from './cue-verbs';
import { defineRule, phraseTrigger, type Found } from './define';
import type { Rule, SentenceContext } from './types';

type Spec<F extends RuleSpec['family']> = Extract<RuleSpec, { family: F }>;

const word = (ctx: SentenceContext, i: number): string => (ctx.quoted[i] ? '' : ctx.tokens[i]?.norm ?? '');
export const whole = (ctx: SentenceContext) => ({ start: ctx.start, end: ctx.end });
const unnamedReports = (ctx: SentenceContext) => ({ text: ctx.lang.display.unnamedReports, kind: 'anonymous' as const });
export const unnamedSources = (ctx: SentenceContext) => ({ text: ctx.lang.display.unnamedSources, kind: 'anonymous' as const });

export function thereAreReports(spec: Spec<'there-are-reports'>): Rule {
  const nouns = new Set(spec.nouns);
  const have = new Set(spec.have);
  const links = new Set(spec.links);
  return defineRule({
    reason: spec.reason,
    triggers: [spec.there],
    description: spec.description,
    match(ctx) {
      const out: Found[] = [];
      ctx.tokens.forEach((t, i) => {
        if (t.norm !== spec.there || ctx.quoted[i]) return;
        let j = i + 1;
        if (!(isBe(ctx.tokens[j]) && !ctx.quoted[j]) && !have.has(word(ctx, j))) return;
        j++;
        if (word(ctx, j) === spec.been) j++;
        while (j < i + 6 && ctx.tokens[j]?.word && !nouns.has(word(ctx, j)) && !ctx.quoted[j]) j++;
        if (!nouns.has(word(ctx, j))) return;
        const link = word(ctx, j + 1);
        if (!links.has(link)) return;
        out.push({
          cue: ctx.text.slice(t.start, ctx.tokens[j + 1]!.end).toLowerCase(), cueSpan: { start: i, end: j + 2 },
          source: { start: j, end: j + 1 }, claim: claimAfter(ctx, j + 2), timeWindow: { start: i, end: j },
        });
      });
      return out;
    },
  });
}

export function reportedly(spec: Spec<'reportedly'>): Rule {
  const words = new Set(spec.words);
  return defineRule({
    reason: spec.reason,
    triggers: spec.words,
    description: spec.description,
    match(ctx) {
      return ctx.tokens.flatMap((t, i): Found[] => words.has(t.norm) && !ctx.quoted[i]
        ? [{ cue: t.norm, cueSpan: { start: i, end: i + 1 }, source: unnamedReports(ctx), claim: whole(ctx) }]
        : []);
    },
  });
}

export function isSaidTo(spec: Spec<'is-said-to'>): Rule {
  const hearsay = new Set(spec.hearsay);
  const intensifiers = new Set(spec.intensifiers);
  return defineRule({
    reason: spec.reason,
    triggers: spec.hearsay,
    description: spec.description,
    match(ctx) {
      const out: Found[] = [];
      const to = ctx.lang.roles.infinitive;
      ctx.tokens.forEach((t, i) => {
        if (!hearsay.has(t.norm) || ctx.quoted[i]) return;
        let b = i - 1;
        if (intensifiers.has(word(ctx, b))) b--;
        if (!isBe(ctx.tokens[b]) || ctx.quoted[b]) return;
        const next = word(ctx, i + 1);
        const impersonal = word(ctx, b - 1) === spec.impersonal && ctx.lang.roles.complementizer.has(next);
        if (!to.has(next) && !impersonal) return;
        const cue = impersonal ? `${ctx.tokens[b - 1]!.text.toLowerCase()} ${ctx.tokens[b]!.text.toLowerCase()} ${t.norm} ${next}`
          : `${ctx.tokens[b]!.text.toLowerCase()} ${t.norm} ${next}`;
        out.push({
          cue, cueSpan: { start: b, end: i + 1 },
          source: unnamedSources(ctx), claim: impersonal ? claimAfter(ctx, i + 2) : whole(ctx),
        });
      });
      return out;
    },
  });
}

export function weAreTold(spec: Spec<'we-are-told'>): Rule {
  const auxiliaries = new Set(spec.auxiliaries);
  const speakers = new Set(spec.speakers);
  const contracted = new Set(spec.contracted);
  return defineRule({
    reason: spec.reason,
    triggers: [spec.told],
    description: spec.description,
    match(ctx) {
      const out: Found[] = [];
      ctx.tokens.forEach((t, i) => {
        if (t.norm !== spec.told || ctx.quoted[i]) return;
        let b = i - 1;
        if (word(ctx, b) === spec.been) b--;
        // "we are told", "I've been told", or "we're" / "I'm" as one token.
        if (auxiliaries.has(word(ctx, b))) {
          if (!speakers.has(word(ctx, b - 1)) && !contracted.has(word(ctx, b - 1))) return;
          b--;
        } else if (!contracted.has(word(ctx, b))) return;
        if (ctx.lang.roles.infinitive.has(word(ctx, i + 1))) return;
        out.push({
          cue: ctx.text.slice(ctx.tokens[b]!.start, t.end).toLowerCase(), cueSpan: { start: b, end: i + 1 },
          source: unnamedSources(ctx), claim: claimAfter(ctx, i + 1),
        });
      });
      return out;
    },
  });
}

/**
 * The first of `phrases` (lowercase words) written at token i, none of its words quoted. Plain loops:
 * the phrases' first words are common ("de", "selon"), so this runs on most sentences of a pack.
 */
export function unquotedPhraseAt(ctx: SentenceContext, i: number, phrases: readonly string[][]): string[] | undefined {
  const { tokens, quoted } = ctx;
  for (const p of phrases) {
    let k = 0;
    while (k < p.length && tokens[i + k]?.norm === p[k] && !quoted[i + k]) k++;
    if (k === p.length) return p;
  }
  return undefined;
}

/**
 * Fixed phrases that name an unnamed source: "de source policière", "selon nos informations",
 * "Medienberichten zufolge". The source shown is the phrase from its first noun or adjective on.
 */
export function vaguePhrase(spec: Spec<'vague-phrase'>): Rule {
  const phrases = spec.phrases.map((p) => p.toLowerCase().split(' ')).sort((a, b) => b.length - a.length);
  // The phrases by their first word, longest first: a token is compared only with those it can open.
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) byFirst.set(p[0]!, [...(byFirst.get(p[0]!) ?? []), p]);
  // For an unnamed rule: by first word, the phrases that end in "that", without it (read once, per pack).
  let thatLastOf: { lang: SentenceContext['lang']; byFirst: Map<string, string[][]> } | null = null;
  const thatLastBy = (ctx: SentenceContext): Map<string, string[][]> => {
    if (thatLastOf?.lang !== ctx.lang) {
      const that = ctx.lang.roles.complementizer;
      const lists = new Map<string, string[][]>();
      for (const [first, list] of byFirst) lists.set(first, list.filter((p) => p.length > 1 && that.has(p[p.length - 1]!)).map((p) => p.slice(0, -1)));
      thatLastOf = { lang: ctx.lang, byFirst: lists };
    }
    return thatLastOf.byFirst;
  };
  return defineRule({
    reason: spec.reason,
    triggers: [...new Set(phrases.map(phraseTrigger))],
    description: spec.description,
    match(ctx) {
      const out: Found[] = [];
      const { tokens } = ctx;
      for (let i = 0; i < tokens.length; i++) {
        const opened = byFirst.get(tokens[i]!.norm);
        let words = opened ? unquotedPhraseAt(ctx, i, opened) : undefined;
        let end = i + (words?.length ?? 0);
        // "diz-se nos corredores do parlamento que", "afirmou-se, na reunião, que": adjuncts may stand
        // before the "that" a phrase ends with.
        if (!words && opened && spec.unnamed) {
          const thatLast = thatLastBy(ctx).get(tokens[i]!.norm) ?? [];
          const head = unquotedPhraseAt(ctx, i, thatLast);
          const that = head ? skipAdjuncts(ctx, i + head.length) : -1;
          if (head && that > i + head.length && isThat(ctx, that) && !ctx.quoted[that] && !is(tokens[that - 1], C.PREP | C.DET)) {
            words = [...head, tokens[that]!.norm];
            end = that + 1;
          }
        }
        if (!words) continue;
        let from = i;
        // The phrase's leading cue word goes ("de", "selon"), unless it is the noun ("Medienberichten zufolge").
        while (from < end - 1 && (is(tokens[from], C.PREP | C.DET) || (tokens[from]!.norm === words[0] && !tokens[from]!.common))) from++;
        let to = end - 1;
        while (to > from && is(tokens[to], C.PREP | C.DET)) to--; // a postposition, an article: "Medienberichten zufolge", "aus Kreisen der"
        const text = spec.unnamed ? ctx.lang.display.unnamedSources : ctx.text.slice(tokens[from]!.start, tokens[to]!.end);
        out.push({ cue: ctx.text.slice(tokens[i]!.start, tokens[end - 1]!.end).toLowerCase(), cueSpan: { start: i, end },
          source: { text, kind: 'anonymous', named: true }, claim: claimAround(ctx, i, end) });
        i = end - 1;
      }
      return out;
    },
  });
}
