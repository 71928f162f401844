// The forms news uses of a regular French verb, so cue-verbs.json lists forms only where a verb is
// irregular: the present and the imperfect (3rd person), the passé simple, the future, the past
// participle (after "a", "ont", "avait": the passé composé), the present participle and the infinitive.
//   "déclarer" → déclare, déclarent, déclarait, déclaraient, déclara, déclarèrent, déclarera,
//   déclareront, déclaré, déclarée, déclarés, déclarées, déclarant, déclarer
//   "avertir"  → avertit, avertissent, avertissait, avertissaient, avertirent, avertira, avertiront,
//   averti, avertie, avertis, averties, avertissant, avertir
import type { CueVerbData, CueVerbEntry } from '../types';

/** "annoncer" keeps its soft c before a and o (annonça), "interroger" its soft g (interrogeait). */
function soften(stem: string, ending: string): string {
  if (!/^[ao]/u.test(ending)) return stem + ending;
  if (stem.endsWith('c')) return `${stem.slice(0, -1)}ç${ending}`;
  if (stem.endsWith('g')) return `${stem}e${ending}`;
  return stem + ending;
}

/**
 * "révéler" writes révèle; "rappeler" rappelle; "jeter" jette; "lever" lève; "célébrer" célèbre. Only
 * before one consonant, or one and l or r: "regretter", "protester", "commenter", "alerter" keep their
 * e (regrette, proteste), and so does the second e of "ee" ("tweeter": tweete).
 */
function presentStem(stem: string): string {
  const m = /^(.*)([éeè])([^aeiouyéèê]|[bcdfgptv][lr])$/u.exec(stem);
  if (!m || m[1]!.endsWith('e')) return stem;
  const [, before, vowel, consonants] = m;
  if (vowel === 'é') return `${before}è${consonants}`;
  if (vowel === 'e' && (consonants === 'l' || consonants === 't')) return `${before}e${consonants}${consonants}`;
  if (vowel === 'e') return `${before}è${consonants}`;
  return stem;
}

export function regularForms(lemma: string): string[] {
  const [verb = '', ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  let forms: string[];
  if (verb.endsWith('er')) {
    const stem = verb.slice(0, -2);
    const strong = presentStem(stem);
    forms = [
      `${strong}e`, `${strong}ent`, soften(stem, 'ait'), soften(stem, 'aient'), soften(stem, 'a'), `${stem}èrent`,
      `${strong}era`, `${strong}eront`, `${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`, soften(stem, 'ant'), verb,
    ];
  } else if (verb.endsWith('ir')) {
    const stem = verb.slice(0, -2);
    forms = [
      `${stem}it`, `${stem}issent`, `${stem}issait`, `${stem}issaient`, `${stem}irent`, `${stem}ira`, `${stem}iront`,
      `${stem}i`, `${stem}ie`, `${stem}is`, `${stem}ies`, `${stem}issant`, verb,
    ];
  } else {
    forms = [verb];
  }
  return [...new Set(forms)].map((f) => f + tail);
}

/** An entry of cue-verbs.json as the engine's verb: its forms as listed, or derived from its lemma. */
export function inflect({ strong: _, ...entry }: CueVerbEntry): CueVerbData[] {
  return [{ ...entry, forms: entry.forms ?? regularForms(entry.lemma) }];
}
