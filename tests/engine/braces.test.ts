// Brace groups in pack word lists: "afirmad{o,a} {por,pelo}" spells four phrases.
import { describe, expect, test } from 'vitest';
import { expandBraces, expandSpec } from '../../src/core/lang/braces';
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
