// Runs file tasks on worker threads (every run: `--jobs 1` is one worker) and hands the reports back
// in input order. A file runs where it can be stopped: one that takes longer than the time limit, or
// whose worker dies (out of memory, an internal error), gets a report with an error, its worker is
// replaced, and the run goes on.
import { Worker } from 'node:worker_threads';
import type { Report } from '../report/report';
import type { FileTask } from './analyze-file';
import { WORKER_MARK, type ResultMessage, type TaskMessage, type WorkerMessage } from './worker';

export interface PoolOptions {
  /** The script each worker runs: the CLI bundle itself. */
  script: URL | string;
  workers: number;
  /** Milliseconds one file may take, from when a worker starts it; 0 or absent: no limit. */
  timeoutMs?: number;
  /** Called once per task, in input order (a report is held until those before it are done). */
  onReport: (report: Report, index: number) => void;
  /** Called once per task, as soon as it is done (any order): for progress. */
  onDone?: () => void;
}

/** The seconds of a time limit as written in messages: "60 s", "0.5 s". */
const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;

/** Why a worker stopped, in words for the report of the file it was working on. */
export function workerFailure(err: Error & { code?: string }): string {
  return err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : `internal error: ${err.message}`;
}

export function runPool(tasks: readonly FileTask[], options: PoolOptions): Promise<void> {
  const results = new Array<Report | undefined>(tasks.length);
  let next = 0; // next task to send
  let emitted = 0; // next report to hand on
  let finished = 0;
  const workers = new Set<Worker>();

  if (tasks.length === 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const flush = (): void => {
      while (emitted < tasks.length && results[emitted]) {
        const report = results[emitted]!;
        results[emitted] = undefined;
        options.onReport(report, emitted++);
      }
      if (finished === tasks.length) {
        for (const w of workers) void w.terminate();
        workers.clear();
        resolve();
      }
    };
    const complete = (id: number, report: Report): void => {
      if (results[id] || id < emitted) return;
      results[id] = report;
      finished++;
      options.onDone?.();
    };
    const failed = (id: number, error: string): Report => {
      const task = tasks[id]!;
      return { file: task.file, url: task.url, title: '', articleFound: false, error, attributions: [] };
    };
    const start = (): void => {
      const worker = new Worker(options.script, { workerData: { mark: WORKER_MARK } });
      workers.add(worker);
      let current: number | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const feed = (): void => {
        clearTimeout(timer);
        if (next >= tasks.length) {
          current = null;
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        const id = next++;
        current = id;
        worker.postMessage({ id, task: tasks[id]! } satisfies TaskMessage);
        if (options.timeoutMs) {
          timer = setTimeout(() => retire(`timed out after ${seconds(options.timeoutMs!)} (--timeout)`), options.timeoutMs);
        }
      };
      // A worker that is stopped or dies fails its current file; a new worker takes over the rest.
      const retire = (why: string): void => {
        clearTimeout(timer);
        if (!workers.has(worker)) return;
        workers.delete(worker);
        void worker.terminate();
        if (current !== null) complete(current, failed(current, why));
        current = null;
        if (next < tasks.length) start();
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
    const count = Math.max(1, Math.min(options.workers, tasks.length));
    for (let i = 0; i < count; i++) start();
  });
}
