// Quoted passages and quotations that run on: what a blockquote introduced by a publication makes
// second-hand (via), and what a speaker's passage or a multi-paragraph quotation continues.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import type { Block } from '../../src/core/types';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const q = (text: string, group = 0): Block => ({ kind: 'quote', text, group });
const li = (text: string, group = 1): Block => ({ kind: 'item', text, group });
/** Source, publication, and how many later sentences the attribution's quotation runs on for. */
const rows = (blocks: Block[]) => analyze(blocks).map((a) => [a.source, a.via, a.continuation.length] as const);

describe('passages', () => {
  it('makes what a publication is quoted as saying second-hand', () => {
    expect(rows([
      p('There is news from the front. Politico reports:'),
      q('The Senate will vote on Thursday, according to two aides.'),
      q('"We have the votes," said Senator John Thune.'),
      p('Back to me. Officials said nothing.'),
    ])).toEqual([
      ['Politico', null, 0],
      ['two aides', 'Politico', 0],
      ['Senator John Thune', 'Politico', 0],
      ['Officials', null, 0],
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
      ['Ammar Askar', null, 2],
      ['President Obama', null, 2],
    ]);
  });

  it('gives no publication to a blockquote nobody introduced', () => {
    expect(rows([
      p('How weak has ISIS become? The army has begun cannibalizing its squads:'),
      q('Members are being sent to the front, according to people who escaped.'),
    ])).toEqual([['people', null, 0]]);
  });

  it('carries a quotation over paragraphs that open with a quotation mark', () => {
    expect(rows([
      p('“It was chaos,” said one resident. “People were running everywhere.'),
      p('“Nobody knew what was happening.”'),
      p('The police arrived later.'),
    ])).toEqual([
      ['one resident', null, 2],
    ]);
  });

  it('lists a quotation once: its later sentences join the claim and keep their places', () => {
    const blocks = [p('“The bridge will be closed for a year,” the mayor said. “Traffic will move to the ferry. By far.” The council met later.')];
    const found = analyze(blocks);
    expect(found.map((a) => [a.source, a.claim])).toEqual([
      ['the mayor', 'The bridge will be closed for a year … Traffic will move to the ferry. By far.'],
    ]);
    expect(found[0]!.continuation.map((c) => c.sentence)).toEqual(['“Traffic will move to the ferry.', 'By far.”']);
    for (const c of found[0]!.continuation) expect(blocks[c.block]!.text.slice(c.start, c.end)).toBe(c.sentence);
  });

  it('puts a sentence of the quotation that comes before its cue first in the claim', () => {
    const found = analyze([p('The vote was close. “The ferry is slow. We need the bridge,” said Ana Ruiz, a commuter.')]);
    expect(found.map((a) => [a.source, a.claim])).toEqual([['Ana Ruiz', 'The ferry is slow. We need the bridge']]);
    expect(found[0]!.continuation.map((c) => c.sentence)).toEqual(['“The ferry is slow.']);
  });
});
