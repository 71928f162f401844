// Property tests (fast-check) on the engine: for any string or list of blocks, analyze never throws,
// every offset lies inside its block and gives back the sentence, and the same input always gives
// the same output, whatever ran before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze';
import { blocksFromText } from '../src/core/text-blocks';
import type { Block, BlockKind } from '../src/core/types';
import { attributionProblems, expectValidAttributions } from './helpers/engine-invariants';

/** Any UTF-16 code unit, lone surrogates included: "any string" really. */
const anyChar = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyString = fc.string({ unit: fc.oneof(anyChar, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 300 });

/** Words and marks the engine's rules look for, so random text actually reaches the rules. */
const VOCABULARY = [
  'said', 'says', 'told', 'according to', 'reported', 'added', 'quoted as saying', 'by', 'per', 'claimed', 'that',
  'wrote', 'announced', 'insisted', 'asked', 'denied', 'saying', 'sources', 'officials', 'a spokesman', 'the report',
  'Reuters', 'the BBC', 'Jane Doe', 'Mr.', 'Maj. Gen.', 'K.', 'al-Jubouri', 'Dr.', 'U.S.', 'he', 'she', 'they', 'it',
  'The', 'the', 'a', 'of', 'and', 'who', 'on Friday', 'late Thursday', 'in a statement', '2014', '6 ½',
  ',', '.', '?', '!', ':', ';', '—', '–', '-', '(', ')', '[', ']', '…', '“', '”', '"', "'", '‘', '’', '„', '«', '»',
  '\u00ad', '\u200b', '\u00a0', '\u2060', '\ufeff', '\u202e', '😀', '👍🏽', 'قال', 'אמר', '\n', '\t',
];
const token = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: anyString.map((s) => s.slice(0, 4)) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '  ', '\u00a0', '\n');
/** Text that looks like news prose to the rules, in random and often broken shapes. */
const proseText = fc.array(fc.tuple(token, separator), { maxLength: 80 }).map((parts) => parts.map(([t, s]) => t + s).join(''));

const KINDS: BlockKind[] = ['paragraph', 'quote', 'item', 'heading'];
const block = (text: fc.Arbitrary<string>): fc.Arbitrary<Block> =>
  fc.record({ kind: fc.constantFrom(...KINDS), text, group: fc.nat({ max: 4 }) }, { requiredKeys: ['kind', 'text'] });
const blockList = fc.array(block(fc.oneof({ weight: 3, arbitrary: proseText }, { weight: 1, arbitrary: anyString })), { maxLength: 12 });

const RUNS = { numRuns: 500 };

describe('analyze: any input', () => {
  it('never throws on any single string, and its offsets lie inside the text', () => {
    fc.assert(fc.property(anyString, (text) => {
      const blocks: Block[] = [{ kind: 'paragraph', text }];
      expectValidAttributions(blocks, analyze(blocks));
    }), RUNS);
  });

  it('never throws on any list of blocks, and every attribution points at its sentence', () => {
    fc.assert(fc.property(blockList, (blocks) => {
      expectValidAttributions(blocks, analyze(blocks));
    }), RUNS);
  });

  it('the same input gives the same output, even after analyzing something else', () => {
    fc.assert(fc.property(blockList, blockList, (a, b) => {
      const first = analyze(a);
      analyze(b); // no state may leak from one call to the next (caches, a global regex's lastIndex…)
      expect(analyze(structuredClone(a))).toEqual(first);
    }), RUNS);
  });

  it('does not change the blocks it is given', () => {
    fc.assert(fc.property(blockList, (blocks) => {
      const before = structuredClone(blocks);
      analyze(blocks);
      expect(blocks).toEqual(before);
    }), RUNS);
  });

  it('returns plain data: a JSON round trip gives the same attributions', () => {
    fc.assert(fc.property(blockList, (blocks) => {
      const out = analyze(blocks);
      expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    }), RUNS);
  });

  it('never returns more than maxAttributions', () => {
    fc.assert(fc.property(blockList, fc.integer({ min: 0, max: 3 }), (blocks, max) => {
      const all = analyze(blocks);
      const some = analyze(blocks, { maxAttributions: max });
      expect(some.length).toBeLessThanOrEqual(max);
      expect(some.length).toBe(Math.min(max, all.length));
    }), RUNS);
  });

  it('text split by blocksFromText: never throws, offsets valid', () => {
    fc.assert(fc.property(fc.array(fc.tuple(proseText, fc.constantFrom('\n\n', '\r\n\r\n', '\n \n', ' ')), { maxLength: 10 }), (parts) => {
      const text = parts.map(([t, s]) => t + s).join('');
      const blocks = blocksFromText(text);
      for (const b of blocks) {
        expect(b.text).toBe(b.text.trim());
        expect(b.text.length).toBeGreaterThan(0);
      }
      expectValidAttributions(blocks, analyze(blocks));
    }), RUNS);
  });
});

describe('blocksFromText: any string', () => {
  it('never throws; blocks are non-empty, trimmed, single-spaced paragraphs', () => {
    fc.assert(fc.property(anyString, (text) => {
      for (const b of blocksFromText(text)) {
        expect(b.kind).toBe('paragraph');
        expect(b.text.length).toBeGreaterThan(0);
        expect(b.text).toBe(b.text.trim());
        expect(b.text).not.toMatch(/\s\s|\n/);
      }
    }), RUNS);
  });
});

describe('the checks themselves', () => {
  it('reject attributions that break the contract', () => {
    const blocks: Block[] = [{ kind: 'paragraph', text: 'Reuters said so. Then more.' }];
    const good = analyze(blocks)[0]!;
    expect(good).toBeDefined();
    expect(attributionProblems(blocks, good)).toEqual([]);
    expect(attributionProblems(blocks, { ...good, end: 99 })).not.toEqual([]);
    expect(attributionProblems(blocks, { ...good, start: good.start + 1 })).not.toEqual([]);
    expect(attributionProblems(blocks, { ...good, block: 1 })).not.toEqual([]);
    expect(attributionProblems(blocks, { ...good, sourceKind: 'alien' as never })).not.toEqual([]);
    expect(attributionProblems(blocks, { ...good, when: undefined as never })).not.toEqual([]);
  });
});

describe('the generators reach the rules', () => {
  it('random prose finds attributions often enough for the properties above to mean something', () => {
    const found = fc.sample(blockList, { numRuns: 300, seed: 42 }).filter((blocks) => analyze(blocks).length > 0).length;
    expect(found).toBeGreaterThan(30);
  });
});
