// Alternatives in a pack's word lists, written once: "afirmad{o,a,os,as} {por,pelo}" stands for the
// eight phrases it spells. Expanded when the pack compiles, so packs travel small and read clearly.
// Groups do not nest; text without braces is itself.

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
