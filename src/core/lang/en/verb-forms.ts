// The regular forms of a cue verb, so cue-verbs.json lists forms only for verbs that need them
// ("say"/"said", "tell"/"told", "quip"/"quipped"). "point out" inflects its first word.
import type { CueVerbData, CueVerbEntry } from '../types';

/** Base, third person, past and -ing forms of a regular verb: "warn" → warn, warns, warned, warning. */
export function regularForms(lemma: string): string[] {
  const [verb = '', ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const consonantY = /[^aeiou]y$/.test(verb);
  const third = consonantY ? `${verb.slice(0, -1)}ies` : /(?:s|sh|ch|x|z|o)$/.test(verb) ? `${verb}es` : `${verb}s`;
  const past = consonantY ? `${verb.slice(0, -1)}ied` : verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
  const gerund = verb.endsWith('e') && !verb.endsWith('ee') ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
  return [verb, third, past, gerund].map((f) => f + tail);
}

/** An entry of cue-verbs.json as the engine's verb: its forms as listed, or derived from its lemma. */
export function inflect({ strong: _, ...entry }: CueVerbEntry): CueVerbData[] {
  return [{ ...entry, forms: entry.forms ?? regularForms(entry.lemma) }];
}
