// The forms news uses of a regular Portuguese verb, so cue-verbs.json lists forms only where a verb is
// irregular: the present (3rd person singular and plural), the pretérito perfeito, the imperfect, the
// future, the simple pluperfect news still writes ("afirmara dias antes"), the past participle (after "tem", "havia", "tinha": "tem dito", "havia afirmado"), the
// gerund (", afirmando que") and the infinitive ("vai anunciar", "costuma dizer"); pack.json's
// auxiliaries read them after "tem", "vem", "voltou a" when the pack compiles.
//   "afirmar"  → afirma, afirmam, afirmou, afirmaram, afirmava, afirmavam, afirmará, afirmarão,
//                afirmara, afirmado, afirmando, afirmar
//   "defender" → defende, defendem, defendeu, defenderam, defendia, defendiam, defenderá, defenderão,
//                defendera, defendido, defendendo, defender
//   "admitir"  → admite, admitem, admitiu, admitiram, admitia, admitiam, admitirá, admitirão,
//                admitira, admitido, admitindo, admitir
// A phrasal lemma ("deixar claro") keeps its later words on every form ("deixou claro").
import type { CueVerbData, CueVerbEntry } from '../types';

export function regularForms(lemma: string): string[] {
  const [verb = '', ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const stem = verb.slice(0, -2);
  let forms: string[];
  if (verb.endsWith('ar')) {
    forms = [`${stem}a`, `${stem}am`, `${stem}ou`, `${stem}aram`, `${stem}ava`, `${stem}avam`, `${stem}ará`, `${stem}arão`,
      `${stem}ara`, `${stem}ado`, `${stem}ando`, verb];
  } else if (verb.endsWith('er')) {
    forms = [`${stem}e`, `${stem}em`, `${stem}eu`, `${stem}eram`, `${stem}ia`, `${stem}iam`, `${stem}erá`, `${stem}erão`,
      `${stem}era`, `${stem}ido`, `${stem}endo`, verb];
  } else if (verb.endsWith('ir')) {
    forms = [`${stem}e`, `${stem}em`, `${stem}iu`, `${stem}iram`, `${stem}ia`, `${stem}iam`, `${stem}irá`, `${stem}irão`,
      `${stem}ira`, `${stem}ido`, `${stem}indo`, verb];
  } else {
    forms = [verb];
  }
  return [...new Set(forms)].map((f) => f + tail);
}

/**
 * A reflexive "se" makes most cue verbs something else: "se destaca" (stands out), "lembrou-se"
 * (remembered), "estima-se que" (it is estimated), "negou-se a" (refused). The verbs that stay
 * statements with it ("se manifestou", "queixou-se") list their own exceptBefore.
 */
const REFLEXIVE = ['se'];

/** An entry of cue-verbs.json as the engine's verb: its forms as listed, or derived from its lemma. */
export function inflect({ strong: _, ...entry }: CueVerbEntry): CueVerbData[] {
  return [{ ...entry, forms: entry.forms ?? regularForms(entry.lemma), exceptBefore: entry.exceptBefore ?? REFLEXIVE }];
}
