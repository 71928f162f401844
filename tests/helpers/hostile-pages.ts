// Hostile and heavy inputs for the CLI, as a security and reliability review built them: deep
// nesting, text without ASCII sentence ends, huge pages, other encodings. Shared by
// tests/cli-hostile.test.ts and `npm run bench` (which bundles this file). Deterministic.

/** One paragraph with attributions the engine always finds. */
export const ATTRIBUTED_PARAGRAPH = '<p>According to Reuters, the minister resigned on Monday after weeks of protests in the capital, officials said.</p>';

export function page(body: string, title = 'Hostile page', head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/** `depth` nested <div>s around one paragraph (2,500 deep: 27.6 KB). */
export function deepNesting(depth: number, tag = 'div'): string {
  return page(`<${tag}>`.repeat(depth) + ATTRIBUTED_PARAGRAPH + `</${tag}>`.repeat(depth));
}

/** About `bytes` of chains `depth` deep, one paragraph in each: Readability's slowest shape that no guard refuses. */
export function deepChains(bytes: number, depth: number): string {
  const chain = '<div>'.repeat(depth) + ATTRIBUTED_PARAGRAPH + '</div>'.repeat(depth);
  return page(chain.repeat(Math.max(1, Math.round(bytes / chain.length))));
}

/** A page of `count` short paragraphs (200,000: 13 MB, over Readability's element limit). */
export function manyParagraphs(count: number): string {
  const body: string[] = [];
  for (let i = 0; i < count; i++) body.push(`<p>Paragraph ${i}: Reuters reported that item ${i} was sold.</p>`);
  return page(body.join('\n'), 'Many paragraphs');
}

/** Plain text with `count` attributed sentences, one per paragraph. */
export function manyAttributions(count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(`Reuters reported that item ${i} was sold.`);
  return out.join('\n\n') + '\n';
}

const CHINESE = '据路透社报道，部长在抗议活动持续数周后于周一辞职。官员们说，谈判将于下周恢复。';
const FULLWIDTH = '路透社報道ＡＢＣ！官員說？會談將恢復；';
const PROSE = 'According to Reuters, the minister resigned on Monday. Officials said talks would resume next week. ';

const repeatTo = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Text without an ASCII sentence end, `chars` UTF-16 units long (one block: no blank line). */
export const longTexts = {
  /** Chinese sentences ending in 。 */
  chinese: (chars: number): string => repeatTo(CHINESE, chars),
  /** Fullwidth letters and punctuation (！？；). */
  fullwidth: (chars: number): string => repeatTo(FULLWIDTH, chars),
  /** English prose with a zero-width space after every character (so no ". " anywhere). */
  zeroWidth: (chars: number): string => [...repeatTo(PROSE, Math.ceil(chars / 2))].join('\u200b'),
};
