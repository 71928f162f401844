// Exports of the report the popup shows, through the project's own report writers (the CLI writes
// the same CSV and Markdown).
import { READER_CSV_COLUMNS, toCsv, UTF8_BOM } from '../report/csv';
import { localizedMarkdown } from '../report/markdown';
import type { Report } from '../report/report';
import { markdownLabels } from './markdown-labels';

export type ExportFormat = 'json' | 'csv' | 'md';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'md'];

const MIME: Record<ExportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv',
  md: 'text/markdown',
};

export function exportText(report: Report, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'csv':
      return toCsv([report], READER_CSV_COLUMNS);
    case 'md':
      return localizedMarkdown([report], markdownLabels());
  }
}

/** The text of a downloaded file: a CSV file starts with a byte-order mark, so spreadsheets read it as UTF-8. */
export function exportFileText(report: Report, format: ExportFormat): string {
  const text = exportText(report, format);
  return format === 'csv' ? UTF8_BOM + text : text;
}

/** `text` without hyphens at either end (a loop: an anchored /-+$/ backtracks quadratically on long runs). */
function trimHyphens(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '-') start++;
  while (end > start && text[end - 1] === '-') end--;
  return text.slice(start, end);
}

/** "attribution-lens-has-the-caliphate-begun-to-crack.csv": the title, made safe for any file system. */
export function exportFileName(report: Report, format: ExportFormat): string {
  const words = report.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  const slug = trimHyphens(trimHyphens(words).slice(0, 60));
  return `attribution-lens${slug ? `-${slug}` : ''}.${format}`;
}

/** Saves text as a file through an <a download>: no "downloads" permission needed. */
export function downloadText(doc: Document, text: string, fileName: string, format: ExportFormat): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${MIME[format]};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older engines, or a page without focus: the textarea route still works from a click.
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.append(area);
    area.select();
    const ok = doc.execCommand('copy');
    area.remove();
    return ok;
  }
}
