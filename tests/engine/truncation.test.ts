// The engine's limit on attributions per article is said, not silent: analyzeArticle reports
// whether it stopped before the end of the article.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeArticle, DEFAULT_MAX_ATTRIBUTIONS } from '../../src/core/analyze';
import type { Block } from '../../src/core/types';

const said = (n: number): Block[] => Array.from({ length: n }, (_, i) => ({ kind: 'paragraph', text: `Reuters reported that item ${i} was sold.` }));

describe('analyzeArticle: truncated', () => {
  it('is false when the whole article was read, even with exactly the limit found', () => {
    expect(analyzeArticle(said(3), { maxAttributions: 3 })).toMatchObject({ truncated: false });
    expect(analyzeArticle(said(3), { maxAttributions: 3 }).attributions).toHaveLength(3);
    expect(analyzeArticle(said(2), { maxAttributions: 3 })).toMatchObject({ truncated: false });
  });

  it('is true when the engine stopped at the limit with blocks left, or found more in the last block', () => {
    const cut = analyzeArticle(said(5), { maxAttributions: 3 });
    expect(cut.truncated).toBe(true);
    expect(cut.attributions.map((a) => a.block)).toEqual([0, 1, 2]);
    const two: Block[] = [{ kind: 'paragraph', text: 'Reuters reported that it rained. The BBC reported that it snowed.' }];
    expect(analyzeArticle(two, { maxAttributions: 1 })).toMatchObject({ truncated: true });
  });

  it('analyze gives the same attributions, and the default limit is 20,000', () => {
    expect(analyze(said(5), { maxAttributions: 3 })).toEqual(analyzeArticle(said(5), { maxAttributions: 3 }).attributions);
    expect(DEFAULT_MAX_ATTRIBUTIONS).toBe(20_000);
  });
});
