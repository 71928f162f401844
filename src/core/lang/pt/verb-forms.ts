// The forms news uses of a regular Portuguese verb, so cue-verbs.json lists forms only where a verb is
// irregular: the present (3rd person singular and plural), the pretérito perfeito, the imperfect, the
// future, the past participle (after "tem", "havia", "tinha": "tem dito", "havia afirmado"), the
// gerund (", afirmando que") and the infinitive ("vai anunciar", "costuma dizer").
//   "afirmar"  → afirma, afirmam, afirmou, afirmaram, afirmava, afirmavam, afirmará, afirmarão,
//                afirmado, afirmando, afirmar
//   "defender" → defende, defendem, defendeu, defenderam, defendia, defendiam, defenderá, defenderão,
//                defendido, defendendo, defender
//   "admitir"  → admite, admitem, admitiu, admitiram, admitia, admitiam, admitirá, admitirão,
//                admitido, admitindo, admitir
// A phrasal lemma ("deixar claro") keeps its later words on every form ("deixou claro").

export function regularForms(lemma: string): string[] {
  const [verb = '', ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const stem = verb.slice(0, -2);
  let forms: string[];
  if (verb.endsWith('ar')) {
    forms = [`${stem}a`, `${stem}am`, `${stem}ou`, `${stem}aram`, `${stem}ava`, `${stem}avam`, `${stem}ará`, `${stem}arão`,
      `${stem}ado`, `${stem}ando`, verb];
  } else if (verb.endsWith('er')) {
    forms = [`${stem}e`, `${stem}em`, `${stem}eu`, `${stem}eram`, `${stem}ia`, `${stem}iam`, `${stem}erá`, `${stem}erão`,
      `${stem}ido`, `${stem}endo`, verb];
  } else if (verb.endsWith('ir')) {
    forms = [`${stem}e`, `${stem}em`, `${stem}iu`, `${stem}iram`, `${stem}ia`, `${stem}iam`, `${stem}irá`, `${stem}irão`,
      `${stem}ido`, `${stem}indo`, verb];
  } else {
    forms = [verb];
  }
  return [...new Set(forms)].map((f) => f + tail);
}

/** Auxiliaries of the compound perfect: "tem dito", "havia afirmado", and the hearsay "teria dito" (reportedly said). */
const PERFECT = ['tem', 'têm', 'tinha', 'tinham', 'havia', 'haviam', 'teria', 'teriam'];
/** Auxiliaries of an ongoing statement: "vem afirmando", "está dizendo". */
const PROGRESSIVE = ['vem', 'vêm', 'vinha', 'vinham', 'está', 'estão', 'estava', 'estavam'];
/** A statement made again or at last: "voltou a afirmar", "chegou a dizer", "passou a defender". */
const RESUMED = ['volta a', 'voltam a', 'voltou a', 'voltaram a', 'voltava a', 'chegou a', 'chegaram a', 'passou a', 'passaram a'];

/**
 * The forms a cue verb is read in: a participle only after its auxiliary ("tem defendido", not "o
 * requerimento defendido na Casa"), a gerund alone (", afirmando que") or after "vem", "está", an
 * infinitive alone ("vai anunciar") or after "voltou a", "chegou a".
 */
export function newsForms(forms: readonly string[]): string[] {
  const out: string[] = [];
  for (const form of forms) {
    const head = form.split(' ')[0]!;
    if (head.endsWith('ndo')) out.push(form, ...PROGRESSIVE.map((a) => `${a} ${form}`));
    else if (head.endsWith('o')) out.push(...PERFECT.map((a) => `${a} ${form}`));
    else if (head.endsWith('r')) out.push(form, ...RESUMED.map((a) => `${a} ${form}`));
    else out.push(form);
  }
  return [...new Set(out)];
}
