// Finding nouns that introduce what a study or report concluded: "Among its key findings: ...",
// "The survey's main conclusion was that ...". The possessor is the source; "its" and "their"
// are resolved like subject pronouns.
import { claimAfter } from '../claim';
import type { RuleSpec } from '../lang/types';
import { isAdverb, isDeterminer, isModifierWord } from '../sources/words';
import { defineRule, type Found } from './define';
import type { Rule } from './types';

type Spec<F extends RuleSpec['family']> = Extract<RuleSpec, { family: F }>;

export function findingNouns(spec: Spec<'finding-nouns'>): Rule {
  const nouns = new Set(spec.nouns);
  /** Adjectives that may stand between the possessor and the noun. */
  const modifiers = new Set(spec.modifiers);
  /** What follows the noun and introduces the content. */
  const links = new Set(spec.links);
  /** Links after which the content starts at once (no "that"): ":", "include". */
  const listLinks = new Set(spec.includeLinks);
  const possessives = new Set(spec.possessives);
  return defineRule({
    reason: spec.reason,
    triggers: spec.nouns,
    description: spec.description,
    match(ctx) {
      const out: Found[] = [];
      const { tokens } = ctx;
      const linkWord = (i: number): string => (tokens[i]!.text === ':' ? ':' : tokens[i]!.norm);
      tokens.forEach((t, i) => {
        if (!nouns.has(t.norm) || ctx.quoted[i] || (t.cap && i > 0)) return;
        const link = tokens[i + 1];
        if (!link || ctx.quoted[i + 1] || !links.has(linkWord(i + 1))) return;
        let j = i - 1;
        while (j >= 0 && (modifiers.has(tokens[j]!.norm) || isAdverb(tokens[j]!)) && !ctx.quoted[j]) j--;
        const owner = tokens[j];
        if (!owner || ctx.quoted[j]) return;
        let source: { start: number; end: number };
        let pronoun = false;
        if (possessives.has(owner.norm)) {
          source = { start: j, end: j + 1 };
          pronoun = true;
        } else if (owner.possessive) {
          // "the report's", "the Pew survey's": back to the start of the possessor's phrase.
          let s = j;
          while (s > 0 && !ctx.quoted[s - 1] && !isDeterminer(tokens[s]!) && (isDeterminer(tokens[s - 1]!) || isModifierWord(tokens[s - 1]!))) s--;
          source = { start: s, end: j + 1 };
        } else return;
        const from = listLinks.has(linkWord(i + 1)) ? i + 2 : ctx.lang.roles.complementizer.has(tokens[i + 2]?.norm ?? '') ? i + 3 : i + 2;
        out.push({
          cue: tokens.slice(j + 1, i + 1).map((x) => x.text.toLowerCase()).join(' '), cueSpan: { start: j + 1, end: i + 1 },
          source, mention: source, pronoun, claim: claimAfter(ctx, from), timeWindow: { start: i, end: i + 1 },
        });
      });
      return out;
    },
  });
}
