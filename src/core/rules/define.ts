// Rules are defined through one helper that stamps the rule's id on everything it finds, so no rule
// can report a candidate under another's name (or forget to name it).
import type { SentenceContext } from '../context';
import type { Candidate, Rule } from './types';

/** What a rule's matcher returns: a candidate without its rule id (defineRule adds it). */
export type Found = Omit<Candidate, 'rule'>;

export interface RuleDefinition {
  reason: string;
  description: string;
  triggers?: readonly string[];
  triggerClasses?: number;
  match(ctx: SentenceContext): Found[];
}

export function defineRule({ reason, description, triggers, triggerClasses, match }: RuleDefinition): Rule {
  return {
    reason,
    description,
    ...(triggers ? { triggers } : {}),
    ...(triggerClasses ? { triggerClasses } : {}),
    match(ctx) {
      const found = match(ctx) as Candidate[];
      for (const c of found) c.rule = reason;
      return found;
    },
  };
}
