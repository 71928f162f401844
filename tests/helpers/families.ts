// The table helpers of the per-family engine tests (tests/engine/families*.test.ts), for one language:
// a sentence must give the source (as shown or as written) with its kind, or give nothing.
import { expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { SourceKind } from '../../src/core/types';

export type FamilyRow = [sentence: string, source: string, kind: SourceKind];

export function familyTables(lang = 'en') {
  const one = (text: string) => analyze([{ kind: 'paragraph', text }], { lang });
  function detects(rows: FamilyRow[]) {
    it.each(rows)('%s → %s (%s)', (sentence, source, kind) => {
      const found = one(sentence);
      const match = found.find((a) => a.source.toLowerCase().includes(source.toLowerCase())
        || (a.sourceMention ?? '').toLowerCase().includes(source.toLowerCase()));
      expect(match, `found: ${found.map((a) => `${a.source} [${a.sourceKind}]`).join('; ') || 'nothing'}`).toBeDefined();
      expect(match!.sourceKind).toBe(kind);
    });
  }
  function ignores(sentences: string[]) {
    it.each(sentences.map((s) => [s]))('nothing in: %s', (sentence) => {
      expect(one(sentence).map((a) => `${a.source} (${a.rule})`)).toEqual([]);
    });
  }
  return { one, detects, ignores };
}
