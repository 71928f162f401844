// attribution-lens summarize: the corpus at a glance, from the JSONL reports of `analyze`. Reads its
// inputs line by line (a summary of a large crawl never holds the whole file); a bad line is named
// on stderr with its file and line number, counted and skipped.
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { escapeControls } from '../report/controls';
import { SummaryBuilder } from '../summary/aggregate';
import { summaryToHtml } from '../summary/html';
import { parseReportLine } from '../summary/read-report';
import { summaryToText } from '../summary/text';

export const SUMMARIZE_USAGE = `Usage: attribution-lens summarize [--html OUT.html] [--json OUT.json] REPORTS.jsonl...

The corpus at a glance, from the JSONL reports of \`attribution-lens analyze -f jsonl\`: articles and
attributions, the unnamed-source share over articles, per site figures, the most-cited outlets,
organizations and people, and the articles ranked by unnamed share.

  REPORTS.jsonl  report files (one JSON report a line), or - for standard input
  --html FILE    write the summary as one self-contained HTML page (charts, tables, a section per
                 ranked article; no script, nothing from the network)
  --json FILE    write the figures as JSON
  --help, -h     this text

A text table of the same figures goes to standard output. A line that is not a report is named on
stderr (file and line number) and skipped.

Exit status: 0, or 1 when a line or a file could not be read, 2 on a usage error.`;

const say = (text: string): void => { process.stderr.write(`attribution-lens summarize: ${text}\n`); };

/** Adds every report of one file to the builder; returns the number of bad lines (or 1 for an unreadable file). */
async function readReports(file: string, builder: SummaryBuilder): Promise<number> {
  const name = escapeControls(file);
  const stream = file === '-' ? process.stdin : createReadStream(file);
  let bad = 0;
  let lineNo = 0;
  try {
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    for await (const line of lines) {
      lineNo++;
      if (line.trim() === '') continue;
      const read = parseReportLine(line);
      if ('error' in read) {
        bad++;
        say(`${name}:${lineNo}: ${escapeControls(read.error)}; line skipped`);
      } else {
        builder.add(read.report);
      }
    }
  } catch (err) {
    say(`${name}: ${escapeControls((err as Error)?.message ?? String(err))}`);
    return bad + 1;
  }
  return bad;
}

export async function summarizeMain(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        html: { type: 'string' },
        json: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    process.stderr.write(`attribution-lens: ${escapeControls((err as Error).message)}\n\n${SUMMARIZE_USAGE}\n`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    process.stdout.write(SUMMARIZE_USAGE + '\n');
    return 0;
  }
  if (files.length === 0) {
    process.stderr.write(`attribution-lens: no REPORTS file given\n\n${SUMMARIZE_USAGE}\n`);
    return 2;
  }
  const builder = new SummaryBuilder();
  let bad = 0;
  for (const file of files) bad += await readReports(file, builder);
  if (bad) say(`${bad} line(s) or file(s) could not be read (see above); the summary leaves them out`);
  const summary = builder.result();
  process.stdout.write(summaryToText(summary));
  try {
    if (values.html) await writeFile(values.html, summaryToHtml(summary, files));
    if (values.json) await writeFile(values.json, JSON.stringify(summary, null, 2) + '\n');
  } catch (err) {
    say(escapeControls((err as Error)?.message ?? String(err)));
    return 1;
  }
  return bad ? 1 : 0;
}
