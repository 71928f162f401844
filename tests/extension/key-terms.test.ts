import { describe, expect, test } from 'vitest';
import { keyTerms } from '../../src/popup/key-terms';

describe('keyTerms: the distinctive words of a claim, in its order', () => {
  test.each([
    ['This is the largest synchronized attack since ISIS occupied the city in 2014', '',
      ['largest', 'synchronized', 'attack', 'ISIS', 'occupied', '2014']],
    ['They are harsh, but they are not strong', '', ['harsh', 'strong']],
    ['People of Mosul are awaiting the start of the Ninewa liberation operations in order to revolt against Daesh.', '',
      ['Mosul', 'awaiting', 'Ninewa', 'liberation', 'operations', 'Daesh']],
    // Names outrank ordinary words when there are more candidates than room.
    ['the local population has become so disenchanted with ISIS that an organized resistance has formed against Baghdadi in Mosul', '',
      ['population', 'disenchanted', 'ISIS', 'organized', 'Baghdadi', 'Mosul']],
    // The source's own name is searched for separately; reporting verbs are not terms.
    ['Reuters confirms the rise of a resistance in Mosul', 'Reuters', ['rise', 'resistance', 'Mosul']],
    // Each term once, possessives folded.
    ['Mosul residents say Mosul’s streets are quiet', '', ['Mosul', 'residents', 'streets', 'quiet']],
    ['', '', []],
    ['it is what it is', '', []],
  ])('%s', (claim, exclude, expected) => {
    expect(keyTerms(claim, 6, exclude)).toEqual(expected);
  });

  test('at most `max` terms', () => {
    expect(keyTerms('Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel', 3)).toHaveLength(3);
  });
});
