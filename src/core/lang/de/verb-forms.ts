// The forms news uses of a German cue verb, so cue-verbs.json lists forms only where a verb is
// strong: the present and the past (3rd person, singular and plural), the past participle (after
// "hat", "habe": the perfect) and the infinitive (after "will", "lässt"). A separable verb
// ("mitteilen", particle "mit") has two sets: the finite forms whose particle stands at the end of
// the clause ("teilte ... mit"), and the forms written in one word (", wie die Polizei mitteilte",
// "hat mitgeteilt").
//   "sagen"      → sagt, sagen, sagte, sagten, gesagt
//   "berichten"  → berichtet, berichten, berichtete, berichteten (participle: berichtet)
//   "mitteilen"  → teilt, teilen, teilte, teilten (... mit) | mitteilt, mitteilen, mitteilte, mitteilten, mitgeteilt
import type { CueVerbData, CueVerbEntry } from '../types';

/** Prefixes that take no "ge" in the participle (berichtet, erklärt, verkündet). */
const INSEPARABLE = /^(?:be|emp|ent|er|ge|miss|ver|zer|hinter|wider)/u;

/** A stem that needs an "e" before a "t" ending: bericht-et, verkünd-et, rechn-et. */
const needsE = (stem: string): boolean => /(?:[td]|(?:[^aeiouäöülrh]|ch)[mn])$/u.test(stem);

/** Present and past, 3rd person, of a weak (regular) verb, and its participle without a particle. */
function weak(verb: string): { finite: string[]; participle: string } {
  const stem = verb.endsWith('en') ? verb.slice(0, -2) : verb.slice(0, -1);
  const e = needsE(stem) ? 'e' : '';
  const finite = [`${stem}${e}t`, verb, `${stem}${e}te`, `${stem}${e}ten`];
  const participle = INSEPARABLE.test(verb) || verb.endsWith('ieren') ? `${stem}${e}t` : `ge${stem}${e}t`;
  return { finite, participle };
}

export interface GermanForms {
  /** Finite forms whose particle closes the clause ("teilte ... mit"); all forms of a verb without a particle. */
  separated: string[];
  /** Forms with the particle written on ("mitteilte", "mitgeteilt"); none for a verb without a particle. */
  joined: string[];
}

/**
 * The forms of a cue verb: regular ones derived from the lemma, strong ones from the simplex's
 * finite forms and participle as listed ("gibt, geben, gab, gaben" and "gegeben" for "angeben").
 */
export function germanForms(lemma: string, particle?: string, strong?: { finite: string[]; participle: string }): GermanForms {
  const base = particle && lemma.startsWith(particle) ? lemma.slice(particle.length) : lemma;
  const { finite, participle } = strong ?? weak(base);
  if (!particle) return { separated: [...new Set([...finite, participle, lemma])], joined: [] };
  // A word the verb needs later ("schätzt ... auf") is no prefix: it is never written onto the verb.
  if (!lemma.startsWith(particle)) return { separated: finite, joined: [] };
  return { separated: finite, joined: [...new Set([...finite.map((f) => particle + f), particle + participle, lemma])] };
}

/** Every form of a regular verb, for the lint (tests/lexicon-core.test.ts). */
export function regularForms(lemma: string, particle?: string): string[] {
  const { separated, joined } = germanForms(lemma, particle);
  return [...separated, ...joined];
}

/**
 * An entry of cue-verbs.json as the engine's verbs: forms spelt out (reflexive and fixed phrases) are
 * taken as they are; the others derive from the lemma (with `strong`, a strong verb's finite forms
 * and participle). A separable verb gives two: the separated forms with their particle, the joined
 * ones without.
 */
export function inflect(v: CueVerbEntry): CueVerbData[] {
  const { forms, strong, particle, particleFree, ...rest } = v;
  if (forms) return [{ ...rest, forms }];
  const { separated, joined } = germanForms(v.lemma, particle, strong);
  if (!particle) return [{ ...rest, forms: separated }];
  const out: CueVerbData[] = [{ ...rest, forms: separated, particle, ...(particleFree ? { particleFree } : {}) }];
  if (joined.length) out.push({ ...rest, forms: joined });
  return out;
}
