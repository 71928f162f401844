// Brace groups in pack word lists: "afirmad{o,a} {por,pelo}" spells four phrases.
import { describe, expect, test } from 'vitest';
import { expandBraces, expandNouns, expandSpec } from '../../src/core/lang/braces';
import { BUNDLED_LANGUAGES } from '../../src/core/lang/bundled';

describe('expandBraces', () => {
  test.each([
    ['according to', ['according to']],
    ['afirmad{o,a} {por,pelo}', ['afirmado por', 'afirmado pelo', 'afirmada por', 'afirmada pelo']],
    ['nach {Angaben,Angaben von}', ['nach Angaben', 'nach Angaben von']],
    ['{a,}b', ['ab', 'b']],
    ['x{}', ['x']],
  ])('%s', (text, expected) => {
    expect(expandBraces(text)).toEqual(expected);
  });

  test('an unclosed group is an error, not a silent word', () => {
    expect(() => expandBraces('afirmad{o,a por')).toThrow('unclosed');
  });
});

describe('expandSpec', () => {
  test('expands word lists and leaves other fields', () => {
    expect(expandSpec({ family: 'prepositional', reason: 'x{y}', words: ['cit{ed,ing} by'], anyNoun: true }))
      .toEqual({ family: 'prepositional', reason: 'x{y}', words: ['cited by', 'citing by'], anyNoun: true });
  });

  test('no pack spells the same phrase twice through its groups', () => {
    for (const data of BUNDLED_LANGUAGES) {
      for (const spec of data.rules) {
        for (const [key, value] of Object.entries(spec)) {
          if (!Array.isArray(value)) continue;
          const words = expandSpec({ value }).value as string[];
          expect(words.filter((w, i) => words.indexOf(w) !== i), `${data.code} ${spec.reason}.${key}`).toEqual([]);
          expect(words.some((w) => /[{}]/.test(w)), `${data.code} ${spec.reason}.${key}`).toBe(false);
        }
      }
    }
  });
});

describe('expandNouns', () => {
  const endings = [['or', 'ora', 'ores', 'oras'], ['o', 'a', 'os', 'as'], ['', 's']];
  test.each([
    ['advogado+', ['advogado', 'advogada', 'advogados', 'advogadas']],
    ['agricultor+', ['agricultor', 'agricultora', 'agricultores', 'agricultoras']],
    ['agente+', ['agente', 'agentes']],
    ['ator', ['ator']],
  ])('%s', (word, expected) => {
    expect(expandNouns([word], endings)).toEqual(expected);
  });

  test('a "+" word in a pack without noun endings is an error, not a silent word', () => {
    expect(() => expandNouns(['advogado+'], undefined)).toThrow('no noun endings');
  });

  test('no pack spells a noun twice through its "+" words', () => {
    for (const data of BUNDLED_LANGUAGES) {
      for (const key of ['peopleNouns', 'institutionNouns', 'documentNouns', 'statementNouns', 'titles', 'modifiers', 'nameParticles',
        'nonSources', 'organizationWords', 'outletWords'] as const) {
        const words = expandNouns(data[key], data.nounEndings).map((w) => w.toLowerCase());
        expect(words.filter((w, i) => words.indexOf(w) !== i), `${data.code} ${key}`).toEqual([]);
      }
    }
  });
});
