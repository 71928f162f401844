// Rules declare the words or word classes a sentence needs before they look at it (rule.triggers,
// rule.triggerClasses): the engine skips the rest, for speed. A skip must never change an answer, so
// every rule is run anyway on every sentence it would skip (the corpus of every language and the
// packs' examples) and must find nothing there.
import { describe, expect, it } from 'vitest';
import '../setup/entities';
import { wokenRules } from '../../src/core/analyze';
import { cueWords, findCueVerbs } from '../../src/core/rules/cue-verbs';
import { sentenceContext } from '../../src/core/context';
import { getLanguage } from '../../src/core/lang/registry';
import { SUPPORTED_LANGUAGES } from '../../src/core/lang/supported';
import type { Language } from '../../src/core/lang/types';
import { findQuotes } from '../../src/core/text/quotes';
import { splitSentences } from '../../src/core/text/sentences';
import { corpusSetList, goldFiles, pageBlocks } from '../helpers/corpus';
import { examplesOf } from '../helpers/languages';

/** Rules run on the sentences their triggers skip, and what they found there ("rule: sentence"). */
function foundWhenSkipped(lang: Language, texts: readonly string[]): { skipped: number; found: string[] } {
  let skipped = 0;
  const found: string[] = [];
  for (const text of texts) {
    const quotes = findQuotes(text, lang, false);
    for (const s of splitSentences(text, lang)) {
      const ctx = sentenceContext(text, s.start, s.end, quotes, lang);
      const woken = wokenRules(lang, ctx);
      lang.rules.forEach((rule, r) => {
        if (woken[r]) return;
        skipped++;
        if (rule.match(ctx).length) found.push(`${rule.reason}: ${text.slice(s.start, s.end)}`);
      });
    }
  }
  return { skipped, found };
}

/** A pack's example sentences (lang/CODE/examples.json), detected and ignored alike. */
const exampleSentences = (code: string): string[] =>
  Object.values(examplesOf(code)).flatMap((e) => [...e.detects.map((d) => d.sentence), ...e.ignores]);

describe('rule triggers skip only sentences the rule finds nothing in', () => {
  it.each(SUPPORTED_LANGUAGES.map((code) => [code]))('%s', (code) => {
    const lang = getLanguage(code)!;
    const set = corpusSetList.find((s) => s.name === code);
    const pages = set ? goldFiles(set).map((g) => pageBlocks(g.page, set).blocks.map((b) => b.text)).flat() : [];
    const { skipped, found } = foundWhenSkipped(lang, [...pages, ...exampleSentences(code)]);
    expect(skipped, 'the triggers skip something').toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});

/** The pack's cue-verb rules (rule.triggerCueVerbs), by index. */
const cueVerbRules = (lang: Language): number[] => lang.rules.flatMap((rule, r) => (rule.triggerCueVerbs ? [r] : []));

/** Which of the pack's cue-verb rules the first sentence of `text` wakes. */
function cueRulesWoken(lang: Language, text: string): boolean[] {
  const s = splitSentences(text, lang)[0]!;
  const woken = wokenRules(lang, sentenceContext(text, s.start, s.end, findQuotes(text, lang, false), lang));
  return cueVerbRules(lang).map((r) => woken[r] === 1);
}

describe('cue-verb triggers (cueWords, phrasalIndex)', () => {
  it.each(SUPPORTED_LANGUAGES.map((code) => [code]))('%s: every form of every cue verb, written alone or with a weekday after its first word, wakes the cue-verb rules', (code) => {
    const lang = getLanguage(code)!;
    const words = cueWords(lang);
    const missing = [...lang.cueVerbs.keys(), ...lang.particleCues.keys()].filter((w) => !words.has(w));
    // A phrasal form is found by its words in a row, or with a weekday after its first (scanCueVerbs):
    // wherever one is found, the rules must be awake.
    const weekday = [...lang.data.time.weekdays][0]!.toLowerCase();
    let found = 0;
    for (const forms of lang.phrasalCues.values()) {
      for (const p of forms) {
        const written = [p.words.join(' '), [p.words[0], weekday, ...p.words.slice(1)].join(' ')];
        for (const text of written) {
          const ctx = sentenceContext(text, 0, text.length, [], lang);
          if (!findCueVerbs(ctx).length) continue;
          found++;
          const woken = wokenRules(lang, ctx);
          if (cueVerbRules(lang).some((r) => !woken[r])) missing.push(text);
        }
      }
    }
    expect(missing).toEqual([]);
    if (lang.phrasalCues.size) expect(found, 'phrasal forms found in the sentences written').toBeGreaterThan(0);
  });
  it('a phrasal form wakes them by its first two words, not by the auxiliary or pronoun it starts with', () => {
    const es = getLanguage('es')!;
    expect(cueVerbRules(es).length).toBeGreaterThan(0);
    // "ha" and "se" start hundreds of phrasal forms ("ha dicho", "se quejó"), and most sentences with them hold none.
    expect(cueRulesWoken(es, 'La ciudad se llenó de turistas y ha crecido este verano.').some(Boolean)).toBe(false);
    expect(cueRulesWoken(es, 'El alcalde ha dicho que la ciudad se ha llenado de turistas.').every(Boolean)).toBe(true);
  });
});
