// A list of names after a prepositional cue is a list of sources only where the pack says so (German,
// verb second: "laut NDR, WDR und SZ soll …"). Elsewhere the comma closes the cue's phrase and the names
// after it are the clause's subjects, not sources.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';

const sources = (text: string, lang: string): string[] =>
  analyze([{ kind: 'paragraph', text }], { lang }).map((a) => a.source);

describe('names after "according to X," are the clause\'s subjects', () => {
  it.each([
    ['According to Reuters, Smith and Jones will meet on Monday.', 'en', ['Reuters']],
    ['Según Reuters, Rusia y Ucrania acordaron un alto el fuego.', 'es', ['Reuters']],
    ['Selon Reuters, Paris et Berlin ont conclu un accord.', 'fr', ['Reuters']],
    ['Segundo a Reuters, Lisboa e Madrid assinaram o acordo.', 'pt', ['Reuters']],
    ['Laut Reuters, AFP und dpa wurden mindestens zwölf Menschen getötet.', 'de', ['Reuters', 'AFP', 'dpa']],
  ] as const)('%s', (text, lang, expected) => {
    // (The source as written: Portuguese keeps its article, "a Reuters".)
    expect(sources(text, lang).map((s) => s.replace(/^a /, ''))).toEqual(expected);
  });
});
