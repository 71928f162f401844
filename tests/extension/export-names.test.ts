// The popup's file names and excerpts, rewritten without the anchored regular expressions
// (/^-+|-+$/, /-+$/, /[\s,;:.]+$/) that backtrack quadratically: same results, linear time.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { exportFileName } = await import('../../src/popup/export');
const { excerpt } = await import('../../src/popup/labels');

/** The former implementations, as reference on short strings. */
const formerSlug = (title: string): string => title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
function formerExcerpt(text: string, max = 280): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const report = (title: string) => ({ title, articleFound: true, attributions: [] });

describe('exportFileName and excerpt', () => {
  it('examples', () => {
    expect(exportFileName(report("Has the 'caliphate' begun to crack?"), 'csv')).toBe('attribution-lens-has-the-caliphate-begun-to-crack.csv');
    expect(exportFileName(report('—'), 'md')).toBe('attribution-lens.md');
    expect(excerpt('short')).toBe('short');
    expect(excerpt(`${'word '.repeat(100)}`, 20)).toBe('word word word word…');
  });

  it('give what the former regular expressions gave, on any text', () => {
    const piece = fc.constantFrom('-', ' ', ',', '.', ';', ':', 'a', 'Z', 'é', '\t', '9', '—', '  ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 120 }), fc.integer({ min: 1, max: 80 }), (parts, max) => {
      const text = parts.join('');
      expect(exportFileName(report(text), 'json')).toBe(`attribution-lens${formerSlug(text) ? `-${formerSlug(text)}` : ''}.json`);
      expect(excerpt(text, max)).toBe(formerExcerpt(text, max));
    }), { numRuns: 3000 });
  });

  it('hostile runs of separators come out right (the former patterns were quadratic on them)', () => {
    expect(exportFileName(report(`${'-'.repeat(200_000)}x${'-'.repeat(200_000)}`), 'csv')).toBe('attribution-lens-x.csv');
    expect(excerpt(`a${'\t'.repeat(200_000)}b`, 100_000)).toBe('a…');
  });
});
