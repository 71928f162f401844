// A language pack: everything the engine knows about one language, as plain data. The shared code
// (tokens, noun phrases, the source classifier, the rule families) holds no word of any language;
// it reads them from the pack of the text it is given (`ctx.lang`). Packs travel as JSON (the build
// writes lang/CODE.json, which the extension's background worker reads), so `LanguageData` is plain data
// and `Language` is what `compileLanguage` builds from it: sets, maps and regular expressions.
import type { Rule } from '../rules/types';
import type { SourceKind } from '../types';

/** Closed word classes and small role lists, by key (grammar.json of each pack). */
export interface Grammar {
  adverbs: string[];
  auxiliaries: string[];
  conjunctions: string[];
  determiners: string[];
  prepositions: string[];
  pronouns: string[];
  relatives: string[];
  subordinators: string[];
  /** "a large body of studies", "a number of officials": the phrase is about what follows "of". */
  quantifiers: string[];
  /** Irregular past forms: a cue word followed by one is a noun ("claims rose"). */
  irregularPast: string[];
  /** "did not say", "never confirmed": a cue verb so negated attributes nothing. */
  negators: string[];
  /** "could announce": a statement that might be made, not one that was. */
  hypotheticalModals: string[];
  /** Forms of "be": a passive ("was told"), a copula. */
  beForms: string[];
  /** Subject pronouns ("he", "they"); their reference is in `pronouns`. */
  subjectPronouns: string[];
  /** First and second person: the author's own voice outside quotations. */
  authorPronouns: string[];
  /** "no group claimed", "neither side said": determiners that deny there is a source. */
  negativeDeterminers: string[];
  /** Words a sentence's subject may open with to name one known document: "The report", "This study". */
  subjectDeterminers: string[];
  /** Determiners that make an institution noun indefinite ("a ministry", "some police"). */
  indefinites: string[];
  /** Prepositions that may join the parts of one source ("sources in Mosul", "an MP from Ninewa"). */
  phraseConnectors: string[];
  /** Prepositions of short adjuncts between a verb and its content ("said in a statement"). */
  adjunctPrepositions: string[];
  /** Listeners that may follow "told" without a phrase: "told reporters", "told him". */
  listeners: string[];
  /** Subjects that may "find" something: researchers, a team (with document nouns). */
  researchers: string[];
  /** Time words that may stand between a subject or verb and the rest ("said late Thursday"). */
  timeWords: string[];
  /** Time words that may stand between a subject and its verb ("officials on Friday said"). */
  subjectTimeWords: string[];
  /** How long: "have warned for years that". */
  durations: string[];
  /** The preposition before a duration: "for". */
  durationPrepositions: string[];
  /** Adverbs inside a noun phrase after its article: "the only finding", "the first report". */
  phraseAdverbs: string[];
  /** Words after an unnamed source that say how it knows: "familiar with", "close to". */
  anonymityQualifiers: string[];
  /** Courtesy titles, left out of a name shown ("Dr. Sarah Smith" → "Sarah Smith"). */
  courtesyTitles: string[];
  /**
   * Titles a writer often leaves unnamed ("the spokesman said"): a definite title without a name
   * that the article gave a holder is a person ("the senator said"), except these.
   */
  unnamedTitles?: string[];
  /** Words that make a plural report noun vague rather than a document ("media reports"). */
  vagueReportModifiers: string[];
  /** Report nouns that name no document when vague ("reports", "rumors"). */
  vagueReportNouns: string[];
  /** Words between an article and a report noun: "a new report by". */
  reportModifiers: string[];
  /** Participles between a report noun and its author: "the report published by". */
  reportParticiples: string[];
  /** Prepositions linking a report to its author: "a report by / from / in". */
  reportAuthorLinks: string[];
  /** Lowercase parts of names inside a name run ("al", "de", "bin"). */
  nameRunParticles: string[];
  /** Words that may follow an interrogative cue: "asked whether", "explained how". */
  interrogatives: string[];
  /** "warned of", "warned against": prepositions that carry a cue's content. */
  contentPrepositions: string[];
  /** "told Reuters about", "spoke of": what may follow a listener as content. */
  listenerContentPrepositions: string[];
  /** Words before a cue gerund whose speaker is the main clause's subject ("by saying", "while insisting"). */
  gerundOpeners: string[];
  /** Subordinators that make a clause hypothetical ("if he says that ..."): nothing in it is attributed. */
  conditionals: string[];
  /** Object pronouns written before a verb ("comme l'a dit X"): part of the verb's group, never its source. */
  objectClitics: string[];
  /** Relatives whose clause may follow an unnamed source ("officials who ..."): its mention grows. */
  relativeClauseOpeners: string[];
  /** Words left out when two cues' sources are compared ("the", "of", "unnamed"). */
  sourceKeyStopWords: string[];
  /** Verbs of possession and perfect auxiliaries that open a clause ("had", "has"). */
  clauseVerbs: string[];
  /**
   * Verbs whose object is a statement its subject puts out ("issued", "sent", "posted"): in "Kell issued
   * a statement saying ...", Kell speaks, not the statement.
   */
  issueVerbs?: string[];
  /** Words between the two numbers of a ratio of those polled, beyond phrase connectors: "out of" ("seven out of 10 agree"). */
  ratioConnectors?: string[];
  /** Particles between such a verb and its statement ("sent out a message"). */
  issueParticles?: string[];
  /** Prepositions written with their article ("im", "zum", "pelo", "du"): a noun follows them, and a definite one ("pelo senador" is "the senator"). */
  articlePrepositions?: string[];
  /**
   * Determiners only an object takes ("dem", "einem"): their phrase is never a subject, and, opening
   * a verb-second sentence, lets the subject follow the verb ("Dem Spiegel sagte er, ...").
   */
  objectDeterminers?: string[];
  /** Determiners of a listener after a verb ("sagte der Zeitung", "sagte einem Reporter"), in verb-second order. */
  listenerDeterminers?: string[];
  /**
   * Adverbials of several words that may stand between a subject, its auxiliary and its verb, as the
   * words of `adverbs` do ("a par ailleurs rappelé", "ont tous deux assuré"), written with spaces
   * between their tokens ("d' ailleurs").
   */
  adverbPhrases?: string[];
  /**
   * Subordinators whose clause, verb last, may carry a statement whose content follows the clause's
   * comma or is framed before its verb ("nachdem X erklärt hatte, sie werde …", "während X von einem
   * Erfolg sprach, …"): a language with verb-final subordinate clauses lists them. Not conditionals.
   */
  statementClauseOpeners?: string[];
  /**
   * Negations in two parts, written "first second" ("weder noch"): the second word denies the verb
   * after it when the first stands earlier in the sentence ("weder bestätigen noch dementieren").
   */
  negatorPairs?: string[];
  /**
   * Determiners that mark a singular person's noun as masculine or feminine ("der Trainer", "die
   * Ärztin"): a role noun's pronoun is then "er" or "sie", never the other ("Die Ärztin sagte …
   * Er sagte …" is someone else). Languages whose articles tell the gender list them.
   */
  masculineDeterminers?: string[];
  feminineDeterminers?: string[];
  /** What joins the second of two subjects after the "both" word (roles.both), written with spaces: "als auch" ("sowohl X als auch Y"). */
  bothLinks?: string[];
  /**
   * Words that, right after a document noun, qualify it as a participle would, before a time
   * ("a survey out this month finds"): the subject steps over them to its noun.
   */
  documentParticles?: string[];
}

/** One-word role words, each named by what it does in a sentence (the rules look them up by role). */
export interface Roles {
  /** Introduces reported content: "that" (que, dass). */
  complementizer: string[];
  /** Joins two sources or two verbs: "and". */
  coordinator: string[];
  /** "but": may open a clause before a cue ("But a teacher said"). */
  contrast: string[];
  /** The agent of a passive: "by". */
  agent: string[];
  /** Possessor or part: "of" ("the head of the agency"). */
  genitive: string[];
  /** The definite article: "the". */
  definite: string[];
  /** The indefinite article: "a", "an". */
  indefinite: string[];
  /** The listener's preposition: "told to the BBC", "close to". */
  to: string[];
  /** The infinitive marker: "declined to say", "told him to leave". */
  infinitive: string[];
  /** "as": "As the authors explain", "as one fan put it". */
  as: string[];
  /** "with": "with analysts saying". */
  with: string[];
  /** "how": "explained how", "described how". */
  how: string[];
  /** "in": "in a statement", "in 2009". */
  in: string[];
  /** "on": "on Wednesday", "on condition". */
  on: string[];
  /** "both": before a coordinated source ("both Roscosmos and NASA said"). */
  both: string[];
  /** The word that joins the second source after a `both` word, where it is no coordinator ("como" of "tanto X como Y"). */
  bothAnd?: string[];
  /** "all", "both": before a determiner inside one phrase ("all the officials"). */
  distributive: string[];
  /** "including": a named source inside a vague group. */
  including: string[];
  /** "close", "privy": followed by "to" inside an anonymity qualifier. */
  closeTo: string[];
  /** "without": "without citing sources". */
  without: string[];
  /** Relatives that may head a relative clause after a source ("who", "which", "that"). */
  relativeHeads: string[];
  /**
   * Relatives that own the clause's subject ("whose"): "officials whose laws fell say" is a relative
   * clause only when a verb follows that subject ("whose work first revealed that" has its own speaker).
   */
  possessiveRelatives?: string[];
  /** Relatives that do not refer to a person or thing ("when", "where"). */
  adverbialRelatives: string[];
  /** Relatives that refer only to a person ("who"): past a description, to the name it describes. */
  personRelatives?: string[];
}

/** What must follow a cue verb for it to be a statement (see cue-verbs.json of the English pack). */
export type CueNeeds = 'none' | 'complement' | 'forward' | 'quote' | 'of' | 'object' | 'research';

/** One kind of verb form and the auxiliaries it is read after; the first rule a form matches applies. */
export interface AuxiliaryRule {
  /** What the form is, for readers of the pack: "participle", "gerund", "infinitive". */
  name: string;
  /** Endings of the form's first word that make it this kind ("ado", "ido"). */
  endings: string[];
  /** Words of this kind whatever their ending ("dicho", "escrito"). */
  words?: string[];
  /** The auxiliaries, each written before the form ("ha", "había"; "voltou a"). */
  before: string[];
  /** Whether the form is also a cue on its own (a gerund: ", afirmando que"). */
  alone: boolean;
}

export interface CueVerbData {
  lemma: string;
  /** Every form, spelt out (the pack's index expands regular ones). "pointed out" is two words. */
  forms: string[];
  needs: CueNeeds;
  except?: string[];
  alsoNoun?: boolean;
  /** With an object and what the speaker calls it, the verb is a statement ("called the plan a disaster"). */
  names?: boolean;
  /** An opinion or an expectation, not a statement ("believe", "think"): an unresolved "they" holding it is not reported. */
  belief?: boolean;
  /** An infinitive right after the verb is what the subject plans to do, not content it states ("prevé despedir a 300"). */
  plansInfinitive?: boolean;
  /**
   * A separable particle these forms need later in their clause ("teilte ... mit"), where it closes
   * the clause; several words are allowed ("weist ... von sich").
   */
  particle?: string;
  /** The particle is a word the verb needs anywhere later in its clause, not only at its end ("schätzt ... auf"). */
  particleFree?: boolean;
  /** Words that, right before the verb or written onto it, make it something else ("se destaca", "destacou-se": stands out). */
  exceptBefore?: string[];
}

/**
 * A cue verb as its pack lists it: the forms spelt out where they are irregular, else left to the
 * pack's inflector (lang/CODE/verb-forms.ts), which the engine runs when it compiles the pack, so the
 * pack travels without the derived forms.
 */
export interface CueVerbEntry extends Omit<CueVerbData, 'forms'> {
  forms?: string[];
  /** A German strong verb's finite forms and participle, from which its compound's forms derive. */
  strong?: { finite: string[]; participle: string };
}

/**
 * Word forms the rules ask about, as regular-expression sources matched against a word's lowercase
 * form (null where the language has no such form). Compiled once per pack; tests/redos.test.ts checks
 * every compiled pack's patterns.
 */
export interface Morphology {
  /** Adverbs by their ending: "publicly". */
  adverb: string | null;
  /** Nouns for people by what they do: protesters, economists, physicians. */
  agentNoun: string | null;
  /** An age used as a noun for a person: "the 72-year-old". */
  ageNoun: string | null;
  /** A regular past form: "warned". */
  past: string | null;
  /** The form that carries on a statement: "saying". */
  gerund: string | null;
  /** A past participle that may follow a noun inside a phrase: "reports seen by", "research conducted in". */
  participle: string | null;
  /** A plural noun: "officials", "sources". */
  plural: string | null;
  /** An infinitive standing as a verb's content ("a dit attendre", "dijo esperar"): null where none is marked. */
  infinitive: string | null;
  /** An auxiliary contracted with "not": "didn't". */
  negated: string | null;
  /** A verb contracted with a pronoun or "not": "isn't", "it's". */
  contraction: string | null;
  /** Whether a word's possessive ending ("Askar's") is dropped from its lookup form. */
  possessiveApostrophe: boolean;
  /**
   * Where every noun takes a capital (capitalsMarkNames false): endings of common nouns that are no
   * names ("Verteilung", "Schätzungen"), so such a word is read as a noun, not a name.
   */
  commonNoun?: string | null;
  /**
   * Where every noun takes a capital: an attributive adjective by its ending ("neue", "bayerischen"),
   * which makes the capitalized word after it a noun ("neue Herausforderungen"), and, capitalized
   * itself, starts a name ("der Bayerische Rundfunk").
   */
  adjective?: string | null;
  /**
   * Nouns written as compounds whose last part is their head ("Polizeisprecher" is a "Sprecher",
   * "AfD-Mitglied" a "Mitglied"): a capitalized word no list holds takes the noun classes of its
   * longest listed ending.
   */
  compounds?: boolean;
  /**
   * The word a percent sign after a number is read as ("42% say" is "42 percent say"), so the share
   * heads its phrase as the written word does; absent, the sign is punctuation.
   */
  percentSign?: string;
}

/** The reference of a subject pronoun, for resolving it against earlier sources. */
export interface PronounData {
  /**
   * "he" and "she" are people; "it" is a body or document; "they" a group or a body; a pronoun of a
   * language whose nouns have gender ("il", "er") is a person or a body, whichever came last.
   */
  refers: 'person' | 'body' | 'group' | 'any';
  gender?: 'm' | 'f';
}

/** Quotation marks of the language: which open and which close (“ opens in English, closes in German). */
export interface QuoteMarks {
  doubleOpen: string[];
  doubleClose: string[];
  singleOpen: string[];
  singleClose: string[];
  /**
   * Dashes that set off dialogue in a paragraph opening with one ("—No dimitiré —dijo el ministro—.
   * Tengo apoyos."): the speech is quoted, the narrator's words between dashes are not. Absent: none.
   */
  dialogue?: string[];
}

/** Words the engine shows for sources and cues that the text does not name. */
export interface DisplayText {
  unnamedSources: string;
  unnamedReports: string;
}

/** Time expressions a statement may be dated by ("reported Friday", "last week", "in 2009"). */
export interface TimeWords {
  /** Monday first (dates are resolved by their place in the list). */
  weekdays: string[];
  /** Before a weekday: "on", "late", "last". */
  beforeWeekday: string[];
  /** After a weekday: "morning", "night". */
  afterWeekday: string[];
  /** One word that is a time: "yesterday", "today". */
  deictic: string[];
  /** "last week", "this month": the words before a period and the periods. */
  periodOpeners: string[];
  periods: string[];
  /** "earlier this week": the word before "this" or "that" and a period. */
  earlier: string[];
  earlierDeictics: string[];
  /** Fixed phrases that date a statement: "at the time". */
  atTheTime: string[];
  /** "in 2009". */
  yearPreposition: string[];
  /** January first (dates are resolved by their place in the list): "on March 3", "le 3 mars". */
  months: string[];
  /** Between a day and its month, or its month and year: "3 de marzo de 2024", "the 3rd of May". */
  dayMonthJoiners: string[];
  /** Words that date a statement by the publication day: "yesterday" (the day before), "today", "avant-hier" (two days before). */
  yesterday: string[];
  today: string[];
  dayBeforeYesterday: string[];
  /** With a weekday, the one a week before when it is the publication day's ("last Friday" in a Friday's paper). */
  previous: string[];
  /** With a weekday, the next one after the publication day ("next Tuesday"). */
  next: string[];
  /** "this morning", "last night": parts of a day (with `previous`, of the day before). */
  dayParts: string[];
}

/** A rule of the pack: which family of code runs, with the pack's words for it. */
export type RuleSpec =
  | { family: 'prepositional'; reason: string; words: string | string[]; anyNoun?: boolean; notAfter?: string[]; onlyOpeningClause?: boolean; reportBy?: boolean;
    /** What must follow the source: a comma ("Pour le ministre, ..."), or a pause: a comma, dash or the sentence's end (", so der Minister."). */
    followedBy?: 'comma' | 'pause';
    /** Adjuncts may stand between the source and its pause (", so der Sprecher gegenüber der APA."). */
    adjunctsBeforePause?: boolean;
    /** Only where the cue opens the sentence ("Pour X, ..."), not after a comma. */
    sentenceInitial?: boolean;
    /** With no phrase found, the words up to the next comma or the sentence's end are the source ("according to early returns"). */
    toPause?: boolean;
    /**
     * The clause after the cue's phrase must not be negated: "Contacté par Le Figaro, l'avocat n'a pas
     * souhaité réagir" gives no content, so the outlet that asked is no source.
     */
    notNegated?: boolean;
    /** The cue holds a speech verb ("on indique au …"): a complementizer after the source opens the content, not a relative clause. */
    thatOpensContent?: boolean;
    /**
     * Names set off by commas after the source, the last after "and", are sources too ("laut NDR, WDR
     * und SZ soll …"): for a verb-second language, where no comma closes a fronted phrase. Elsewhere
     * "According to Reuters, Smith and Jones will meet" names the clause's subjects after the comma.
     */
    nameList?: boolean; description: string }
  | { family: 'postposition'; reason: string; word: string | string[]; anyNoun?: boolean;
    /** Words that, opening the phrase before the cue, leave it to another rule ("eigenen Angaben zufolge": the subject's own account). */
    notOpenedBy?: string[];
    /** Prepositions one of which must open the source's phrase ("In der Mitteilung heißt es"). */
    after?: string[]; description: string }
  | { family: 'vague-phrase'; reason: string; phrases: string[];
    /** Phrases that hold no noun to show ("según pudo saber", "se supo que"): the source shown is the pack's words for unnamed sources. */
    unnamed?: boolean; description: string }
  | { family: 'per'; reason: string; word: string; rates: string[]; description: string }
  | { family: 'possessive-words'; reason: string; preposition: string; noun: string; cue: string; description: string }
  | { family: 'quoted-as-saying'; reason: string; triggers: string[]; passive: string; as: string; saying: string; description: string }
  | { family: 'verb-before-source'; reason: string; description: string;
    /**
     * Verb-second word order (German): anything may follow the source ("sagte der Minister am Montag"),
     * a separable verb's source stands before its particle ("teilte die Polizei mit"), and a verb after
     * an opening adverbial or object has its subject after it ("Am Montag sagte er, ...", "Das bestätigte X").
     */
    verbSecond?: boolean }
  | { family: 'verb-after-subject'; reason: string; description: string;
    /**
     * Verb-second word order (German): a comma after the verb opens its content ("sagte, die Lage sei
     * ernst"), and a participle or infinitive at the clause's end takes the subject of its auxiliary
     * ("Die Polizei hat am Montag mitgeteilt, ...", "X lässt über Anwälte mitteilen").
     */
    verbSecond?: boolean }
  | { family: 'reportative-modal'; reason: string; modals: string[]; perfect: string[];
    /** The modal reports hearsay, so the source is unnamed, not its subject ("soll ... genommen haben"). */
    unnamed?: boolean; description: string }
  | { family: 'anaphoric-cue'; reason: string; words: string[];
    /** Words that make a phrase speak for its clause's subject, not for the one named before ("nach eigenen Angaben": by its own account). */
    own?: string[]; description: string }
  | { family: 'compound-source'; reason: string; prepositions: string[]; endings: string[]; linking: string[]; description: string }
  | { family: 'participle'; reason: string; description: string }
  | { family: 'with-participle'; reason: string; reach: number;
    /** Also without "with", after a comma that ends a clause: "Sales fell, the company saying that …". */
    absolute?: boolean; description: string }
  | { family: 'passive-by'; reason: string; cues: string[]; triggers: string[];
    /** Cues (also listed in `cues`) that are statements by themselves, needing no quoted label before "by" ("fue confirmada por X"). */
    unquoted?: string[]; description: string }
  | { family: 'finding-nouns'; reason: string; nouns: string[]; modifiers: string[]; links: string[]; includeLinks: string[]; possessives: string[]; description: string }
  | { family: 'statement-nouns'; reason: string; maxModifiers: number;
    /** Also the finite verb right after a fronted statement phrase, then its subject ("In einer Erklärung kritisierte die Organisation …"). */
    verbSecond?: boolean; description: string }
  | { family: 'there-are-reports'; reason: string; there: string; have: string[]; been: string; nouns: string[]; links: string[]; description: string }
  | { family: 'reportedly'; reason: string; words: string[]; description: string }
  | { family: 'is-said-to'; reason: string; hearsay: string[]; intensifiers: string[]; impersonal: string; description: string }
  | { family: 'we-are-told'; reason: string; told: string; been: string; auxiliaries: string[]; speakers: string[]; contracted: string[]; description: string };

export type RuleFamily = RuleSpec['family'];

/** A language pack as data: what a pack's index assembles and what the build writes to lang/CODE.json. */
export interface LanguageData {
  /** ISO 639-1 code: "en". */
  code: string;
  /** The locale Intl.Segmenter splits sentences with. */
  locale: string;
  /** Whether a capital letter marks a name (not in German, where every noun has one). */
  capitalsMarkNames: boolean;
  /** Words written elided onto the next one with an apostrophe, read as words of their own ("l'", "qu'"). */
  elisions: string[];
  /** Subject pronouns written onto a verb after a hyphen, split off it ("t-il" of "a-t-il", "elle"). */
  enclitics: string[];
  /** Object pronouns written onto a verb after a hyphen ("disse-lhe", "afirmou-se"): split off it, part of the verb, never its subject. */
  objectEnclitics?: string[];
  /** Whether a finite verb may stand without its subject ("—…—dijo."): the last speaker said it. */
  nullSubject: boolean;
  /**
   * Whether names of publications and the like are written in quotation marks inside a phrase
   * ("die Zeitung „Bild“", "laut „Spiegel“"): such a short quotation is read as a name, not a quote.
   */
  quotedNames?: boolean;
  /**
   * Whether a definite role noun without a name ("die Managerin", "der 50-Jährige", "die Prokuristin
   * des Importeurs") stands for the person last named, as writers vary how they call someone.
   */
  epithets?: boolean;
  /**
   * With epithets, only a role noun without a complement of its own stands for the person last named
   * ("la magistrate", "l'élu"): "le porte-parole du ministère", "l'avocat de la famille" are someone else.
   */
  bareEpithets?: boolean;
  /**
   * Whether adjectives follow their noun ("fuentes oficiales", "el senador republicano"), so a phrase's
   * head is the noun before them rather than its last word. Absent: false.
   */
  headInitial?: boolean;
  /**
   * Names the shared outlet lexicon lists that this language's news uses for an organization (a party
   * that shares its name with a foreign outlet): read as organizations in this language's text.
   */
  localOrganizations?: string[];
  /**
   * Verb forms read only, or also, after an auxiliary: a participle after "ha" ("ha dicho"; "un estudio
   * publicado" is no statement), a gerund after "está". The engine writes each such cue verb form out
   * with its auxiliaries when it compiles the pack, so the pack ships the rule, not every pair. Absent: none.
   */
  auxiliaries?: AuxiliaryRule[];
  grammar: Grammar;
  roles: Roles;
  morphology: Morphology;
  /** The cue verbs as listed; their forms are derived when the pack compiles (`inflections.ts`). */
  cueVerbs: CueVerbEntry[];
  /**
   * How a word the lexicon lists with a final "+" inflects, so a pack lists a noun once rather than its
   * four forms: rows of endings, the first the listed word's own; the first row whose first ending
   * ends the word applies (["o", "a", "os", "as"]: "advogado+" is advogado, advogada, advogados,
   * advogadas). Absent: the lists write every form.
   */
  nounEndings?: string[][];
  /** Word lists of the lexicon: people, institutions, documents, ... (see the pack's README). */
  peopleNouns: string[];
  institutionNouns: string[];
  documentNouns: string[];
  statementNouns: string[];
  titles: string[];
  modifiers: string[];
  nameParticles: string[];
  nonSources: string[];
  abbreviations: string[];
  organizationWords: string[];
  outletWords: string[];
  outletDescriptors: string[];
  organizationDescriptors: string[];
  anonymityPhrases: string[];
  time: TimeWords;
  pronouns: Record<string, PronounData>;
  /** Titles that say which pronoun a person takes ("mr" → m). */
  titleGender: Record<string, 'm' | 'f'>;
  quotes: QuoteMarks;
  display: DisplayText;
  /** The pack's rules, in the order their candidates are preferred. */
  rules: RuleSpec[];
}

/** A rule's test sentences, kept beside the pack (not shipped in the extension). */
export interface RuleExamples {
  detects: { sentence: string; source: string }[];
  ignores: string[];
}

/** Word-class bits of a token (Token.cls), computed once per word form by the token's language. */
export const C = {
  DET: 1 << 0,
  PREP: 1 << 1,
  CONJ: 1 << 2,
  AUX: 1 << 3,
  ADV: 1 << 4,
  PRON: 1 << 5,
  REL: 1 << 6,
  SUBORD: 1 << 7,
  QUANT: 1 << 8,
  NEG: 1 << 9,
  HYPO: 1 << 10,
  BE: 1 << 11,
  SUBJ: 1 << 12,
  AUTHOR: 1 << 13,
  WEEKDAY: 1 << 14,
  TITLE: 1 << 15,
  PEOPLE: 1 << 16,
  INSTITUTION: 1 << 17,
  DOCUMENT: 1 << 18,
  STATEMENT: 1 << 19,
  MODIFIER: 1 << 20,
  PARTICLE: 1 << 21,
  OUTLET_WORD: 1 << 22,
  ORG_WORD: 1 << 23,
  NON_SOURCE: 1 << 24,
  IRREGULAR_PAST: 1 << 25,
  CUE: 1 << 26,
  OUTLET_NOUN: 1 << 27,
  VAGUE: 1 << 28,
  TIME: 1 << 29,
} as const;

/** Form bits of a token (Token.form), from the language's word endings. */
export const F = {
  LY: 1 << 0,
  AGENT: 1 << 1,
  AGE: 1 << 2,
  PAST: 1 << 3,
  GERUND: 1 << 4,
  PARTICIPLE: 1 << 5,
  PLURAL: 1 << 6,
  NEGATED: 1 << 7,
  CONTRACTION: 1 << 8,
  INFINITIVE: 1 << 9,
} as const;

export interface CueVerb {
  lemma: string;
  needs: CueNeeds;
  /** Words that, right after the verb, make it something other than a statement ("claimed responsibility"). */
  except: ReadonlySet<string>;
  /** Words that, right before the verb or written onto it, make it something other than a statement. */
  exceptBefore: ReadonlySet<string>;
  /** Some forms are nouns too ("claims rose", "the report found"). */
  alsoNoun: boolean;
  /** An opinion or an expectation, not a statement ("believe", "think"). */
  belief: boolean;
  /** An infinitive right after the verb is a plan, not content ("prevé despedir"). */
  plansInfinitive: boolean;
  /** With an object and what the speaker calls it, the verb is a statement ("called the plan a disaster"). */
  names: boolean;
  /** The form as listed: "said", "point out". */
  form: string;
  /** A separable particle the form needs later in its clause ("teilte ... mit"). */
  particle?: string;
  /** The particle may stand anywhere later in the clause ("schätzt ... auf"), not only at its end. */
  particleFree?: boolean;
}

type Sets<T> = { readonly [K in keyof T]: ReadonlySet<string> };

/** A compiled pack: the data as lookup structures, built once per language. */
export interface Language {
  readonly code: string;
  readonly data: LanguageData;
  readonly capitalsMarkNames: boolean;
  readonly nullSubject: boolean;
  readonly headInitial: boolean;
  readonly segmenter: Intl.Segmenter;
  readonly elisions: ReadonlySet<string>;
  /** Enclitic pronouns as written after the hyphen ("t-il") and as read ("il"), longest first. */
  readonly enclitics: readonly { written: string; pronoun: string }[];
  /** Object pronouns written after a hyphen ("lhe" of "disse-lhe"), longest first. */
  readonly objectEnclitics: readonly string[];
  readonly grammar: Sets<Grammar>;
  readonly roles: Sets<Roles>;
  /** Single-word cue verb forms → their verb. */
  readonly cueVerbs: ReadonlyMap<string, CueVerb>;
  /** Phrasal forms, keyed by their first word. */
  readonly phrasalCues: ReadonlyMap<string, readonly { words: string[]; verb: CueVerb }[]>;
  /** Single-word forms of separable verbs, which need their particle later ("gibt ... an", "gibt ... zu"). */
  readonly particleCues: ReadonlyMap<string, readonly CueVerb[]>;
  readonly titles: ReadonlySet<string>;
  readonly abbreviations: ReadonlySet<string>;
  readonly weekdays: ReadonlySet<string>;
  readonly outletDescriptors: readonly string[][];
  readonly organizationDescriptors: readonly string[][];
  readonly time: Sets<TimeWords>;
  /** Fixed time phrases ("at the time") as word lists. */
  readonly timePhrases: readonly string[][];
  readonly pronouns: ReadonlyMap<string, PronounData>;
  readonly titleGender: ReadonlyMap<string, 'm' | 'f'>;
  readonly quotes: Sets<QuoteMarks>;
  /** Every quotation mark of the language, as one pattern (findQuotes visits only these). */
  readonly quoteMark: RegExp;
  readonly display: DisplayText;
  readonly morphology: {
    readonly participle: RegExp | null; readonly possessiveApostrophe: boolean; readonly commonNoun: RegExp | null; readonly adjective: RegExp | null;
    readonly percentSign: string | null;
  };
  /**
   * The noun classes of a compound's head ("polizeisprecher" → people), for packs with compounds:
   * 0 when no listed word ends it or the pack has none.
   */
  headClassOf(norm: string): number;
  /** The word-class bits of a word form (its lowercase, cleaned form). */
  classOf(norm: string): number;
  /** The form bits of a word form. */
  formOf(norm: string): number;
  /** The pack's rules, in order of preference. */
  readonly rules: readonly Rule[];
}

export type { SourceKind };
