// Every rule on the real sentences it lists (src/core/rules/*: `examples`), plus each rule's id is
// unique and fires on at least one sentence: a rule nothing exercises is a rule nobody checks.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { RULES } from '../../src/core/rules';
import type { Rule, RuleExamples } from '../../src/core/rules/types';

const one = (sentence: string) => analyze([{ kind: 'paragraph', text: sentence }]);
/** Examples are always present outside the extension build (src/core/rules/examples-flag.ts). */
const examplesOf = (rule: Rule): RuleExamples => rule.examples ?? { detects: [], ignores: [] };
const names = (a: { source: string; sourceMention: string | null }) => `${a.source} | ${a.sourceMention ?? ''}`.toLowerCase();

describe('rule table', () => {
  it('gives every rule a unique reason id', () => {
    const ids = RULES.map((r) => r.reason);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every rule at least one sentence it detects and one it ignores', () => {
    for (const rule of RULES) {
      expect(examplesOf(rule).detects.length, rule.reason).toBeGreaterThan(0);
      expect(examplesOf(rule).ignores.length, rule.reason).toBeGreaterThan(0);
    }
  });
});

for (const rule of RULES) {
  describe(`rule ${rule.reason}: ${rule.description}`, () => {
    it.each(examplesOf(rule).detects.map((e) => [e.source, e.sentence] as const))('detects %s in: %s', (source, sentence) => {
      const found = one(sentence).filter((a) => a.rule === rule.reason);
      expect(found.map(names).join('\n')).toContain(source.toLowerCase());
    });
    it.each(examplesOf(rule).ignores.map((s) => [s]))('ignores: %s', (sentence) => {
      expect(one(sentence).filter((a) => a.rule === rule.reason)).toEqual([]);
    });
  });
}
