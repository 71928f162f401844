// Runs file tasks on worker threads (every run: `--jobs 1` is one worker) and hands the reports back
// in input order, reading its inputs from a stream no further ahead than a bounded queue. A file runs where it can be stopped: one that takes longer than the time limit, or
// whose worker dies (out of memory, an internal error), gets a report with an error, its worker is
// replaced, and the run goes on.
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Report } from '../report/report';
import { failedReport, type FileTask } from './analyze-file';
import { WORKER_MARK, type ResultMessage, type TaskMessage, type WorkerMessage } from './worker';

/** An input the pool runs (a task), or a line for stderr that keeps its place among the reports. */
export type PoolItem = FileTask | { note: string };

/** How many inputs per worker may be read ahead of the next report written (the bounded queue). */
export const READ_AHEAD_PER_WORKER = 8;

export interface PoolOptions {
  /** The script each worker runs: the CLI bundle itself. */
  script: URL | string;
  workers: number;
  /** Milliseconds one file may take, from when a worker starts it; 0 or absent: no limit. */
  timeoutMs?: number;
  /** How many inputs may be read and not yet reported (default: READ_AHEAD_PER_WORKER per worker). */
  maxPending?: number;
  /** Called once per task, in input order (a report is held until those before it are done). */
  onReport: (report: Report, index: number) => void;
  /** Called with each note, in its place among the reports. */
  onNote?: (note: string) => void;
  /** Called once per task, as soon as it is done (any order): for progress. */
  onDone?: () => void;
}

/**
 * The old-generation heap of a worker, in MB. V8 sizes a heap by the machine's memory (4 GB here)
 * and collects lazily below that, so over a long run each worker's memory grew far past what one
 * page needs (a run of 3,000 pages peaked at 1 GB with 2 workers, though a worker's live heap stays
 * near 32 MB). A smaller limit makes it collect sooner; a page that needs more fails alone with
 * "out of memory" (256 MB was too little for jsdom on a 6.7 MB page of 100,000 elements, which must
 * be refused by the element guard, not by memory). A lower limit given to node (--max-old-space-size)
 * still applies.
 */
export const WORKER_HEAP_MB = 512;

/**
 * The young generation of a worker, in MB. Parsing a page makes millions of short-lived objects
 * (linkedom's nodes, Readability's strings); with V8's default (16 MB semi-spaces on this machine)
 * they outgrow it and are copied and promoted again and again. A larger one cut a worker's CPU time
 * per page by about a fifth on the corpus pages (user CPU of a 95-article WARC, one worker), for some
 * 70 MB more memory per worker. AL_WORKER_YOUNG_MB overrides it (for measuring).
 */
export const WORKER_YOUNG_GENERATION_MB = Number(process.env.AL_WORKER_YOUNG_MB) || 96;

/**
 * A worker's heap limits, when the process has room for them. Under a small heap (node
 * --max-old-space-size=64) workers keep V8's defaults: a young generation larger than the old one
 * there made an out-of-memory worker abort the whole process instead of failing its file.
 */
function workerLimits(): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } | undefined {
  const parentMb = v8.getHeapStatistics().heap_size_limit / (1024 * 1024);
  return parentMb > 2 * WORKER_HEAP_MB ? { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } : undefined;
}

/** The seconds of a time limit as written in messages: "60 s", "0.5 s". */
const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;

/** Why a worker stopped, in words for the report of the file it was working on. */
export function workerFailure(err: Error & { code?: string }): string {
  return err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : `internal error: ${err.message}`;
}

/**
 * Runs the tasks `source` yields, reading it only as far as `maxPending` inputs ahead of the next
 * report written: a long input (a crawl) streams through at constant memory. Tasks that carry an
 * `error` (found while reading) are reported without a worker.
 */
export function runPool(source: AsyncIterable<PoolItem> | Iterable<PoolItem>, options: PoolOptions): Promise<void> {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (async function* () { yield* source; })();
  const maxPending = Math.max(1, options.maxPending ?? options.workers * READ_AHEAD_PER_WORKER);
  const results = new Map<number, Report | { note: string }>();
  const running = new Map<number, FileTask>(); // read, not yet done
  const queue: number[] = []; // read, not yet sent to a worker
  const idle = new Set<() => void>(); // workers waiting for a task
  const workers = new Set<Worker>();
  let read = 0; // inputs read from the source
  let emitted = 0; // next input to hand on
  let exhausted = false;
  let reading = false;

  return new Promise<void>((resolve, reject) => {
    const flush = (): void => {
      const before = emitted;
      while (results.has(emitted)) {
        const result = results.get(emitted)!;
        results.delete(emitted);
        if ('note' in result) options.onNote?.(result.note);
        else options.onReport(result, emitted);
        emitted++;
      }
      if (exhausted && emitted === read) {
        for (const w of workers) void w.terminate();
        workers.clear();
        resolve();
      } else if (emitted > before) void pump();
    };
    const complete = (id: number, report: Report): void => {
      if (!running.delete(id)) return;
      results.set(id, report);
      options.onDone?.();
    };
    const failed = (id: number, error: string): Report => failedReport(running.get(id)!, error);
    const start = (): void => {
      const worker = new Worker(options.script, { workerData: { mark: WORKER_MARK }, resourceLimits: workerLimits() });
      workers.add(worker);
      let current: number | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const feed = (): void => {
        clearTimeout(timer);
        current = null;
        const id = queue.shift();
        if (id === undefined) {
          if (exhausted) {
            workers.delete(worker);
            void worker.terminate();
          } else idle.add(feed);
          return;
        }
        current = id;
        worker.postMessage({ id, task: running.get(id)! } satisfies TaskMessage);
        if (options.timeoutMs) {
          timer = setTimeout(() => retire(`timed out after ${seconds(options.timeoutMs!)} (--timeout)`), options.timeoutMs);
        }
      };
      // A worker that is stopped or dies fails its current file; a new worker takes over the rest.
      const retire = (why: string): void => {
        clearTimeout(timer);
        idle.delete(feed);
        if (!workers.has(worker)) return;
        workers.delete(worker);
        void worker.terminate();
        if (current !== null) complete(current, failed(current, why));
        current = null;
        if (queue.length || !exhausted) start();
        flush();
      };
      worker.on('message', (message: WorkerMessage) => {
        if (!workers.has(worker)) return;
        if ('report' in message) {
          const { id, report } = message satisfies ResultMessage;
          if (id !== current) return; // a late answer for a file already given up on
          complete(id, report);
        }
        feed(); // after the worker's first message ("ready") and after each report
        flush();
      });
      worker.on('error', (err) => retire(workerFailure(err)));
      worker.on('exit', (code) => retire(`worker exited with code ${code}`));
    };
    const enqueue = (id: number, task: FileTask): void => {
      running.set(id, task);
      queue.push(id);
      const waiting = idle.values().next();
      if (!waiting.done) {
        idle.delete(waiting.value);
        waiting.value();
      } else if (workers.size < Math.max(1, options.workers)) start();
    };
    // Reads inputs while fewer than maxPending wait to be reported; flush() calls it again.
    const pump = async (): Promise<void> => {
      if (reading || exhausted) return;
      reading = true;
      try {
        while (!exhausted && read - emitted < maxPending) {
          const next = await iterator.next();
          if (next.done) {
            exhausted = true;
            for (const wake of [...idle]) {
              idle.delete(wake);
              wake();
            }
            break;
          }
          const id = read++;
          const item = next.value;
          if ('note' in item) results.set(id, item);
          else if (item.error !== undefined) {
            results.set(id, failedReport(item, item.error));
            options.onDone?.();
          } else enqueue(id, item);
          if (id === emitted) flush();
        }
      } catch (err) {
        reject(err as Error);
        return;
      } finally {
        reading = false;
      }
      flush();
    };
    void pump();
  });
}
