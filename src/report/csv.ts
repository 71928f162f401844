// CSV export: one row per attribution, RFC 4180 quoting, and cells neutralised against spreadsheet
// formula injection (article text is untrusted and a cell starting with "=" would run as a formula).
import { stripControls } from './controls';
import type { LinkEvidence, Report } from './report';

/** Every column of a report, in order (with the linked pages' evidence: withEvidenceColumns). */
export const CSV_COLUMNS = [
  'file', 'url', 'title', 'byline', 'siteName', 'published', 'n', 'source', 'sourceKind', 'sourceMention', 'cue', 'when',
  'whenDate', 'via', 'quote', 'continuedSentences', 'claim', 'sentence', 'links', 'rule', 'block', 'start', 'end', 'check', 'checkNote',
] as const;
/**
 * The linked pages' evidence (the CLI's --follow-links): `evidence`, one line per page, its status and
 * address ("found https://…"), in link order; `evidenceExcerpt`, the passage of the best of them.
 */
export const EVIDENCE_COLUMNS = ['evidence', 'evidenceExcerpt'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number] | (typeof EVIDENCE_COLUMNS)[number];

/** `columns` with the evidence columns after `links` (only runs that read linked pages have them: the others keep their layout). */
export function withEvidenceColumns(columns: readonly CsvColumn[]): CsvColumn[] {
  const at = columns.indexOf('links') + 1;
  return [...columns.slice(0, at), ...EVIDENCE_COLUMNS, ...columns.slice(at)];
}

const EVIDENCE_RANK: Record<LinkEvidence['status'], number> = { found: 3, similar: 2, 'not-found': 1, unreachable: 0 };

/** The evidence that says most (found before similar; the first of equals). */
export function bestEvidence(evidence: readonly LinkEvidence[] | undefined): LinkEvidence | undefined {
  return evidence?.reduce<LinkEvidence | undefined>((best, e) => (!best || EVIDENCE_RANK[e.status] > EVIDENCE_RANK[best.status] ? e : best), undefined);
}

/**
 * The engine's bookkeeping (which rule fired, the block and offsets of the sentence): nothing a reader
 * needs. The JSON reports always have them; the CLI writes them to CSV with --csv-internals.
 */
export const ENGINE_COLUMNS: readonly CsvColumn[] = ['rule', 'block', 'start', 'end'];

/** The CLI's CSV by default: every column but the engine's. */
export const CLI_CSV_COLUMNS: readonly CsvColumn[] = CSV_COLUMNS.filter((c) => !ENGINE_COLUMNS.includes(c));

/** The extension's CSV: the CLI's without `file` (a page has a URL, never a file). */
export const READER_CSV_COLUMNS: readonly CsvColumn[] = CLI_CSV_COLUMNS.filter((c) => c !== 'file');

/** Starts a CSV file that spreadsheets must read as UTF-8 (without it, Excel reads "é" as "Ã©"). */
export const UTF8_BOM = '\uFEFF';

/**
 * Cells a spreadsheet may run as a formula: OWASP's list (= + - @ tab CR), and line feed; the same
 * after leading white space or invisible characters (which an import may trim or ignore: format
 * characters such as U+200B, U+200E, U+2060, U+00AD, U+FEFF, and the other default-ignorable ones);
 * and the full-width = + - @ that some spreadsheets read as their ASCII forms. Such cells get a
 * leading apostrophe.
 */
const FORMULA_START = /^[\t\r\n]|^[\s\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;

/** One cell: terminal control characters left out, formulas neutralised, quoted where needed. */
export function csvCell(value: unknown): string {
  let text = stripControls(value === null || value === undefined ? '' : String(value));
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header line (without its line break). */
export const csvHeader = (columns: readonly CsvColumn[] = CLI_CSV_COLUMNS): string => columns.join(',');

/** One line per attribution of `report` (without line breaks), for writing reports as they come. */
export function csvRows(report: Report, columns: readonly CsvColumn[] = CLI_CSV_COLUMNS): string[] {
  return report.attributions.map((a, i) => {
    const row: Record<CsvColumn, unknown> = {
      file: report.file ?? '', url: report.url ?? '', title: report.title, byline: report.byline, siteName: report.siteName,
      published: report.published, n: i + 1,
      source: a.source, sourceKind: a.sourceKind, sourceMention: a.sourceMention, cue: a.cue, when: a.when, whenDate: a.whenDate,
      via: a.via, quote: a.quote, continuedSentences: a.continuation.length, claim: a.claim, sentence: a.sentence,
      // The sentence's link addresses, in order, one per line of the cell (an address holds no line break).
      links: (a.links ?? []).map((l) => l.href).join('\n'), rule: a.rule,
      evidence: (a.evidence ?? []).map((e) => `${e.status} ${e.url}`).join('\n'),
      evidenceExcerpt: bestEvidence(a.evidence)?.excerpt ?? '',
      block: a.block, start: a.start, end: a.end,
      check: report.checks?.[i]?.status ?? '', checkNote: report.checks?.[i]?.note ?? '',
    };
    return columns.map((c) => csvCell(row[c])).join(',');
  });
}

export function toCsv(reports: readonly Report[], columns: readonly CsvColumn[] = CLI_CSV_COLUMNS): string {
  const rows: string[] = [csvHeader(columns)];
  for (const report of reports) for (const row of csvRows(report, columns)) rows.push(row);
  return rows.join('\r\n') + '\r\n';
}
