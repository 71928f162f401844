// Every regular expression the engine uses, compiled once, in one commented table (as
// mozilla/readability does). Patterns built from lexicon data are compiled here too, so that the
// ReDoS test can check every pattern the engine can ever run.
export const PATTERNS: Record<string, RegExp> = {};
