// The corpus metric: how a report of the engine compares with hand-written gold records
// (corpus/GUIDELINE.md, section 5, states the same rule in words). No I/O here: src/eval/gold.ts
// reads gold folders, src/eval/cli.ts runs the engine and prints.
//
// A prediction matches a gold record when its sentence (at most MAX_SENTENCE_WORDS words) holds a
// contiguous run of at least ANCHOR_COVER of the anchor's words, and its source or sourceMention
// shares enough content words with the record's source or one of its alts. Each record is taken by
// at most one prediction; optional records neither reward nor penalise.
import STOP_WORD_LISTS from './stop-words.json';

/** A sentence longer than this (in words) never matches: it would cover any anchor. */
export const MAX_SENTENCE_WORDS = 120;
/** The share of an anchor's words a sentence must hold as one contiguous run. */
export const ANCHOR_COVER = 0.6;
/** The share of a name's content words two names must share (see `namesAgree`). */
export const NAME_OVERLAP = 0.5;
/** When the predicted name carries the overlap, this many shared words are needed (fewer if the gold name is shorter). */
export const MIN_SHARED_WORDS = 2;

/** Function words of the five corpus languages, ignored when names are compared. */
export const STOP_WORDS: ReadonlySet<string> = new Set(Object.values(STOP_WORD_LISTS).flat());

/** The normalisation steps, in order: [pattern, replacement]. Compiled once. */
export const NORMALIZE_STEPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u00ad\u200b-\u200d\u2060\ufeff]/g, ''], // soft hyphen, zero-width characters
  [/[\u2018\u2019\u201a\u201b\u2032]/g, "'"], // curly single quotes and prime
  [/[\u201c\u201d\u201e\u201f\u2033]/g, '"'], // curly double quotes and double prime
  [/[\u2010-\u2015]/g, '-'], // hyphens and dashes
  [/'s\b/g, ''], // possessive 's
  [/[^\p{L}\p{N}'\- ]+/gu, ' '], // anything else that is not a letter, digit, apostrophe, hyphen or space
  [/\s+/g, ' '],
];

export interface GoldRecord {
  anchor: string;
  source: string;
  alt?: string[];
  kind: string | string[];
  cue?: string;
  claim?: string;
  when?: string | null;
  via?: string | null;
  optional?: boolean;
}

export interface Gold {
  /** The page's file name: the report whose `file` has this base name is scored against it. */
  page: string;
  lang?: string;
  attributions: GoldRecord[];
}

/** What the metric reads of a predicted attribution (the engine's Attribution has these fields). */
export interface Prediction {
  sentence?: string;
  source?: string;
  sourceMention?: string | null;
  sourceKind?: string;
  cue?: string;
}

/** One page's report, as the CLI writes it (`analyze --format jsonl`). */
export interface PageReport {
  file?: string;
  attributions?: Prediction[];
}

export interface PageScore {
  page: string;
  /** Required gold records. */
  required: number;
  /** Predictions that count: matched ones and false alarms (not those matching only optional records). */
  predicted: number;
  matched: number;
  kindRight: number;
  falseAlarms: { sentence?: string; source?: string; cue?: string }[];
  misses: { anchor: string; source: string; cue?: string }[];
  kindErrors: { source?: string; predicted?: string; gold: string | string[] }[];
}

export interface SetScore {
  precision: number;
  recall: number;
  f1: number;
  kindAccuracy: number;
  required: number;
  predicted: number;
  matched: number;
  /** Pages with gold and no report. */
  missing: string[];
  pages: PageScore[];
}

export function normalize(text: unknown): string {
  let s = String(text ?? '').toLowerCase();
  for (const [pattern, replacement] of NORMALIZE_STEPS) s = s.replace(pattern, replacement);
  return s.trim();
}

export const words = (text: unknown): string[] => normalize(text).split(' ').filter(Boolean);

export const contentWords = (text: unknown): string[] => words(text).filter((w) => !STOP_WORDS.has(w));

/** The longest run of the anchor's words found contiguously in the sentence, as a share of the anchor. */
export function anchorCover(anchor: readonly string[], sentence: readonly string[]): number {
  if (!anchor.length || !sentence.length) return 0;
  let best = 0;
  for (let i = 0; i < sentence.length; i++) {
    for (let j = 0; j < anchor.length; j++) {
      let k = 0;
      while (i + k < sentence.length && j + k < anchor.length && sentence[i + k] === anchor[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best / anchor.length;
}

export const sentenceMatches = (anchor: readonly string[], sentence: readonly string[]): boolean =>
  sentence.length <= MAX_SENTENCE_WORDS && anchorCover(anchor, sentence) >= ANCHOR_COVER;

/**
 * Whether a gold name (its content words) and a predicted name (the set of its content words) name
 * the same source: the shared words are at least half of the gold name's, or at least half of the
 * predicted name's and at least MIN_SHARED_WORDS (or the whole gold name, when shorter).
 */
export function namesAgree(gold: readonly string[], predicted: ReadonlySet<string>): boolean {
  if (!predicted.size || !gold.length) return false;
  const shared = gold.filter((w) => predicted.has(w)).length;
  return shared / gold.length >= NAME_OVERLAP
    || (shared / predicted.size >= NAME_OVERLAP && shared >= Math.min(MIN_SHARED_WORDS, gold.length));
}

export const kindMatches = (record: GoldRecord, prediction: Prediction): boolean =>
  ([record.kind].flat() as unknown[]).includes(prediction.sourceKind);

/** A record with its words worked out once. */
interface PreparedRecord {
  record: GoldRecord;
  index: number;
  anchor: string[];
  names: string[][];
}

const prepareRecord = (record: GoldRecord, index: number): PreparedRecord => ({
  record, index, anchor: words(record.anchor), names: [record.source, ...(record.alt ?? [])].map(contentWords),
});

/** The predicted names: `source` and `sourceMention`, each as the set of its content words (empty ones dropped). */
const predictedNames = (p: Prediction): Set<string>[] =>
  [p.source, p.sourceMention].filter(Boolean).map((name) => new Set(contentWords(name)));

export function scorePage(gold: Gold, report: PageReport | undefined): PageScore {
  const records = gold.attributions.map(prepareRecord);
  const taken = new Set<number>();
  const out: PageScore = {
    page: gold.page, required: records.filter((r) => !r.record.optional).length, predicted: 0, matched: 0,
    kindRight: 0, falseAlarms: [], misses: [], kindErrors: [],
  };
  for (const prediction of report?.attributions ?? []) {
    const sentence = words(prediction.sentence);
    const names = predictedNames(prediction);
    const hits = records.filter((r) => sentenceMatches(r.anchor, sentence)
      && names.some((p) => r.names.some((g) => namesAgree(g, p))));
    const required = hits.find((r) => !r.record.optional && !taken.has(r.index));
    if (required) {
      taken.add(required.index);
      out.predicted++;
      out.matched++;
      if (kindMatches(required.record, prediction)) out.kindRight++;
      else out.kindErrors.push({ source: prediction.source, predicted: prediction.sourceKind, gold: required.record.kind });
    } else if (!hits.some((r) => r.record.optional)) {
      out.predicted++;
      out.falseAlarms.push({ sentence: prediction.sentence, source: prediction.source, cue: prediction.cue });
    }
  }
  for (const r of records) {
    if (!r.record.optional && !taken.has(r.index)) out.misses.push({ anchor: r.record.anchor, source: r.record.source, cue: r.record.cue });
  }
  return out;
}

/** Reports by the base name of their `file` (a later report of the same name wins). */
export function reportsByPage(reports: Iterable<PageReport>): Map<string, PageReport> {
  const byPage = new Map<string, PageReport>();
  for (const r of reports) byPage.set(baseName(String(r.file ?? '')), r);
  return byPage;
}

/** The last path segment, for / and \ separated paths alike. */
export function baseName(file: string): string {
  let end = file.length;
  while (end > 0 && (file[end - 1] === '/' || file[end - 1] === '\\')) end--;
  let start = end;
  while (start > 0 && file[start - 1] !== '/' && file[start - 1] !== '\\') start--;
  return file.slice(start, end);
}

/** Scores every gold page (in the order given) against the report of the same page. */
export function scoreSet(golds: readonly Gold[], reports: ReadonlyMap<string, PageReport>): SetScore {
  const pages = golds.map((g) => scorePage(g, reports.get(g.page)));
  const sum = (key: 'required' | 'predicted' | 'matched' | 'kindRight'): number => pages.reduce((n, p) => n + p[key], 0);
  const required = sum('required');
  const predicted = sum('predicted');
  const matched = sum('matched');
  const precision = predicted ? matched / predicted : required ? 0 : 1;
  const recall = required ? matched / required : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const kindAccuracy = matched ? sum('kindRight') / matched : 0;
  const missing = golds.filter((g) => !reports.has(g.page)).map((g) => g.page);
  return { precision, recall, f1, kindAccuracy, required, predicted, matched, missing, pages };
}

/** The one-line summary: `pages=… gold=… predicted=… matched=… precision=… recall=… f1=… kind_accuracy=…`. */
export const summaryLine = (s: SetScore): string =>
  `pages=${s.pages.length} gold=${s.required} predicted=${s.predicted} matched=${s.matched} precision=${s.precision.toFixed(3)} `
  + `recall=${s.recall.toFixed(3)} f1=${s.f1.toFixed(3)} kind_accuracy=${s.kindAccuracy.toFixed(3)}`;

/** The text report of one set: a line per page (with its misses, false alarms and kind errors when verbose), then the summary. */
export function scoreLines(s: SetScore, verbose = false): string[] {
  const lines: string[] = [];
  for (const p of s.pages) {
    const precision = p.predicted ? (p.matched / p.predicted).toFixed(2) : '-';
    const recall = p.required ? (p.matched / p.required).toFixed(2) : '-';
    lines.push(`${p.page.padEnd(44)} gold ${String(p.required).padStart(3)}  predicted ${String(p.predicted).padStart(3)}  `
      + `matched ${String(p.matched).padStart(3)}  P ${precision}  R ${recall}`);
    if (!verbose) continue;
    for (const m of p.misses) lines.push(`    miss:  [${m.source}] (${m.cue}) ${m.anchor}`);
    for (const f of p.falseAlarms) lines.push(`    false: [${f.source}] (${f.cue}) ${String(f.sentence).slice(0, 140)}`);
    for (const k of p.kindErrors) lines.push(`    kind:  [${k.source}] predicted ${k.predicted}, gold ${[k.gold].flat().join('|')}`);
  }
  if (s.missing.length) lines.push(`no report for: ${s.missing.join(', ')}`);
  lines.push(summaryLine(s));
  return lines;
}
