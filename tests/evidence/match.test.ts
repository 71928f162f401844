// The evidence matcher: a claim against the text of the page its sentence links to. Tables of
// sentences written for these tests (verbatim, paraphrased, unrelated), in English, French and German.
import { beforeAll, describe, expect, test } from 'vitest';
import { FOUND_SHARE, matchEvidence, type EvidenceClaim, type EvidenceStatus } from '../../src/evidence/match';
import { evidenceLanguage } from '../../src/popup/key-terms';
import { loadStopwords } from '../../src/popup/stopwords';

beforeAll(async () => {
  await Promise.all((['en', 'fr', 'de'] as const).map((code) => loadStopwords(code)));
});

const claimOf = (claim: string, sentence = claim, quote: EvidenceClaim['quote'] = 'indirect'): EvidenceClaim => ({ claim, sentence, quote });
const marked = (passage: string | null, marks: { start: number; end: number }[]) => marks.map((m) => passage!.slice(m.start, m.end));

const EN_CLAIM = claimOf(
  'the city council will close the Riverside library branch in September to save 1.2 million dollars',
  'The mayor said the city council will close the Riverside library branch in September to save 1.2 million dollars.',
);
const FR_CLAIM = claimOf(
  'la préfecture fermera le pont Wilson aux voitures pendant trois mois à partir de janvier',
  "Selon Le Progrès, la préfecture fermera le pont Wilson aux voitures pendant trois mois à partir de janvier.",
);
const DE_CLAIM = claimOf(
  'die Stadtwerke Bremen erhöhen den Strompreis im April um 12 Prozent',
  'Laut Weser-Kurier erhöhen die Stadtwerke Bremen den Strompreis im April um 12 Prozent.',
);

const UNRELATED_EN = ['The weather stays mild this weekend, with sunshine on Saturday.', 'A new bakery opened on Main Street, selling bread and pastries.'];

describe('matchEvidence: found, similar, not-found', () => {
  test.each<[string, EvidenceClaim, string, string[], EvidenceStatus]>([
    ['en verbatim', EN_CLAIM, 'en', [
      'Council meeting minutes.',
      'After a long debate, the city council will close the Riverside library branch in September to save 1.2 million dollars. Residents objected.',
    ], 'found'],
    ['en paraphrase', EN_CLAIM, 'en', [
      'Budget news.',
      'To cut 1.2 million dollars from its budget, the council plans to shut Riverside’s library this autumn, officials confirmed.',
    ], 'similar'],
    ['en unrelated', EN_CLAIM, 'en', UNRELATED_EN, 'not-found'],
    ['fr verbatim', FR_CLAIM, 'fr', [
      'Circulation à Lyon.',
      "La préfecture fermera le pont Wilson aux voitures pendant trois mois à partir de janvier, pour des travaux d'étanchéité.",
    ], 'found'],
    ['fr paraphrase', FR_CLAIM, 'fr', [
      "Dès janvier, et pour trois mois, les automobilistes ne pourront plus emprunter le pont Wilson, a décidé l'État.",
    ], 'similar'],
    ['fr unrelated', FR_CLAIM, 'fr', ["Le festival de musique revient cet été avec quarante concerts gratuits dans les parcs de la ville."], 'not-found'],
    ['de verbatim', DE_CLAIM, 'de', ['Die Stadtwerke Bremen erhöhen den Strompreis im April um 12 Prozent, teilte das Unternehmen mit.'], 'found'],
    ['de paraphrase', DE_CLAIM, 'de', ['Ab April zahlen Kunden der Stadtwerke Bremen zwölf Prozent mehr für Strom, wie der Versorger bestätigte.'], 'similar'],
    ['de unrelated', DE_CLAIM, 'de', ['Der Zoo bekommt zwei neue Giraffen, die im Sommer aus Rotterdam eintreffen.'], 'not-found'],
  ])('%s', (_name, claim, lang, blocks, status) => {
    const result = matchEvidence(claim, blocks, evidenceLanguage(lang));
    expect(result.status).toBe(status);
    if (status !== 'not-found') {
      expect(result.passage).not.toBeNull();
      // The passage is text of the page, and its marks are words of it that the claim holds too.
      expect(blocks.some((b) => b.includes(result.passage!))).toBe(true);
      const claimWords = claim.claim.toLowerCase();
      for (const word of marked(result.passage, result.marks)) expect(claimWords, word).toContain(word.toLowerCase().slice(0, 5));
    }
    if (status === 'found') expect(result.share).toBeGreaterThanOrEqual(FOUND_SHARE);
  });

  test('the best passage is the matching sentences, not the whole block', () => {
    const block = 'The library has served the east side since 1931. It lends books, records and games. '
      + 'Yesterday the city council voted that it will close the Riverside library branch in September to save 1.2 million dollars. '
      + 'Children’s reading hours will move to the main library. The librarians’ union has asked for a meeting. Parking remains free.';
    const result = matchEvidence(EN_CLAIM, [block], evidenceLanguage('en'));
    expect(result.status).toBe('found');
    expect(result.passage).toMatch(/^Yesterday the city council/);
    expect(result.passage).not.toContain('1931');
    expect(result.passage).not.toContain('Parking');
    expect(marked(result.passage, result.marks)).toEqual(expect.arrayContaining(['council', 'close', 'Riverside', 'library', 'September', '1.2', 'million', 'dollars']));
  });

  test('content words spread over distant paragraphs are no passage', () => {
    const blocks = ['The city council met on Monday.', 'Much later: Riverside residents spoke about September.', 'The library branch budget is 1.2 million dollars.', 'Nobody spoke of a closure or of savings.'];
    expect(matchEvidence(EN_CLAIM, blocks, evidenceLanguage('en')).status).not.toBe('found');
  });

  test('a direct quote is found where its words stand as written, and marked as one run', () => {
    const claim = claimOf('we will not raise taxes this year', '“We will not raise taxes this year,” the governor told reporters.', 'direct');
    const result = matchEvidence(claim, ['In a statement, the governor said: “We will not raise taxes this year, whatever the deficit.”'], evidenceLanguage('en'));
    expect(result.status).toBe('found');
    expect(result.quoted).toBe(true);
    expect(marked(result.passage, result.marks)).toContain('We will not raise taxes this year');
  });

  test('the quoted words in another order are not the quote', () => {
    const claim = claimOf('we will not raise taxes this year', '“We will not raise taxes this year,” the governor told reporters.', 'direct');
    const result = matchEvidence(claim, ['This year taxes will rise, we are told; the governor will not say by how much.'], evidenceLanguage('en'));
    expect(result.quoted).toBe(false);
  });

  test('French elisions and inflections meet their bare forms', () => {
    const claim = claimOf("l'armée a bombardé l'hôpital de Mossoul", "Selon l'ONU, l'armée a bombardé l'hôpital de Mossoul.");
    const result = matchEvidence(claim, ["Un rapport affirme que l'hôpital de Mossoul a été bombardé par l'armée."], evidenceLanguage('fr'));
    expect(result.status).toBe('found');
    expect(marked(result.passage, result.marks)).toEqual(["l'hôpital", 'Mossoul', 'bombardé', "l'armée"]);
  });

  test('no blocks, or a claim of stop words only: not-found, with no passage', () => {
    expect(matchEvidence(EN_CLAIM, [], evidenceLanguage('en'))).toEqual({ status: 'not-found', passage: null, marks: [], share: 0, quoted: false });
    const empty = matchEvidence(claimOf('it is what it is'), ['It is what it is.'], evidenceLanguage('en'));
    expect(empty.status).toBe('not-found');
  });
});

describe('quotation marks', () => {
  test.each([
    ['English curly quotes', '“We will not raise taxes this year,” the governor said.', 'en'],
    ['French guillemets', '« Nous ne lèverons pas de nouvel impôt cette année », a dit le gouverneur.', 'fr'],
    ['German low-high quotes', '„Wir erhöhen in diesem Jahr keine Steuern“, sagte der Gouverneur.', 'de'],
  ])('%s: the quoted words are found as written', (_name, sentence, lang) => {
    const quoted = /[“«„"]\s*([^”»“"]+?)[,\s]*[”»“"]/.exec(sentence)![1]!;
    const result = matchEvidence(claimOf('x', sentence, 'direct'), [`Statement: ${quoted}. End.`], evidenceLanguage(lang));
    expect(result.quoted).toBe(true);
    expect(result.status).toBe('found');
  });

  test('an unclosed mark quotes nothing', () => {
    const result = matchEvidence(claimOf('x', '“We will not raise taxes this year, the governor said.', 'direct'), ['We will not raise taxes this year.'], evidenceLanguage('en'));
    expect(result.quoted).toBe(false);
  });
});
