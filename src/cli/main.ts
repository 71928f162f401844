// attribution-lens: the engine from the command line, for audits of many saved pages.
import { parseArgs } from 'node:util';
import { analyze } from '../core/analyze';
import type { Report } from '../report/report';
import { toCsv } from '../report/csv';
import { toMarkdown } from '../report/markdown';
import { loadArticle } from './load';

const FORMATS = ['json', 'jsonl', 'csv', 'md'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: attribution-lens analyze [--format json|jsonl|csv|md] [--url URL] FILE...

Finds every attributed claim in saved articles: who says so, what kind of source it is, and what
they are said to have said.

  FILE          an .html/.htm page (run through Readability, as in the extension), a .txt file
                (paragraphs separated by blank lines), or - for standard input
  --format, -f  md (default): a readable sourcing report; jsonl: one JSON report per file per line;
                json: an array of reports; csv: one row per attribution
  --url URL     the page's address (for relative links, and recorded in the report)
  --help, -h    this text
  --version     the version

Exit status: 0 when every file was analyzed, 1 when any file could not be read or held no article,
2 on a usage error.`;

export function reportFor(file: string, title: string, url: string | null, blocks: Parameters<typeof analyze>[0] | null, error?: string): Report {
  if (!blocks) return { file, url, title, articleFound: false, error: error ?? 'no article text found', attributions: [] };
  return { file, url, title, articleFound: true, attributions: analyze(blocks) };
}

export async function analyzeFile(file: string, url: string | null): Promise<Report> {
  try {
    const loaded = await loadArticle(file, url);
    return reportFor(file, loaded.title, loaded.url, loaded.blocks, loaded.error);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory'
      : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    return { file, url, title: '', articleFound: false, error: `cannot read: ${why}`, attributions: [] };
  }
}

function render(format: Format, reports: Report[]): string {
  switch (format) {
    case 'json': return JSON.stringify(reports, null, 2) + '\n';
    case 'jsonl': return reports.map((r) => JSON.stringify(r)).join('\n') + '\n';
    case 'csv': return toCsv(reports);
    case 'md': return toMarkdown(reports);
  }
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'md' },
        url: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (err) {
    process.stderr.write(`attribution-lens: ${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${process.env.ATTRIBUTION_LENS_VERSION ?? 'dev'}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  const format = values.format as Format;
  if (command !== 'analyze' || files.length === 0 || !FORMATS.includes(format)) {
    const why = command !== 'analyze' ? `unknown command: ${command ?? '(none)'}`
      : files.length === 0 ? 'no FILE given' : `unknown format: ${values.format}`;
    process.stderr.write(`attribution-lens: ${why}\n\n${USAGE}\n`);
    return 2;
  }
  const reports: Report[] = [];
  let failed = 0;
  for (const file of files) {
    const report = await analyzeFile(file, values.url ?? null);
    if (!report.articleFound) {
      failed++;
      process.stderr.write(`attribution-lens: ${file}: ${report.error}\n`);
    }
    if (format === 'jsonl') process.stdout.write(JSON.stringify(report) + '\n');
    else reports.push(report);
  }
  if (format !== 'jsonl') process.stdout.write(render(format, reports));
  return failed ? 1 : 0;
}
