// Export the report as JSON, CSV or Markdown: download a file or copy it (a copied CSV has no byte-order
// mark: pasted into a spreadsheet, it would land in the first cell).
import type { Report } from '../../report/report';
import { t, type MessageKey } from '../../shared/i18n';
import { copyText, downloadText, EXPORT_FORMATS, exportFileName, exportFileText, exportText, type ExportFormat } from '../export';

const FORMAT_NAME: Record<ExportFormat, MessageKey> = { json: 'formatJson', csv: 'formatCsv', md: 'formatMarkdown' };

/** Exports `report` as given: the popup passes it with the reader's checks (withReaderChecks). */
export function ExportBar({ report, announce }: { report: Report; announce: (message: string) => void }) {
  const download = (format: ExportFormat): void => {
    downloadText(document, exportFileText(report, format), exportFileName(report, format), format);
    announce(t('downloaded', t(FORMAT_NAME[format])));
  };
  const copy = async (format: ExportFormat): Promise<void> => {
    const ok = await copyText(document, exportText(report, format));
    announce(ok ? t('copied', t(FORMAT_NAME[format])) : t('copyFailed'));
  };
  return (
    <section class="export" aria-labelledby="export-title">
      <h2 id="export-title">{t('exportHeading')}</h2>
      <div class="export-buttons">
        {EXPORT_FORMATS.map((format) => (
          <span key={format} class="export-format">
            <button type="button" data-export={format} data-action="download" onClick={() => download(format)}>
              {t('exportDownload', t(FORMAT_NAME[format]))}
            </button>
            <button type="button" data-export={format} data-action="copy" onClick={() => void copy(format)}>
              {t('exportCopy', t(FORMAT_NAME[format]))}
            </button>
          </span>
        ))}
      </div>
    </section>
  );
}
