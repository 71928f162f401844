import { describe, expect, test } from 'vitest';
import type { Attribution, SourceKind } from '../../src/core/types';
import { filterClaims, groupBySource } from '../../src/popup/claim-list';

const a = (source: string, sourceKind: SourceKind, claim: string, extra: Partial<Attribution> = {}): Attribution => ({
  block: 0, start: 0, end: claim.length, sentence: claim, cue: 'said', source, sourceMention: null, sourceKind, claim,
  when: null, whenDate: null, links: [], via: null, quote: 'indirect', continuation: [], rule: 'test', ...extra,
});

const list = [
  a('two sources', 'anonymous', 'an organized resistance has formed'),
  a('the Free Beacon', 'outlet', 'the caliphate has begun purging leaders'),
  a('Daesh Daily', 'outlet', 'the largest synchronized attack', { via: 'the Free Beacon', when: 'Friday' }),
  a('Reuters', 'outlet', 'the rise of a resistance'),
  a('Major General Najm al-Jubbourí', 'person', 'They are harsh', { via: 'Reuters' }),
  a('Free Beacon', 'outlet', 'a second claim of the Free Beacon'),
  a('Major General Najm al-Jubbourí', 'person', 'Their hosts reject them', { via: 'Reuters' }),
];

describe('filterClaims', () => {
  test.each<[string, SourceKind[], string, number[]]>([
    ['no filter: everything, in reading order', [], '', [0, 1, 2, 3, 4, 5, 6]],
    ['one kind', ['person'], '', [4, 6]],
    ['two kinds', ['person', 'anonymous'], '', [0, 4, 6]],
    ['a word anywhere (source, claim, via, when)', [], 'reuters', [3, 4, 6]],
    ['every word must match', [], 'resistance organized', [0]],
    ['case and accents folded', [], 'JUBBOURI', [4, 6]],
    ['time words', [], 'friday', [2]],
    ['kind and words together', ['outlet'], 'beacon', [1, 2, 5]],
    ['nothing matches', [], 'zebra', []],
  ])('%s', (_, kinds, query, expected) => {
    expect(filterClaims(list, { kinds: new Set(kinds), query }).map((c) => c.index)).toEqual(expected);
  });
});

describe('groupBySource', () => {
  test('same source (case and "the" aside) in one group, most cited first, then first seen', () => {
    const groups = groupBySource(filterClaims(list, { kinds: new Set(), query: '' }));
    expect(groups.map((g) => [g.source, g.kind, g.claims.map((c) => c.index)])).toEqual([
      ['the Free Beacon', 'outlet', [1, 5]],
      ['Major General Najm al-Jubbourí', 'person', [4, 6]],
      ['two sources', 'anonymous', [0]],
      ['Daesh Daily', 'outlet', [2]],
      ['Reuters', 'outlet', [3]],
    ]);
  });

  test('one name with two kinds makes two groups (the badge stays true)', () => {
    const groups = groupBySource([{ attribution: a('Bas News', 'outlet', 'x'), index: 0 }, { attribution: a('Bas News', 'anonymous', 'y'), index: 1 }]);
    expect(groups.map((g) => g.kind)).toEqual(['outlet', 'anonymous']);
  });
});
