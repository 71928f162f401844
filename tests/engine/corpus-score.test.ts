// Regression floor on the dev corpus, scored by the corpus's own scorer (../shared/tools/score.mjs):
// the engine on every page with gold, read the way the CLI reads it. Raise the floors when the
// engine improves; a change that drops below them has made the engine worse on real articles.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { goldDir, goldFiles, pageBlocks, scorer } from '../helpers/corpus';

/** What the engine measured when this floor was set, less a small margin. */
export const F1_FLOOR = 0.97;
export const KIND_ACCURACY_FLOOR = 0.97;

interface Score { precision: number; recall: number; f1: number; kindAccuracy: number; missing: string[] }

describe('dev corpus', () => {
  const reports = goldFiles().map((g) => {
    const { title, blocks } = pageBlocks(g.page);
    return { file: g.page, title, articleFound: true, attributions: analyze(blocks) };
  });
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'al-corpus-')), 'reports.jsonl');
  writeFileSync(file, reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const out = execFileSync(process.execPath, [scorer, '--gold', goldDir, '--reports', file, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  // The scorer prints its JSON, then always a one-line summary.
  const score = JSON.parse(out.slice(0, out.trimEnd().lastIndexOf('\n'))) as Score;

  it('has a report for every page with gold', () => {
    expect(score.missing).toEqual([]);
  });
  it(`keeps F1 at or above ${F1_FLOOR}`, () => {
    expect(score.f1).toBeGreaterThanOrEqual(F1_FLOOR);
  });
  it(`keeps kind accuracy at or above ${KIND_ACCURACY_FLOOR}`, () => {
    expect(score.kindAccuracy).toBeGreaterThanOrEqual(KIND_ACCURACY_FLOOR);
  });
});
