// Long blocks reach Intl.Segmenter in bounded chunks, whatever their punctuation (Node 20's segmenter
// slows sharply on long strings: minutes on a million characters of Chinese or fullwidth text).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_SEGMENT_CHARS, splitSentences } from '../../src/core/text/sentences';
import { lang } from '../helpers/languages';

const en = lang('en');

const sentences = (text: string) => splitSentences(text, en).map((s) => text.slice(s.start, s.end));

/** The lengths of the strings handed to Intl.Segmenter while `fn` runs. */
function segmentedLengths(fn: () => void): number[] {
  const lengths: number[] = [];
  const original = Intl.Segmenter.prototype.segment;
  const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, input: string) {
    lengths.push(input.length);
    return original.call(this, input);
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return lengths;
}

const ZH = '据路透社报道，部长在抗议活动持续数周后于周一辞职。官员们说，谈判将于下周恢复。';
const FULLWIDTH = '路透社報道ＡＢＣ！官員說？會談將恢復；';
const EN = 'According to Reuters, the minister resigned on Monday. Officials said talks would resume next week. ';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('chunks handed to Intl.Segmenter', () => {
  it.each([
    ['Chinese with 。', ZH.repeat(4_000)],
    ['fullwidth punctuation', FULLWIDTH.repeat(6_000)],
    ['a zero-width space after every character of English prose', [...EN.repeat(1_500)].join('\u200b')],
    ['no sentence end at all', 'x'.repeat(100_000)],
    ['ASCII prose', EN.repeat(1_000)],
  ])('%s: no chunk longer than MAX_SEGMENT_CHARS', (_, text) => {
    expect(text.length).toBeGreaterThan(10 * MAX_SEGMENT_CHARS);
    const lengths = segmentedLengths(() => splitSentences(text, en));
    expect(lengths.length).toBeGreaterThan(1);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
  });

  it.each([
    ['Chinese with 。', ZH.repeat(1_000)],
    ['fullwidth punctuation', FULLWIDTH.repeat(2_000)],
  ])('%s: the same sentences as one pass of the segmenter over the whole text', (_, text) => {
    const whole = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map((s) => s.segment.trim());
    expect(text.length).toBeGreaterThan(4 * MAX_SEGMENT_CHARS);
    expect(sentences(text)).toEqual(whole);
  });

  it('text the segmenter never cuts is cut at the bound, never inside a surrogate pair, and nothing is lost', () => {
    const text = 'a' + '😀'.repeat(50_000);
    const spans = splitSentences(text, en);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
      const piece = text.slice(s.start, s.end);
      expect(Buffer.from(piece).toString(), 'no lone surrogate').toBe(piece);
    }
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });
});
