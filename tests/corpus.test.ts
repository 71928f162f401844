// The corpus in corpus/ is complete and consistent: every gold file is valid and names a page that
// is there, every anchor is in the text Readability extracts from its page (once), every page says
// where it comes from (corpus/README.md), and the totals README gives are the gold's.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesIn, TOP_SET } from '../src/eval/corpus';
import { readGoldFolder } from '../src/eval/gold';
import { corpusDir, corpusSetList, pageBlocks } from './helpers/corpus';

const readme = readFileSync(path.join(corpusDir, 'README.md'), 'utf8');
const rel = (file: string): string => path.relative(corpusDir, file).split(path.sep).join('/');
const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('the corpus', () => {
  it('has the English set and the four other languages', () => {
    expect(corpusSetList.map((s) => s.name)).toEqual([TOP_SET, 'de', 'es', 'fr', 'pt']);
  });

  it('has its guideline, notices and licence texts', () => {
    for (const f of ['GUIDELINE.md', 'NOTICE', 'licenses/Apache-2.0.txt', 'licenses/MIT-postlight-parser.txt']) {
      expect(existsSync(path.join(corpusDir, f)), f).toBe(true);
    }
  });

  describe.each(corpusSetList.map((s) => ({ ...s, label: s.name })))('set $label', (set) => {
    const { golds, problems } = readGoldFolder(set.goldDir);

    it('every gold file is valid, one per page, and every page has one', () => {
      expect(problems).toEqual([]);
      expect(golds.map((g) => g.page).sort()).toEqual(filesIn(set.pagesDir));
      for (const file of filesIn(set.goldDir)) expect(file, 'gold files are NAME.json for page NAME.html').toMatch(/\.json$/);
      expect(filesIn(set.goldDir).map((f) => f.replace(/\.json$/, ''))).toEqual(golds.map((g) => g.page.replace(/\.(html?|txt)$/, '')).sort());
    });

    it(set.name === TOP_SET ? 'its gold carries no "lang"' : `its gold carries "lang": "${set.name}"`, () => {
      for (const g of golds) expect(g.lang, g.page).toBe(set.name === TOP_SET ? undefined : set.name);
    });

    it.each(golds.map((g) => [g.page, g]))('%s: every anchor is in the extracted text once; every required one in the body', (_page, gold) => {
      const { title, blocks } = pageBlocks(gold.page, set);
      const body = blocks.map((b) => b.text).join('\n');
      for (const r of gold.attributions) {
        expect(occurrences(`${title}\n${body}`, r.anchor), `anchor "${r.anchor}"`).toBe(1);
        if (!r.optional) expect(body, `required anchor "${r.anchor}"`).toContain(r.anchor);
      }
    });

    it('every page has a row in corpus/README.md saying where it comes from', () => {
      for (const page of filesIn(set.pagesDir)) {
        const row = readme.split('\n').find((line) => line.startsWith(`| \`${rel(path.join(set.pagesDir, page))}\` |`));
        expect(row, `${rel(path.join(set.pagesDir, page))} has no row in the table of origins`).toBeDefined();
        expect(row).toMatch(/Apache-2\.0|MIT/);
      }
    });

    it('README gives its totals: pages, required and optional records', () => {
      const folder = set.name === TOP_SET ? 'pages/' : `${set.name}/`;
      const row = readme.split('\n').find((line) => line.startsWith('| ') && line.includes(`(\`${folder}`));
      expect(row, `no totals row for (\`${folder}\``).toBeDefined();
      const [pages, required, optional] = row!.split('|').slice(2, 5).map((c) => Number(c.trim()));
      const records = golds.flatMap((g) => g.attributions);
      expect({ pages, required, optional }).toEqual({
        pages: golds.length, required: records.filter((r) => !r.optional).length, optional: records.filter((r) => r.optional).length,
      });
    });
  });
});
