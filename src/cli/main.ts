// attribution-lens: the engine from the command line, for audits of many saved pages.
import { stat } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_ATTRIBUTIONS } from '../core/analyze';
import { escapeControls } from '../report/controls';
import { languageName, readableLanguages } from '../report/languages';
import type { Report } from '../report/report';
import { CLI_CSV_COLUMNS, CSV_COLUMNS, csvHeader, csvRows, withEvidenceColumns, type CsvColumn } from '../report/csv';
import { markdownHeading, reportToMarkdown } from '../report/markdown';
import { InputReader } from './inputs';
import { jsonlTasks } from './jsonl-input';
import { DOM_IMPLEMENTATIONS, type DomImplementation } from './load';
import { runPool, type PoolItem } from './pool';
import { profileHeader, profileRow } from './profile-csv';
import { summarizeMain } from './summarize';
import { createProgress } from './progress';
import { appendTo, readResumeFile, skipReported } from './resume';
import { isWarcName } from './warc';
import { NETWORK_NOTE, NETWORK_OPTIONS, NETWORK_USAGE, setupNetwork } from './network';
import { OrderedStage } from './ordered-stage';
import { fetchUrlInputs } from './url-inputs';

export { analyzeFile, reportFor } from './analyze-file';

const FORMATS = ['json', 'jsonl', 'csv', 'md', 'profile'] as const;
type Format = (typeof FORMATS)[number];
const INPUT_KINDS = ['files', 'jsonl'] as const;
type InputKind = (typeof INPUT_KINDS)[number];

/** --timeout's default: far above any real page (the slowest page of the dev corpus takes under a second). */
export const DEFAULT_TIMEOUT_SECONDS = 60;

const VERSION = process.env.ATTRIBUTION_LENS_VERSION ?? 'dev';

const USAGE = `Usage: attribution-lens analyze [--format md|jsonl|json|csv|profile] [--csv-internals] [--url URL] [--jobs N] [--timeout SECONDS] [--dom linkedom|jsdom] [--from LIST] [--follow-links] [--cache DIR] [--fetch-timeout S] [--resume OUT.jsonl] FILE|URL...
       attribution-lens analyze --input jsonl [--format …] [--jobs N] < ARTICLES.jsonl

Finds every attributed claim in saved articles: who says so, what kind of source it is, and what
they are said to have said.

The corpus at a glance, from the JSONL reports of many articles: attribution-lens summarize --help

  FILE          an .html/.htm page (run through Readability, as in the extension), a .txt file
                (paragraphs: blank lines, or one a line unless hard-wrapped), a web archive (.warc
                or .warc.gz: every HTTP 200 response with an HTML content type is an article, named
                FILE#record-N, its url the record's WARC-Target-URI), a directory (its .html, .htm,
                .txt, .warc and .warc.gz files, recursively, in name order), or - for standard input
  URL           an http:// or https:// address: the page is fetched (redirects followed; the
                report's url is the address after them) and analyzed as an .html file
  --from LIST   also the inputs LIST names, one per line, after the FILEs (- : LIST is standard
                input; a line may be a URL); may be given more than once
  --input jsonl read standard input as one JSON object per line, {"url": …, "html": …} or
                {"url": …, "text": …} (and an optional "file"), instead of FILEs; one report per
                line, in the same order (a mapper for Spark, Hadoop Streaming, Beam or Dask)
  --format, -f  md (default): a readable sourcing report; jsonl: one JSON report per article per line;
                json: an array of reports; csv: one row per attribution; profile: one CSV row per
                article (its site, counts of named, unnamed and second-hand sources, outlets cited)
  --csv-internals  with csv: add the engine's columns (rule, block, start, end), which JSON always has
  --url URL     the page's address, for FILEs (for relative links, and recorded in the report)
  --jobs, -j N  analyze N articles at a time, each on a worker thread (default 1; 0 or auto: one per
                CPU core; never more than the cores). Reports keep the order of the inputs.
  --timeout S   give up on an article after S seconds (default ${DEFAULT_TIMEOUT_SECONDS}; 0: no limit): it gets a report
                with an error and the run goes on
  --dom NAME    the DOM that holds HTML pages while Readability runs: linkedom (default, fast; pages
                it cannot parse faithfully go to jsdom) or jsdom (the HTML standard's parser, slower)
${NETWORK_USAGE}
  --resume OUT.jsonl  write the reports to OUT.jsonl (jsonl), appending, and skip the inputs it
                already reports (a file by its path, a WARC record by FILE#record-N and its url, a
                web address by itself, a jsonl line by its file and url): a run that was stopped
                carries on where it was. A last line cut short by the stop is dropped and its
                input analysed again
  --help, -h    this text
  --version     the version

Inputs are read as the run goes, never all at once: a crawl of any size runs in constant memory.
Files that are not text (images, PDF, archives: recognised by their first bytes, whatever their
name), text in an invalid encoding, and broken WARC records (cut short, a wrong Content-Length) are
named on stderr and get a report with an error; the run goes on. On a terminal, long runs show their
progress (articles done, time left or bytes of WARC read) on stderr.

${NETWORK_NOTE.replace('VERSION', VERSION)}

Exit status: 0 when every input was analyzed, 1 when any input could not be read or fetched, held no article,
took too long or ran out of memory, 2 on a usage error.`;

export interface MainOptions {
  /** The script worker threads run (the CLI bundle). */
  workerScript: URL | string;
  /** Kept up to date during the run, for an exit status when output stops early (a closed pipe). */
  state?: { failed: number };
}

/**
 * --jobs: a whole number of threads, 0 or "auto" for one per core; null when invalid. Never more
 * than the cores: more threads only add memory (each holds a DOM and the engine).
 */
export function parseJobs(value: string | undefined, cores = os.availableParallelism()): number | null {
  if (value === undefined) return 1;
  if (value === 'auto' || value === '0') return cores;
  return /^[1-9]\d{0,3}$/.test(value) ? Math.min(Number(value), cores) : null;
}

/** --timeout: seconds (a decimal number), 0 for no limit; milliseconds, or null when invalid. */
export function parseTimeout(value: string | undefined): number | null {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS * 1000;
  return /^\d{1,7}(?:\.\d{1,3})?$/.test(value) ? Math.round(Number(value) * 1000) : null;
}

/** Writes reports in one format as they arrive (json is written whole at the end). */
function createWriter(format: Format, out: { write(text: string): unknown }, csvColumns: readonly CsvColumn[]): { write(report: Report): void; end(): void } {
  const held: Report[] = [];
  let first = true;
  return {
    write(report) {
      switch (format) {
        case 'jsonl':
          out.write(JSON.stringify(report) + '\n');
          break;
        case 'json':
          held.push(report);
          break;
        case 'csv': {
          const rows = csvRows(report, csvColumns);
          out.write((first ? csvHeader(csvColumns) + '\r\n' : '') + rows.map((r) => r + '\r\n').join(''));
          break;
        }
        case 'md':
          out.write((first ? `${markdownHeading()}\n` : '') + '\n' + reportToMarkdown(report));
          break;
        case 'profile':
          out.write((first ? profileHeader() + '\r\n' : '') + profileRow(report) + '\r\n');
          break;
      }
      first = false;
    },
    end() {
      if (format === 'json') out.write(JSON.stringify(held, null, 2) + '\n');
    },
  };
}

export async function main(argv: string[], options: MainOptions): Promise<number> {
  if (argv[0] === 'summarize') return summarizeMain(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        'csv-internals': { type: 'boolean' },
        url: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        timeout: { type: 'string' },
        dom: { type: 'string', default: 'linkedom' },
        from: { type: 'string', multiple: true, default: [] },
        input: { type: 'string', default: 'files' },
        ...NETWORK_OPTIONS,
        resume: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (err) {
    process.stderr.write(`attribution-lens: ${escapeControls((err as Error).message)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  const format = (values.format ?? (values.resume !== undefined ? 'jsonl' : 'md')) as Format;
  const inputKind = values.input as InputKind;
  const lists = values.from;
  const jobs = parseJobs(values.jobs);
  const timeoutMs = parseTimeout(values.timeout);
  const dom = values.dom as DomImplementation;
  const stdinReaders = [files.includes('-'), lists.includes('-'), inputKind === 'jsonl'].filter(Boolean).length;
  let why = command !== 'analyze' ? `unknown command: ${command ?? '(none)'}`
    : !INPUT_KINDS.includes(inputKind) ? `unknown --input: ${values.input} (files or jsonl)`
    : inputKind === 'jsonl' && (files.length || lists.length) ? '--input jsonl reads standard input only: give no FILE and no --from'
    : inputKind === 'files' && files.length === 0 && lists.length === 0 ? 'no FILE given'
    : stdinReaders > 1 ? 'standard input can be read once: as -, as --from -, or as --input jsonl'
    : !FORMATS.includes(format) ? `unknown format: ${values.format}`
    : values['csv-internals'] && format !== 'csv' ? `--csv-internals adds columns to --format csv, not to ${format}`
    : values.resume !== undefined && format !== 'jsonl' ? `--resume writes jsonl reports, not ${format}`
    : jobs === null ? `--jobs takes a number of threads, 0 or auto, not: ${values.jobs}`
    : timeoutMs === null ? `--timeout takes a number of seconds (0: no limit), not: ${values.timeout}`
    : !DOM_IMPLEMENTATIONS.includes(dom) ? `unknown DOM: ${values.dom} (linkedom or jsdom)`
    : await unreadableList(lists);
  const network = setupNetwork(values, VERSION);
  if (why === null && 'error' in network) why = network.error;
  if (why !== null || jobs === null || timeoutMs === null || 'error' in network) {
    process.stderr.write(`attribution-lens: ${escapeControls(why ?? '')}\n\n${USAGE}\n`);
    return 2;
  }
  const resume = values.resume === undefined ? null : await readResumeFile(values.resume);
  if (typeof resume === 'string') {
    process.stderr.write(`attribution-lens: ${escapeControls(resume)}\n`);
    return 2;
  }
  const state = options.state ?? { failed: 0 };
  for (const note of resume?.notes ?? []) process.stderr.write(`attribution-lens: ${escapeControls(note)}\n`);

  // The number of articles is known beforehand only when every input is a plain file.
  const plainFiles = inputKind === 'files' && lists.length === 0
    && (await Promise.all(files.map(async (f) => f === '-' || !(isWarcName(f) || (await stat(f).catch(() => null))?.isDirectory())))).every(Boolean);
  const progress = createProgress(plainFiles && !resume ? files.length : null, process.stderr);
  const reader = new InputReader({ url: values.url ?? null, dom, onWarcBytes: (n) => progress.bytes(n) });
  async function* given(): AsyncGenerator<PoolItem> {
    if (inputKind === 'jsonl') {
      yield* jsonlTasks(process.stdin, dom);
      return;
    }
    for (const file of files) yield* reader.expand(file);
    for (const list of lists) yield* reader.list(list);
  }
  const inputs = (): AsyncGenerator<PoolItem> => (resume ? skipReported(given(), resume, (failed) => { if (failed) state.failed++; }) : given());

  const columns = values['csv-internals'] ? CSV_COLUMNS : CLI_CSV_COLUMNS;
  const out = resume ? appendTo(resume.path) : null;
  const writer = createWriter(format, out ?? process.stdout, values['follow-links'] ? withEvidenceColumns(columns) : columns);
  const emit = (report: Report): void => {
    if (!report.articleFound) {
      state.failed++;
      progress.message(`attribution-lens: ${escapeControls(report.file ?? '')}: ${escapeControls(report.error ?? '')}\n`);
    } else if (report.languageSupported === false) {
      const name = languageName(report.lang ?? 'und');
      const which = name ? `in ${name} (${report.lang})` : 'in a language it could not tell';
      progress.message(`attribution-lens: ${escapeControls(report.file ?? '')}: the article is ${which}; Attribution Lens reads ${readableLanguages()}, so no attributions were looked for\n`);
    } else if (report.truncated) {
      const max = DEFAULT_MAX_ATTRIBUTIONS.toLocaleString('en');
      progress.message(`attribution-lens: ${escapeControls(report.file ?? '')}: the engine stops at ${max} attributions; the report holds the first ${max} ("truncated": true)\n`);
    }
    writer.write(report);
  };

  // --follow-links: each report waits for its linked pages between the pool and the writer; the
  // inputs wait while the stage is full, so memory stays flat however slow the sites are.
  const { follower, fetchPage } = network;
  const stage = follower ? new OrderedStage((r: Report) => follower.follow(r), emit) : null;
  async function* paced(): AsyncGenerator<PoolItem> {
    for await (const item of fetchUrlInputs(inputs(), fetchPage)) {
      await stage?.room();
      yield item;
    }
  }

  await runPool(paced(), {
    script: options.workerScript, workers: jobs, timeoutMs, onReport: stage ? (r) => stage.push(r) : emit,
    onNote: (note) => progress.message(`attribution-lens: ${escapeControls(note)}\n`),
    onDone: () => progress.tick(),
  });
  await stage?.drain();
  progress.done();
  if (follower) {
    progress.message(`attribution-lens: --follow-links: ${follower.fetched.toLocaleString('en')} linked pages fetched, ${follower.fromCache.toLocaleString('en')} read from the cache\n`);
    if (follower.cacheError) progress.message(`attribution-lens: the cache could not be written (${escapeControls(follower.cacheError)}): those pages will be fetched again next time\n`);
  }
  writer.end();
  out?.close();
  return state.failed ? 1 : 0;
}

/** Why a --from list cannot be read (a usage error, before the run), or null. */
async function unreadableList(lists: readonly string[]): Promise<string | null> {
  for (const list of lists) {
    if (list === '-') continue;
    const info = await stat(list).catch((err: NodeJS.ErrnoException) => err);
    if (info instanceof Error) return `--from ${list}: ${info.code === 'ENOENT' ? 'no such file' : info.message}`;
    if (info.isDirectory()) return `--from ${list}: is a directory (a list of inputs is a file; give a directory as a FILE)`;
  }
  return null;
}
