// One line of a JSONL report file, checked: a summary reads files it did not write (other runs, other
// machines, a crawler's pipeline), so every field it uses is checked for its type before it is used.
import { SOURCE_KINDS, type SourceKind } from '../core/types';

/** What the summary needs of one attribution. */
export interface SummaryAttribution {
  source: string;
  sourceKind: SourceKind;
  cue: string;
  sentence: string;
  when: string | null;
  via: string | null;
  links: string[];
}

/** What the summary needs of one report. */
export interface SummaryReport {
  file: string | null;
  url: string | null;
  title: string;
  siteName: string | null;
  published: string | null;
  lang: string | null;
  articleFound: boolean;
  /** False when the article is in a language no pack reads (no attributions were looked for). */
  languageSupported: boolean;
  error: string | null;
  attributions: SummaryAttribution[];
}

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string field, null when absent or null; undefined when it has another type. */
function optionalString(o: Fields, name: string): string | null | undefined {
  const v = o[name];
  if (v === undefined || v === null) return null;
  return typeof v === 'string' ? v : undefined;
}

function readAttribution(a: unknown, i: number): SummaryAttribution | string {
  const where = `attribution ${i + 1}`;
  if (!isObject(a)) return `${where} is not an object`;
  if (typeof a.source !== 'string') return `${where} has no source`;
  if (typeof a.sourceKind !== 'string' || !SOURCE_KINDS.includes(a.sourceKind as SourceKind)) return `${where} has no known sourceKind`;
  const cue = optionalString(a, 'cue');
  const sentence = optionalString(a, 'sentence');
  const when = optionalString(a, 'when');
  const via = optionalString(a, 'via');
  if (cue === undefined || sentence === undefined || when === undefined || via === undefined) return `${where} has a field of the wrong type`;
  const links: string[] = [];
  if (a.links !== undefined && a.links !== null) {
    if (!Array.isArray(a.links)) return `${where}: links is not a list`;
    for (const link of a.links) {
      if (!isObject(link) || typeof link.href !== 'string') return `${where}: a link has no href`;
      links.push(link.href);
    }
  }
  return { source: a.source, sourceKind: a.sourceKind as SourceKind, cue: cue ?? '', sentence: sentence ?? '', when, via, links };
}

/** The report on one line of JSONL, or why it is not one. */
export function parseReportLine(line: string): { report: SummaryReport } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { error: `not JSON (${(err as Error).message})` };
  }
  if (!isObject(value)) return { error: 'not a report (a JSON object)' };
  if (typeof value.articleFound !== 'boolean') return { error: 'not a report: no articleFound' };
  if (!Array.isArray(value.attributions)) return { error: 'not a report: no attributions list' };
  const strings = ['file', 'url', 'title', 'siteName', 'published', 'lang', 'error'] as const;
  const read: Partial<Record<(typeof strings)[number], string | null>> = {};
  for (const name of strings) {
    const v = optionalString(value, name);
    if (v === undefined) return { error: `not a report: ${name} is not a string` };
    read[name] = v;
  }
  const attributions: SummaryAttribution[] = [];
  for (const [i, a] of value.attributions.entries()) {
    const attribution = readAttribution(a, i);
    if (typeof attribution === 'string') return { error: attribution };
    attributions.push(attribution);
  }
  return {
    report: {
      file: read.file ?? null,
      url: read.url ?? null,
      title: read.title ?? '',
      siteName: read.siteName ?? null,
      published: read.published ?? null,
      lang: read.lang ?? null,
      articleFound: value.articleFound,
      languageSupported: value.languageSupported !== false,
      error: read.error ?? null,
      attributions,
    },
  };
}
