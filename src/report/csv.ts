// CSV export: one row per attribution, RFC 4180 quoting, and cells neutralised against spreadsheet
// formula injection (article text is untrusted and a cell starting with "=" would run as a formula).
import { stripControls } from './controls';
import type { Report } from './report';

export const CSV_COLUMNS = [
  'file', 'url', 'title', 'n', 'source', 'sourceKind', 'sourceMention', 'cue', 'when', 'via', 'quote',
  'continued', 'claim', 'sentence', 'rule', 'block', 'start', 'end', 'check', 'checkNote',
] as const;

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
export const csvHeader = (): string => CSV_COLUMNS.join(',');

/** One line per attribution of `report` (without line breaks), for writing reports as they come. */
export function csvRows(report: Report): string[] {
  return report.attributions.map((a, i) => {
    const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      file: report.file ?? '', url: report.url ?? '', title: report.title, n: i + 1,
      source: a.source, sourceKind: a.sourceKind, sourceMention: a.sourceMention, cue: a.cue, when: a.when,
      via: a.via, quote: a.quote, continued: a.continued, claim: a.claim, sentence: a.sentence, rule: a.rule,
      block: a.block, start: a.start, end: a.end,
      check: report.checks?.[i]?.status ?? '', checkNote: report.checks?.[i]?.note ?? '',
    };
    return CSV_COLUMNS.map((c) => csvCell(row[c])).join(',');
  });
}

export function toCsv(reports: readonly Report[]): string {
  const rows: string[] = [csvHeader()];
  for (const report of reports) for (const row of csvRows(report)) rows.push(row);
  return rows.join('\r\n') + '\r\n';
}
