// The key terms of a claim, for the "Check" searches: names, numbers and longer content words, in the
// claim's own order. A search engine does better with a few distinctive words than with a sentence.

/** Function words and reporting words that never make a claim distinctive. */
const STOPWORDS = new Set(`a about above after again against all also although am among an and any are aren't as at
be because been before being below between both but by can can't cannot could couldn't did didn't do does doesn't
doing don't down during each even ever every few for from further had hadn't has hasn't have haven't having he he'd
he'll he's her here here's hers herself him himself his how how's however i i'd i'll i'm i've if in into is isn't
it it's its itself just least less let's like made make many may me might more most much must mustn't my myself
near neither no nor not now of off often on once one only or other ought our ours ourselves out over own per
rather said same say says she she'd she'll she's should shouldn't since so some still such than that that's the
their theirs them themselves then there there's these they they'd they'll they're they've this those though
through thus to too toward towards under until up upon us very via was wasn't we we'd we'll we're we've were
weren't what what's when when's where where's whether which while who who's whom whose why why's will with
within without won't would wouldn't yet you you'd you'll you're you've your yours yourself yourselves
according reported reports reportedly report told tells tell added adds claimed claims confirmed confirms
stated states noted notes suggested suggests announced announces believe believes believed alleged alleges
allegedly apparently several various including become becoming became being being's already another around
among away back well way new news`.split(/\s+/));

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
