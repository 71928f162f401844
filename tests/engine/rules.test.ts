// Every rule on the real sentences it lists (src/core/rules/*: `examples`), plus each rule's id is
// unique and fires on at least one sentence: a rule nothing exercises is a rule nobody checks.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { RULES } from '../../src/core/rules';

const one = (sentence: string) => analyze([{ kind: 'paragraph', text: sentence }]);
const names = (a: { source: string; sourceMention: string | null }) => `${a.source} | ${a.sourceMention ?? ''}`.toLowerCase();

describe('rule table', () => {
  it('gives every rule a unique reason id', () => {
    const ids = RULES.map((r) => r.reason);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every rule at least one sentence it detects and one it ignores', () => {
    for (const rule of RULES) {
      expect(rule.examples.detects.length, rule.reason).toBeGreaterThan(0);
      expect(rule.examples.ignores.length, rule.reason).toBeGreaterThan(0);
    }
  });
});

for (const rule of RULES) {
  describe(`rule ${rule.reason}: ${rule.description}`, () => {
    it.each(rule.examples.detects.map((e) => [e.source, e.sentence] as const))('detects %s in: %s', (source, sentence) => {
      const found = one(sentence).filter((a) => a.rule === rule.reason);
      expect(found.map(names).join('\n')).toContain(source.toLowerCase());
    });
    it.each(rule.examples.ignores.map((s) => [s]))('ignores: %s', (sentence) => {
      expect(one(sentence).filter((a) => a.rule === rule.reason)).toEqual([]);
    });
  });
}
