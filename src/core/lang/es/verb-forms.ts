// The forms news uses of a regular Spanish verb, so cue-verbs.json lists forms only where a verb is
// irregular: the present, the pretérito indefinido, the imperfect and the future (3rd person, singular
// and plural), the past participle as it stands after "ha", "han", "había" (the perfect tenses) and the
// gerund ("…, añadiendo que"). The infinitive is no statement ("Cabe señalar que").
//   "declarar"  → declara, declaran, declaró, declararon, declaraba, declaraban, declarará,
//                 declararán, declarado, declarando
//   "responder" → responde, responden, respondió, respondieron, respondía, respondían, responderá,
//                 responderán, respondido, respondiendo
//   "admitir"   → admite, admiten, admitió, admitieron, admitía, admitían, admitirá, admitirán,
//                 admitido, admitiendo
// The spelling changes of -car, -gar, -zar, -ger and -gir verbs touch only the first person and the
// subjunctive, which are not derived here. The feminine and plural participles ("anunciada") are
// passives, not statements, and are left out. A participle is a statement only after its auxiliary
// ("ha declarado"; "un estudio publicado en" is not one): pack.json's auxiliaries write it out with each.
import type { CueVerbData, CueVerbEntry } from '../types';

export function regularForms(lemma: string): string[] {
  const [verb = '', ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const stem = verb.slice(0, -2);
  let forms: string[];
  if (verb.endsWith('ar')) {
    forms = [
      `${stem}a`, `${stem}an`, `${stem}ó`, `${stem}aron`, `${stem}aba`, `${stem}aban`, `${stem}ará`, `${stem}arán`,
      `${stem}ado`, `${stem}ando`,
    ];
  } else if (verb.endsWith('er') || verb.endsWith('ir')) {
    const future = verb.endsWith('er') ? 'e' : 'i';
    forms = [
      `${stem}e`, `${stem}en`, `${stem}ió`, `${stem}ieron`, `${stem}ía`, `${stem}ían`, `${stem}${future}rá`, `${stem}${future}rán`,
      `${stem}ido`, `${stem}iendo`,
    ];
  } else {
    forms = [verb];
  }
  return [...new Set(forms)].map((f) => f + tail);
}

/**
 * An entry of cue-verbs.json as the engine's verb: its forms as listed, or derived from its lemma, and
 * its infinitive ("insistir", "dejar claro"), which pack.json's auxiliaries read only after a verb that
 * carries it ("ha vuelto a insistir en que", "quiso dejar claro que"): alone it is no statement. A
 * reflexive lemma ("quejarse") has no such rule, so it gets none.
 */
export function inflect({ strong: _, ...entry }: CueVerbEntry): CueVerbData[] {
  const forms = entry.forms ?? regularForms(entry.lemma);
  const infinitive = /(?:ar|er|ir)$/.test(entry.lemma.split(' ')[0]!) ? [entry.lemma] : [];
  return [{ ...entry, forms: [...new Set([...forms, ...infinitive])] }];
}
