// The reader's place as read back from storage.session: whatever is stored, a valid place comes out.
import { describe, expect, test } from 'vitest';
import { EMPTY_PLACE, parsePlace } from '../../src/popup/place';

describe('parsePlace', () => {
  test.each([undefined, null, 'kinds', 42, []])('%j reads as no place', (raw) => {
    expect(parsePlace(raw)).toEqual(EMPTY_PLACE);
  });

  test('keeps known kinds once, a short query, open panels as indexes, a positive scroll', () => {
    expect(parsePlace({ kinds: ['person', 'bogus', 'person', 'outlet'], query: 'posters', openChecks: [3, 3, -1, 1.5, '2', 0], scrollY: 412.6 }))
      .toEqual({ kinds: ['person', 'outlet'], query: 'posters', openChecks: [3, 0], scrollY: 413 });
  });

  test('a pasted novel is cut, and odd scroll values read as the top', () => {
    const place = parsePlace({ query: 'x'.repeat(10_000), scrollY: Number.POSITIVE_INFINITY });
    expect(place.query).toHaveLength(500);
    expect(place.scrollY).toBe(0);
    expect(parsePlace({ scrollY: -5 }).scrollY).toBe(0);
  });

  test('no more open panels than a reader works on', () => {
    expect(parsePlace({ openChecks: Array.from({ length: 80 }, (_, i) => i) }).openChecks).toHaveLength(50);
  });
});
