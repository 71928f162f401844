// Finding nouns that introduce what a study or report concluded: "Among its key findings: ...",
// "The survey's main conclusion was that ...". The possessor is the source; "its" and "their"
// are resolved like subject pronouns.
import { claimAfter } from '../claim';
import { isAdverb, isDeterminer, isModifierWord } from '../sources/words';
import { WITH_EXAMPLES } from './examples-flag';
import type { Candidate, Rule } from './types';

const FINDING_NOUNS = new Set(['finding', 'findings', 'conclusion', 'conclusions']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);
/** Adjectives that may stand between the possessor and the noun. */
const FINDING_MODIFIERS = new Set(['key', 'main', 'major', 'other', 'chief', 'central', 'principal', 'headline', 'most', 'striking', 'important', 'notable']);
/** What follows the noun and introduces the content. */
const LINKS = new Set([':', 'was', 'were', 'include', 'included', 'includes', 'is', 'are']);

export const findingNouns: Rule = {
  reason: 'finding-nouns',
  triggers: ['finding', 'findings', 'conclusion', 'conclusions'],
  description: '(Among) its / the report’s (key) findings: ... / main conclusion was that ...',
  examples: WITH_EXAMPLES ? {
    detects: [
      { sentence: "Among the report's key findings: the class you're born into matters more than the effort you make.", source: "the report's" },
      { sentence: 'The survey’s main conclusion was that most voters had not made up their minds.', source: 'The survey’s' },
    ],
    ignores: ['The findings were published in May.', 'Among other findings, the team looked at sleep.'],
  } : undefined,
  match(ctx) {
    const out: Candidate[] = [];
    const { tokens } = ctx;
    tokens.forEach((t, i) => {
      if (!FINDING_NOUNS.has(t.norm) || ctx.quoted[i] || (t.cap && i > 0)) return;
      const link = tokens[i + 1];
      if (!link || ctx.quoted[i + 1] || !LINKS.has(link.text === ':' ? ':' : link.norm)) return;
      let j = i - 1;
      while (j >= 0 && (FINDING_MODIFIERS.has(tokens[j]!.norm) || isAdverb(tokens[j]!)) && !ctx.quoted[j]) j--;
      const owner = tokens[j];
      if (!owner || ctx.quoted[j]) return;
      let source: { start: number; end: number };
      let pronoun = false;
      if (POSSESSIVE_PRONOUNS.has(owner.norm)) {
        source = { start: j, end: j + 1 };
        pronoun = true;
      } else if (owner.possessive) {
        // "the report's", "the Pew survey's": back to the start of the possessor's phrase.
        let s = j;
        while (s > 0 && !ctx.quoted[s - 1] && !isDeterminer(tokens[s]!) && (isDeterminer(tokens[s - 1]!) || isModifierWord(tokens[s - 1]!))) s--;
        source = { start: s, end: j + 1 };
      } else return;
      const from = link.text === ':' || link.norm === 'include' || link.norm === 'included' || link.norm === 'includes' ? i + 2
        : tokens[i + 2]?.norm === 'that' ? i + 3 : i + 2;
      out.push({
        rule: 'finding-nouns', cue: tokens.slice(j + 1, i + 1).map((x) => x.text.toLowerCase()).join(' '), cueSpan: { start: j + 1, end: i + 1 },
        source, mention: source, pronoun, claim: claimAfter(ctx, from), timeWindow: { start: i, end: i + 1 },
      });
    });
    return out;
  },
};
