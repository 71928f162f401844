// Every regular expression the engine uses, compiled once, in one commented table (as
// mozilla/readability does). Patterns built from lexicon data are compiled here too, so that the
// ReDoS test checks every pattern the engine can ever run. Keep them linear: no nested quantifiers
// over overlapping classes.

/** Letters, marks, digits, and the invisible characters that may sit inside a word. */
const W = String.raw`[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060]`;

export const PATTERNS: Record<string, RegExp> = {
  /** A word (letters joined by apostrophes, hyphens, periods, ampersands) or one other visible character. */
  token: new RegExp(String.raw`(${W}+(?:['’ʼ\-‐‑.&]${W}+)*)|[^\s\u00AD\u200B-\u200D\u2060]`, 'gu'),
  upperStart: /^\p{Lu}/u,
  /** One capital letter: an initial ("Brian K. Coombes"). */
  initial: /^\p{Lu}$/u,
  possessiveEnd: /(?:['’ʼ]s|(?<=s)['’ʼ])$/iu,
  invisible: /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu,
  /** A word with an apostrophe or an invisible character, which normalizing must handle. */
  wordNeedsCleaning: /['‘’ʼ\u00AD\u200B-\u200D\u2060\uFEFF]/u,
  curlyApostrophe: /[‘’ʼ]/gu,
  /** A possessive at the end of a word inside a name ("Parliament's Joint Committee"). */
  possessiveWordEnd: /(?:'s|s')(?=\s|$)/gu,
  /** Characters that play no part in a name's lookup key. */
  nameKeyJunk: /[^\p{L}\p{N}&.' -]+/gu,
  spaces: /\s+/gu,
  leadingThe: /^the /u,
  /** A sentence that starts in lowercase continues the one before (“Why?” he asked). */
  lowerStart: /^[\s"'“”‘’)\]]*\p{Ll}/u,
  /** The last word of a segment and the period after it ("Gen." in "Major General Maj. Gen."). */
  endsWithAbbreviation: /(?:^|[\s(“"‘'])([\p{L}\u00AD.]{1,12})\.$/u,
  digitStart: /^\p{N}/u,
  space: /[\s\u00A0]/u,
  number: /^\p{N}[\p{N},.]*$/u,
  /** Adverbs in -ly ("publicly"), which never name a source. */
  lyAdverb: /^\p{L}{3,}ly$/u,
  trailingPeriod: /\.$/u,
  /** Nouns for people by what they do: protesters, economists, physicians, residents, investors. */
  agentNoun: /^\p{Ll}{3,}(?:ers|ists|ians|ants|ents|ors|eers)$/u,
  /** A space that joining tokens put before punctuation ("Al-Jubouri ,"). */
  spaceBeforePunct: / ([,.;:!?)\]’”])/gu,
  /** All capitals, two letters or more, dots allowed: CDC, NASA, U.N. */
  acronym: /^(?:\p{Lu}\.?){2,8}$/u,
  trailingPossessive: /(?:['’]s|(?<=s)['’])$/u,
  leadingDeterminer: /^(?:the|a|an) /iu,
  /** A plural noun: "officials", "sources" (not "news", "press"). */
  pluralNoun: /^\p{L}{2,}[^s]s$/u,
  /** A year: 1900-2099. */
  year: /^(?:19|20)\d\d$/u,
  /** Punctuation or a space at an end of a claim (trimmed one character at a time: see claim.ts). */
  claimEdge: /^[\s,;:—–-]$/u,
  /** A claim that is one quotation from end to end. */
  wrappedQuote: /^[“"‘]([^]*?)[.,!?]?[”"’][.,!?]?$/u,
  innerQuoteMark: /[“”"]/u,
  /** Words between an article and a report noun: "a new report by", "its 2015 report by". */
  reportModifier: /^(?:new|recent|latest|\d{4}|joint|annual|final|leaked|confidential|internal|separate)$/u,
  openingQuote: /^[“„«‘"']$/u,
  closingQuote: /^[”»’"']$/u,
  /** Time words that may stand between a verb and its content ("said late Thursday that"). */
  timeWord: /^(?:yesterday|today|tonight|earlier|later|late|early|last|this|week|month|year|morning|afternoon|evening|night|weekend)$/u,
  pastTense: /^\p{Ll}{2,}ed$/u,
  sentenceEnd: /^[.!?…]$/u,
  ellipsis: /^(?:\.|…)$/u,
  dash: /^[—–-]$/u,
  endsWithColon: /:\s*$/u,
  opensWithQuote: /^[“"‘'„«]/u,
  nonWordChars: /[^\p{L}\p{N}]+/u,
  /** A surname with a lowercase particle joined by a hyphen: al-Jubbouri, el-Sisi, bin-Salman. */
  particleName: /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|bint|ben)[-‐‑'’]\p{Lu}/u,
  /** "for years", "for months": how long someone has been saying something. */
  durationWord: /^(?:years|months|weeks|days|decades|ages|now|some|long)$/u,
  /** A past participle that may follow a noun inside a source phrase ("reports seen by", "research conducted in"). */
  participle: /^(?:\p{Ll}{2,}ed|seen|written|done|led|taken|given|made|drawn|known|shown|held|run|put|sent)$/u,
  /** "the 72-year-old", "a 30-year-old": an age used as a noun for a person. */
  ageNoun: /^\d{1,3}-years?-old$/u,
  /** A word of two or more capitals and nothing else: US, WHO, IT. */
  allCaps: /^\p{Lu}{2,}$/u,
  /** An auxiliary contracted with "not": didn't, hasn't, won't, can't. */
  negatedAuxiliary: /^\p{L}+n't$/u,
  /** A verb contracted with a pronoun or "not": isn't, it's, they've, won't. */
  contraction: /^\p{L}+(?:n't|'s|'re|'ve|'ll|'d|'m)$/u,
  /** A capital inside a word: ZeniMax, eBay, YouTube (brand names, not surnames; McDonald and O'Brien aside). */
  camelCase: /\p{Ll}\p{Lu}/u,
  /** A web address used as a name: "Caliber.Az", "Salon.com", "Politico.eu" (labels cannot hold the dot, so no backtracking). */
  domainName: /^\p{L}[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}$/u,
  /** Surname prefixes that put a capital inside a name: McDonald, MacArthur, O'Brien. */
  surnamePrefix: /^(?:Mc|Mac|O')/u,
  /** "speaking at a conference", "writing in the Guardian": an -ing word opening an aside. */
  gerund: /^\p{Ll}{3,}ing$/u,
  /** Characters that open or close a quotation, or may: the only ones findQuotes looks at. */
  quoteMark: /[“„«”»‘’"']/gu,
  nonSpace: /\S/u,
  letterOrDigit: /[\p{L}\p{N}]/u,
  /** What may stand before an opening quotation mark. */
  beforeOpeningQuote: /[\s([{\u2014\u2013\-/]/u,
  digit: /\p{N}/u,
  /** A word of letters and digits only, whose lookup key is its lowercase form. */
  plainWord: /^[\p{L}\p{N}]+$/u,
  /** Where a very long block may be cut before segmenting: after . ! or ? (and a closing mark) and a space. */
  chunkBoundary: /[.!?][”"’)\]]?\s+/gu,
  /** What may follow "per" in a cue ("per the CDC") but not in a rate ("per cent"). */
  perRate: /^(?:cent|capita|annum|day|hour|week|month|year|person|head|share|mile|kilometre|kilometer|minute|second|game|trip|unit|household|passenger|pupil|student|vehicle)s?$/u,
};
