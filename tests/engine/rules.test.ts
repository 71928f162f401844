// Every rule of every language pack on the sentences its pack lists for it (lang/CODE/examples.json),
// plus each rule's id is unique in its pack and fires on at least one sentence: a rule nothing
// exercises is a rule nobody checks.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { examplesOf, lang, LANGUAGE_CODES } from '../helpers/languages';

const names = (a: { source: string; sourceMention: string | null }) => `${a.source} | ${a.sourceMention ?? ''}`.toLowerCase();

for (const code of LANGUAGE_CODES) {
  const pack = lang(code);
  const examples = examplesOf(code);
  const one = (sentence: string) => analyze([{ kind: 'paragraph', text: sentence }], { lang: code });

  describe(`${code}: rule table`, () => {
    it('gives every rule a unique reason id', () => {
      const ids = pack.rules.map((r) => r.reason);
      expect(new Set(ids).size).toBe(ids.length);
    });
    it('gives every rule at least one sentence it detects and one it ignores, and lists no other rule', () => {
      for (const rule of pack.rules) {
        expect(examples[rule.reason]?.detects.length, rule.reason).toBeGreaterThan(0);
        expect(examples[rule.reason]?.ignores.length, rule.reason).toBeGreaterThan(0);
      }
      expect(Object.keys(examples).sort()).toEqual(pack.rules.map((r) => r.reason).sort());
    });
  });

  for (const rule of pack.rules) {
    const { detects = [], ignores = [] } = examples[rule.reason] ?? {};
    describe(`${code}: rule ${rule.reason}: ${rule.description}`, () => {
      it.each(detects.map((e) => [e.source, e.sentence] as const))('detects %s in: %s', (source, sentence) => {
        const found = one(sentence).filter((a) => a.rule === rule.reason);
        expect(found.map(names).join('\n')).toContain(source.toLowerCase());
      });
      it.each(ignores.map((s) => [s]))('ignores: %s', (sentence) => {
        expect(one(sentence).filter((a) => a.rule === rule.reason)).toEqual([]);
      });
    });
  }
}
