// `npm run errors [-- --gold DIR --pages DIR | --lang LIST] [--examples N] [--top N] [--json]`: runs
// the engine in this process on every page of a gold folder (the engine's own sentences are needed,
// which a report does not hold) and prints where it fails, biggest buckets first: misses by the
// stage that failed and by cue lemma, false alarms by reason and by cue, kind errors.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticle } from '../cli/load';
import { analyzeArticle, chooseLanguage } from '../core/node';
import { getLanguage } from '../core/lang/registry';
import { splitSentences } from '../core/text/sentences';
import { bucket, cueLemma, diagnosePage, type Bucket, type FalseAlarm, type KindError, type Miss } from './errors';
import { readGoldFolder } from './gold';
import type { PageReport } from './score';

export interface ErrorsOutput {
  out(text: string): void;
  err(text: string): void;
}

export const ERRORS_USAGE = `errors  runs the engine on the pages of a gold folder and prints its errors in buckets, biggest first:
        misses by the stage that failed (sentence split, no cue found, cue found but source wrong) and
        by cue lemma; false alarms by reason (source wrong, not in the gold) and by cue; kind errors.
  --gold DIR / --pages DIR / --lang LIST   as for score (default: the English dev corpus)
  --examples N    examples shown per bucket (default 3)
  --top N         buckets shown per table (default 25)
  --json          everything as JSON`;

interface Target {
  name: string;
  goldDir: string;
  pagesDir: string;
}

/** Analyzes one page in this process: its report and the engine's sentences. */
async function readPage(file: string): Promise<{ report: PageReport; sentences: string[]; lang: string } | null> {
  const article = await loadArticle(file, null);
  if (!article.blocks) return null;
  const choice = chooseLanguage(article.blocks, article.lang);
  if (!choice.supported) return { report: { file, attributions: [] }, sentences: [], lang: choice.lang };
  const lang = getLanguage(choice.lang)!;
  const { attributions } = analyzeArticle(article.blocks, { lang: choice.lang });
  const sentences = article.blocks.flatMap((b) => splitSentences(b.text, lang).map((s) => b.text.slice(s.start, s.end)));
  return { report: { file, attributions }, sentences, lang: choice.lang };
}

interface Diagnosis {
  misses: Miss[];
  falseAlarms: FalseAlarm[];
  kindErrors: KindError[];
  required: number;
  predicted: number;
  /** Lemmas of cue words, by language. */
  lemma: (cue: string) => string;
}

async function diagnose(target: Target, io: ErrorsOutput): Promise<Diagnosis> {
  const { golds, problems } = readGoldFolder(target.goldDir);
  for (const p of problems) io.err(`errors: ${path.join(target.goldDir, p)} (left out)\n`);
  const out: Diagnosis = { misses: [], falseAlarms: [], kindErrors: [], required: 0, predicted: 0, lemma: (c) => c };
  const langs = new Set<string>();
  for (const gold of golds) {
    const file = path.join(target.pagesDir, gold.page);
    const page = existsSync(file) ? await readPage(file) : null;
    if (!page) io.err(`errors: ${file}: no article; its records count as misses\n`);
    else langs.add(page.lang);
    const d = diagnosePage(gold, page?.report, page?.sentences ?? []);
    out.misses.push(...d.misses);
    out.falseAlarms.push(...d.falseAlarms);
    out.kindErrors.push(...d.kindErrors);
    out.required += gold.attributions.filter((r) => !r.optional).length;
  }
  const packs = [...langs].map((l) => getLanguage(l)).filter((l) => l !== undefined);
  out.lemma = (cue) => cueLemma(cue, (w) => packs.map((p) => p.cueVerbs.get(w)?.lemma ?? p.phrasalCues.get(w)?.[0]?.verb.lemma).find(Boolean));
  return out;
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function table<T>(title: string, buckets: Bucket<T>[], top: number, example: (item: T) => string, io: ErrorsOutput): void {
  io.out(`\n${title}\n`);
  for (const b of buckets.slice(0, top)) {
    io.out(`  ${String(b.count).padStart(5)}  ${b.key}\n`);
    for (const e of b.examples) io.out(`           ${example(e)}\n`);
  }
  if (buckets.length > top) io.out(`  … ${buckets.length - top} more buckets\n`);
}

export async function errorsCommand(argv: string[], corpusDir: string, io: ErrorsOutput): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { gold: { type: 'string' }, pages: { type: 'string' }, lang: { type: 'string' }, examples: { type: 'string' }, top: { type: 'string' }, json: { type: 'boolean' } },
    }));
  } catch (err) {
    io.err(`errors: ${(err as Error).message}\n\n${ERRORS_USAGE}\n`);
    return 2;
  }
  const count = (v: string | undefined, fallback: number): number | null => (v === undefined ? fallback : /^\d{1,4}$/.test(v) ? Number(v) : null);
  const examples = count(values.examples, 3);
  const top = count(values.top, 25);
  if (examples === null || top === null) {
    io.err(`errors: --examples and --top take a number\n\n${ERRORS_USAGE}\n`);
    return 2;
  }
  const targets: Target[] = values.gold !== undefined
    ? [{ name: path.basename(path.dirname(path.resolve(values.gold))), goldDir: path.resolve(values.gold), pagesDir: path.resolve(values.pages ?? path.join(values.gold, '..', 'pages')) }]
    : (values.lang ?? 'en').split(',').map((l) => l.trim()).map((l) => {
      const base = l === 'en' ? corpusDir : path.join(corpusDir, l);
      return { name: l, goldDir: path.join(base, 'gold'), pagesDir: path.join(base, 'pages') };
    });
  for (const t of targets) {
    if (!existsSync(t.goldDir)) {
      io.err(`errors: no such gold folder: ${t.goldDir}\n`);
      return 2;
    }
  }
  const results = [];
  for (const t of targets) {
    const d = await diagnose(t, io);
    const misses = {
      byStage: bucket(d.misses, (m) => m.stage, examples),
      byCue: bucket(d.misses, (m) => `${d.lemma(m.cue)} — ${m.stage}`, examples),
    };
    const falseAlarms = {
      byReason: bucket(d.falseAlarms, (f) => f.reason, examples),
      byCue: bucket(d.falseAlarms, (f) => `${d.lemma(f.cue)} (${f.rule}) — ${f.reason}`, examples),
    };
    const kinds = bucket(d.kindErrors, (k) => `${k.predicted} where the gold has ${k.gold}`, examples);
    results.push({ set: t.name, required: d.required, misses: d.misses.length, falseAlarms: d.falseAlarms.length, kindErrors: d.kindErrors.length, buckets: { misses, falseAlarms, kinds } });
    if (values.json) continue;
    io.out(`== ${t.name}: ${d.required} required records; ${d.misses.length} missed, ${d.falseAlarms.length} false alarms, ${d.kindErrors.length} kind errors\n`);
    const missLine = (m: Miss): string => `[${m.source}] ${clip(m.anchor, 100)}${m.found.length ? `  (found: ${clip(m.found.join('; '), 80)})` : ''}`;
    const alarmLine = (f: FalseAlarm): string => `[${f.source}]${f.gold.length ? ` gold: [${f.gold.join(', ')}]` : ''} ${clip(f.sentence, 110)}`;
    table('Misses by stage', misses.byStage, top, missLine, io);
    table('Misses by cue lemma and stage', misses.byCue, top, missLine, io);
    table('False alarms by reason', falseAlarms.byReason, top, alarmLine, io);
    table('False alarms by cue lemma (rule) and reason', falseAlarms.byCue, top, alarmLine, io);
    table('Kind errors', kinds, top, (k) => `[${k.source}] ${k.page}`, io);
    io.out('\n');
  }
  if (values.json) io.out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  return 0;
}
