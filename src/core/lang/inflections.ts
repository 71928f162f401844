// Each pack's inflector: the code that derives a cue verb's forms from its lemma (lang/CODE/verb-forms.ts).
// Packs travel as data without the derived forms; the engine, which carries this code, derives them
// when it compiles a pack.
import type { CueVerbData, CueVerbEntry, LanguageData } from './types';
import { inflect as de } from './de/verb-forms';
import { inflect as en } from './en/verb-forms';
import { inflect as es } from './es/verb-forms';
import { inflect as fr } from './fr/verb-forms';
import { inflect as pt } from './pt/verb-forms';

export type Inflector = (entry: CueVerbEntry) => CueVerbData[];

const INFLECTORS: Readonly<Record<string, Inflector>> = { de, en, es, fr, pt };

/** A pack without an inflector lists every form. */
function spelt(entry: CueVerbEntry): CueVerbData[] {
  const { strong: _, forms, ...rest } = entry;
  if (!forms) throw new Error(`cue verb "${entry.lemma}" lists no forms, and its pack has no inflector`);
  return [{ ...rest, forms }];
}

/** The pack's cue verbs with every form written out. */
export function cueVerbsOf(data: Pick<LanguageData, 'code' | 'cueVerbs'>): CueVerbData[] {
  const inflect = INFLECTORS[data.code] ?? spelt;
  return data.cueVerbs.flatMap((entry) => inflect(entry));
}
