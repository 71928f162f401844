// Who the article has named so far: full person names (so "Mr. Reeves" and "Reeves" show as
// "Eric Reeves") and the last source of each sort (so "He also says" and "it said" resolve).
import { GIVEN_NAMES } from '../lexicon';
import type { SourceKind } from '../types';
import type { Token } from '../text/tokens';
import { isDemonym, isNameWord, isTitle } from './words';

export interface NamedSource {
  name: string;
  kind: SourceKind;
  /** Plural ("officials", "they") or singular. */
  plural: boolean;
  /** Sentence counter when it was last the source. */
  at: number;
}

/** How many sentences back a pronoun may reach for its antecedent. */
export const PRONOUN_REACH = 6;

const lastWord = (name: string): string => name.split(' ').pop()!.toLowerCase();

export class Discourse {
  /** Surname (lowercase) → full name, most recent wins. */
  private persons = new Map<string, string>();
  private lastPerson: NamedSource | null = null;
  private lastGroup: NamedSource | null = null;
  private lastBody: NamedSource | null = null;
  sentence = 0;

  /** Registers person names written out in a sentence: "Senator James Lankford", "Ammar Askar". */
  notePersonMentions(tokens: readonly Token[], quoted: readonly boolean[]): void {
    for (let i = 0; i < tokens.length; i++) {
      if (!isNameWord(tokens[i]!) || quoted[i]) continue;
      let j = i;
      while (j < tokens.length && isNameWord(tokens[j]!) && !quoted[j]) j++;
      const words = tokens.slice(i, j).filter((t) => !isTitle(t));
      const titled = i > 0 && isTitle(tokens[i - 1]!) || tokens.slice(i, j).some(isTitle);
      if (words.length >= 2 && words.length <= 4 && (titled || GIVEN_NAMES.has(words[0]!.norm)) && !words.some(isDemonym)) {
        const full = words.map((t) => t.text.replace(/['’]s$/u, '')).join(' ');
        this.persons.set(lastWord(full), full);
        this.lastPerson = { name: full, kind: 'person', plural: false, at: this.sentence };
      }
      i = j;
    }
  }

  /** A full name for a surname or a titled surname seen earlier ("Reeves" → "Eric Reeves"). */
  fullName(surname: string): string | null {
    return this.persons.get(surname.toLowerCase()) ?? null;
  }

  isKnownPerson(name: string): boolean {
    return this.persons.has(lastWord(name));
  }

  /** Remembers a resolved source so later pronouns can refer to it. */
  noteSource(name: string, kind: SourceKind, plural: boolean): void {
    const entry = { name, kind, plural, at: this.sentence };
    if (kind === 'person' && !plural) {
      this.lastPerson = entry;
      if (name.includes(' ')) this.persons.set(lastWord(name), name);
    } else if (plural || kind === 'anonymous') this.lastGroup = entry;
    else this.lastBody = entry;
  }

  /** The antecedent of a subject pronoun, or null when none is near enough. */
  resolve(pronoun: string): NamedSource | null {
    const near = (s: NamedSource | null): NamedSource | null => (s && this.sentence - s.at <= PRONOUN_REACH ? s : null);
    switch (pronoun.toLowerCase()) {
      case 'he':
      case 'she':
        return near(this.lastPerson);
      case 'they':
        return near(this.lastGroup) ?? near(this.lastBody);
      case 'it':
        return near(this.lastBody);
      default:
        return null;
    }
  }
}
