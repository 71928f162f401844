import { beforeAll, describe, expect, test } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../src/core/lang/supported';
import { loadStopwords } from '../../src/popup/stopwords';
import { keyTerms, searchLanguage, sourceNames, vagueWords } from '../../src/popup/key-terms';

// The stop words load on demand in the popup (one chunk per language); here, all of them first.
beforeAll(async () => {
  await Promise.all(SUPPORTED_LANGUAGES.map((code) => loadStopwords(code)));
});

describe('keyTerms: the distinctive words of a claim, in its order', () => {
  test.each([
    ['This is the largest synchronized attack since ISIS occupied the city in 2014', '',
      ['largest', 'synchronized', 'attack', 'ISIS', 'occupied', '2014']],
    ['They are harsh, but they are not strong', '', ['harsh', 'strong']],
    ['People of Mosul are awaiting the start of the Ninewa liberation operations in order to revolt against Daesh.', '',
      ['Mosul', 'awaiting', 'Ninewa', 'liberation', 'operations', 'Daesh']],
    // Names outrank ordinary words when there are more candidates than room.
    ['the local population has become so disenchanted with ISIS that an organized resistance has formed against Baghdadi in Mosul', '',
      ['population', 'disenchanted', 'ISIS', 'organized', 'Baghdadi', 'Mosul']],
    // The source's own name is searched for separately; reporting verbs are not terms.
    ['Reuters confirms the rise of a resistance in Mosul', 'Reuters', ['rise', 'resistance', 'Mosul']],
    // Each term once, possessives folded.
    ['Mosul residents say Mosul’s streets are quiet', '', ['Mosul', 'residents', 'streets', 'quiet']],
    ['', '', []],
    ['it is what it is', '', []],
  ])('%s', (claim, exclude, expected) => {
    expect(keyTerms(claim, 6, exclude)).toEqual(expected);
  });

  test('at most `max` terms', () => {
    expect(keyTerms('Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel', 3)).toHaveLength(3);
  });
});

describe('keyTerms in the article\'s language', () => {
  // [language, claim, source (left out), max, expected]
  test.each<[string, string, string, number, string[]]>([
    // French: articles, auxiliaries and reporting verbs go; elided articles come off the word they are written onto.
    ['fr', "le gouvernement n'a pas l'intention de relever l'âge légal de départ à la retraite avant 2027", '', 6,
      ['gouvernement', 'intention', 'relever', 'légal', 'retraite', '2027']],
    ['fr', "qu'il avait déjà informé Emmanuel Macron de sa décision, a-t-il précisé", '', 6,
      ['informé', 'Emmanuel', 'Macron', 'décision']],
    ['fr', "Selon le ministère, les négociations reprendront lundi à Bruxelles", '', 6,
      ['ministère', 'négociations', 'reprendront', 'lundi', 'Bruxelles']],
    // The source's own name is left out, elided or not.
    ['fr', "l'Élysée a démenti toute réunion avec les syndicats, d'après Le Monde", 'Le Monde', 6, ['Élysée', 'démenti', 'réunion', 'syndicats']],
    // German: every noun takes a capital, so none is a name for that alone; they rank by length with the rest.
    ['de', 'die Bundesregierung werde die Förderung für Elektroautos im kommenden Jahr deutlich kürzen', '', 6,
      ['Bundesregierung', 'Förderung', 'Elektroautos', 'kommenden', 'Jahr', 'deutlich']],
    ['de', 'die Kommission habe den Plan der Regierung zur Rente im Mai als verfassungswidrig zurückgewiesen', '', 4,
      ['Kommission', 'Regierung', 'verfassungswidrig', 'zurückgewiesen']],
    // Acronyms, inner capitals and digits still mark names.
    ['de', 'die Kommission habe den Plan der CDU zur Rente im Mai als verfassungswidrig zurückgewiesen', '', 3,
      ['Kommission', 'CDU', 'verfassungswidrig']],
    ['de', 'die EU-Kommission und die AfD hätten sich nicht zur Lage in der Region geäußert', '', 2, ['EU-Kommission', 'AfD']],
    ['de', 'Laut SPD-Fraktion sei der Haushalt 2024 nicht verfassungsgemäß, sagte die Sprecherin der Partei', '', 6,
      ['SPD-Fraktion', 'Haushalt', '2024', 'verfassungsgemäß', 'Sprecherin', 'Partei']],
    // A name is kept when there is room (it ranks by length like any noun).
    ['de', 'Olaf Scholz habe die Lieferung der Panzer an die Ukraine bereits im Januar zugesagt', '', 6,
      ['Olaf', 'Scholz', 'Lieferung', 'Panzer', 'Ukraine', 'zugesagt']],
    ['de', '„Wir werden die Grenzkontrollen bis Ende März verlängern“, sagte Innenministerin Nancy Faeser', 'Nancy Faeser', 6,
      ['Grenzkontrollen', 'Ende', 'März', 'verlängern', 'Innenministerin']],
    // Spanish
    ['es', 'Pedro Sánchez ha dicho que la ley de amnistía será aprobada por el Congreso en marzo', '', 6,
      ['Pedro', 'Sánchez', 'amnistía', 'aprobada', 'Congreso', 'marzo']],
    ['es', 'según fuentes del ministerio, el acuerdo se firmará en Bruselas antes del verano', '', 6,
      ['fuentes', 'ministerio', 'acuerdo', 'firmará', 'Bruselas', 'verano']],
    ['es', '«No vamos a permitir que se cierre la planta de Valencia», aseguró el sindicato', '', 6,
      ['permitir', 'cierre', 'planta', 'Valencia', 'sindicato']],
    // Portuguese, with a pronoun written onto the verb ("disse-lhe").
    ['pt', 'o governo não pretende aumentar os impostos sobre os combustíveis até ao final do ano', '', 6,
      ['governo', 'pretende', 'aumentar', 'impostos', 'combustíveis', 'final']],
    ['pt', 'Lula disse-lhe que o Brasil vai reduzir o desmatamento na Amazônia em 2030', '', 6,
      ['Lula', 'Brasil', 'reduzir', 'desmatamento', 'Amazônia', '2030']],
    ['pt', 'segundo a polícia, o suspeito foi detido em Lisboa na madrugada de domingo', '', 6,
      ['polícia', 'suspeito', 'detido', 'Lisboa', 'madrugada', 'domingo']],
  ])('%s: %s', (lang, claim, exclude, max, expected) => {
    expect(keyTerms(claim, max, exclude, lang)).toEqual(expected);
  });

  test('German nouns are not names for their capital alone: read as English, short nouns would push out the content', () => {
    const claim = 'die Kommission habe den Plan der Regierung zur Rente im Mai als verfassungswidrig zurückgewiesen';
    expect(keyTerms(claim, 4, '', 'en')).toEqual(['Kommission', 'Plan', 'Regierung', 'Rente']);
    expect(keyTerms(claim, 4, '', 'de')).toContain('verfassungswidrig');
  });

  test('each language leaves out its own function words, not the others\'', () => {
    const french = 'Selon le ministère, les négociations reprendront lundi';
    expect(keyTerms(french, 6, '', 'fr')).not.toContain('Selon');
    expect(keyTerms(french, 6, '', 'en')).toContain('Selon');
    const german = 'Demnach wurden die Gespräche vertagt';
    expect(keyTerms(german, 6, '', 'de')).toEqual(['Gespräche', 'vertagt']);
    expect(keyTerms(german, 6, '', 'fr')).toContain('Demnach');
  });

  test.each([['und'], ['it'], [''], [null], [undefined]])('%s falls back to English', (lang) => {
    const claim = 'Selon le ministère, this is the largest attack since ISIS occupied the city in 2014';
    expect(keyTerms(claim, 6, '', lang)).toEqual(keyTerms(claim, 6, '', 'en'));
    expect(keyTerms(claim, 6, '', lang)).toContain('Selon');
    expect(keyTerms(claim, 6, '', lang)).not.toContain('since');
  });
});

describe('searchLanguage: the language the searches use', () => {
  test.each([['fr', 'fr'], ['FR', 'fr'], ['pt-BR', 'pt'], ['de_AT', 'de'], ['es', 'es'], ['und', 'en'], ['nl', 'en'], ['', 'en'], [undefined, 'en']])(
    '%s → %s', (lang, expected) => {
      expect(searchLanguage(lang)).toBe(expected);
    });
});

describe('sourceNames: what an unnamed source is tied to', () => {
  test.each<[string, string, string[]]>([
    ['en', 'Local sources in Mosul', ['Mosul']],
    ['en', 'residents of East Mosul', ['East', 'Mosul']],
    ['en', 'a senior US official', ['US']], // an acronym, although "us" is a function word
    ['en', 'officials at the WHO', ['WHO']],
    ['en', 'Western diplomats', []], // a capitalised first word is read as an ordinary word
    ['en', 'two sources', []],
    ['en', 'officials', []],
    ['fr', "des sources proches de l'Élysée", ['Élysée']],
    ['de', 'Kreise der EU-Kommission', ['EU-Kommission']],
    ['es', 'fuentes del ministerio', []],
    ['pt', 'fontes da Polícia Federal', ['Polícia', 'Federal']],
  ])('%s: %s', (lang, source, expected) => {
    expect(sourceNames(source, lang)).toEqual(expected);
  });
});

describe('vagueWords: an unnamed source without its names', () => {
  test.each<[string, string, string]>([
    ['Local sources in Mosul', 'Mosul', 'local sources in'],
    ["des sources proches de l'Élysée", 'Élysée', 'des sources proches de'],
    ['two sources', '', 'two sources'],
  ])('%s', (source, names, expected) => {
    const lang = source.includes('Élysée') ? 'fr' : 'en';
    expect(vagueWords(source, names ? [names] : [], lang)).toBe(expected);
  });
});

describe('stop words on demand', () => {
  test('the terms leave out the words of the list installed for the language', async () => {
    const { installStopwords, stopwordsInstalled } = await import('../../src/popup/key-terms');
    expect(stopwordsInstalled('fr')).toBe(true);
    installStopwords('fr', ['le']); // a list that only knows "le"
    expect(keyTerms('le ministre affirme que le budget', 6, '', 'fr')).toContain('affirme');
    await expect(import('../../src/popup/stopwords').then((m) => m.loadStopwords('fr'))).resolves.toBeUndefined();
    installStopwords('fr', (await import('../../src/popup/stopwords/fr.json')).default);
    expect(keyTerms('le ministre affirme que le budget', 6, '', 'fr')).not.toContain('affirme');
  });
});
