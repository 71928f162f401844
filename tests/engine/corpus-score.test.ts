// Regression floor on the dev corpus (English), scored by the project's scorer (src/eval/score.ts,
// the metric of corpus/GUIDELINE.md): the engine on every page with gold, read the way the CLI reads
// it. Raise the floors when the engine improves; a change that drops below them has made the engine
// worse on real articles. The other languages are scored by `npm run score` but have no floor yet.
import { describe, expect, it } from 'vitest';
import { reportsByPage, scoreSet } from '../../src/eval/score';
import { engineReports, goldFiles } from '../helpers/corpus';

/** What the engine measured when this floor was set, less a small margin. */
export const F1_FLOOR = 0.97;
export const KIND_ACCURACY_FLOOR = 0.97;

describe('dev corpus', () => {
  const golds = goldFiles();
  const score = scoreSet(golds, reportsByPage(engineReports()));

  it('has a report for every page with gold', () => {
    expect(golds.length).toBeGreaterThan(10);
    expect(score.missing).toEqual([]);
  });
  it(`keeps F1 at or above ${F1_FLOOR}`, () => {
    expect(score.f1).toBeGreaterThanOrEqual(F1_FLOOR);
  });
  it(`keeps kind accuracy at or above ${KIND_ACCURACY_FLOOR}`, () => {
    expect(score.kindAccuracy).toBeGreaterThanOrEqual(KIND_ACCURACY_FLOOR);
  });
});
