// Builds the lookup structures of a language pack from its data, once per pack.
import { withAuxiliaries } from './auxiliaries';
import { cueVerbsOf } from './inflections';
import { expandNouns, expandSpec } from './braces';
import { buildRules } from '../rules';
import { C, F, type CueVerb, type Grammar, type Language, type LanguageData, type Roles } from './types';

const lower = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

function setsOf<T extends object>(record: T): { readonly [K in keyof T]: ReadonlySet<string> } {
  const out: Record<string, ReadonlySet<string>> = {};
  for (const [key, words] of Object.entries(record)) out[key] = lower(words as string[]);
  return out as { readonly [K in keyof T]: ReadonlySet<string> };
}

/** Multi-word phrases as word lists, longest first. */
const phrases = (list: readonly string[]): string[][] =>
  list.map((p) => p.toLowerCase().split(' ')).sort((a, b) => b.length - a.length);

/** Escapes a string for use inside a regular expression. */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Adds `value` to the list of `key`, made the first time. */
function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Distinct forms are few (an article has a few thousand words): beyond this the cache starts again. */
const MAX_CACHED_FORMS = 50_000;

/** The classes a compound takes from its head: what a noun is, not what a function word does. */
const COMPOUND_HEAD_CLASSES = C.PEOPLE | C.INSTITUTION | C.DOCUMENT | C.STATEMENT | C.TITLE | C.OUTLET_NOUN | C.ORG_WORD
  | C.OUTLET_WORD | C.NON_SOURCE;
/** A compound's head is a word of its own ("Sprecher", not "er"), after a part of its own ("Polizei"). */
const MIN_COMPOUND_HEAD = 4;
const MIN_COMPOUND_PREFIX = 3;

export function compileLanguage(data: LanguageData): Language {
  /** A lexicon list, its "+" nouns written out, lowercased. */
  const nouns = (words: readonly string[]): Set<string> => lower(expandNouns(words, data.nounEndings));
  const grammar = setsOf<Grammar>(data.grammar);
  const roles = setsOf<Roles>(data.roles);
  const cueVerbs = new Map<string, CueVerb>();
  const phrasalCues = new Map<string, { words: string[]; verb: CueVerb }[]>();
  // A separable verb's forms are shared with other verbs ("gibt ... an", "gibt ... zu"): one list per form.
  const particleCues = new Map<string, CueVerb[]>();
  for (const v of cueVerbsOf(data)) {
    const except = lower(v.except ?? []);
    const exceptBefore = lower(v.exceptBefore ?? []);
    const particle = v.particle ? { particle: v.particle, ...(v.particleFree ? { particleFree: true } : {}) } : {};
    for (const form of withAuxiliaries(v.forms, data.auxiliaries)) {
      const words = form.split(' ');
      const verb: CueVerb = { lemma: v.lemma, needs: v.needs, except, exceptBefore, alsoNoun: v.alsoNoun ?? false, belief: v.belief ?? false, plansInfinitive: v.plansInfinitive ?? false, names: v.names ?? false, form, ...particle };
      // Appended in place: Spanish and Portuguese list thousands of forms after "se", "ha", "tem", and a
      // copied list per form made the install quadratic.
      if (v.particle) append(particleCues, form, verb);
      else if (words.length === 1) cueVerbs.set(form, verb);
      else append(phrasalCues, words[0]!, { words, verb });
    }
  }
  // A phrasal form that starts like a shorter one is tried first ("goes on to say" before "goes on").
  for (const list of phrasalCues.values()) list.sort((a, b) => b.words.length - a.words.length);
  const titles = nouns(data.titles);
  const outletDescriptors = phrases(data.outletDescriptors);
  const anonymity = phrases(data.anonymityPhrases);

  // Each class's words, as (bit, words) pairs: a word form's class bits are the OR of the lists holding it.
  const classes: [number, ReadonlySet<string>][] = [
    [C.DET, grammar.determiners], [C.PREP, grammar.prepositions], [C.CONJ, grammar.conjunctions],
    [C.AUX, grammar.auxiliaries], [C.ADV, grammar.adverbs], [C.PRON, grammar.pronouns], [C.REL, grammar.relatives],
    [C.SUBORD, grammar.subordinators], [C.QUANT, grammar.quantifiers], [C.NEG, grammar.negators],
    [C.HYPO, grammar.hypotheticalModals], [C.BE, grammar.beForms], [C.SUBJ, grammar.subjectPronouns],
    [C.AUTHOR, grammar.authorPronouns], [C.WEEKDAY, lower(data.time.weekdays)], [C.TITLE, titles],
    [C.PEOPLE, nouns(data.peopleNouns)], [C.INSTITUTION, nouns(data.institutionNouns)],
    [C.DOCUMENT, nouns(data.documentNouns)], [C.STATEMENT, nouns(data.statementNouns)],
    [C.MODIFIER, nouns(data.modifiers)], [C.PARTICLE, nouns(data.nameParticles)],
    [C.OUTLET_WORD, nouns(data.outletWords)], [C.ORG_WORD, nouns(data.organizationWords)],
    [C.NON_SOURCE, nouns(data.nonSources)], [C.IRREGULAR_PAST, grammar.irregularPast],
    [C.CUE, new Set([...cueVerbs.keys(), ...particleCues.keys()])],
    [C.OUTLET_NOUN, new Set(outletDescriptors.filter((d) => d.length === 1).map((d) => d[0]!))],
    [C.VAGUE, new Set(anonymity.filter((p) => p.length === 1).map((p) => p[0]!))],
    [C.TIME, grammar.timeWords],
  ];
  const classTable = new Map<string, number>();
  for (const [bit, words] of classes) for (const w of words) classTable.set(w, (classTable.get(w) ?? 0) | bit);
  // Titles and a body's abbreviated words are looked up without their period too ("Gen." is "gen",
  // "Acme Co." a company).
  const orgWords = nouns(data.organizationWords);
  const periodBits = (norm: string): number => {
    if (!norm.endsWith('.')) return 0;
    const bare = norm.slice(0, -1);
    return (titles.has(bare) ? C.TITLE : 0) | (orgWords.has(bare) ? C.ORG_WORD : 0);
  };

  const m = data.morphology;
  const pattern = (source: string | null): RegExp | null => (source ? new RegExp(source, 'u') : null);
  const forms: [number, RegExp | null][] = [
    [F.LY, pattern(m.adverb)], [F.AGENT, pattern(m.agentNoun)], [F.AGE, pattern(m.ageNoun)], [F.PAST, pattern(m.past)],
    [F.GERUND, pattern(m.gerund)], [F.PARTICIPLE, pattern(m.participle)], [F.PLURAL, pattern(m.plural)],
    [F.NEGATED, pattern(m.negated)], [F.CONTRACTION, pattern(m.contraction)], [F.INFINITIVE, pattern(m.infinitive)],
  ];
  const formCache = new Map<string, number>();
  // The forms the pack has, as two parallel arrays: formOf reads them for each new word, without an
  // iterator or a destructured pair per form (a freshly loaded page runs it in V8's slowest tier).
  const formBits = forms.filter(([, re]) => re).map(([bit]) => bit);
  const formPatterns = forms.map(([, re]) => re).filter((re): re is RegExp => re !== null);

  // "co-editor", "afd-mitglied": a hyphenated word has its last part's noun classes.
  const hyphenHeadClass = (norm: string): number => {
    const hyphen = norm.lastIndexOf('-');
    return hyphen > 0 && hyphen < norm.length - 1 ? (classTable.get(norm.slice(hyphen + 1)) ?? 0) & COMPOUND_HEAD_CLASSES : 0;
  };
  // Compounds: "polizeisprecher" is a "sprecher", "afd-mitglied" a "mitglied". Only noun classes pass
  // to the compound, and only from an ending long enough to be a word of its own.
  const headCache = new Map<string, number>();
  const headOf = (norm: string): number => {
    const hyphen = norm.lastIndexOf('-');
    // ("ÖVP-Klubobmann": the last part may be a compound itself.)
    if (hyphen > 0 && hyphen < norm.length - 1) return hyphenHeadClass(norm) || headOf(norm.slice(hyphen + 1));
    for (let k = MIN_COMPOUND_PREFIX; k <= norm.length - MIN_COMPOUND_HEAD; k++) {
      const bits = (classTable.get(norm.slice(k)) ?? 0) & COMPOUND_HEAD_CLASSES;
      if (bits) return bits;
    }
    return 0;
  };

  // "They’ve said", "she'll": a subject pronoun with its auxiliary written on is that pronoun.
  const contraction = pattern(m.contraction);
  const contractedPronounClass = (norm: string): number => {
    const apostrophe = norm.indexOf("'");
    if (apostrophe <= 0 || !contraction?.test(norm)) return 0;
    const base = classTable.get(norm.slice(0, apostrophe)) ?? 0;
    return base & C.SUBJ ? base : 0;
  };

  const allMarks = [...data.quotes.doubleOpen, ...data.quotes.doubleClose, ...data.quotes.singleOpen, ...data.quotes.singleClose, '"', "'"];
  const language: Language = {
    code: data.code,
    data,
    capitalsMarkNames: data.capitalsMarkNames,
    nullSubject: data.nullSubject,
    headInitial: data.headInitial ?? false,
    elisions: lower(data.elisions),
    enclitics: data.enclitics.map((e) => e.toLowerCase()).sort((a, b) => b.length - a.length)
      .map((written) => ({ written, pronoun: written.slice(written.lastIndexOf('-') + 1) })),
    objectEnclitics: (data.objectEnclitics ?? []).map((e) => e.toLowerCase()).sort((a, b) => b.length - a.length),
    segmenter: new Intl.Segmenter(data.locale, { granularity: 'sentence' }),
    grammar,
    roles,
    cueVerbs,
    phrasalCues,
    titles,
    abbreviations: lower(data.abbreviations.map((a) => a.replace(/\.$/u, ''))),
    weekdays: lower(data.time.weekdays),
    outletDescriptors,
    organizationDescriptors: phrases(data.organizationDescriptors),
    time: setsOf(data.time),
    timePhrases: phrases(data.time.atTheTime),
    pronouns: new Map(Object.entries(data.pronouns)),
    titleGender: new Map(Object.entries(data.titleGender)),
    quotes: setsOf(data.quotes),
    quoteMark: new RegExp(`[${[...new Set(allMarks)].map(escape).join('')}]`, 'gu'),
    display: data.display,
    particleCues,
    morphology: { participle: pattern(m.participle), possessiveApostrophe: m.possessiveApostrophe, commonNoun: pattern(m.commonNoun ?? null),
      adjective: pattern(m.adjective ?? null), percentSign: m.percentSign ?? null },
    headClassOf(norm) {
      if (!m.compounds) return 0;
      let bits = headCache.get(norm);
      if (bits === undefined) {
        bits = headOf(norm);
        if (headCache.size >= MAX_CACHED_FORMS) headCache.clear();
        headCache.set(norm, bits);
      }
      return bits;
    },
    // "co-editor", "ex-minister", "vice-president": an unknown hyphenated word has its last part's noun classes.
    classOf: (norm) => (classTable.get(norm) ?? (hyphenHeadClass(norm) || contractedPronounClass(norm))) | periodBits(norm),
    formOf(norm) {
      let bits = formCache.get(norm);
      if (bits === undefined) {
        bits = 0;
        for (let k = 0; k < formPatterns.length; k++) if (formPatterns[k]!.test(norm)) bits |= formBits[k]!;
        // "family", "ally", "assembly": a noun the lexicons know is no adverb, whatever its ending.
        if (bits & F.LY && ((classTable.get(norm) ?? 0) & COMPOUND_HEAD_CLASSES)) bits &= ~F.LY;
        if (formCache.size >= MAX_CACHED_FORMS) formCache.clear();
        formCache.set(norm, bits);
      }
      return bits;
    },
    rules: [],
  };
  (language as { rules: Language['rules'] }).rules = buildRules(data.rules.map(expandSpec));
  return language;
}
