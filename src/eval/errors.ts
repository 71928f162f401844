// Error analysis: why each gold record was missed and why each false alarm was raised, in buckets
// to work from the biggest down (`npm run errors`). Pure: the caller gives each page's gold, the
// engine's report and the engine's own sentences of the page. The metric is src/eval/score.ts's.
import { contentWords, scorePage, sentenceMatches, words, type Gold, type PageReport, type Prediction } from './score';

/** Why a required record was missed. */
export type MissStage =
  /** No sentence of the engine holds the anchor: the text was cut into sentences otherwise. */
  | 'sentence split'
  /** The anchor's sentence has no attribution at all: no rule found a cue there. */
  | 'no cue found'
  /** The anchor's sentence has attributions, none to this source. */
  | 'cue found, source wrong';

/** Why a prediction was a false alarm. */
export type FalseAlarmReason =
  /** A gold record's sentence, another source. */
  | 'source wrong'
  /** A sentence the gold attributes nothing in (or only optionally, to another source). */
  | 'not in the gold';

export interface Miss {
  page: string;
  stage: MissStage;
  cue: string;
  source: string;
  anchor: string;
  /** What the engine found in that sentence, if anything ("said → Mr. Smith"). */
  found: string[];
}

export interface FalseAlarm {
  page: string;
  reason: FalseAlarmReason;
  cue: string;
  rule: string;
  source: string;
  sentence: string;
  /** The gold's sources for that sentence, when it has records. */
  gold: string[];
}

export interface KindError {
  page: string;
  source: string;
  predicted: string;
  gold: string;
}

export interface PageDiagnosis {
  misses: Miss[];
  falseAlarms: FalseAlarm[];
  kindErrors: KindError[];
}

type PredictionWithRule = Prediction & { rule?: string };

const describe = (p: PredictionWithRule): string => `${p.cue ?? ''} → ${p.source ?? ''}`;

/** Diagnoses one page: its misses by stage, its false alarms by reason, its kind errors. */
export function diagnosePage(gold: Gold, report: PageReport | undefined, sentences: readonly string[]): PageDiagnosis {
  const score = scorePage(gold, report);
  const predictions = (report?.attributions ?? []) as PredictionWithRule[];
  const sentenceWords = sentences.map((s) => words(s));
  const predictionWords = predictions.map((p) => words(p.sentence));
  const records = gold.attributions.map((r) => ({ record: r, anchor: words(r.anchor), names: [r.source, ...(r.alt ?? [])].map(contentWords) }));

  const misses: Miss[] = score.misses.map((m) => {
    const anchor = words(m.anchor);
    const inSentence = predictions.filter((_, i) => sentenceMatches(anchor, predictionWords[i]!));
    const split = !sentenceWords.some((s) => sentenceMatches(anchor, s));
    const stage: MissStage = inSentence.length ? 'cue found, source wrong' : split ? 'sentence split' : 'no cue found';
    return { page: gold.page, stage, cue: m.cue ?? '', source: m.source, anchor: m.anchor, found: inSentence.map(describe) };
  });

  // The scorer lists false alarms by sentence, source and cue; find each one's prediction again for its rule.
  const falseAlarms: FalseAlarm[] = score.falseAlarms.map((f) => {
    const prediction = predictions.find((p) => p.sentence === f.sentence && p.source === f.source && p.cue === f.cue);
    const sentence = words(f.sentence);
    const here = records.filter((r) => sentenceMatches(r.anchor, sentence));
    const reason: FalseAlarmReason = here.some((r) => !r.record.optional) ? 'source wrong' : 'not in the gold';
    return {
      page: gold.page, reason, cue: f.cue ?? '', rule: prediction?.rule ?? '', source: f.source ?? '', sentence: f.sentence ?? '',
      gold: here.map((r) => r.record.source),
    };
  });

  const kindErrors = score.kindErrors.map((k) => ({ page: gold.page, source: k.source ?? '', predicted: k.predicted ?? '', gold: [k.gold].flat().join('|') }));
  return { misses, falseAlarms, kindErrors };
}

/** A bucket: its key, how many fell in it, and a few examples. */
export interface Bucket<T> {
  key: string;
  count: number;
  examples: T[];
}

/** Groups items by key, biggest bucket first, keeping `examples` of each. */
export function bucket<T>(items: readonly T[], key: (item: T) => string, examples: number): Bucket<T>[] {
  const byKey = new Map<string, Bucket<T>>();
  for (const item of items) {
    const k = key(item);
    let b = byKey.get(k);
    if (!b) byKey.set(k, (b = { key: k, count: 0, examples: [] }));
    b.count++;
    if (b.examples.length < examples) b.examples.push(item);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * The lemma a cue is filed under: its first word, as the language's cue verbs know it ("said" →
 * "say", "a-t-il déclaré" → "déclarer"); fixed phrases keep their words ("according to").
 */
export function cueLemma(cue: string, lemmaOf: (word: string) => string | undefined): string {
  const wordsOfCue = cue.toLowerCase().replace(/[^\p{L}\p{N}' -]+/gu, ' ').split(/[\s-]+/u).filter(Boolean);
  for (const w of wordsOfCue) {
    const lemma = lemmaOf(w);
    if (lemma) return lemma;
  }
  return wordsOfCue.slice(0, 2).join(' ') || '(none)';
}
