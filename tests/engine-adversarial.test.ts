// Hostile input, one test each: huge articles, broken quotation marks, text without punctuation,
// right-to-left scripts, emoji, invisible characters. Each must finish with a valid, deterministic
// result. (How fast is measured by `npm run bench`, not asserted here.)
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze';
import { blocksFromText } from '../src/core/text-blocks';
import type { Attribution, Block } from '../src/core/types';
import { articleParagraphCount, articleParagraphs, asBlocks, blockVariants, hostileStrings } from './helpers/article-text';
import { expectValidAttributions, splitsSurrogatePair } from './helpers/engine-invariants';

const UNLIMITED = { maxAttributions: Number.MAX_SAFE_INTEGER };

/** Runs the engine twice: valid both times and the same both times. */
function analyzeChecked(blocks: Block[], options = {}): Attribution[] {
  const first = analyze(blocks, options);
  expectValidAttributions(blocks, first);
  expect(analyze(structuredClone(blocks), options)).toEqual(first);
  return first;
}

const paras = (...ps: string[]): Block[] => ps.map((text) => ({ kind: 'paragraph', text }));

// 1 MB is enough to find what size breaks; `npm run bench` runs the engine on 5 MB (about 14,000
// paragraphs) and checks the default guard there.
describe('size', () => {
  it('a 1 MB article of news prose', () => {
    const paragraphs = articleParagraphs(1_000_000, 7);
    const blocks = asBlocks(paragraphs);
    expect(paragraphs.reduce((n, p) => n + p.length, 0)).toBeGreaterThanOrEqual(980_000);
    const out = analyzeChecked(blocks, UNLIMITED);
    // Thousands of "X said", "according to" sentences: a working engine finds them.
    expect(out.length).toBeGreaterThan(5_000);
    // The guard stops at its limit instead of running away.
    expect(analyze(blocks, { maxAttributions: 2_000 }).length).toBeLessThanOrEqual(2_000);
    expect(analyze(blocks, { maxAttributions: 2_000 }).length).toBeGreaterThan(1_900);
  }, 120_000);

  it('3,000 paragraphs (1 MB), and the same article given as .txt text', () => {
    const paragraphs = articleParagraphCount(3_000, 11);
    expect(paragraphs).toHaveLength(3_000);
    const out = analyzeChecked(asBlocks(paragraphs), UNLIMITED);
    expect(out.length).toBeGreaterThan(1_500);
    expect(new Set(out.map((a) => a.block)).size).toBeGreaterThan(1_500);
    const fromText = blocksFromText(paragraphs.join('\n\n'));
    expect(fromText).toHaveLength(3_000);
    expect(analyze(fromText, UNLIMITED)).toEqual(out);
  }, 120_000);

  it('a 100 KB paragraph of sentences, without paragraph breaks', () => {
    const text = articleParagraphs(100_000, 3).join(' ');
    analyzeChecked([{ kind: 'paragraph', text }], UNLIMITED);
  }, 120_000);
});

describe('quotation marks', () => {
  it('unbalanced quotation marks', () => {
    analyzeChecked(paras(
      '“The talks failed, said Jane Doe, a spokeswoman. Officials said nothing.',
      'Reuters reported that” the minister resigned.” ”” “',
      '"He said "no" and "yes" and "maybe, officials said.',
      '‘Single quotes never closed, according to the BBC.',
      '»Guillemets« «backwards» «open, said Olga Ivanova.',
    ));
  });

  it('nested quotation marks, many levels deep', () => {
    const nested = '“He said ‘she said “they said ‘we said “no,” ’ ” ’ ”, Jane Doe said.';
    const deep = `${'“‘'.repeat(500)}The plan works${'’”'.repeat(500)}, said Ahmed Al-Jubouri.`;
    const out = analyzeChecked(paras(nested, deep, 'Officials said “it is ‘fine’ and “good” ” today.'));
    expect(out.length).toBeGreaterThan(0);
  });

  it('a quotation that runs over several paragraphs (opening marks, no closing mark until the last)', () => {
    const out = analyzeChecked(paras(
      '“We are awaiting the start of the operations,” said Ahmed Al-Jubouri, who leads an armed group. “The people are ready.',
      '“They have been ready for months. Nobody believes the militants any more.',
      '“The end will come soon,” he added.',
      'The army did not comment.',
    ));
    expect(out.some((a) => a.block === 0)).toBe(true);
  });

  it('runs of nothing but quotation marks', () => {
    for (const s of ['"'.repeat(10_000), '“'.repeat(10_000), '”“'.repeat(5_000), '\'’‘'.repeat(3_000)]) {
      expect(analyzeChecked(paras(s, `${s} said Jane Doe. ${s}`))).toBeInstanceOf(Array);
    }
  });
});

describe('text shapes', () => {
  it('no sentence punctuation at all', () => {
    const words = articleParagraphs(100_000, 5).join(' ').replace(/[.,;:!?“”"‘’()—–-]/g, '');
    const { one, many } = blockVariants(words, 600);
    analyzeChecked(one);
    analyzeChecked(many);
  });

  it('right-to-left text, alone and mixed with English, with bidi controls', () => {
    analyzeChecked(paras(
      'قال المتحدث باسم الحكومة إن المحادثات فشلت. وفقا لرويترز، استقال الوزير يوم الاثنين.',
      'אמר דובר הממשלה כי השיחות נכשלו, לפי רויטרס.',
      'According to Al Jazeera, قال المتحدث “the talks failed,” Fatima Haddad said.',
      '\u202eReuters said the talks failed.\u202c \u2067Officials said\u2069 nothing \u200f.',
    ));
  });

  it('emoji and zero-width characters: offsets never split a surrogate pair', () => {
    const text = '😀 According to Reuters 👍🏽, the minister resigned 🇺🇦. “We tried 🙏,” said Jane\u200b Doe\u200d, a spokes\u2060woman 👩‍👩‍👧. \ufeffOfficials said 🔥 the plan 💥 failed.';
    const blocks = paras(text, text.replace(/ /g, '\u200b '), '😀'.repeat(5_000));
    const out = analyzeChecked(blocks);
    expect(out.length).toBeGreaterThan(0);
    for (const a of out) {
      const t = blocks[a.block]!.text;
      expect(splitsSurrogatePair(t, a.start) || splitsSurrogatePair(t, a.end), a.sentence).toBe(false);
    }
  });

  it('soft hyphens inside names do not change who is found', () => {
    const plain = paras(
      '“The talks failed,” said Jane Doe, a spokeswoman for the ministry.',
      'According to Reuters, Ahmed Al-Jubouri told the Associated Press that the army would advance.',
      'Kwame Mensah said the council would meet again on Friday.',
    );
    const shy = plain.map((b) => ({ ...b, text: b.text.replace(/Jane/g, 'Ja\u00adne').replace(/Reuters/g, 'Reu\u00adters').replace(/Mensah/g, 'Men\u00adsah').replace(/Jubouri/g, 'Jubou\u00adri') }));
    const a = analyzeChecked(plain);
    const b = analyzeChecked(shy);
    expect(a.length).toBeGreaterThan(0);
    const sources = (xs: Attribution[]): string[] => xs.map((x) => x.source.replace(/\u00ad/g, ''));
    expect(sources(b)).toEqual(sources(a));
  });

  it('every hostile string we can build, in one block and cut into many', () => {
    for (const [name, s] of Object.entries(hostileStrings(20_000))) {
      const { one, many } = blockVariants(s, 1000);
      expect(() => analyzeChecked(one), name).not.toThrow();
      expect(() => analyzeChecked(many), name).not.toThrow();
    }
  }, 120_000);

  it('empty and blank input', () => {
    expect(analyzeChecked([])).toEqual([]);
    expect(analyzeChecked(paras('', ' ', '\u00a0', '\u200b', '\n\n'))).toEqual([]);
  });
});
