// The engine: blocks of article text in, attributions out. Pure: no DOM, no browser APIs, no I/O,
// so the extension's background worker, the CLI and the tests run exactly the same code.
import { claimText, quotationPiece, quoteType } from './claim';
import { sentenceContext, type SentenceContext } from './context';
import { getLanguage } from './lang/registry';
import type { SupportedLanguage } from './lang/supported';
import { C, F, type Language } from './lang/types';
import { GIVEN_NAMES, ORGANIZATIONS, OUTLETS, nameKey } from './lexicon';
import { passageState, type Passage } from './passages';
import { PATTERNS } from './patterns';
import { cueWords, phrasalIndex, type PhrasalIndex } from './rules/cue-verbs';
import type { Candidate } from './rules/types';
import { sameSource, sourceWords } from './source-key';
import { classifySource } from './sources/classify';
import { headOf, pairedAnd } from './sources/noun-phrase';
import { Discourse } from './sources/people';
import { is, isDemonym, isNameWord } from './sources/words';
import { findQuotes, type QuoteSpan } from './text/quotes';
import { splitTexts } from './text/sentences';
import type { Token } from './text/tokens';
import type { AnalyzeOptions, Attribution, Block, Link, SourceKind } from './types';
import { resolveWhen } from './dates';
import { findWhen } from './when';

/** Attributions per article beyond which the engine stops (a guard for hostile or enormous input). */
export const DEFAULT_MAX_ATTRIBUTIONS = 20_000;
/** The language a text is read in when none is given. */
export const DEFAULT_LANGUAGE: SupportedLanguage = 'en';
/** Sentences longer than this are not analyzed: no real sentence is, and rules are linear but not free. */
export const MAX_SENTENCE_CHARS = 5_000;
/** Share of a sentence's characters inside quotation marks for it to count as a quotation. */
export const QUOTED_SENTENCE_SHARE = 0.6;

interface Built {
  attribution: Attribution;
  /** The quotation spans its claim touches, for continuation sentences. */
  spans: QuoteSpan[];
}

const SYNTHETIC = (c: Candidate): boolean => !('start' in c.source) && !c.source.named;


function spanText(ctx: SentenceContext, start: number, end: number): string {
  const first = ctx.tokens[start];
  const last = ctx.tokens[end - 1];
  return first && last ? ctx.text.slice(first.start, last.end) : '';
}

/** An unnamed single person: "the former president", "one resident", "a teacher who fled". */
function personNoun(tokens: readonly Token[]): boolean {
  return tokens.some((t) => is(t, C.PEOPLE | C.TITLE));
}

/**
 * A definite role noun without a name, in a pack whose writers call a person so ("die Managerin",
 * "der 50-Jährige", "die Prokuristin des Hamburger Importeurs"): it stands for the person last named.
 */
function epithet(lang: Language, tokens: readonly Token[], span: { start: number; end: number }): boolean {
  if (!lang.data.epithets || !lang.roles.definite.has(tokens[span.start]?.norm ?? '')) return false;
  const words = tokens.slice(span.start, span.end);
  if (words.some((t) => isNameWord(t))) return false;
  const headAt = headOf(lang, tokens, span);
  const head = tokens[headAt];
  // "le porte-parole du ministère": a complement names whose role it is, someone other than the last named.
  if (lang.data.bareEpithets && tokens.slice(headAt + 1, span.end).some((t) => lang.roles.genitive.has(t.norm))) return false;
  return head !== undefined && (is(head, C.PEOPLE | C.TITLE) || (head.form & (F.AGE | F.AGENT)) !== 0);
}

/**
 * A person named earlier in the same sentence, outside quotations ("Gabi Eutemüller zeigt auf ...,
 * „…“, freut sich die Prokuristin"): what an epithet later in it refers to first.
 */
function personBefore(ctx: SentenceContext, before: number): { name: string; kind: SourceKind; plural: boolean } | null {
  let found: string | null = null;
  for (let i = 0; i < before; i++) {
    if (ctx.quoted[i] || !isNameWord(ctx.tokens[i]!)) continue;
    let j = i + 1;
    while (j < before && !ctx.quoted[j] && isNameWord(ctx.tokens[j]!) && j - i < MAX_NAME_WORDS) j++;
    // Two or more name words that name no known body: a given name first, or the sentence's subject.
    const words = ctx.tokens.slice(i, j);
    const name = spanText(ctx, i, j);
    const body = words.some((t) => is(t, C.ORG_WORD | C.OUTLET_WORD)) || ORGANIZATIONS.has(nameKey(name)) || OUTLETS.has(nameKey(name));
    if (j - i >= 2 && !body && (GIVEN_NAMES.has(words[0]!.norm) || i === 0)) found = name;
    i = j;
  }
  return found ? { name: found, kind: 'person', plural: false } : null;
}

/** Longest person's name looked for before an epithet. */
const MAX_NAME_WORDS = 4;

/** The last part of a hyphenated compound ("afd-mitglied" → "mitglied"), which epithets are matched by. */
const compoundHead = (norm: string): string => norm.slice(norm.lastIndexOf('-') + 1);

/** Is the candidate's source an epithet, to be read after the sentence's named sources? */
const isEpithet = (ctx: SentenceContext, c: Candidate): boolean => 'start' in c.source && !c.pronoun && epithet(ctx.lang, ctx.tokens, c.source);
/** A quotation without a mark of its own opens the sentence: dialogue resuming after its dash. */
const opensQuoted = (ctx: SentenceContext): boolean => {
  const first = ctx.tokens.find((t) => t.word);
  return first !== undefined && ctx.quotes.some((q) => q.start === first.start);
};

/**
 * Turns one rule candidate into an attribution (source named, kind decided, pronoun resolved).
 * `taken` says whether an earlier candidate of the sentence already gave this source: such a candidate
 * is dropped (see dedupe), so what it would say of the source is not noted.
 */
function build(ctx: SentenceContext, c: Candidate, discourse: Discourse, blockIndex: number, passage: Passage | null,
  taken: (source: string) => boolean): Built | null {
  const { lang } = ctx;
  let source: string;
  let mention: string | null = null;
  let kind: SourceKind;
  let plural = false;
  if (!('start' in c.source)) {
    source = c.source.text;
    kind = c.source.kind;
  } else if (c.implicitSubject) {
    // "—…—dijo.": no subject written, so the last one speaking (or named) said it.
    const antecedent = discourse.lastSpeaker();
    if (!antecedent) return null;
    source = antecedent.name;
    kind = antecedent.kind;
    plural = antecedent.plural;
    if (!taken(source)) discourse.noteSource(source, kind, plural, !plural && (kind === 'person' || kind === 'anonymous'));
  } else {
    const span = c.source;
    const tokens = ctx.tokens.slice(span.start, span.end);
    const written = spanText(ctx, span.start, span.end);
    if (c.pronoun) {
      // The pronoun's word form: "he" of "he’s said", "they" of "they’ve said".
      const pronoun = ctx.tokens[span.start]!.norm.split("'")[0]!;
      const antecedent = discourse.sentenceSubject(ctx.tokens, ctx.quoted, span.start, pronoun) ?? discourse.resolve(pronoun);
      if (antecedent) {
        source = antecedent.name;
        kind = antecedent.kind;
        plural = antecedent.plural;
        discourse.noteGender(source, pronoun);
        if (!taken(source)) discourse.noteSource(source, kind, plural, !plural && (kind === 'person' || kind === 'anonymous'));
      } else {
        // "he" with nobody near to refer to is still a person; "they" an unnamed group, as vague as the
        // article leaves it; "it" is too vague to report.
        const refers = lang.pronouns.get(pronoun)?.refers;
        if (refers !== 'person' && refers !== 'any' && refers !== 'group') return null;
        // ("they thought the dots had moved": what an unnamed group believes is no statement to report.)
        if (refers === 'group' && ctx.tokens.slice(c.cueSpan.start, c.cueSpan.end).some((t) => lang.cueVerbs.get(t.norm)?.belief)) return null;
        source = written.split(/['’ʼ]/)[0]!; // "They", not "They’ve"
        kind = refers === 'group' ? 'anonymous' : 'person';
      }
      mention = written;
    } else {
      const appositive = c.appositive ? ctx.tokens.slice(c.appositive.start, c.appositive.end) : undefined;
      // "pelo senador", "du ministre": the article is written into the preposition before the phrase.
      const articleBefore = lang.grammar.articlePrepositions?.has(ctx.tokens[span.start - 1]?.norm ?? '') ?? false;
      const classified = classifySource(lang, tokens, headOf(lang, ctx.tokens, span) - span.start, appositive, discourse, c.kindHint, articleBefore);
      source = classified.name;
      kind = classified.kind;
      plural = classified.plural;
      // "sagt die Managerin": in a pack with epithets, a definite role noun is the one last named so, or the person last named.
      const headWord = compoundHead(ctx.tokens[headOf(lang, ctx.tokens, span)]!.norm);
      const isEpithet = (kind === 'anonymous' || classified.office === true) && !plural && epithet(lang, ctx.tokens, span);
      const named = isEpithet ? personBefore(ctx, span.start) ?? discourse.byEpithet(headWord) : null;
      if (named) {
        source = named.name;
        kind = named.kind;
        plural = named.plural;
      }
      const mentionText = c.mention ? spanText(ctx, c.mention.start, c.mention.end) : written;
      mention = mentionText !== source ? mentionText : null;
      if (!taken(source)) discourse.noteSource(source, kind, plural, kind === 'person' || (kind === 'anonymous' && !plural && personNoun(tokens)), true,
        lang.data.epithets && personNoun(tokens) ? headWord : undefined);
      // "Die Ärztin sagte …": a person's noun after a determiner that tells its gender.
      if (!named && !plural && (kind === 'person' || (kind === 'anonymous' && personNoun(tokens)))) {
        const first = tokens[0]?.norm ?? '';
        const gender = lang.grammar.masculineDeterminers?.has(first) ? 'm' : lang.grammar.feminineDeterminers?.has(first) ? 'f' : null;
        if (gender) discourse.noteArticleGender(source, gender);
      }
    }
  }
  const window = c.timeWindow ?? c.cueSpan;
  const when = findWhen(ctx, window.start, window.end)
    ?? ('start' in c.source ? findWhen(ctx, c.source.start, c.source.end) : null);
  const claim = claimText(ctx.text, c.claim);
  return {
    attribution: {
      block: blockIndex,
      start: ctx.start,
      end: ctx.end,
      sentence: ctx.text.slice(ctx.start, ctx.end),
      cue: c.cue,
      source,
      sourceMention: mention && mention.toLowerCase() !== source.toLowerCase() ? mention : null,
      sourceKind: kind,
      claim: claim || ctx.text.slice(ctx.start, ctx.end),
      when,
      whenDate: null, // resolved once the article is read (see resolveWhen)
      links: [],
      via: passage?.via ?? null,
      quote: quoteType(ctx, c.claim),
      continuation: [],
      rule: c.rule,
    },
    spans: ctx.quotes.filter((q) => q.start < c.claim.end && q.end > c.claim.start),
  };
}

/** Most words of one office in a coordination ("son Premier ministre"). */
const MAX_OFFICE_WORDS = 4;

/**
 * "both Roscosmos and NASA said": one candidate per named source. Only names are split, so
 * "Iraqi and Kurdish military and intelligence officials" stays one source.
 */
function splitCoordinated(ctx: SentenceContext, c: Candidate): Candidate[] {
  if (!('start' in c.source) || c.pronoun) return [c];
  const { start, end } = c.source;
  const parts: { start: number; end: number }[] = [];
  const { lang } = ctx;
  let from = start;
  let paired = false;
  if (lang.roles.both.has(ctx.tokens[from]?.norm ?? '')) from++;
  for (let i = from; i < end; i++) {
    const pair = pairedAnd(ctx, i, Math.max(0, start - 1));
    paired ||= pair;
    if (lang.roles.coordinator.has(ctx.tokens[i]!.norm) || ctx.tokens[i]!.text === ',' || pair) {
      parts.push({ start: from, end: i });
      from = i + 1;
    }
  }
  parts.push({ start: from, end });
  /** One candidate per part, each part its own source. */
  const separately = (): Candidate[] => parts.map((p) => ({ ...c, source: p, mention: p, appositive: undefined }));
  // "tanto el Gobierno como la oposición": a pair so opened is two sources, whatever their words.
  if (paired && parts.length === 2 && parts.every((p) => p.end > p.start)) return separately();
  // "die Polizei und die Feuerwehr", "Polizei und Feuerwehr", "die Stadt und Landkreis": bodies' nouns,
  // each alone or after its article, are sources of their own.
  const institution = (p: { start: number; end: number }): boolean => {
    const noun = p.end - p.start === 2 && lang.roles.definite.has(ctx.tokens[p.start]!.norm) ? p.start + 1 : p.end - p.start === 1 ? p.start : -1;
    return noun >= 0 && is(ctx.tokens[noun], C.INSTITUTION) && !isNameWord(ctx.tokens[noun]!);
  };
  // "le président et son Premier ministre", "the mayor and the governor": each part a determiner, then a
  // role or a body's noun (after a capitalized word or a modifier: "Premier"), is a source of its own.
  const office = (p: { start: number; end: number }): boolean => {
    const words = ctx.tokens.slice(p.start, p.end);
    const head = words[words.length - 1];
    return words.length >= 2 && words.length <= MAX_OFFICE_WORDS && is(words[0], C.DET) && !PATTERNS.number.test(words[0]!.norm)
      && head !== undefined && !head.cap && is(head, C.TITLE | C.PEOPLE | C.INSTITUTION)
      && words.slice(1, -1).every((t) => t.word && (t.cap || is(t, C.MODIFIER | C.TITLE)));
  };
  if (parts.length >= 2 && parts.every((p) => institution(p) || office(p))) return separately();
  // "el Gobierno colombiano y el ELN": where adjectives follow their noun, a body's noun with its article and
  // adjectives, joined to another phrase with its own article (a body's or a name), is a source of its own.
  const body = (p: { start: number; end: number }): boolean => lang.headInitial === true && p.end - p.start >= 2 && lang.roles.definite.has(ctx.tokens[p.start]!.norm)
    && is(ctx.tokens[p.start + 1], C.INSTITUTION) && ctx.tokens.slice(p.start + 2, p.end).every((t) => t.word && !t.cap && !is(t, C.PREP | C.DET));
  // A part's name: its words after an article and after the titles before the name ("o prefeito Eduardo
  // Paes e o governador Cláudio Castro").
  const nameWords = (p: { start: number; end: number }): Token[] => {
    const words = ctx.tokens.slice(p.start, p.end);
    const afterArticle = lang.roles.definite.has(words[0]?.norm ?? '') ? words.slice(1) : words;
    const name = afterArticle.findIndex((t) => t.cap || !is(t, C.TITLE));
    return name > 0 ? afterArticle.slice(name) : afterArticle;
  };
  // A connector inside a name: "dos" and "do" of "a Ordem dos Advogados do Brasil".
  const link = (words: readonly Token[], k: number): boolean => k > 0 && k < words.length - 1 && lang.grammar.phraseConnectors.has(words[k]!.norm);
  const named = (p: { start: number; end: number }): boolean => {
    const words = nameWords(p);
    return words.length > 0 && words.filter((_, k) => !link(words, k)).length <= 4 && words.every((t, k) => (isNameWord(t) && !isDemonym(t)) || link(words, k));
  };
  // "Senate candidates Ann Keller and Bo Lind": a plural role before the first name is shared by all.
  const first = parts[0]!;
  if (parts.length >= 2 && !named(first)) {
    let role = -1;
    for (let k = first.start; k < first.end; k++) {
      const t = ctx.tokens[k]!;
      if (!t.cap && (t.form & F.PLURAL) !== 0 && (is(t, C.PEOPLE | C.TITLE) || (t.form & F.AGENT) !== 0)) role = k;
    }
    if (role >= 0 && named({ start: role + 1, end: first.end })) parts[0] = { start: role + 1, end: first.end };
  }
  if (parts.length >= 2 && parts.some(body) && parts.every((p) => body(p) || (named(p) && lang.roles.definite.has(ctx.tokens[p.start]!.norm)))) {
    return separately();
  }
  if (parts.length < 2 || !parts.every(named)) return [c];
  // Names with connectors inside are several only when each has its article ("a Ordem dos Advogados do
  // Brasil e a Associação …"; not "o Ministério de Minas e Energia", one body's name).
  const linked = parts.some((p) => nameWords(p).some((_, k, words) => link(words, k)));
  if (linked && !parts.every((p) => lang.roles.definite.has(ctx.tokens[p.start]!.norm))) return [c];
  // "the World Travel and Tourism Council", "Department of Health and Human Services": one body's name,
  // unless each part is a body the lexicons know ("The Wall Street Journal and the New York Times").
  const known = (p: { start: number; end: number }): boolean => {
    const key = nameKey(spanText(ctx, p.start, p.end));
    return OUTLETS.has(key) || ORGANIZATIONS.has(key);
  };
  // Unless each part is a body's name of its own ("the Ledger and the Courier").
  const bodyWord = (p: { start: number; end: number }): boolean => ctx.tokens.slice(p.start, p.end).some((t) => is(t, C.ORG_WORD | C.OUTLET_WORD));
  if (bodyWord(parts[parts.length - 1]!) && !parts.every(known) && !parts.every(bodyWord)) return [c];
  return separately();
}

/** One candidate per cue word; a cue that names no source yields to one that does. */
function onePer(candidates: Candidate[]): Candidate[] {
  const named = candidates.filter((c) => !SYNTHETIC(c));
  const pool = named.length ? named : candidates.slice(0, 1);
  const usedCues = new Set<number>();
  return pool.filter((c) => {
    if (usedCues.has(c.cueSpan.start) && !c.sharesCue) return false;
    usedCues.add(c.cueSpan.start);
    return true;
  });
}

/** One record per (sentence, source): the first rule's wins. */
function dedupe(lang: Language, built: Built[]): Built[] {
  const out: Built[] = [];
  const keys: Set<string>[] = [];
  for (const x of built) {
    const key = sourceWords(lang, x.attribution.source);
    if (keys.some((k) => sameSource(k, key))) continue;
    keys.push(key);
    out.push(x);
  }
  return out;
}

/** Share of a sentence's tokens inside quotations. */
function quotedTokenShare(ctx: SentenceContext): number {
  let quoted = 0;
  for (let i = 0; i < ctx.quoted.length; i++) if (ctx.quoted[i]) quoted++;
  return ctx.tokens.length ? quoted / ctx.tokens.length : 0;
}

/** Words of a sentence. */
function wordCount(ctx: SentenceContext): number {
  let words = 0;
  for (let i = 0; i < ctx.tokens.length; i++) if (ctx.tokens[i]!.word) words++;
  return words;
}

/** Is the sentence a quotation (QUOTED_SENTENCE_SHARE of its tokens quoted)? */
const quotedSentence = (ctx: SentenceContext): boolean => quotedTokenShare(ctx) >= QUOTED_SENTENCE_SHARE;

/** The quotation holding the sentence, or failing that the one it starts in. */
function quotationAt(quotes: readonly QuoteSpan[], ctx: SentenceContext): QuoteSpan | undefined {
  for (const q of quotes) if (q.start <= ctx.start && q.end >= ctx.end) return q;
  for (const q of quotes) if (q.start <= ctx.start && q.end > ctx.start) return q;
  return undefined;
}

/**
 * Another sentence of a quotation whose cue is elsewhere joins the attribution it belongs to: its
 * place is kept (for highlights) and its text goes on the claim, so a quotation is listed once. It
 * may come first ("“We are tired. We want peace,” said X.").
 */
function continueWith(from: Attribution, ctx: SentenceContext, blockIndex: number): void {
  const sentence = ctx.text.slice(ctx.start, ctx.end);
  from.continuation.push({ block: blockIndex, start: ctx.start, end: ctx.end, sentence });
  const more = quotationPiece(sentence);
  if (!more) return;
  from.claim = quotationPiece(from.claim);
  if (!from.claim) from.claim = more;
  else if (blockIndex < from.block || (blockIndex === from.block && ctx.start < from.start)) from.claim = `${more} ${from.claim}`;
  // The cue cut the claim off mid-sentence ("“We will win,” he said. “…”"): the ellipsis says so.
  else from.claim = `${from.claim}${PATTERNS.endsSentence.test(from.claim) ? ' ' : ' … '}${more}`;
}

/** The links of `block` inside its text's [start, end): a sentence's links, in order. */
export function linksIn(block: Block, start: number, end: number): Link[] {
  const out: Link[] = [];
  for (const link of block.links ?? []) {
    if (link.start < end && link.end > start) out.push({ href: link.href, text: block.text.slice(link.start, link.end) });
  }
  return out;
}

/**
 * Per pack: the rules always tried (no triggers), each trigger word → the rules (by index) it wakes,
 * and the rules woken by a word class (their index and class bits; `classes` is all their bits).
 */
interface Triggers {
  always: Uint8Array;
  /** The rules woken in the sentence being read (wake): one buffer per pack, not one per sentence. */
  woken: Uint8Array;
  byWord: Map<string, number[]>;
  byClass: { rule: number; bits: number }[];
  classes: number;
  /** The cue-verb rules, also woken where a phrasal form of a cue verb may start (`phrasal`). */
  cueRules: number[];
  phrasal: PhrasalIndex;
}
const triggersOf = new WeakMap<Language, Triggers>();

function packTriggers(lang: Language): Triggers {
  let triggers = triggersOf.get(lang);
  if (!triggers) {
    const always = new Uint8Array(lang.rules.length);
    const byWord = new Map<string, number[]>();
    const wake = (w: string, r: number): void => {
      const rules = byWord.get(w);
      if (!rules) byWord.set(w, [r]);
      else if (!rules.includes(r)) rules.push(r);
    };
    const byClass: { rule: number; bits: number }[] = [];
    let classes = 0;
    const cueRules: number[] = [];
    lang.rules.forEach((rule, r) => {
      if (!rule.triggers && !rule.triggerClasses && !rule.triggerCueVerbs) always[r] = 1;
      for (const w of rule.triggers ?? []) wake(w, r);
      if (rule.triggerCueVerbs) {
        for (const w of cueWords(lang)) wake(w, r);
        cueRules.push(r);
      }
      if (rule.triggerClasses) {
        byClass.push({ rule: r, bits: rule.triggerClasses });
        classes |= rule.triggerClasses;
      }
    });
    triggersOf.set(lang, (triggers = { always, woken: new Uint8Array(lang.rules.length), byWord, byClass, classes, cueRules, phrasal: phrasalIndex(lang) }));
  }
  return triggers;
}

/**
 * Which of the pack's rules look at the sentence (1 by rule index): those without triggers, and those
 * with a trigger word or class among its words. One lookup per word, rather than each rule asking for
 * each of its triggers. The answer is the pack's buffer, good until the next sentence is woken.
 */
function wake(triggers: Triggers, ctx: SentenceContext): Uint8Array {
  const { woken, byWord, byClass, classes, cueRules, phrasal } = triggers;
  woken.set(triggers.always);
  const tokens = ctx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const rules = byWord.get(t.norm);
    if (rules) for (let k = 0; k < rules.length; k++) woken[rules[k]!] = 1;
    if (t.cls & classes) for (let k = 0; k < byClass.length; k++) if (t.cls & byClass[k]!.bits) woken[byClass[k]!.rule] = 1;
    // A phrasal form's second word follows its first, or a weekday and then it (see scanCueVerbs).
    const seconds = phrasal.get(t.norm);
    if (seconds && (seconds.has(tokens[i + 1]?.norm ?? '') || seconds.has(tokens[i + 2]?.norm ?? ''))) for (let k = 0; k < cueRules.length; k++) woken[cueRules[k]!] = 1;
  }
  return woken;
}

/** Which of the pack's rules look at the sentence (see wake), as an array of its own. */
export const wokenRules = (lang: Language, ctx: SentenceContext): Uint8Array => wake(packTriggers(lang), ctx).slice();

/** The pack to read with: the one asked for, which must be installed. */
function languageFor(code: string): Language {
  const lang = getLanguage(code);
  if (!lang) throw new Error(`no language pack is installed for "${code}"`);
  return lang;
}

/** The engine's answer, and whether it stopped at `maxAttributions` before the end of the article. */
export interface Analysis {
  attributions: Attribution[];
  truncated: boolean;
}

export function analyze(blocks: readonly Block[], options: AnalyzeOptions = {}): Attribution[] {
  return analyzeArticle(blocks, options).attributions;
}

export function analyzeArticle(blocks: readonly Block[], options: AnalyzeOptions = {}): Analysis {
  const max = options.maxAttributions ?? DEFAULT_MAX_ATTRIBUTIONS;
  const lang = languageFor(options.lang ?? DEFAULT_LANGUAGE);
  const discourse = new Discourse(lang);
  const out: Attribution[] = [];
  const passages = passageState();
  let openBefore = false;
  const seen = new Set<string>();
  /** Who is speaking in a quotation left open at the end of the previous block. */
  let openSpeaker: Attribution | null = null;

  const rules = lang.rules;
  const triggers = packTriggers(lang);
  // Every block's sentences at once: the segmenter reads short blocks together (see splitTexts).
  const sentencesOf = splitTexts(blocks.map((block) => block.text), lang);
  let b = 0;
  for (; b < blocks.length && out.length < max; b++) {
    const block = blocks[b]!;
    const text = block.text;
    // A photo's caption names who is in the picture, not whom the next paragraph's "he" means: its
    // names are learnt (a full name, a title) but none becomes the one a pronoun refers to.
    discourse.inCaption = block.kind === 'caption';
    const quotes = findQuotes(text, lang, openBefore);
    const passage = passages.enter(block);
    const sentences = sentencesOf[b]!.filter((s) => s.end - s.start <= MAX_SENTENCE_CHARS);
    // Sentences with no words, and repeats of a sentence already read (a caption twice, a pull quote), are skipped.
    const contexts: SentenceContext[] = [];
    for (let k = 0; k < sentences.length; k++) {
      const ctx = sentenceContext(text, sentences[k]!.start, sentences[k]!.end, quotes, lang);
      if (wordCount(ctx) === 0) continue;
      const sentence = text.slice(ctx.start, ctx.end);
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      contexts.push(ctx);
    }
    const found: (Built[] | null)[] = [];
    for (let k = 0; k < contexts.length; k++) {
      const ctx = contexts[k]!;
      discourse.sentence++;
      const matched: Candidate[] = [];
      const woken = wake(triggers, ctx);
      for (let r = 0; r < rules.length; r++) {
        if (!woken[r]) continue;
        // Index loops, here and below: an iterator per rule and sentence is garbage in V8's lower tiers.
        const fromRule = rules[r]!.match(ctx);
        for (let c = 0; c < fromRule.length; c++) matched.push(fromRule[c]!);
      }
      // Most sentences match no rule: nothing to order, build or dedupe.
      let built: Built[] = [];
      if (matched.length) {
        const candidates: Candidate[] = [];
        for (const c of onePer(matched)) for (const part of splitCoordinated(ctx, c)) candidates.push(part);
        // Epithets ("die Kauffrau") are read after the sentence's named sources, whom they may mean.
        const ordered = [...candidates.filter((c) => !isEpithet(ctx, c)), ...candidates.filter((c) => isEpithet(ctx, c))];
        const keys: Set<string>[] = [];
        const taken = (source: string): boolean => {
          const key = sourceWords(lang, source);
          return keys.some((k) => sameSource(k, key));
        };
        const all: Built[] = [];
        for (const c of ordered) {
          const x = build(ctx, c, discourse, b, passage, taken);
          if (!x) continue;
          all.push(x);
          keys.push(sourceWords(lang, x.attribution.source));
        }
        built = dedupe(lang, all);
      }
      // Names are noted after the sentence's own sources, so "He vowed ..., but editor Jon Sopel said" keeps "He" for someone earlier.
      discourse.notePersonMentions(ctx.tokens, ctx.quoted);
      discourse.noteDocumentSubject(ctx.tokens, ctx.quoted);
      discourse.noteOpeningSubject(ctx.tokens, ctx.quoted);
      found.push(built.length ? built : null);
    }
    // Quotation spans → the attribution that speaks them, so the rest of the quotation inherits it.
    const speakerOf = new Map<QuoteSpan, Attribution>();
    for (const built of found) {
      for (const x of built ?? []) {
        if (x.attribution.quote === 'indirect') continue;
        for (const span of x.spans) if (!speakerOf.has(span)) speakerOf.set(span, x.attribution);
      }
    }
    const continued = quotes.find((q) => q.continued);
    if (continued && openSpeaker && !speakerOf.has(continued)) speakerOf.set(continued, openSpeaker);

    let lastDirect: Attribution | null = passage?.speaker ?? null;
    for (let k = 0; k < contexts.length; k++) {
      const ctx = contexts[k]!;
      const built = found[k];
      if (built) {
        for (const x of built) out.push(x.attribution);
        const direct = built.find((x) => x.attribution.quote !== 'indirect');
        lastDirect = direct ? direct.attribution : null;
        continue;
      }
      // The share of quoted words is counted only when a speaker could continue here (most sentences have none).
      const span = quotationAt(quotes, ctx);
      const speaker = span ? speakerOf.get(span) : undefined;
      let from: Attribution | null = null;
      if (speaker && quotedSentence(ctx)) {
        from = speaker;
      } else if (lastDirect && quotedSentence(ctx) && (PATTERNS.opensWithQuote.test(ctx.text.slice(ctx.start, ctx.end)) || opensQuoted(ctx))) {
        // “They are harsh,” said X. “Their hosts reject them.”: the next quotation in the paragraph is X's too
        // (as is dialogue resuming after its speaker: "—No dimitiré —dijo X—. Tengo apoyos.").
        from = lastDirect;
        if (span) speakerOf.set(span, lastDirect);
      } else if (passage?.speaker && !passage.via) {
        // A passage introduced by "X said:" / "X wrote in a blog post:" speaks for X throughout.
        from = passage.speaker;
      } else {
        lastDirect = null;
      }
      if (from) continueWith(from, ctx, b);
    }

    const lastSpan = quotes[quotes.length - 1];
    openBefore = lastSpan?.open ?? false;
    openSpeaker = openBefore && lastSpan ? speakerOf.get(lastSpan) ?? null : null;
    const lastBuilt = found[found.length - 1];
    const lastSentence = sentences[sentences.length - 1];
    passages.leave(block, lastSentence ? text.slice(lastSentence.start, lastSentence.end) : '', lastBuilt?.map((x) => x.attribution) ?? []);
  }
  const attributions = out.slice(0, max);
  for (const a of attributions) {
    a.links = linksIn(blocks[a.block]!, a.start, a.end);
    a.whenDate = resolveWhen(a.when, options.published, lang);
  }
  return { attributions, truncated: out.length > max || b < blocks.length };
}
