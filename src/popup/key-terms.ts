// The key terms of a claim, for the "Check" searches: names, numbers and longer content words, in the
// claim's own order. A search engine does better with a few distinctive words than with a sentence.
import ENGLISH_STOPWORDS from './stopwords/en.json';

/** Function words and reporting words that never make a claim distinctive (looked up in lower case). */
const STOPWORDS: ReadonlySet<string> = new Set(ENGLISH_STOPWORDS);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

interface Candidate {
  word: string;
  position: number;
  score: number;
}

function score(word: string, sentenceInitial: boolean): number {
  if (/^\p{N}[\p{N},.]*$/u.test(word)) return word.length >= 2 ? 3 : 0; // numbers, years
  if (/^\p{Lu}/u.test(word) && !sentenceInitial) return 4; // a name
  if (word.length >= 7) return 2;
  return word.length >= 4 ? 1 : 0;
}

/**
 * Up to `max` key terms of `claim`, in the order they appear; words of `exclude` (the source's own
 * name, searched for separately) are left out.
 */
export function keyTerms(claim: string, max = 6, exclude = ''): string[] {
  const excluded = new Set((exclude.match(WORD) ?? []).map((w) => w.toLowerCase()));
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const match of claim.matchAll(WORD)) {
    const word = match[0].replace(/[’]/g, "'").replace(/'s$/i, '');
    const lower = word.toLowerCase();
    const before = claim.slice(0, match.index);
    const sentenceInitial = /^[\s"“‘'(]*$/.test(before) || /[.!?:]["”’)]?\s+["“‘]?$/.test(before);
    if (STOPWORDS.has(lower) || excluded.has(lower) || seen.has(lower)) continue;
    // A capitalised first word counts as a name only when it is not an ordinary word.
    const s = score(word, sentenceInitial && !/^\p{Lu}{2,}/u.test(word));
    if (s === 0) continue;
    seen.add(lower);
    candidates.push({ word, position: candidates.length, score: s });
  }
  return candidates
    .slice()
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .slice(0, max)
    .sort((a, b) => a.position - b.position)
    .map((c) => c.word);
}
