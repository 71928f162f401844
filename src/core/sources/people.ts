// Who the article has named so far: full person names (so "Mr. Reeves" and "Reeves" show as
// "Eric Reeves") and the last source of each sort (so "He also says" and "it said" resolve).
import { GIVEN_NAMES, ORGANIZATION_WORDS, ORGANIZATIONS, OUTLET_WORDS, OUTLETS, PLACES, nameKey } from '../lexicon';
import { PATTERNS } from '../patterns';
import type { SourceKind } from '../types';
import { stripPossessive, type Token } from '../text/tokens';
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
  /** Surname → a capitalized two- or three-word name that may be a person's (weaker evidence). */
  private maybePersons = new Map<string, string>();
  /** Title (lowercase) → the last person named with it: "the president" → "Barack Obama". */
  private titled = new Map<string, string>();
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
      const run = tokens.slice(i, j);
      // The name is what follows the last title: "Zimbabwe President Robert Mugabe" → "Robert Mugabe".
      const lastTitle = run.map((t) => isTitle(t)).lastIndexOf(true);
      const words = run.slice(lastTitle + 1);
      const titles = [...(i > 0 && isTitle(tokens[i - 1]!) ? [tokens[i - 1]!] : []), ...run.filter(isTitle)];
      const first = words[0];
      const personLike = words.length >= 2 && words.length <= 4 && !words.some((t) => isDemonym(t) || ORGANIZATION_WORDS.has(t.norm) || OUTLET_WORDS.has(t.norm));
      const full = words.map((t) => stripPossessive(t.text)).join(' ');
      if (personLike && first && (titles.length > 0 || GIVEN_NAMES.has(first.norm) || PATTERNS.initial!.test(first.text.replace('.', '')))) {
        this.persons.set(lastWord(full), full);
        for (const title of titles) this.titled.set(title.norm.replace('.', ''), full);
        this.lastPerson = { name: full, kind: 'person', plural: false, at: this.sentence };
      } else if (personLike && words.length <= 3 && !PLACES.has(nameKey(full)) && !ORGANIZATIONS.has(nameKey(full)) && !OUTLETS.has(nameKey(full))) {
        this.maybePersons.set(lastWord(full), full);
      }
      i = j;
    }
  }

  /** A full name for a surname or a titled surname seen earlier ("Reeves" → "Eric Reeves"). */
  fullName(surname: string): string | null {
    const key = surname.toLowerCase();
    return this.persons.get(key) ?? this.maybePersons.get(key) ?? null;
  }

  /** The person last named with this title: "the president" → "Barack Obama". */
  byTitle(title: string): string | null {
    return this.titled.get(title.toLowerCase()) ?? null;
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
