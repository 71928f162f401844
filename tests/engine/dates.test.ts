// Publication dates normalized to ISO 8601, and a statement's `when` resolved to the day it names,
// in every pack: a table per language, against an article published on Friday 2024-03-15.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { normalizePublished, resolveWhen } from '../../src/core/dates';
import { lang } from '../helpers/languages';

const FRIDAY = '2024-03-15T10:00:00-05:00';

describe('normalizePublished', () => {
  it.each([
    ['2024-03-15T10:00:00-05:00', '2024-03-15T10:00:00-05:00'],
    ['2024-03-15T23:30:00+0100', '2024-03-15T23:30:00+01:00'],
    ['2024-03-15T10:00:00.123Z', '2024-03-15T10:00:00Z'],
    ['2024-03-15 10:00', '2024-03-15T10:00:00'],
    ['  2024-03-15 ', '2024-03-15'],
    ['Fri, 15 Mar 2024 10:00:00 GMT', '2024-03-15T10:00:00Z'],
    ['March 15, 2024', '2024-03-15'],
  ])('%s → %s', (raw, iso) => expect(normalizePublished(raw)).toBe(iso));

  it.each([null, '', 'yesterday', '2024-02-30', '2024-13-01', '2024-03-15T25:00:00Z', 'x'.repeat(100)])('%s is no date', (raw) => {
    expect(normalizePublished(raw)).toBeNull();
  });
});

/** [when as written, the day it names in an article published on Friday 2024-03-15]. */
const TABLES: Record<string, [string, string | null][]> = {
  en: [
    ['Thursday', '2024-03-14'], ['on Wednesday', '2024-03-13'], ['late Thursday', '2024-03-14'], ['Thursday night', '2024-03-14'],
    ['Friday', '2024-03-15'], ['last Friday', '2024-03-08'], ['last Tuesday', '2024-03-12'], ['Saturday', '2024-03-09'],
    ['next Tuesday', '2024-03-19'], ['yesterday', '2024-03-14'], ['today', '2024-03-15'], ['tonight', '2024-03-15'],
    ['this morning', '2024-03-15'], ['last night', '2024-03-14'], ['on March 3', '2024-03-03'], ['March 3, 2023', '2023-03-03'],
    ['the 3rd of March', '2024-03-03'], ['on April 2', '2023-04-02'], ['on March 15', '2024-03-15'],
    ['last week', null], ['this month', null], ['In 2009', null], ['at the time', null], ['on February 30', null],
  ],
  fr: [
    ['jeudi', '2024-03-14'], ['mercredi soir', '2024-03-13'], ['mardi dernier', '2024-03-12'], ['vendredi dernier', '2024-03-08'],
    ['hier', '2024-03-14'], ['avant-hier', '2024-03-13'], ["aujourd'hui", '2024-03-15'], ['ce matin', '2024-03-15'],
    ['le 3 mars', '2024-03-03'], ['le 1er mars 2023', '2023-03-01'], ['la semaine dernière', null], ['en 2009', null],
  ],
  de: [
    ['Donnerstag', '2024-03-14'], ['am Mittwoch', '2024-03-13'], ['Montagabend', '2024-03-11'], ['vergangenen Freitag', '2024-03-08'],
    ['gestern', '2024-03-14'], ['vorgestern', '2024-03-13'], ['heute', '2024-03-15'], ['am 3. März', '2024-03-03'],
    ['kommenden Montag', '2024-03-18'], ['im Jahr', null],
  ],
  es: [
    ['el jueves', '2024-03-14'], ['el pasado martes', '2024-03-12'], ['ayer', '2024-03-14'], ['anoche', '2024-03-14'],
    ['anteayer', '2024-03-13'], ['hoy', '2024-03-15'], ['esta mañana', '2024-03-15'], ['el 3 de marzo', '2024-03-03'],
    ['el 3 de marzo de 2022', '2022-03-03'], ['esta semana', null],
  ],
  pt: [
    ['na quinta-feira', '2024-03-14'], ['na segunda', '2024-03-11'], ['sexta-feira passada', '2024-03-08'], ['domingo', '2024-03-10'],
    ['ontem', '2024-03-14'], ['anteontem', '2024-03-13'], ['hoje', '2024-03-15'], ['em 3 de março', '2024-03-03'], ['nesta semana', null],
  ],
};

describe.each(Object.keys(TABLES))('resolveWhen (%s)', (code) => {
  it.each(TABLES[code]!)('%s → %s', (when, day) => expect(resolveWhen(when, FRIDAY, lang(code))).toBe(day));

  it('knows nothing without a publication date', () => {
    expect(resolveWhen(TABLES[code]![0]![0], null, lang(code))).toBeNull();
  });
});

describe('the engine dates statements', () => {
  it('finds a written date as the time of a statement and resolves it', () => {
    const [a] = analyze([{ kind: 'paragraph', text: 'The ministry said on March 3 that the plant was closed.' }], { published: FRIDAY });
    expect(a).toMatchObject({ when: 'on March 3', whenDate: '2024-03-03' });
  });

  it('resolves "reported Thursday" in a Friday paper to the Thursday before', () => {
    const blocks = [{ kind: 'paragraph' as const, text: 'The Washington Post reported Thursday that the talks had failed.' }];
    expect(analyze(blocks, { published: FRIDAY })[0]).toMatchObject({ when: 'Thursday', whenDate: '2024-03-14' });
    expect(analyze(blocks)[0]).toMatchObject({ when: 'Thursday', whenDate: null });
  });

  it('finds dates in the other packs', () => {
    const de = analyze([{ kind: 'paragraph', text: 'Der Sprecher des Ministeriums sagte am 3. März, die Anlage sei geschlossen.' }], { lang: 'de', published: FRIDAY });
    expect(de[0]).toMatchObject({ whenDate: '2024-03-03' });
    const es = analyze([{ kind: 'paragraph', text: 'El ministerio dijo el 3 de marzo que la planta estaba cerrada.' }], { lang: 'es', published: FRIDAY });
    expect(es[0]).toMatchObject({ whenDate: '2024-03-03' });
  });
});
