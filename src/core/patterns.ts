// Every regular expression the engine uses, compiled once, in one commented table (as
// mozilla/readability does). Patterns built from lexicon data are compiled here too, so that the
// ReDoS test checks every pattern the engine can ever run. Keep them linear: no nested quantifiers
// over overlapping classes.

/** Letters, marks, digits, and the invisible characters that may sit inside a word. */
const W = String.raw`[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060]`;

export const PATTERNS = {
  /**
   * A word (letters joined by apostrophes, hyphens, periods, ampersands, slashes: "9/11", "CNN/ORC"; digits by a decimal or
   * thousands comma: "2,5", "1,000") or one other visible character. The definition of a token: the
   * engine finds its matches with text/scan.ts (the same answers, tested), which needs no regex run.
   */
  token: new RegExp(String.raw`${W}+(?:['’ʼ\-‐‑.&/]${W}+|(?<=\p{N}),\p{N}+)*|[^\s\u00AD\u200B-\u200D\u2060]`, 'gu'),
  /**
   * The ASCII letters and digits that start a word, read from `lastIndex` (sticky): the scanner's
   * fast path for most words (text/scan.ts wordEnd). One native match per word instead of a call per
   * character, in V8's lower tiers where the extension runs the engine.
   */
  asciiWordRun: /[A-Za-z0-9]+/y,
  /** One character of `token`'s words (text/scan.ts classes characters with it, once each). */
  wordChar: new RegExp(String.raw`^${W}$`, 'u'),
  /** One character of a number ("1,000": `token` joins digits by a comma). */
  numberChar: /^\p{N}$/u,
  /** One space character as `token` reads \s. */
  spaceChar: /^\s$/u,
  upperStart: /^\p{Lu}/u,
  /** A US party and state after a lawmaker's name: "R-Ky.", "D-N.Y.", "I-Vt". */
  partyAndState: /^[RDI]-[A-Z][A-Za-z.]{1,5}$/u,
  /** Starts with a letter of any script. */
  letterStart: /^\p{L}/u,
  /** A capital anywhere ("54-Jährige"). */
  upperLetter: /\p{Lu}/u,
  /** One capital letter: an initial ("Brian K. Coombes"). */
  initial: /^\p{Lu}$/u,
  possessiveEnd: /(?:['’ʼ]s|(?<=s)['’ʼ])$/iu,
  invisible: /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu,
  /** A word with an apostrophe or an invisible character, which normalizing must handle. */
  wordNeedsCleaning: /['‘’ʼ\u00AD\u200B-\u200D\u2060\uFEFF]/u,
  curlyApostrophe: /[‘’ʼ]/gu,
  /** The first apostrophe of a word (where an elided article ends: "l’agence"). */
  apostrophe: /['’ʼ]/u,
  /** A possessive at the end of a word inside a name ("Parliament's Joint Committee"). */
  possessiveWordEnd: /(?:'s|s')(?=\s|$)/gu,
  /** Characters that play no part in a name's lookup key. */
  nameKeyJunk: /[^\p{L}\p{N}&.' -]+/gu,
  spaces: /\s+/gu,
  /** Nothing but spaces, or nothing ("42%", "42 %": a percent sign after its number). */
  blank: /^\s*$/u,
  /** A sentence that starts in lowercase continues the one before (“Why?” he asked). */
  lowerStart: /^[\s"'“”‘’«»„)\]]*\p{Ll}/u,
  /** A segment that ends in "?", "!" or "…" (inside a quotation that goes on). */
  endsInQuestionOrExclamation: /[?!…]\s*$/u,
  /** A segment that starts with a comma or semicolon goes on from the one before (“¡Váyanse!”, exigió). */
  pauseStart: /^[\s"'“”‘’«»„)\]]*[,;]/u,
  /** The last word of a segment and the period after it ("Gen." in "Major General Maj. Gen."). */
  endsWithAbbreviation: /(?:^|[\s(“"‘'])([\p{L}\u00AD.]{1,12})\.$/u,
  /** The punctuation that ends a quotation's words before its closing mark ("…,” said"). */
  quoteEndPunctuation: /^[,.?!…]$/u,
  /** A state or province written short, with its period ("N.C.", "Pa.", "Calif."). */
  shortPlace: /^\p{Lu}[\p{L}.]{0,5}\.$/u,
  digitStart: /^\p{N}/u,
  /** The letters a text opens with. */
  firstWord: /(?<=^\s*)\p{L}+/u,
  /** A segment ending in a day written as an ordinal ("am 3."): a month may follow in the same sentence. */
  ordinalDayEnd: /(?:^|\s)(?:0?[1-9]|[12]\d|3[01])\.$/u,
  space: /[\s\u00A0]/u,
  number: /^\p{N}[\p{N},.]*$/u,
  trailingPeriod: /\.$/u,
  /** All capitals, two letters or more, dots allowed: CDC, NASA, U.N. */
  acronym: /^(?:\p{Lu}\.?){2,8}$/u,
  trailingPossessive: /(?:['’]s|(?<=s)['’])$/u,
  /** A year: 1900-2099. */
  year: /^(?:19|20)\d\d$/u,
  /** A day of the month, with an ordinal's ending where one is written ("3", "3rd", "1er", "1º"). */
  dayOfMonth: /^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|º|ª)?$/u,
  /** An ISO 8601 date, with a time of day and an offset from UTC when given. */
  isoDate: /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?)?$/iu,
  /** What separates the words of a time expression ("late Thursday,", "3. März"). */
  dateWordBreak: /[\s,.;:()]+/u,
  /** The milliseconds of Date.toISOString(), left out of a normalized date. */
  milliseconds: /\.\d{3}Z$/u,
  /** A time of day in a date as written ("10:30"). */
  timeOfDay: /\d:\d\d/u,
  /** Punctuation or a space at an end of a claim (trimmed one character at a time: see claim.ts). */
  claimEdge: /^[\s,;:—–-]$/u,
  /** A claim that is one quotation from end to end. */
  wrappedQuote: /^[“"‘]([^]*?)[.,!?]?[”"’][.,!?]?$/u,
  innerQuoteMark: /[“”"]/u,
  openingQuote: /^[“„«‘"']$/u,
  closingQuote: /^[”»’"']$/u,
  sentenceEnd: /^[.!?…]$/u,
  ellipsis: /^(?:\.|…)$/u,
  dash: /^[—–-]$/u,
  percent: /^[%٪]$/u,
  /** The horizontal bar some sites write for a dateline's dash ("WASHINGTON ― ..."). */
  horizontalBar: /^\u2015$/u,
  /** A dash that sets off a phrase ("— a teacher from Mount Pleasant —"), not a hyphen. */
  longDash: /^(?:[—–]|--)$/u,
  /** Punctuation that may stand inside a name ("Bild am Sonntag", "Rhein-Zeitung", "T-Online"). */
  nameJoiner: /^[-.&]$/u,
  /** A hyphen ending a compound's first part ("dpa-"). */
  trailingHyphen: /[-‐‑]$/u,
  /** Symbols written inside a clause ("#StracheVideo", "@user", "&"): no boundary of it. */
  inlineSymbol: /^[#@&%+*/]$/u,
  endsWithColon: /:\s*$/u,
  opensWithQuote: /^[“"‘'„«»‚‹›]/u,
  /** The mark that closes a quotation, at the end: "peace.”", "the bridge,”" ("workers’" is no quotation). */
  closesQuotation: /(?:[”"»«]|[.!?…,;:][’'])$/u,
  anyQuoteMark: /[“”"‘’'„«»‚‹›]/u,
  /** A claim that ends as a sentence does, its closing quotation mark aside. */
  endsSentence: /[.!?…][“”"‘’'„«»‚‹›]?$/u,
  /** What may open a line of dialogue after its dash besides a letter: "¿", "¡", "(". */
  dialogueOpener: /^[¿¡(]$/u,
  nonWordChars: /[^\p{L}\p{N}]+/u,
  /** A word of two or more capitals and nothing else: US, WHO, IT. */
  allCaps: /^\p{Lu}{2,}$/u,
  /** A generation after a surname: "Pike III", "Henry VIII". */
  romanNumeral: /^(?:II|III|IV|V|VI|VII|VIII|IX|X)$/u,
  /** A capital inside a word: ZeniMax, eBay, YouTube (brand names, not surnames; McDonald and O'Brien aside). */
  camelCase: /\p{Ll}\p{Lu}/u,
  /** A web address used as a name: "Caliber.Az", "Salon.com", "Politico.eu" (labels cannot hold the dot, so no backtracking). */
  domainName: /^\p{L}[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}$/u,
  nonSpace: /\S/u,
  letterOrDigit: /[\p{L}\p{N}]/u,
  /** What may stand before an opening quotation mark. */
  beforeOpeningQuote: /[\s([{\u2014\u2013\-/]/u,
  digit: /\p{N}/u,
  /** A word of letters and digits only, whose lookup key is its lowercase form. */
  plainWord: /^[\p{L}\p{N}]+$/u,
  /** Where a very long block may be cut before segmenting: after . ! or ? (and a closing mark) and a space. */
  chunkBoundary: /[.!?][”"’)\]]?\s+/gu,
} satisfies Record<string, RegExp>;
