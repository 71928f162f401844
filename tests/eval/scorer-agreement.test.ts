// The project's scorer (src/eval/score.ts) against the team's reference scorer
// (../shared/tools/score.mjs), on every set of the repository's corpus: the same numbers to the last
// digit, page by page, and the same printed report. Two kinds of reports are scored: the engine's
// own, and reports made from the gold itself with deliberate faults (cut anchors, other names,
// duplicates, over-long sentences, wrong kinds, a missing page), which exercise every rule of the
// metric in every language. Runs only where ../shared exists (as in CI); elsewhere it is skipped
// with a message.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDirIfPresent } from '../../scripts/shared-dir.mjs';
import type { CorpusSet } from '../../src/eval/corpus';
import { reportsByPage, scoreLines, scoreSet, STOP_WORDS, type Gold, type PageReport, type Prediction } from '../../src/eval/score';
import { corpusSetList, engineReports, goldFiles } from '../helpers/corpus';

const shared = sharedDirIfPresent();
const reference = shared ? path.join(shared, 'tools', 'score.mjs') : null;
const SKIPPED = 'skipped: no ../shared/tools/score.mjs beside the repository (set ATTRIBUTION_LENS_SHARED to the folder that holds it to run this check)';

function runReference(goldDir: string, reports: PageReport[], ...flags: string[]): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'al-agree-')), 'reports.jsonl');
  writeFileSync(file, reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return execFileSync(process.execPath, [reference!, '--gold', goldDir, '--reports', file, ...flags], { encoding: 'utf8', maxBuffer: 1 << 26 });
}

/** The reference prints its JSON, then summary lines: the JSON ends at the first unindented "}". */
function referenceJson(out: string): unknown {
  return JSON.parse(out.slice(0, out.indexOf('\n}') + 2));
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Reports made from the gold with faults, deterministically: every rule of the metric gets used. */
function faultyReports(golds: Gold[]): PageReport[] {
  return golds.slice(0, -1).map((g, gi) => { // the last page gets no report at all
    const predictions: Prediction[] = [];
    g.attributions.forEach((r, i) => {
      const anchor = words(r.anchor);
      const kind = [r.kind].flat()[0];
      const other = g.attributions[(i + 1) % g.attributions.length]!;
      predictions.push({ sentence: r.anchor, source: r.source, sourceKind: kind, cue: r.cue });
      if (i % 3 === 0) predictions.push({ sentence: anchor.slice(Math.ceil(anchor.length * 0.45)).join(' '), source: r.source, sourceKind: kind });
      if (i % 3 === 1) {
        predictions.push({ sentence: `Earlier, ${anchor.slice(Math.floor(anchor.length * 0.35)).join(' ')} and more.`, source: r.alt?.[0] ?? 'someone else',
          sourceMention: words(r.source).at(-1), sourceKind: kind });
      }
      if (i % 3 === 2) predictions.push({ sentence: r.anchor, source: r.source, sourceKind: kind === 'document' ? 'person' : 'document' });
      if (i % 4 === 0) predictions.push({ sentence: r.anchor, source: r.source, sourceKind: kind });
      if (i % 5 === 0) predictions.push({ sentence: `${r.anchor} ${'and then some more words '.repeat(25)}`, source: r.source, sourceKind: kind });
      if (i % 2 === 0) predictions.push({ sentence: r.anchor, source: other.source, sourceKind: [other.kind].flat()[0] });
      if (i % 7 === 0) predictions.push({ sentence: r.anchor.toUpperCase(), source: '', sourceMention: r.source, sourceKind: kind });
      // Runs of the anchor just long enough, and one word short, to cover ANCHOR_COVER of it.
      const enough = Math.ceil(anchor.length * 0.6);
      for (const run of [enough, enough - 1]) predictions.push({ sentence: anchor.slice(anchor.length - run).join(' '), source: r.source, sourceKind: kind });
      // The same words in other typography: curly quotes, dashes, soft hyphens, a possessive.
      const typeset = r.anchor.replace(/'/g, '’').replace(/"/g, '“').replace(/-/g, '–').replace(/(\p{L}{3})(\p{L}{3})/u, '$1\u00ad$2');
      if (i % 2 === 1) predictions.push({ sentence: typeset, source: `${r.source}’s`, sourceKind: kind });
    });
    return { file: `/elsewhere/pages/${g.page}`, attributions: gi % 2 ? predictions.reverse() : predictions };
  });
}

function expectSameScores(set: CorpusSet, reports: PageReport[]): void {
  const ours = scoreSet(goldFiles(set), reportsByPage(reports));
  expect(JSON.parse(JSON.stringify(ours))).toEqual(referenceJson(runReference(set.goldDir, reports, '--json')));
  expect(scoreLines(ours, true).join('\n') + '\n').toBe(runReference(set.goldDir, reports, '--verbose'));
}

const available = reference !== null && existsSync(reference);

if (available) describe('the scorer agrees with ../shared/tools/score.mjs', () => {
  describe.each(corpusSetList.map((s) => ({ ...s, label: s.name })))('corpus set $label', (set) => {
    it('on the engine\'s reports: the same score, page by page, and the same printed report', () => {
      expectSameScores(set, engineReports(set));
    }, 120_000);

    it('on faulty reports made from the gold', () => {
      const reports = faultyReports(goldFiles(set));
      expect(reports.flatMap((r) => r.attributions ?? []).length).toBeGreaterThan(20);
      expectSameScores(set, reports);
      // The faults are scored: some matches, some false alarms, some kind errors, a missing page.
      const ours = scoreSet(goldFiles(set), reportsByPage(reports));
      expect(ours.matched).toBeGreaterThan(0);
      expect(ours.pages.some((p) => p.falseAlarms.length)).toBe(true);
      expect(ours.missing).toHaveLength(1);
    });
  });

  it('with the same stop words', () => {
    const source = readFileSync(reference!, 'utf8');
    const list = /const STOP = new Set\(\[([\s\S]*?)\]\);/.exec(source)?.[1];
    expect(list, 'the reference scorer no longer declares `const STOP = new Set([...])`').toBeDefined();
    const theirs = new Set([...list!.matchAll(/'([^']*)'/g)].map((m) => m[1]));
    expect([...STOP_WORDS].sort()).toEqual([...theirs].sort());
  });
});

else describe('the scorer agrees with ../shared/tools/score.mjs', () => {
  it('on every corpus set', (ctx) => {
    console.warn(`scorer agreement ${SKIPPED}`);
    ctx.skip(SKIPPED);
  });
});
