// Long blocks reach Intl.Segmenter in bounded chunks, whatever their punctuation (Node 20's segmenter
// slows sharply on long strings: minutes on a million characters of Chinese or fullwidth text).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_SEGMENT_CHARS, splitSentences, splitTexts } from '../../src/core/text/sentences';
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

describe("an article's blocks segmented together (splitTexts)", () => {
  const fr = lang('fr');
  const de = lang('de');

  it('gives each block the sentences splitSentences gives it alone, on 3,000 random articles', () => {
    // Sentence ends, closing marks, paragraph and line separators, combining and invisible characters, abbreviations.
    const pieces = ['a', 'A', ' ', '.', '?', '!', '"', '”', '“', ')', '\n', '\r', '\u2029', '\u0085', '\u0301', '\u200d', '\u00ad', 'Mr',
      'etc', '1', '。', '…', ':', ',', '\u00a0', 'É', '«', '»', '¿', ' said ', 'M.', 'Dr.', '3. März'];
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const differing: string[][] = [];
    for (let i = 0; i < 3_000; i++) {
      const texts: string[] = [];
      for (let b = random(6); b >= 0; b--) {
        let text = '';
        for (let j = random(18); j >= 0; j--) text += pieces[random(pieces.length)];
        texts.push(text);
      }
      const pack = [en, fr, de][i % 3]!;
      const apart = texts.map((t) => splitSentences(t, pack));
      if (JSON.stringify(splitTexts(texts, pack)) !== JSON.stringify(apart)) differing.push(texts);
    }
    expect(differing).toEqual([]);
  });

  it('hands the segmenter runs of short blocks, at most SEGMENT_CHUNK_CHARS long, and long blocks in chunks', () => {
    const paragraphs = Array.from({ length: 120 }, (_, i) => `${EN}Paragraph ${i} ends here.`);
    const long = EN.repeat(200);
    const texts = [...paragraphs.slice(0, 60), long, ...paragraphs.slice(60), ''];
    const lengths = segmentedLengths(() => splitTexts(texts, en));
    expect(lengths.length).toBeLessThan(texts.length / 4);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
    expect(splitTexts(texts, en)).toEqual(texts.map((t) => splitSentences(t, en)));
  });
});
