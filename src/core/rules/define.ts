// Rules are defined through one helper that stamps the rule's id on everything it finds, so no rule
// can report a candidate under another's name (or forget to name it).
import type { SentenceContext } from '../context';
import { wordAt } from '../text/scan';
import type { Candidate, Rule } from './types';

/** What a rule's matcher returns: a candidate without its rule id (defineRule adds it). */
export type Found = Omit<Candidate, 'rule'>;

export interface RuleDefinition {
  reason: string;
  description: string;
  triggers?: readonly string[];
  triggerClasses?: number;
  triggerCueVerbs?: boolean;
  match(ctx: SentenceContext): Found[];
}

export function defineRule(definition: RuleDefinition): Rule {
  const { reason, match } = definition;
  return {
    ...definition,
    match(ctx) {
      const found = match(ctx) as Candidate[];
      for (let k = 0; k < found.length; k++) found[k]!.rule = reason;
      return found;
    },
  };
}

/**
 * The word that wakes a rule for a fixed phrase (rule.triggers): its longest word. The phrase is
 * found only where every one of its words is, and short words are the common ones: woken by its
 * first word ("de" of "de source policière", "a" of "a informação é de"), such a rule read nearly
 * every sentence of its language and found nothing in it. Only words count (a sentence's other
 * tokens wake no rule); the first of equally long words is taken.
 */
export function phraseTrigger(words: readonly string[]): string {
  let best = words[0]!;
  // (An index loop: packs ask for thousands of forms' triggers, in V8's lowest tier the first time.)
  for (let k = 1; k < words.length; k++) if (words[k]!.length > best.length && wordAt(words[k]!, 0)) best = words[k]!;
  return best;
}
