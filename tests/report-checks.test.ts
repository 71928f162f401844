// The reader's checks travel with the exports: a CSV column pair, a line in Markdown, a field in JSON.
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../src/core/types';
import { claimKey, emptyChecks, withCheck, withReaderChecks } from '../src/popup/checks';
import { toCsv } from '../src/report/csv';
import { toMarkdown } from '../src/report/markdown';
import type { Report } from '../src/report/report';

const attribution = (source: string, sentence: string): Attribution => ({
  block: 0, start: 0, end: sentence.length, sentence, cue: 'said', source, sourceMention: null, sourceKind: 'outlet',
  claim: sentence, when: null, whenDate: null, links: [], via: null, quote: 'indirect', continuation: [], rule: 'verb-after-subject',
});

const report: Report = {
  url: 'https://example.com/a', title: 'A', articleFound: true,
  attributions: [attribution('Reuters', 'Reuters said it rained.'), attribution('AP', 'AP said it snowed.')],
};
const checks = withCheck(emptyChecks('https://example.com/a'), claimKey(report.attributions[1]!),
  { status: 'disputed', note: '=HYPERLINK("http://evil") [link](http://x)', updatedAt: 1 });
const exported = withReaderChecks(report, checks);

describe('exports carry the reader\'s checks', () => {
  it('lines the checks up with the attributions', () => {
    expect(exported.checks).toEqual([null, { status: 'disputed', note: '=HYPERLINK("http://evil") [link](http://x)' }]);
  });
  it('adds check and note columns to the CSV, neutralising formulas', () => {
    const [header, first, second] = toCsv([exported]).trim().split('\r\n');
    expect(header!.split(',').slice(-2)).toEqual(['check', 'checkNote']);
    expect(first!.endsWith(',,')).toBe(true);
    expect(second).toContain(`disputed,"'=HYPERLINK(""http://evil"") [link](http://x)"`);
  });
  it('writes the status and an escaped note into Markdown', () => {
    const md = toMarkdown([exported]);
    expect(md).toContain('Checked: **disputed**');
    expect(md).not.toContain('[link](http://x)');
    expect(md.match(/Checked:/g)).toHaveLength(1);
  });
  it('leaves the CLI\'s reports (no checks) with empty columns', () => {
    const rows = toCsv([report]).trim().split('\r\n').slice(1);
    for (const row of rows) expect(row.endsWith(',,')).toBe(true);
  });
});
