// Quoted passages and quotations that run on: what a blockquote introduced by a publication makes
// second-hand (via), and what a speaker's passage or a multi-paragraph quotation continues.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { Block } from '../../src/core/types';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const q = (text: string, group = 0): Block => ({ kind: 'quote', text, group });
const li = (text: string, group = 1): Block => ({ kind: 'item', text, group });
const rows = (blocks: Block[]) => analyze(blocks).map((a) => [a.source, a.via, a.continued] as const);

describe('passages', () => {
  it('makes what a publication is quoted as saying second-hand', () => {
    expect(rows([
      p('There is news from the front. Politico reports:'),
      q('The Senate will vote on Thursday, according to two aides.'),
      q('"We have the votes," said Senator John Thune.'),
      p('Back to me. Officials said nothing.'),
    ])).toEqual([
      ['Politico', null, false],
      ['two aides', 'Politico', false],
      ['Senator John Thune', 'Politico', false],
      ['Officials', null, false],
    ]);
  });

  it('continues a speaker through a passage they introduce, and through a list', () => {
    expect(rows([
      p('Pakistan-based developer Ammar Askar wrote in a blog post published Thursday:'),
      q('I thought a lot before writing this post. The bug is serious.'),
      p('In a wide-ranging interview, President Obama also said:'),
      li('The UK must stay in the EU.'),
      li('Syria needs a political solution.'),
    ])).toEqual([
      ['Ammar Askar', null, false],
      ['Ammar Askar', null, true],
      ['Ammar Askar', null, true],
      ['President Obama', null, false],
      ['President Obama', null, true],
      ['President Obama', null, true],
    ]);
  });

  it('gives no publication to a blockquote nobody introduced', () => {
    expect(rows([
      p('How weak has ISIS become? The army has begun cannibalizing its squads:'),
      q('Members are being sent to the front, according to people who escaped.'),
    ])).toEqual([['people', null, false]]);
  });

  it('carries a quotation over paragraphs that open with a quotation mark', () => {
    expect(rows([
      p('“It was chaos,” said one resident. “People were running everywhere.'),
      p('“Nobody knew what was happening.”'),
      p('The police arrived later.'),
    ])).toEqual([
      ['one resident', null, false],
      ['one resident', null, true],
      ['one resident', null, true],
    ]);
  });

  it('lists the later sentences of a quotation when they say something, not a bare "Yep." or "By far."', () => {
    const found = analyze([p('“The bridge will be closed for a year,” the mayor said. “Traffic will move to the ferry. By far. Nobody here likes it.”')]);
    expect(found.map((a) => [a.source, a.continued, a.claim])).toEqual([
      ['the mayor', false, 'The bridge will be closed for a year'],
      ['the mayor', true, '“Traffic will move to the ferry.'],
      ['the mayor', true, 'Nobody here likes it.”'],
    ]);
  });
});
