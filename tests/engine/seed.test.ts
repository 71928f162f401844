// The article this project was born from: every required attribution, with the right kind, the
// passages' publications, the times of the dated reports, and the pronoun resolved.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { Attribution } from '../../src/core/types';
import { goldFiles, pageBlocks, words } from '../helpers/corpus';

const gold = goldFiles().find((g) => g.page === 'seed-mosul.html')!;
const found = analyze(pageBlocks('seed-mosul.html').blocks);

/** The attribution in the sentence holding `anchor` whose source shares a word with `source`. */
function find(anchor: string, source: string): Attribution | undefined {
  const sourceWords = new Set(words(source).split(' ').filter((w) => w.length > 2));
  return found.find((a) => words(a.sentence).includes(words(anchor))
    && [a.source, a.sourceMention ?? ''].some((s) => words(s).split(' ').some((w) => sourceWords.has(w))));
}

describe('seed article (seed-mosul.html)', () => {
  const required = gold.attributions.filter((r) => !r.optional);

  it('has the 17 required gold records', () => {
    expect(required).toHaveLength(17);
  });

  it.each(required.map((r) => [r.source, r] as const))('finds %s with an accepted kind', (_, record) => {
    const match = find(record.anchor, [record.source, ...(record.alt ?? [])].join(' '));
    expect(match, `no attribution for "${record.anchor}"`).toBeDefined();
    expect([record.kind].flat()).toContain(match!.sourceKind);
  });

  it.each([
    ['Local sources in Mosul have told Iraqi media', 'Local sources', 'Free Beacon'],
    ['Daesh Daily reported Friday', 'Daesh Daily', 'Free Beacon'],
    ['The news site Sumaria reported Friday', 'Sumaria', 'Free Beacon'],
    ['There are also reports of firefights', 'reports', 'Free Beacon'],
    ['According to a Friday report by the Iraqi newspaper Mada', 'Mada', 'Free Beacon'],
    ['He also says some of his fighters', 'Al-Jubouri', 'Free Beacon'],
    ['according to Iraqi officials and people who managed to escape', 'officials', 'Reuters'],
    ['said Major General Najm al-Jubbouri', 'Jubbouri', 'Reuters'],
  ])('"%s" (%s) sits in a passage quoted from the %s', (anchor, source, via) => {
    expect(find(anchor, source)?.via).toMatch(new RegExp(via));
  });

  it('leaves via empty outside quoted passages', () => {
    expect(find('According to two sources', 'two sources')?.via).toBeNull();
    expect(find('Reuters confirms the rise', 'Reuters')?.via).toBeNull();
  });

  it.each([
    ['Daesh Daily reported Friday', 'Daesh Daily', 'Friday'],
    ['The news site Sumaria reported Friday', 'Sumaria', 'Friday'],
    ['According to a Friday report by the Iraqi newspaper Mada', 'Mada', 'Friday'],
    ['told an Iraqi newspaper on Wednesday that', 'Al-Jubouri', 'on Wednesday'],
  ])('"%s" (%s) gives the time of the statement: %s', (anchor, source, when) => {
    expect(find(anchor, source)?.when).toBe(when);
  });

  it('resolves "He also says" to the MP named before', () => {
    const he = find('He also says some of his fighters', 'Al-Jubouri');
    expect(he?.source).toBe('Ahmed Al-Jubouri');
    expect(he?.sourceMention).toBe('He');
    expect(he?.sourceKind).toBe('person');
  });

  it('names the outlet inside "multiple sources, including Bas News"', () => {
    const bas = find('according to multiple sources, including Bas News', 'Bas News');
    expect(bas?.source).toBe('Bas News');
    expect(bas?.sourceKind).toBe('outlet');
  });

  it('reports the quotation and its speaker', () => {
    const general = find('They are harsh, but they are not strong', 'Jubbouri');
    expect(general?.source).toBe('Major General Najm al-Jubbouri');
    expect(general?.quote).toBe('direct');
    // The quotation's next sentence has no cue of its own: it is part of the same claim.
    expect(general?.claim).toBe('They are harsh, but they are not strong … Their hosts reject them');
    expect(general?.continuation.map((c) => c.sentence)).toEqual(['“Their hosts reject them.”']);
  });

  it('finds nothing in the author\'s own closing paragraphs', () => {
    const closing = found.filter((a) => /None of these are especially good portents|momentum has shifted/.test(a.sentence));
    expect(closing).toEqual([]);
  });
});
