// The corpus metric (src/eval/score.ts) on small hand-made gold files and reports, case by case.
// tests/eval/scorer-agreement.test.ts checks it against the team's reference scorer on the corpus.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import STOP_WORD_LISTS from '../../src/eval/stop-words.json';
import {
  ANCHOR_COVER, MAX_SENTENCE_WORDS, NORMALIZE_STEPS, STOP_WORDS, anchorCover, baseName, contentWords, namesAgree, normalize,
  reportsByPage, scoreLines, scorePage, scoreSet, sentenceMatches, summaryLine, words, type Gold, type GoldRecord, type Prediction,
} from '../../src/eval/score';

const record = (over: Partial<GoldRecord> = {}): GoldRecord => ({
  anchor: 'the minister resigned on Monday, according to Reuters', source: 'Reuters', alt: [], kind: 'outlet',
  cue: 'according to', optional: false, ...over,
});
const prediction = (over: Partial<Prediction> = {}): Prediction => ({
  sentence: 'The minister resigned on Monday, according to Reuters.', source: 'Reuters', sourceKind: 'outlet', cue: 'according to', ...over,
});
const gold = (attributions: GoldRecord[], page = 'a.html'): Gold => ({ page, attributions });

describe('normalize and words', () => {
  it.each([
    ['The Free Beacon’s report', 'the free beacon report'],
    ['Reu\u00adters said', 'reuters said'], // soft hyphen
    ['zero\u200bwidth\u2060joins\ufeff', 'zerowidthjoins'],
    ['Al‐Jubouri — a leader', 'al-jubouri - a leader'], // U+2010 hyphen, em dash
    ['“We tried,” he said.', 'we tried he said'],
    ["it's O'Brien's view", "it o'brien view"],
    ['Reuters’s and the BBC‘s', 'reuters and the bbc'],
    ['«Non», a-t-il déclaré', 'non a-t-il déclaré'],
    ['laut Bundesministerium für Gesundheit', 'laut bundesministerium für gesundheit'],
    ['  many\n\tspaces  ', 'many spaces'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('reads null and undefined as empty text', () => {
    expect(normalize(undefined)).toBe('');
    expect(normalize(null)).toBe('');
    expect(words(undefined)).toEqual([]);
  });

  it.each([
    ['the Free Beacon', ['free', 'beacon']],
    ['le ministre de l’Intérieur', ['ministre', "l'intérieur"]],
    ['der Sprecher des Ministeriums', ['sprecher', 'ministeriums']],
    ['el portavoz del Gobierno', ['portavoz', 'gobierno']],
    ['o porta-voz da presidência', ['porta-voz', 'presidência']],
    ['his', []],
  ])('content words of %j: %j', (name, expected) => {
    expect(contentWords(name)).toEqual(expected);
  });
});

describe('stop words', () => {
  const byBase = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

  it('has a list for each corpus language', () => {
    expect(Object.keys(STOP_WORD_LISTS)).toEqual(['en', 'fr', 'de', 'es', 'pt']);
  });
  it.each(Object.entries(STOP_WORD_LISTS))('%s: sorted, lowercase, normalized, no duplicates', (_lang, list) => {
    expect(list.length).toBeGreaterThan(10);
    expect(list).toEqual([...list].sort(byBase));
    expect(new Set(list).size).toBe(list.length);
    for (const w of list) expect(words(w), w).toEqual([w]);
  });
  it.each([['the', 'le', 'der', 'el', 'o'], ['of', 'de', 'von', 'del', 'do']])('holds articles and prepositions of every language: %s …', (...ws) => {
    for (const w of ws) expect(STOP_WORDS.has(w), w).toBe(true);
  });
  it('keeps pronouns and nouns as content words', () => {
    for (const w of ['he', 'she', 'il', 'er', 'él', 'ele', 'reuters', 'minister']) expect(STOP_WORDS.has(w), w).toBe(false);
  });
});

describe('the sentence test', () => {
  const anchor = words('one two three four five');
  it.each([
    ['one two three four five', 1],
    ['x one two three four five y', 1],
    ['one two three x four five', 0.6], // a gap: the longest run counts
    ['three four five', 0.6],
    ['four five one two', 0.4],
    ['five four three two one', 0.2],
    ['', 0],
  ])('%j covers %d of the anchor', (sentence, cover) => {
    expect(anchorCover(anchor, words(sentence))).toBeCloseTo(cover, 10);
    expect(sentenceMatches(anchor, words(sentence))).toBe(cover >= ANCHOR_COVER);
  });

  it(`a sentence over ${MAX_SENTENCE_WORDS} words never matches, even holding the whole anchor`, () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(sentenceMatches(anchor, words(`${filler(MAX_SENTENCE_WORDS - 5)} one two three four five`))).toBe(true);
    expect(sentenceMatches(anchor, words(`${filler(MAX_SENTENCE_WORDS - 4)} one two three four five`))).toBe(false);
  });

  it('an empty anchor matches nothing', () => {
    expect(sentenceMatches([], words('anything at all'))).toBe(false);
  });
});

describe('the source test', () => {
  const agree = (g: string, p: string) => namesAgree(contentWords(g), new Set(contentWords(p)));
  it.each([
    ['the Free Beacon', 'Free Beacon', true],
    ['Ahmed Al-Jubouri', 'Al-Jubouri', true], // half of the gold name
    ['Smith', 'John Smith, a spokesman for the ministry', true],
    ['two sources', 'sources', true],
    ['Department of Homeland Security', 'the Homeland Security Department spokesman Tom Jones', true],
    ['the US Department of Homeland Security Office of Intelligence', 'Homeland Security', true], // 2 shared, all of the prediction
    ['Centers for Disease Control and Prevention', 'Disease', false], // all of the prediction, but one word of four
    ['Major General Najm al-Jubbouri', 'Jubbouri', false], // "al-jubbouri" is one word
    ['the ministry of defence', 'Smith', false],
    ['le ministre de l’Intérieur', 'le ministre', true],
    ['der Sprecher des Ministeriums', 'ein Sprecher', true],
    ['the', 'the', false], // no content words: agrees with nothing
    ['Reuters', 'his', false],
    ['Reuters', '', false],
  ])('gold %j, predicted %j → %s', (g, p, expected) => {
    expect(agree(g, p)).toBe(expected);
  });

  it('counts repeated gold words each time, predicted words once', () => {
    // gold: [new, york, new, jersey]; predicted {new}: 2 of 4 gold words found → half.
    expect(agree('New York New Jersey', 'New')).toBe(true);
    expect(agree('New York Jersey City', 'New')).toBe(false);
  });
});

describe('scorePage', () => {
  it.each<[string, GoldRecord[], Prediction[], Partial<ReturnType<typeof scorePage>>]>([
    ['one record, one matching prediction', [record()], [prediction()],
      { required: 1, predicted: 1, matched: 1, kindRight: 1, misses: [], falseAlarms: [] }],
    ['the same record predicted twice: the second is a false alarm', [record()], [prediction(), prediction()],
      { predicted: 2, matched: 1 }],
    ['a prediction on the right sentence with the wrong source', [record()], [prediction({ source: 'the BBC' })],
      { predicted: 1, matched: 0, misses: [{ anchor: record().anchor, source: 'Reuters', cue: 'according to' }] }],
    ['the source matched through an alt', [record({ source: 'Reuters news agency', alt: ['Reuters'] })], [prediction({ source: 'Reuters' })],
      { matched: 1 }],
    ['the source matched through sourceMention', [record({ source: 'Jane Doe', alt: [], kind: 'person' })],
      [prediction({ source: 'the spokeswoman', sourceMention: 'Jane Doe', sourceKind: 'person' })], { matched: 1, kindRight: 1 }],
    ['a prediction matching only an optional record counts for nothing', [record({ optional: true })], [prediction()],
      { required: 0, predicted: 0, matched: 0, falseAlarms: [] }],
    ['an optional record is never a miss', [record({ optional: true })], [], { required: 0, misses: [] }],
    ['a prediction matching a required and an optional record takes the required one',
      [record({ optional: true }), record()], [prediction()], { required: 1, predicted: 1, matched: 1 }],
    ['a second prediction for a taken record that also matches an optional one is neutral',
      [record(), record({ optional: true })], [prediction(), prediction()], { predicted: 1, matched: 1, falseAlarms: [] }],
    ['two sources in one sentence: two records, two predictions', [
      record({ anchor: 'Reuters and the BBC reported on Monday', source: 'Reuters' }),
      record({ anchor: 'Reuters and the BBC reported on Monday', source: 'the BBC' })],
    [prediction({ sentence: 'Reuters and the BBC reported on Monday that talks failed.', source: 'the BBC' }),
      prediction({ sentence: 'Reuters and the BBC reported on Monday that talks failed.', source: 'Reuters' })],
    { required: 2, predicted: 2, matched: 2 }],
    ['a wrong kind is a match with a kind error', [record()], [prediction({ sourceKind: 'organization' })],
      { matched: 1, kindRight: 0, kindErrors: [{ source: 'Reuters', predicted: 'organization', gold: 'outlet' }] }],
    ['a list of kinds accepts each of them', [record({ kind: ['document', 'outlet'] })], [prediction({ sourceKind: 'outlet' })],
      { matched: 1, kindRight: 1 }],
    ['a prediction elsewhere in the article is a false alarm', [record()],
      [prediction({ sentence: 'Officials said the talks would resume next week.', source: 'Officials', cue: 'said' })],
      { predicted: 1, matched: 0, falseAlarms: [{ sentence: 'Officials said the talks would resume next week.', source: 'Officials', cue: 'said' }] }],
  ])('%s', (_name, records, predictions, expected) => {
    expect(scorePage(gold(records), { file: 'a.html', attributions: predictions })).toMatchObject(expected);
  });

  it('with no report, every required record is missed', () => {
    const s = scorePage(gold([record(), record({ optional: true })]), undefined);
    expect(s).toMatchObject({ required: 1, predicted: 0, matched: 0 });
    expect(s.misses).toHaveLength(1);
  });
});

describe('scoreSet', () => {
  const reports = reportsByPage([{ file: '/somewhere/pages/a.html', attributions: [prediction(), prediction({ source: 'BBC' })] }]);

  it('sums the pages and computes precision, recall, F1 and kind accuracy', () => {
    const s = scoreSet([gold([record(), record({ anchor: 'Officials said the talks would resume', source: 'officials', kind: 'anonymous' })])], reports);
    expect(s).toMatchObject({ required: 2, predicted: 2, matched: 1, precision: 0.5, recall: 0.5, f1: 0.5, kindAccuracy: 1, missing: [] });
  });

  it('lists the pages without a report, and counts their records as misses', () => {
    const s = scoreSet([gold([record()]), gold([record()], 'b.html')], reports);
    expect(s.missing).toEqual(['b.html']);
    expect(s).toMatchObject({ required: 2, matched: 1, recall: 0.5 });
  });

  it.each([
    ['no predictions, no required records', [gold([record({ optional: true })])], { precision: 1, recall: 1, f1: 1, kindAccuracy: 0 }],
    ['required records, no predictions', [gold([record()], 'b.html')], { precision: 0, recall: 0, f1: 0, kindAccuracy: 0 }],
  ])('edge case: %s', (_name, golds, expected) => {
    expect(scoreSet(golds, new Map())).toMatchObject(expected);
  });

  it('reports are found by the base name of their file, whatever the path', () => {
    expect([...reportsByPage([{ file: 'C:\\pages\\x.html' }, { file: 'pages/y.txt' }, { file: 'z.html' }, {}]).keys()])
      .toEqual(['x.html', 'y.txt', 'z.html', '']);
    expect(baseName('/a/b/c.html')).toBe('c.html');
  });
});

describe('the text report', () => {
  const s = scoreSet([gold([record(), record({ anchor: 'Officials said the talks would resume', source: 'officials', kind: 'anonymous', cue: 'said' })])],
    reportsByPage([{ file: 'a.html', attributions: [prediction({ sourceKind: 'organization' }), prediction({ sentence: 'Nothing to see here at all.', source: 'BBC' })] }]));

  it('prints one line per page and the summary last', () => {
    expect(scoreLines(s)).toEqual([
      `${'a.html'.padEnd(44)} gold   2  predicted   2  matched   1  P 0.50  R 0.50`,
      'pages=1 gold=2 predicted=2 matched=1 precision=0.500 recall=0.500 f1=0.500 kind_accuracy=0.000',
    ]);
    expect(summaryLine(s)).toBe(scoreLines(s).at(-1));
  });

  it('with verbose, lists misses, false alarms and kind errors under the page', () => {
    expect(scoreLines(s, true).slice(1, 4)).toEqual([
      '    miss:  [officials] (said) Officials said the talks would resume',
      '    false: [BBC] (according to) Nothing to see here at all.',
      '    kind:  [Reuters] predicted organization, gold outlet',
    ]);
  });
});

describe('the normalisation patterns', () => {
  type Diagnostics = { status: string };
  const { checkSync } = createRequire(import.meta.url)('recheck') as { checkSync(source: string, flags: string, params?: object): Diagnostics };
  it.each(NORMALIZE_STEPS.map(([re]) => [re]))('%s cannot backtrack catastrophically', (re) => {
    expect(checkSync(re.source, re.flags, { timeout: 10_000 }).status).toBe('safe');
  });
});
