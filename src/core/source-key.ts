// When two cues in one sentence name the same source ("reportedly ... according to media reports",
// "Mr Obama said ... he added"), the sentence gets one record.
import type { Language } from './lang/types';
import { PATTERNS } from './patterns';

export function sourceWords(lang: Language, name: string): Set<string> {
  const stop = lang.grammar.sourceKeyStopWords;
  return new Set(name.toLowerCase().split(PATTERNS.nonWordChars).filter((w) => w && !stop.has(w)));
}

/** Same source: one's words contain the other's. */
export function sameSource(a: Set<string>, b: Set<string>): boolean {
  if (!a.size || !b.size) return false;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (!big.has(w)) return false;
  return true;
}
