// Cue verb forms derived when a pack compiles: the pack's inflector (regular forms from the lemma)
// and its auxiliary rules ("ha dicho", "vem afirmando").
import { describe, expect, test } from 'vitest';
import { withAuxiliaries } from '../../src/core/lang/auxiliaries';
import { BUNDLED_LANGUAGES } from '../../src/core/lang/bundled';
import { compileLanguage } from '../../src/core/lang/compile';
import { cueVerbsOf } from '../../src/core/lang/inflections';
import type { AuxiliaryRule } from '../../src/core/lang/types';

const pack = (code: string) => BUNDLED_LANGUAGES.find((d) => d.code === code)!;

describe('withAuxiliaries', () => {
  const perfect: AuxiliaryRule = { name: 'participle', endings: ['ado', 'ido'], words: ['dicho'], before: ['ha', 'había'], alone: false };
  const gerund: AuxiliaryRule = { name: 'gerund', endings: ['ndo'], before: ['vem'], alone: true };
  const participle: AuxiliaryRule = { name: 'participle', endings: ['o'], before: ['tem'], alone: false };

  test.each([
    [['dijo', 'dicho', 'declarado', 'dado a conocer'], [perfect], ['dijo', 'ha dicho', 'había dicho', 'ha declarado', 'había declarado', 'ha dado a conocer', 'había dado a conocer']],
    // The first rule a form matches applies: "afirmando" is a gerund, though it also ends in -o.
    [['afirmando', 'afirmado', 'afirmou'], [gerund, participle], ['afirmando', 'vem afirmando', 'tem afirmado', 'afirmou']],
    [['said', 'says'], [], ['said', 'says']],
  ])('%j', (forms, rules, expected) => {
    expect(withAuxiliaries(forms, rules)).toEqual(expected);
  });
});

describe('cueVerbsOf and compileLanguage', () => {
  test.each([
    ['en', 'warn', 'warned'],
    ['fr', 'annoncer', 'annonça'],
    ['es', 'declarar', 'declaró'],
    ['pt', 'afirmar', 'afirmou'],
    ['de', 'berichten', 'berichtete'],
  ])('%s: a verb listed by its lemma alone gets its regular forms (%s → %s)', (code, lemma, form) => {
    const data = pack(code);
    expect(data.cueVerbs.find((v) => v.lemma === lemma)?.forms).toBeUndefined();
    expect(cueVerbsOf(data).find((v) => v.lemma === lemma)?.forms).toContain(form);
    expect(compileLanguage(data).cueVerbs.get(form)?.lemma).toBe(lemma);
  });

  test('a participle is a cue only after its auxiliary (es: "ha declarado", not "declarado")', () => {
    const es = compileLanguage(pack('es'));
    expect(es.cueVerbs.has('declarado')).toBe(false);
    expect(es.phrasalCues.get('ha')?.some((p) => p.words.join(' ') === 'ha declarado')).toBe(true);
  });

  test('a pack without an inflector must list every form', () => {
    const data = { ...pack('en'), code: 'xx', cueVerbs: [{ lemma: 'say', needs: 'none' as const }] };
    expect(() => cueVerbsOf(data)).toThrow('lists no forms');
    expect(cueVerbsOf({ code: 'xx', cueVerbs: [{ lemma: 'say', forms: ['says'], needs: 'none' }] })).toEqual([{ lemma: 'say', forms: ['says'], needs: 'none' }]);
  });
});
