// --resume OUT.jsonl: carry on a run that stopped (killed, a machine lost) without analysing again
// what it already reported. The reports already in OUT.jsonl name their inputs; those inputs are
// skipped and the reports of the others are appended to the file.
//
// An input is known by its report's `file` and `url` together:
// - a file: its path as given (and the --url given with it);
// - a WARC record: `crawl.warc.gz#record-N` (N counts every record of the file, so two captures of
//   the same URL in one crawl are two inputs) and its WARC-Target-URI;
// - a web address given as an input: the address alone (its report's url is where redirects led);
// - a line of --input jsonl: its "file" ("-" when absent) and its "url". Lines may repeat a url: the
//   keys are counted, so if OUT.jsonl holds k reports with a key, the first k inputs with that key
//   are skipped (the input must be given in the same order, as a resumed run does).
// Reports with an error count as done too (the run's exit status still says they failed); to try
// them again, delete their lines from OUT.jsonl.
//
// A run killed while writing leaves its last line cut short: that line is dropped (the file is cut
// back to the end of its last whole line, and stderr says so), and its input is analysed again. Any
// other line that is not a report stops the run before anything is written (a usage error): the
// file is not what --resume appends to, and nothing in it is lost.
import { closeSync, createReadStream, ftruncateSync, openSync, writeSync } from 'node:fs';
import type { Report } from '../report/report';
import type { PoolItem } from './pool';

/** An input given as a web address: fetched, its report's url is where redirects led, so the address alone is its key. */
const FETCHED_INPUT = /^https?:\/\//i;

/** The key of an input, from its task or its report. */
export const inputKey = (item: { file?: string | null; url?: string | null }): string =>
  (item.file && FETCHED_INPUT.test(item.file) ? JSON.stringify([item.file]) : JSON.stringify([item.file ?? null, item.url ?? null]));

export interface ResumeFile {
  path: string;
  /** Per key: whether each report with that key failed (articleFound false), in file order. */
  done: Map<string, boolean[]>;
  /** Reports read from the file. */
  reports: number;
  /** What to say on stderr before the run (the cut line, how many reports were found). */
  notes: string[];
}

/** The file and url of one line, or why it is not a report. */
function reportLine(line: string): { file: string | null; url: string | null; failed: boolean } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return `not JSON (${(err as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const r = value as Partial<Report>;
  if (typeof r.articleFound !== 'boolean' || (typeof r.file !== 'string' && r.file !== null)) return 'not a report (no "file" and "articleFound")';
  return { file: r.file ?? null, url: typeof r.url === 'string' ? r.url : null, failed: !r.articleFound };
}

/**
 * Reads OUT.jsonl (absent: a new file), cuts off a last line left unfinished, and returns what it
 * holds; a string when the file cannot be resumed (the reason, for a usage error).
 */
export async function readResumeFile(path: string): Promise<ResumeFile | string> {
  const state: ResumeFile = { path, done: new Map(), reports: 0, notes: [] };
  let lineNo = 0;
  let carry: Buffer = Buffer.alloc(0);
  let offset = 0; // bytes of the file before `carry`
  const take = (bytes: Buffer): string | null => {
    lineNo++;
    const line = bytes.toString('utf8');
    if (!line.trim()) return null;
    const parsed = reportLine(line);
    if (typeof parsed === 'string') return `--resume ${path}: line ${lineNo} is ${parsed}; --resume appends to a file of reports written by --format jsonl`;
    const key = inputKey(parsed);
    const flags = state.done.get(key);
    if (flags) flags.push(parsed.failed);
    else state.done.set(key, [parsed.failed]);
    state.reports++;
    return null;
  };
  try {
    for await (const chunk of createReadStream(path)) {
      let data = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
      let from = 0;
      for (let nl = data.indexOf(10); nl >= 0; nl = data.indexOf(10, from)) {
        const why = take(data.subarray(from, nl));
        if (why) return why;
        from = nl + 1;
      }
      offset += from;
      carry = Buffer.from(data.subarray(from));
      data = carry;
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return state; // a first run
    return `--resume ${path}: ${e.code === 'EISDIR' ? 'is a directory' : e.code === 'EACCES' ? 'permission denied' : e.message}`;
  }
  if (carry.length) {
    // The last line has no line break: a whole report (kept, its line ended) or one cut short (dropped).
    const parsed = reportLine(carry.toString('utf8'));
    const fd = openSync(path, 'r+');
    try {
      if (typeof parsed === 'string') {
        ftruncateSync(fd, offset);
        state.notes.push(`--resume ${path}: its last line (line ${lineNo + 1}, ${carry.length.toLocaleString('en')} bytes) was cut short, as when a run is stopped while writing: dropped; that input is analysed again`);
      } else {
        take(carry);
        writeSync(fd, '\n', offset + carry.length);
      }
    } finally {
      closeSync(fd);
    }
  }
  if (state.reports) state.notes.push(`--resume ${path}: ${state.reports.toLocaleString('en')} ${state.reports === 1 ? 'input' : 'inputs'} already reported, skipped`);
  return state;
}

/**
 * The inputs of `source` not yet reported in the resume file (notes pass through). `onSkip` is
 * called for each input skipped, with whether its report had failed.
 */
export async function* skipReported(source: AsyncIterable<PoolItem>, resume: ResumeFile, onSkip: (failed: boolean) => void): AsyncGenerator<PoolItem> {
  for await (const item of source) {
    if (!('note' in item)) {
      const key = inputKey(item);
      const flags = resume.done.get(key);
      if (flags) {
        const failed = flags.shift()!;
        if (!flags.length) resume.done.delete(key);
        onSkip(failed);
        continue;
      }
    }
    yield item;
  }
}

/** Appends to the resume file, one whole write per report (a run killed mid-way cuts at most the last line). */
export function appendTo(path: string): { write(text: string): void; close(): void } {
  const fd = openSync(path, 'a');
  return {
    write(text) {
      const bytes = Buffer.from(text, 'utf8');
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    },
    close: () => closeSync(fd),
  };
}
