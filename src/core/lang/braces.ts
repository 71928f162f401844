// Alternatives in a pack's word lists, written once: "afirmad{o,a,os,as} {por,pelo}" stands for the
// eight phrases it spells. Expanded when the pack compiles, so packs travel small and read clearly.
// Groups do not nest; text without braces is itself. A lexicon's nouns are written once too, with a
// final "+" that the pack's noun endings expand (expandNouns).

export function expandBraces(text: string): string[] {
  const open = text.indexOf('{');
  if (open < 0) return [text];
  const close = text.indexOf('}', open);
  if (close < 0) throw new Error(`unclosed "{" in "${text}"`);
  const head = text.slice(0, open);
  const rest = expandBraces(text.slice(close + 1));
  return text.slice(open + 1, close).split(',').flatMap((choice) => rest.map((tail) => head + choice + tail));
}

/** A rule spec with every word list's braces expanded (other fields as they are). */
export function expandSpec<T extends object>(spec: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec)) {
    out[key] = Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.flatMap(expandBraces) : value;
  }
  return out as T;
}

/**
 * A lexicon list with its "+" entries written out by the pack's noun endings ("advogado+" → advogado,
 * advogada, advogados, advogadas: see `nounEndings` in types.ts). Words without "+" are themselves.
 */
export function expandNouns(words: readonly string[], endings: readonly (readonly string[])[] | undefined): string[] {
  return words.flatMap((word) => {
    if (!word.endsWith('+')) return [word];
    const base = word.slice(0, -1);
    const row = endings?.find((r) => base.endsWith(r[0]!));
    if (!row) throw new Error(`"${word}": its pack has no noun endings for it`);
    const stem = base.slice(0, base.length - row[0]!.length);
    return row.map((ending) => stem + ending);
  });
}
