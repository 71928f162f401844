// Sentences, quotations and times: the text layers the rules stand on.
import { describe, expect, it } from 'vitest';
import { findQuotes, insideQuote } from '../../src/core/text/quotes';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenizeSentence } from '../../src/core/text/tokens';
import { findWhen } from '../../src/core/when';
import { sentenceContext } from '../../src/core/context';
import { blocksFromText } from '../../src/core/text-blocks';
import { lang } from '../helpers/languages';

const en = lang('en');

const sentences = (text: string) => splitSentences(text, en).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it.each([
    ['Mr. Obama said it was. Dr. Shadlen says so.', ['Mr. Obama said it was.', 'Dr. Shadlen says so.']],
    ['Major General Maj. Gen. Smith said. Sen. Lankford agreed.', ['Major General Maj. Gen. Smith said.', 'Sen. Lankford agreed.']],
    ['“It is unprecedented in U.S. history,” said Jeffrey Frankel. Next.', ['“It is unprecedented in U.S. history,” said Jeffrey Frankel.', 'Next.']],
    ['It works, says Brian K. Coombes, PhD. The next one.', ['It works, says Brian K. Coombes, PhD.', 'The next one.']],
    ['“Are there un-angry Trump supporters?” he asked. Ok.', ['“Are there un-angry Trump supporters?” he asked.', 'Ok.']],
    ['He lives in the U.S. He likes it.', ['He lives in the U.S.', 'He likes it.']],
    ['no punctuation at all here', ['no punctuation at all here']],
    // A title written in full ends a sentence; only its abbreviation stands before a name.
    ['The bill is dead, said the senator. He left.', ['The bill is dead, said the senator.', 'He left.']],
    ['It was over, the President said. Then he left.', ['It was over, the President said.', 'Then he left.']],
    ['Mx. Lee said so. Gov. Hale agreed.', ['Mx. Lee said so.', 'Gov. Hale agreed.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    ['pt', 'A proposta é ruim, disse o senador. Ele vai votar contra. O Sr. Silva concordou.', ['A proposta é ruim, disse o senador.', 'Ele vai votar contra.', 'O Sr. Silva concordou.']],
    ['de', 'Das sei falsch, sagte der Abgeordnete. Er stimme dagegen. Dr. Meier widersprach.', ['Das sei falsch, sagte der Abgeordnete.', 'Er stimme dagegen.', 'Dr. Meier widersprach.']],
  ])('%s: %s', (code, text, expected) => {
    expect(splitSentences(text, lang(code)).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('quotations', () => {
  it('finds curly and straight quotations and leaves apostrophes alone', () => {
    const text = 'He said “it’s over” and "done" but Daesh’s men didn’t.';
    const spans = findQuotes(text, en).map((q) => text.slice(q.start, q.end));
    expect(spans).toEqual(['“it’s over”', '"done"']);
  });
  it('finds single quotation marks used as quotes', () => {
    const text = "Obama admits US gun laws are his 'biggest frustration' today.";
    expect(findQuotes(text, en).map((q) => text.slice(q.start, q.end))).toEqual(["'biggest frustration'"]);
  });
  it('leaves a quotation open at the end of a paragraph, to continue in the next', () => {
    const first = findQuotes('“We are not foreigners in this land.', en);
    expect(first[0]?.open).toBe(true);
    const next = findQuotes('“We did not take this land off anyone else.”', en, true);
    expect(next[0]).toMatchObject({ continued: true, open: false });
  });
  it('does not continue a quotation into a paragraph that does not open with a mark', () => {
    expect(findQuotes('He left. “Then he came back.”', en, true)[0]?.continued).toBe(false);
  });
  it('tells whether an offset is inside a quotation', () => {
    const text = 'A “b” c';
    const spans = findQuotes(text, en);
    expect(insideQuote(spans, 3)).toBe(true);
    expect(insideQuote(spans, 6)).toBe(false);
  });
  it('quotes dialogue set off by dashes where the pack lists them, not the narrator between them', () => {
    const es = lang('es');
    const text = '—No pienso dimitir —dijo el consejero—. Tengo «todo» el apoyo del partido.';
    expect(findQuotes(text, es).map((q) => text.slice(q.start, q.end))).toEqual(['—No pienso dimitir', 'Tengo «todo» el apoyo del partido.']);
    const asked = '—¿Y ahora? —preguntó.';
    expect(findQuotes(asked, es).map((q) => asked.slice(q.start, q.end))).toEqual(['—¿Y ahora?']);
    // A list's dash has a space after it; English lists no dialogue dash.
    expect(findQuotes('— El consejo aprobó el decreto.', es)).toEqual([]);
    expect(findQuotes('—No pienso dimitir —dijo el consejero.', en)).toEqual([]);
  });
});

describe('tokens', () => {
  it('keeps abbreviations, initials and particles inside names', () => {
    const text = 'said Maj. Gen. Najm al-Jubbouri and C. Eugene Steuerle of the U.S. Treasury';
    const tokens = tokenizeSentence(text, 0, text.length, en);
    expect(tokens.map((t) => t.text)).toEqual(['said', 'Maj.', 'Gen.', 'Najm', 'al-Jubbouri', 'and', 'C.', 'Eugene', 'Steuerle', 'of', 'the', 'U.S.', 'Treasury']);
    expect(tokens.find((t) => t.text === 'al-Jubbouri')?.cap).toBe(true);
  });
  it('does not take a sentence-initial common word for a name', () => {
    const text = 'Local sources said so.';
    expect(tokenizeSentence(text, 0, text.length, en)[0]?.cap).toBe(false);
  });
  it('ignores soft hyphens and zero-width characters inside names', () => {
    const text = 'Jub\u00ADbouri said';
    const [name] = tokenizeSentence(text, 0, text.length, en);
    expect(name).toMatchObject({ text: 'Jub\u00ADbouri', norm: 'jubbouri' });
  });
});

describe('time of a statement', () => {
  const when = (text: string) => {
    const ctx = sentenceContext(text, 0, text.length, [], en);
    return findWhen(ctx, 0, ctx.tokens.length);
  };
  it.each([
    ['Daesh Daily reported Friday.', 'Friday'],
    ['told an Iraqi newspaper on Wednesday that', 'on Wednesday'],
    ['officials said late Thursday', 'late Thursday'],
    ['declared Wednesday evening in a televised address', 'Wednesday evening'],
    ['said in a statement yesterday', 'yesterday'],
    ['said in a letter last month', 'last month'],
    ['In 2009, he called it', 'In 2009'],
    ['according to a Wednesday\'s report by', 'Wednesday'],
    ['he said nothing of the kind', null],
  ])('%s → %s', (text, expected) => {
    expect(when(text)).toBe(expected);
  });
});

describe('plain-text blocks', () => {
  const wrapped = [
    'The county board met on Tuesday evening and heard from residents who',
    'had waited more than two hours to speak about the proposed landfill, which',
    'would sit a mile from the river, the chairwoman said after the meeting.',
  ].join('\n');

  it('folds the line breaks of hard-wrapped text and splits paragraphs on blank lines', () => {
    expect(blocksFromText(`${wrapped}\n\n  \nTwo.\r\n\r\nThree.`)).toEqual([
      { kind: 'paragraph', text: wrapped.replaceAll('\n', ' ') },
      { kind: 'paragraph', text: 'Two.' },
      { kind: 'paragraph', text: 'Three.' },
    ]);
  });

  it('ends a paragraph at a single line break when lines are paragraphs (a headline, then its text)', () => {
    const text = 'Landfill Vote Delayed Again\nThe county board put off its vote on the landfill for a third time on Tuesday, after residents who had waited two hours to speak asked for more time.\nThe chairwoman said a vote would come in March.';
    expect(blocksFromText(text).map((b) => b.text)).toEqual(text.split('\n'));
  });
});

describe('known names written with lowercase words ("Le Canard enchaîné") are marked as names', () => {
  const capsOf = (text: string, code: string): string =>
    tokenizeSentence(text, 0, text.length, lang(code)).filter((t) => t.word).map((t) => (t.cap ? `${t.text}^` : t.text)).join(' ');
  it('inside a sentence, the name\'s lowercase words', () => {
    expect(capsOf('Selon le Canard enchaîné, le ministre a menti.', 'fr')).toContain('Canard^ enchaîné^');
  });
  it('not from a capital that opens a clause after a colon or a quotation mark', () => {
    expect(capsOf('El ministro dijo: «El país necesita cambios».', 'es')).toContain(' país ');
    expect(capsOf('Il a dit : « Le monde change ».', 'fr')).toContain(' monde ');
  });
});
