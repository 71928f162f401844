// The table checks of the cue-family tests (tests/engine/families*.test.ts), for a text's language:
// a sentence gives an attribution from the expected source with the expected kind, or gives nothing.
import { expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { SourceKind } from '../../src/core/types';

export type Row = [sentence: string, source: string, kind: SourceKind];

export function familyChecks(lang?: string) {
  const one = (text: string) => analyze([{ kind: 'paragraph', text }], lang ? { lang } : {});

  function detects(rows: Row[]) {
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
