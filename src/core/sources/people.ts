// Who the article has named so far: full person names (so "Mr. Reeves" and "Reeves" show as
// "Eric Reeves") and the last source of each sort (so "He also says" and "it said" resolve).
import { C, F, type Language } from '../lang/types';
import { GIVEN_NAMES, ORGANIZATIONS, OUTLETS, PLACES, nameKey } from '../lexicon';
import { PATTERNS } from '../patterns';
import type { SourceKind } from '../types';
import { stripPossessive, type Token } from '../text/tokens';
import { is, isDemonym, isNamePart, isNameWord, isTitle } from './words';

export interface NamedSource {
  name: string;
  kind: SourceKind;
  /** Plural ("officials", "they") or singular. */
  plural: boolean;
  /** Sentence counter when it was last the source. */
  at: number;
}

/** Most words between "issued a" and its document noun ("a two-page internal memo") that are read as its modifiers. */
const MAX_DOCUMENT_MODIFIERS = 3;

/** Longest description before a name that is remembered for it. */
const MAX_DESCRIPTION_WORDS = 6;

const descriptionKey = (tokens: readonly Token[]): string => tokens.map((t) => t.norm).join(' ');

/** How many sentences back a pronoun may reach for its antecedent. */
export const PRONOUN_REACH = 6;

const lastWord = (name: string): string => name.split(' ').pop()!.toLowerCase();

/** A person's name without the titles before it: "Senator Mark Warner" → "Mark Warner". */
export function bareName(lang: Language, display: string): string {
  const words = display.split(' ');
  let i = 0;
  while (i < words.length - 1 && lang.titles.has(words[i]!.toLowerCase().replace(PATTERNS.trailingPeriod, ''))) i++;
  return words.slice(i).join(' ');
}

export class Discourse {
  constructor(private readonly lang: Language) {}

  /** Surname (lowercase) → full name, most recent wins. */
  private persons = new Map<string, string>();
  /** Surname (lowercase) → every full name written with it ("Bill Clinton", "Hillary Clinton"). */
  private family = new Map<string, Set<string>>();
  /** Surname → a capitalized two- or three-word name that may be a person's (weaker evidence). */
  private maybePersons = new Map<string, string>();
  /** Description before a name (lowercase words) → the person: "ministre de la santé" → "Roman Prymula". */
  private described = new Map<string, string>();
  /** Title (lowercase) → the last person named with it: "the president" → "Barack Obama". */
  private titled = new Map<string, string>();
  /** Full name → the sentence it was last written in. */
  private mentionedAt = new Map<string, number>();
  /** Bare name → how the article's attributions show it ("Mark Warner" → "Senator Mark Warner"). */
  private display = new Map<string, string>();
  /** Name → the gender its pronouns have, learnt from titles and resolved pronouns. */
  private gender = new Map<string, 'm' | 'f'>();
  private lastPerson: NamedSource | null = null;
  private lastGroup: NamedSource | null = null;
  private lastBody: NamedSource | null = null;
  /** A document the sentence before put out ("sent a letter"): what "it" says in the next sentence. */
  private lastIssued: NamedSource | null = null;
  /** The head noun a source was named with ("parteimitglied") → that source, for epithets. */
  private heads = new Map<string, NamedSource>();
  /** The last source attributed anything, whatever its kind. */
  private lastAttributed: NamedSource | null = null;
  /** In a pack whose verbs may leave their subject out: a role noun that opened a sentence as its subject ("La jueza escuchó ..."). */
  private lastSubject: NamedSource | null = null;
  /** The sentence where a person was last attributed something by a name written in it (not a pronoun). */
  private writtenPersonAt = -1;
  sentence = 0;
  /** Whether the text read now is a caption: its names are learnt, but no pronoun is to refer to them. */
  inCaption = false;

  /** Registers person names written out in a sentence: "Senator James Lankford", "Ammar Askar". */
  notePersonMentions(tokens: readonly Token[], quoted: readonly boolean[]): void {
    // The sentence's subject is the likelier antecedent of a later "he" than a name after a preposition
    // ("Bush said ... with Jordan's King Abdullah II. ... he said" is Bush), so the first name not
    // governed by a preposition wins; failing that, the last name.
    let subjectPerson: string | null = null;
    let lastNamed: string | null = null;
    const mentioned = (full: string, at: number): void => {
      lastNamed = full;
      this.mentionedAt.set(full, this.sentence);
      const before = tokens[at - 1];
      // "críticos a Pacheco": the listener's preposition may be no PREP of its pack ("a" is also an article).
      const governed = before && (is(before, C.PREP) || this.lang.roles.to.has(before.norm) || before.possessive);
      if (!subjectPerson && !governed) subjectPerson = full;
    };
    for (let i = 0; i < tokens.length; i++) {
      if (!isNameWord(tokens[i]!) || quoted[i]) continue;
      let j = i;
      while (j < tokens.length && isNamePart(tokens[j]!) && !quoted[j]) j++;
      if (j === i + 1) {
        // One name word, most runs: a title alone names nobody, and one word is a person only as the
        // surname of someone named in full before (what the steps below come to, without their arrays).
        const key = stripPossessive(tokens[i]!.text).toLowerCase();
        // ("Dona Raimunda, 67 anos, …": or a name after a title that gives a gender, a person of that gender.)
        const gender = i > 0 && isTitle(tokens[i - 1]!) && !quoted[i - 1] ? this.lang.titleGender.get(tokens[i - 1]!.norm.replace('.', '')) : undefined;
        if (!isTitle(tokens[i]!) && this.persons.has(key)) mentioned(this.persons.get(key)!, i);
        else if (gender && !isTitle(tokens[i]!) && !isDemonym(tokens[i]!) && !is(tokens[i], C.ORG_WORD | C.OUTLET_WORD)) {
          const full = stripPossessive(tokens[i]!.text);
          const name = nameKey(full);
          if (!PLACES.has(name) && !ORGANIZATIONS.has(name) && !OUTLETS.has(name)) {
            this.notePerson(full);
            this.gender.set(full, gender);
            mentioned(full, i);
          }
        }
        i = j;
        continue;
      }
      const run = tokens.slice(i, j);
      // The name is what follows the last title: "Zimbabwe President Robert Mugabe" → "Robert Mugabe";
      // or, with no title, from the first given name: "(le ministre de la) Santé Roman Prymula".
      const lastTitle = run.map((t) => isTitle(t)).lastIndexOf(true);
      const given = lastTitle < 0 ? run.findIndex((t, k) => k > 0 && k < run.length - 1 && GIVEN_NAMES.has(t.norm)) : -1;
      const nameStart = given > 0 && !GIVEN_NAMES.has(run[0]!.norm) ? given : lastTitle + 1;
      const words = run.slice(nameStart);
      const titles = [...(i > 0 && isTitle(tokens[i - 1]!) ? [tokens[i - 1]!] : []), ...run.filter(isTitle)];
      const first = words[0];
      const personLike = words.length >= 2 && words.length <= 4 && !words.some((t) => isDemonym(t) || is(t, C.ORG_WORD | C.OUTLET_WORD));
      const full = words.map((t) => stripPossessive(t.text)).join(' ');
      if (personLike && first && (titles.length > 0 || GIVEN_NAMES.has(first.norm) || PATTERNS.initial.test(first.text.replace('.', '')))) {
        this.notePerson(full);
        this.noteDescription(tokens, quoted, i + nameStart, full);
        for (const title of titles) {
          this.titled.set(title.norm.replace('.', ''), full);
          const g = this.lang.titleGender.get(title.norm.replace('.', ''));
          if (g) this.gender.set(full, g);
        }
        mentioned(full, i);
      } else if (words.length === 1 && this.persons.has(stripPossessive(words[0]!.text).toLowerCase())) {
        // "Bush speaks ...": a surname of someone named in full earlier.
        mentioned(this.persons.get(stripPossessive(words[0]!.text).toLowerCase())!, i);
      } else if (personLike && words.length <= 3) {
        const key = nameKey(full);
        if (!PLACES.has(key) && !ORGANIZATIONS.has(key) && !OUTLETS.has(key)) this.maybePersons.set(lastWord(full), full);
      }
      i = j;
    }
    // "Para Martins, um dos críticos a Pacheco, …": with no name as subject, the person this sentence
    // attributed something to, by a name it wrote, stays the one a later "he" means.
    if (this.inCaption) return;
    if (!subjectPerson && this.writtenPersonAt === this.sentence) return;
    // "He praised the governor, Ana Ortiz.": a sentence whose subject is "he" or "she" goes on about the
    // person last meant; the names after it are its objects, not the next "he".
    let opener = 0;
    while (opener < tokens.length && !tokens[opener]!.word) opener++;
    if (opener === tokens.length) opener = -1;
    const reference = opener >= 0 && !quoted[opener] ? this.lang.pronouns.get(tokens[opener]!.norm) : undefined;
    const known = this.lastPerson ? this.gender.get(this.lastPerson.name) : undefined;
    const fits = reference?.refers === 'person' && (!known || !reference.gender || known === reference.gender);
    if (fits && this.lastPerson && this.sentence - this.lastPerson.at <= PRONOUN_REACH) {
      this.lastPerson = { ...this.lastPerson, at: this.sentence };
      return;
    }
    const full = subjectPerson ?? lastNamed;
    if (full) this.lastPerson = { name: this.display.get(full) ?? full, kind: 'person', plural: false, at: this.sentence };
  }

  /**
   * "La jueza escuchó a los testigos. Después, dijo que ...": in a pack whose verbs may leave their
   * subject out, a role or people noun after a determiner that opens a sentence in which nothing was
   * attributed and no person named is whom the next subjectless verb means. Call after the sentence's
   * sources and names are noted.
   */
  noteOpeningSubject(tokens: readonly Token[], quoted: readonly boolean[]): void {
    if (this.inCaption || !this.lang.nullSubject) return;
    if (this.lastAttributed?.at === this.sentence || this.lastPerson?.at === this.sentence) return;
    let i = 0;
    while (i < tokens.length && !tokens[i]!.word) i++;
    const det = tokens[i];
    const noun = tokens[i + 1];
    const next = tokens[i + 2];
    if (!det || !noun || quoted[i] || quoted[i + 1]) return;
    if (!this.lang.grammar.subjectDeterminers.has(det.norm) && !this.lang.roles.definite.has(det.norm)) return;
    if (!noun.word || noun.cap || !is(noun, C.PEOPLE | C.TITLE) || (next && isNameWord(next))) return;
    const plural = (noun.form & F.PLURAL) !== 0;
    this.lastSubject = { name: `${det.text} ${noun.text}`, kind: is(noun, C.TITLE) && !plural ? 'person' : 'anonymous', plural, at: this.sentence };
  }

  /**
   * Remembers the description written before a person's name ("le ministre de la Santé Roman
   * Prymula", "the company's chief executive Jane Doe"), so that the description alone later means
   * that person ("le ministre de la Santé a déclaré").
   */
  private noteDescription(tokens: readonly Token[], quoted: readonly boolean[], nameAt: number, full: string): void {
    // "the company's chief executive, Jane Doe,", "el portavoz del Gobierno, Miguel Ángel Rodríguez,":
    // a comma may stand between the description and the name.
    const end = tokens[nameAt - 1]?.text === ',' && !quoted[nameAt - 1] ? nameAt - 1 : nameAt;
    // Back to the article that opens the description ("le" of "le ministre de la Santé", not its "la").
    let from = end;
    while (from > 0 && end - from <= MAX_DESCRIPTION_WORDS && tokens[from - 1]!.word && !quoted[from - 1]) {
      from--;
      if (is(tokens[from], C.DET) && !is(tokens[from - 1], C.PREP)) break;
    }
    const description = tokens.slice(from + 1, end);
    const role = description.map((t) => is(t, C.PEOPLE | C.TITLE)).lastIndexOf(true);
    if (!is(tokens[from], C.DET) || role < 0) return;
    // "El senador republicano Rick Scott": the title is the person's, as right before the name ("the senator").
    const title = description[role]!;
    if (isTitle(title) && !title.cap) {
      this.titled.set(title.norm.replace('.', ''), full);
      const g = this.lang.titleGender.get(title.norm.replace('.', ''));
      if (g) this.gender.set(full, g);
    }
    // Its shorter forms too, as long as they keep the role noun: "the company's chief executive" is
    // later "the chief executive".
    for (let k = 0; k <= role; k++) {
      if (!is(description[k], C.PREP | C.DET)) this.described.set(descriptionKey(description.slice(k)), full);
    }
  }

  /** The person an article named with this description ("ministre de la santé"), if any. */
  byDescription(tokens: readonly Token[]): string | null {
    const name = this.described.get(descriptionKey(tokens));
    return name && !this.outrun(name) ? this.display.get(name) ?? name : null;
  }

  /**
   * Remembers a document that opens a sentence as its subject ("The report assessed ..."), so a
   * later "its findings" can refer to it even though nothing was attributed to it yet; else one the
   * sentence puts out ("issued a statement"), for the next sentence's "it".
   */
  noteDocumentSubject(tokens: readonly Token[], quoted: readonly boolean[]): void {
    if (this.inCaption) return;
    const [det, noun] = tokens;
    if (det && noun && !quoted[0] && !quoted[1] && this.lang.grammar.subjectDeterminers.has(det.norm) && is(noun, C.DOCUMENT)) {
      if ((noun.form & F.PLURAL) === 0) this.lastBody = { name: `${det.text} ${noun.text}`, kind: 'document', plural: false, at: this.sentence };
      return;
    }
    // "The club issued a short statement. It says …": a document put out in the sentence is what
    // "it" refers to next.
    const issues = this.lang.grammar.issueVerbs;
    if (!issues) return;
    for (let i = 1; i < tokens.length; i++) {
      if (quoted[i] || !issues.has(tokens[i]!.norm)) continue;
      let k = i + 1;
      if (!tokens[k] || !is(tokens[k], C.DET) || quoted[k]) continue;
      const start = k++;
      while (k - start <= MAX_DOCUMENT_MODIFIERS && tokens[k]?.word && !quoted[k] && !is(tokens[k], C.DOCUMENT)) k++;
      const doc = tokens[k];
      if (doc && !quoted[k] && is(doc, C.DOCUMENT) && (doc.form & F.PLURAL) === 0 && !tokens[k + 1]?.possessive) {
        this.lastIssued = { name: `${tokens[start]!.text} ${doc.text}`, kind: 'document', plural: false, at: this.sentence };
        return;
      }
    }
  }

  /** A full name for a surname or a titled surname seen earlier ("Reeves" → "Eric Reeves"). */
  fullName(surname: string): string | null {
    const key = surname.toLowerCase();
    const bare = this.persons.get(key) ?? this.maybePersons.get(key);
    return bare ? this.display.get(bare) ?? bare : null;
  }

  /** The person last named with this title: "the president" → "Barack Obama". */
  byTitle(title: string): string | null {
    const name = this.titled.get(title.toLowerCase());
    return name && !this.outrun(name) ? name : null;
  }

  /**
   * "o senador" long after "o senador Alexandre Saraiva", just after another person was named ("…
   * de Pacheco começou. O senador criticou …"): the description may well be that person's.
   */
  private outrun(name: string): boolean {
    const at = this.mentionedAt.get(name) ?? -Infinity;
    const other = this.lastPerson;
    return this.sentence - at > PRONOUN_REACH && other !== null && other.at > at && bareName(this.lang, other.name) !== name;
  }

  isKnownPerson(name: string): boolean {
    return this.persons.has(lastWord(name));
  }

  /**
   * Remembers a resolved source so later pronouns can refer to it. An unnamed single speaker ("the
   * former president", "one resident") is a person for "he" and "she" too.
   */
  noteSource(name: string, kind: SourceKind, plural: boolean, human = kind === 'person', written = false, head?: string): void {
    const entry = { name, kind, plural, at: this.sentence };
    if (this.inCaption) {
      if (kind === 'person' && !plural && !this.display.has(bareName(this.lang, name))) this.display.set(bareName(this.lang, name), name);
      return;
    }
    if (head) this.heads.set(head, entry);
    this.lastAttributed = entry;
    if (human && !plural) {
      this.lastPerson = entry;
      if (written && kind === 'person') this.writtenPersonAt = this.sentence;
      if (kind === 'person') {
        const bare = bareName(this.lang, name);
        if (bare.includes(' ')) this.notePerson(bare);
        if (!this.display.has(bare)) this.display.set(bare, name);
        const g = this.gender.get(bare);
        if (g) this.gender.set(name, g);
      }
    } else if (plural || kind === 'anonymous') this.lastGroup = entry;
    else this.lastBody = entry;
  }

  /** Records a source's gender as its article tells it: "die Ärztin" is not a later "er". */
  noteArticleGender(name: string, gender: 'm' | 'f'): void {
    if (!this.gender.has(name)) this.gender.set(name, gender);
  }

  /** Records that a pronoun referred to a name: "she" → Sarah Smith is not a later "he". */
  noteGender(name: string, pronoun: string): void {
    const gender = this.lang.pronouns.get(pronoun.toLowerCase())?.gender;
    if (gender) this.gender.set(name, gender);
  }

  /**
   * Who speaks when a verb has no subject ("—…—dijo."): the last source attributed anything, or a
   * person named since, whichever is more recent.
   */
  lastSpeaker(): NamedSource | null {
    const near = (s: NamedSource | null): NamedSource | null => (s && this.sentence - s.at <= PRONOUN_REACH ? s : null);
    const said = near(this.lastAttributed);
    const named = near(this.lastPerson);
    const last = said && named ? (named.at > said.at ? named : said) : said ?? named;
    // (A role noun that opened a later sentence as its subject: "La jueza escuchó ... Después, dijo".)
    const subject = near(this.lastSubject);
    return subject && (!last || subject.at > last.at) ? subject : last;
  }

  /**
   * What an epithet ("die Managerin", "das Parteimitglied") refers to: the source last named with a
   * noun of the same head ("ein Parteimitglied aus Essen"), else the person last named, when near enough.
   */
  byEpithet(head: string): NamedSource | null {
    const near = (s: NamedSource | null | undefined): NamedSource | null => (s && this.sentence - s.at <= PRONOUN_REACH ? s : null);
    for (const [known, entry] of this.heads) {
      if (known.endsWith(head) || head.endsWith(known)) {
        const found = near(entry);
        if (found) return found;
      }
    }
    // (Not a person known only by another epithet: "der Kanzler" after "die Ministerin" is someone else.)
    const person = near(this.lastPerson);
    const epithetOnly = person !== null && [...this.heads.values()].includes(person);
    return person && person.kind === 'person' && !epithetOnly && !this.titledOtherwise(person.name, head) ? person : null;
  }

  /**
   * "El presidente del Gobierno, Pedro Sánchez, ... La ministra dijo": a title the person was never
   * named with, when they were named with another, is someone else's.
   */
  private titledOtherwise(name: string, head: string): boolean {
    if (!this.lang.titles.has(head)) return false;
    const bare = bareName(this.lang, name);
    let titled = false;
    for (const [title, person] of this.titled) {
      if (person !== bare) continue;
      if (title === head) return false;
      titled = true;
    }
    return titled;
  }

  /** Remembers a person's full name under their surname. */
  private notePerson(full: string): void {
    const surname = lastWord(full);
    this.persons.set(surname, full);
    const names = this.family.get(surname) ?? new Set<string>();
    names.add(full);
    this.family.set(surname, names);
  }

  /**
   * "Bill Clinton ... “…,” she said": when the person last meant is of the other gender, someone else
   * named with the same surname whose gender is not known to differ; else nobody.
   */
  private relative(person: NamedSource, gender: 'm' | 'f'): NamedSource | null {
    const bare = bareName(this.lang, person.name);
    for (const name of this.family.get(lastWord(bare)) ?? []) {
      if (name === bare || (this.gender.get(name) ?? gender) !== gender) continue;
      return { name: this.display.get(name) ?? name, kind: 'person', plural: false, at: person.at };
    }
    return null;
  }

  /**
   * "Secretary General Ana Ruiz condemned what she called …", "Lind says he …": a person named as the
   * sentence's subject, at its start, is what a later "he" or "she" in it means, before anyone named in
   * sentences before. Null when the subject is no known or full person's name, when its gender is known
   * to differ, or when another person is named between it and the pronoun (then it is ambiguous).
   */
  sentenceSubject(tokens: readonly Token[], quoted: readonly boolean[], pronounAt: number, pronoun: string): NamedSource | null {
    const reference = this.lang.pronouns.get(pronoun.toLowerCase());
    if (this.inCaption || reference?.refers !== 'person' || !reference.gender) return null;
    let i = 0;
    while (i < pronounAt && !tokens[i]!.word) i++;
    let j = i;
    while (j < pronounAt && (isNamePart(tokens[j]!) || (isTitle(tokens[j]!) && PATTERNS.upperStart.test(tokens[j]!.text))) && !quoted[j]) {
      // (A possessive in the run: "Mrs. Lee's vote, which she …" has no person for its subject.)
      if (tokens[j]!.possessive) return null;
      j++;
    }
    if (j === i || !tokens[j]?.word) return null;
    let name = i;
    for (let k = i; k < j; k++) if (isTitle(tokens[k]!)) name = k + 1;
    const words = tokens.slice(name, j);
    if (!words.length || words.some((t) => isDemonym(t) || is(t, C.ORG_WORD | C.OUTLET_WORD))) return null;
    const written = words.map((t) => stripPossessive(t.text)).join(' ');
    const full = words.length === 1 ? this.persons.get(written.toLowerCase()) : GIVEN_NAMES.has(words[0]!.norm) || name > i ? written : undefined;
    if (!full || ORGANIZATIONS.has(nameKey(full)) || OUTLETS.has(nameKey(full)) || PLACES.has(nameKey(full))) return null;
    const known = this.gender.get(full) ?? this.gender.get(this.display.get(full) ?? full);
    if (known && known !== reference.gender) return null;
    // Another name between them, not a possessive ("Clinton's campaign"), may be the one meant.
    for (let k = j + 1; k < pronounAt; k++) if (!quoted[k] && isNameWord(tokens[k]!) && !tokens[k]!.possessive && !isDemonym(tokens[k]!)) return null;
    return { name: this.display.get(full) ?? full, kind: 'person', plural: false, at: this.sentence };
  }

  /** The antecedent of a subject pronoun, or null when none is near enough. */
  resolve(pronoun: string): NamedSource | null {
    const near = (s: NamedSource | null): NamedSource | null => (s && this.sentence - s.at <= PRONOUN_REACH ? s : null);
    const reference = this.lang.pronouns.get(pronoun.toLowerCase());
    switch (reference?.refers) {
      case 'person': {
        const person = near(this.lastPerson);
        const known = person ? this.gender.get(person.name) : undefined;
        if (person && known && reference.gender && known !== reference.gender) return this.relative(person, reference.gender);
        return person && (!known || known === reference.gender) ? person : null;
      }
      case 'any': {
        const person = near(this.lastPerson);
        const known = person ? this.gender.get(person.name) : undefined;
        const fits = person && (!known || !reference.gender || known === reference.gender) ? person : null;
        const body = near(this.lastBody);
        return fits && body ? (body.at > fits.at ? body : fits) : fits ?? body;
      }
      case 'group':
        return near(this.lastGroup) ?? near(this.lastBody);
      case 'body':
        return (this.lastIssued && this.sentence - this.lastIssued.at === 1 ? this.lastIssued : null) ?? near(this.lastBody);
      default:
        return null;
    }
  }
}
