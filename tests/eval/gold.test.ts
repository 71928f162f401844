// Reading gold folders: valid files in file-name order, invalid ones left out with a message that
// says which file and what is wrong.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldProblems, parseGold, readGoldFolder } from '../../src/eval/gold';

const rec = { anchor: 'the minister resigned, according to Reuters', source: 'Reuters', alt: [], kind: 'outlet', cue: 'according to', claim: 'x', when: null, via: null, optional: false };

describe('goldProblems', () => {
  it.each<[string, unknown, string[]]>([
    ['a valid file', { page: 'a.html', attributions: [rec] }, []],
    ['a valid file of another language, kinds as a list', { page: 'a.html', lang: 'fr', attributions: [{ ...rec, kind: ['outlet', 'document'] }] }, []],
    ['the fields the metric does not read may be left out', { page: 'a.txt', attributions: [{ anchor: 'a b c', source: 'X', kind: 'person' }] }, []],
    ['no page', { attributions: [] }, ['page is not a non-empty string']],
    ['a page with a folder', { page: 'pages/a.html', attributions: [] }, ['page must be a file name, without folders']],
    ['attributions not a list', { page: 'a.html', attributions: {} }, ['attributions is not a list']],
    ['an empty anchor', { page: 'a.html', attributions: [{ ...rec, anchor: ' ' }] }, ['attributions[0].anchor is not a non-empty string']],
    ['an unknown kind', { page: 'a.html', attributions: [rec, { ...rec, kind: 'newspaper' }] },
      ['attributions[1].kind is not one of outlet, person, organization, document, anonymous (or a list of them)']],
    ['an empty list of kinds', { page: 'a.html', attributions: [{ ...rec, kind: [] }] },
      ['attributions[0].kind is not one of outlet, person, organization, document, anonymous (or a list of them)']],
    ['alt as a string', { page: 'a.html', attributions: [{ ...rec, alt: 'Reuters' }] }, ['attributions[0].alt is not a list of strings']],
    ['optional as a string', { page: 'a.html', attributions: [{ ...rec, optional: 'yes' }] }, ['attributions[0].optional is not true or false']],
    ['when as a number', { page: 'a.html', attributions: [{ ...rec, when: 2024 }] }, ['attributions[0].when is not a string or null']],
    ['a bad lang', { page: 'a.html', lang: 'French', attributions: [] }, ['lang is not a language code such as "fr"']],
    ['a record that is not an object', { page: 'a.html', attributions: ['x'] }, ['attributions[0] is not an object']],
    ['a list instead of an object', [], ['not a JSON object']],
  ])('%s', (_name, value, expected) => {
    expect(goldProblems(value)).toEqual(expected);
  });

  it('says when a file is not JSON', () => {
    const parsed = parseGold('{"page": "a.html",');
    expect('problems' in parsed && parsed.problems[0]).toMatch(/^not valid JSON/);
  });
});

describe('readGoldFolder', () => {
  it('reads every .json file in name order, and leaves out (with a message) the invalid ones and a second file for one page', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'al-gold-'));
    const write = (name: string, value: unknown) => writeFileSync(path.join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
    write('b.json', { page: 'b.html', attributions: [rec] });
    write('a.json', { page: 'a.html', attributions: [] });
    write('c.json', '{ not json');
    write('d.json', { page: 'a.html', attributions: [] });
    write('notes.txt', 'not gold');
    const { golds, problems } = readGoldFolder(dir);
    expect(golds.map((g) => g.page)).toEqual(['a.html', 'b.html']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^c\.json: not valid JSON/);
    expect(problems[1]).toBe('d.json: annotates a.html, as a.json already does');
  });
});
