// Which language an article is in: from its text, checked against what the page declares.
import { describe, expect, it, vi } from 'vitest';
import { chooseLanguage } from '../../src/core/lang/choose';
import { detectLanguage, writtenLetter } from '../../src/core/lang/detect';

const SAMPLES: [string, string][] = [
  ['en', 'The mayor said on Tuesday that the new bridge would open in the spring, and that the city had found the money it needed for the work.'],
  ['fr', 'Le maire a annoncé mardi que le nouveau pont serait ouvert au printemps et que la ville avait trouvé les fonds nécessaires pour les travaux.'],
  ['de', 'Der Bürgermeister sagte am Dienstag, dass die neue Brücke im Frühjahr eröffnet werde und die Stadt das Geld für die Arbeiten gefunden habe.'],
  ['es', 'El alcalde dijo el martes que el nuevo puente se abrirá en la primavera y que la ciudad ha encontrado el dinero que necesitaba para las obras.'],
  ['pt', 'O prefeito disse na terça-feira que a nova ponte será aberta na primavera e que a cidade encontrou o dinheiro de que precisava para as obras.'],
  ['it', 'Il sindaco ha detto martedì che il nuovo ponte sarà aperto in primavera e che la città ha trovato i fondi per i lavori, come era previsto.'],
  ['nl', 'De burgemeester zei dinsdag dat de nieuwe brug in het voorjaar open gaat en dat de stad het geld voor het werk heeft gevonden, maar niet alles.'],
  ['cs', 'Starosta v úterý řekl, že nový most bude otevřen na jaře a že město našlo peníze, které na stavbu potřebovalo, ale také že se to zdrží.'],
  ['pl', 'Burmistrz powiedział we wtorek, że nowy most zostanie otwarty wiosną i że miasto znalazło pieniądze, których potrzebowało na te prace, ale nie wszystkie.'],
  ['ru', 'Мэр заявил во вторник, что новый мост откроется весной и что город нашел деньги, которые были нужны для работ, но не все.'],
  ['zh', '市长周二表示，新桥将于春季开通，市政府已经找到了工程所需的资金。'],
  ['ja', '市長は火曜日、新しい橋が春に開通し、市は工事に必要な資金を見つけたと述べた。'],
  ['ar', 'قال رئيس البلدية يوم الثلاثاء إن الجسر الجديد سيفتتح في الربيع وإن المدينة وجدت الأموال اللازمة للأعمال.'],
];

describe('detectLanguage', () => {
  it.each(SAMPLES)('%s text is read as %s', (lang, text) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });
  it('keeps a declared language the text agrees with', () => {
    expect(detectLanguage(SAMPLES[1]![1], 'fr-CA').lang).toBe('fr');
  });
  it('follows the text when the page declares another language', () => {
    const spanish = SAMPLES.find(([l]) => l === 'es')![1];
    expect(detectLanguage(spanish, 'en')).toEqual({ lang: 'es', fromText: 'es' });
  });
  it('says it cannot tell when the text gives nothing, unless the page declares a language', () => {
    expect(detectLanguage('12345 — 67890').lang).toBe('und');
    expect(detectLanguage('12345 — 67890', 'de').lang).toBe('de');
  });
  it('reads a short headline by its clearest words', () => {
    expect(detectLanguage('Why the senators won’t renounce the plan.').lang).toBe('en');
  });
  it('counts words as runs of letters of any plane: a letter outside the BMP joins words, a lone surrogate parts them', () => {
    const words = ['the', 'of', 'and', 'the', 'of', 'and', 'the', 'of', 'and'];
    expect(detectLanguage(words.join(' ')).lang).toBe('en');
    expect(detectLanguage(words.join('\u{1D49C}')).lang).toBe('und'); // 𝒜, MATHEMATICAL SCRIPT CAPITAL A: one long word
    expect(detectLanguage(words.join('\uD835')).lang).toBe('en'); // a high surrogate without its pair is no letter
  });
});

describe('chooseLanguage', () => {
  const block = (text: string) => [{ kind: 'paragraph' as const, text }];
  it('picks a language pack for a language Attribution Lens reads', () => {
    expect(chooseLanguage(block(SAMPLES[0]![1]))).toEqual({ lang: 'en', supported: true });
  });
  it('names a language it does not read, and says so', () => {
    expect(chooseLanguage(block(SAMPLES.find(([l]) => l === 'cs')![1]), 'cs')).toEqual({ lang: 'cs', supported: false });
  });
});

describe('letters written out for European text', () => {
  it('answers as the letter regexes do for every character it knows', () => {
    const differing: string[] = [];
    let written = 0;
    for (let point = 0x80; point < 0x3000; point++) {
      const answer = writtenLetter(point);
      if (answer < 0) continue;
      written++;
      const c = String.fromCodePoint(point);
      const expected = !/^\p{L}$/u.test(c) ? 0 : /^\p{Script=Latin}$/u.test(c) ? 1 : 2;
      if (answer !== expected) differing.push(point.toString(16));
    }
    expect(written).toBeGreaterThan(700);
    expect(differing).toEqual([]);
  });
});

describe('the detector\'s profiles are data, installed once (the extension reads them from language-profiles.json)', () => {
  it('accepts the bundled profiles and refuses other shapes', async () => {
    const { isLanguageProfiles } = await import('../../src/core/lang/detect');
    const profiles = (await import('../../src/core/lang/profiles.json')).default;
    expect(isLanguageProfiles(profiles)).toBe(true);
    for (const bad of [null, [], {}, { en: 'the' }, { en: [] }, { en: ['the', 3] }, { en: [''] }]) expect(isLanguageProfiles(bad)).toBe(false);
  });

  it('says so, rather than answering "und", when no profiles are installed', async () => {
    vi.resetModules();
    const fresh = await import('../../src/core/lang/detect');
    expect(fresh.profilesInstalled()).toBe(false);
    expect(() => fresh.detectLanguage('The mayor said the bridge would open.')).toThrow('not installed');
    fresh.installProfiles({ en: ['the', 'would'] });
    expect(fresh.detectLanguage('The mayor said the bridge would open.').lang).toBe('en');
  });
});
