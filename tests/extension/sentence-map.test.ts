// @vitest-environment jsdom
// From an analyzed sentence back to the live page: the text-node index and the sentence search.
import { describe, expect, test } from 'vitest';
import { locateSentences } from '../../src/content/locate';
import { buildTextIndex, compactText, rangeFromSpan } from '../../src/content/text-index';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Where the sentences are found, as the text of the live ranges. */
function found(html: string, sentences: string[], anchor = ''): (string | null)[] {
  const index = buildTextIndex(page(html));
  return locateSentences(index.text, sentences, anchor).map((span) => (span ? rangeFromSpan(index, span)!.toString() : null));
}

describe('sentence to live DOM', () => {
  test.each<[string, string, string[], (string | null)[]]>([
    ['one text node', '<p>First one. Reuters confirms the rise of a resistance. Last one.</p>',
      ['Reuters confirms the rise of a resistance.'], ['Reuters confirms the rise of a resistance.']],
    ['split over inline elements', '<p>“They are <em>harsh</em>, but they are <a href="#">not strong</a>,” said <b>Major General</b> Najm.</p>',
      ['“They are harsh, but they are not strong,” said Major General Najm.'], ['“They are harsh, but they are not strong,” said Major General Najm.']],
    ['whitespace, line breaks and no-break spaces differ', '<p>Daesh\n   Daily&nbsp;reported<br>Friday.</p>',
      ['Daesh Daily reported Friday.'], ['Daesh\n   Daily\u00a0reportedFriday.']],
    ['soft hyphens in the page', '<p>an organ\u00adized resistance</p>', ['an organized resistance'], ['an organ\u00adized resistance']],
    ['script and style text is not page text', '<script>var s = "Reuters said so.";</script><style>p{}</style><p>Reuters said so.</p>',
      ['Reuters said so.'], ['Reuters said so.']],
    ['not in the page', '<p>Something else entirely.</p>', ['Reuters said so.'], [null]],
    ['empty sentence', '<p>Text.</p>', [''], [null]],
  ])('%s', (_, html, sentences, expected) => {
    expect(found(html, sentences)).toEqual(expected);
  });

  test('a repeated sentence resolves in reading order; the anchor skips a teaser above the article', () => {
    const html = '<aside><p>He said so.</p></aside><article><p>Start of the article here.</p><p>He said so.</p><p>Then more.</p><p>He said so.</p></article>';
    const index = buildTextIndex(page(html));
    const spans = locateSentences(index.text, ['He said so.', 'He said so.', 'He said so.'], 'Start of the article here.');
    const starts = spans.map((s) => s!.start);
    const teaser = index.text.indexOf(compactText('He said so.'));
    expect(starts[0]).toBeGreaterThan(teaser);
    expect(starts[1]).toBe(starts[0]); // the same sentence cited twice (two sources in one sentence)
    expect(spans.map((s) => rangeFromSpan(index, s!)!.toString())).toEqual(['He said so.', 'He said so.', 'He said so.']);
  });

  test('a sentence whose middle Readability dropped is found by its start and end', () => {
    const long = 'The commanders were convicted by a Sharia Court for high treason on June 22nd and hanged in Mosul the same day';
    const html = `<p>The commanders were convicted by a Sharia Court <button>Share</button>for high treason on June 22nd and hanged in Mosul the same day.</p>`;
    const index = buildTextIndex(page(html));
    // The button's text is not page text (as in the block builder), so here the whole sentence matches...
    expect(rangeFromSpan(index, locateSentences(index.text, [`${long}.`])[0]!)!.toString()).toContain('hanged in Mosul the same day.');
    // ...and with words in the page that the analyzed copy lacks, start and end still find it.
    const html2 = `<p>The commanders were convicted by a Sharia Court <span>(video)</span> for high treason on June 22nd and hanged in Mosul the same day.</p>`;
    const index2 = buildTextIndex(page(html2));
    const range = rangeFromSpan(index2, locateSentences(index2.text, [`${long}.`])[0]!)!;
    expect(range.toString()).toBe('The commanders were convicted by a Sharia Court (video) for high treason on June 22nd and hanged in Mosul the same day.');
  });

  test('ranges are live: they follow the page\'s own text nodes', () => {
    const body = page('<p id="p">Alpha beta. Reuters said so. Gamma.</p>');
    const index = buildTextIndex(body);
    const range = rangeFromSpan(index, locateSentences(index.text, ['Reuters said so.'])[0]!)!;
    expect(range.startContainer).toBe(document.getElementById('p')!.firstChild);
  });
});
